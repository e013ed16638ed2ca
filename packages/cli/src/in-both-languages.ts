import type { Bilingual } from '@ansinh/core';

/**
 * A message in both languages on one line, Vietnamese first (`không đọc được / cannot read`), as the
 * command line prints refusals that come before any `--lang` applies (file issues, usage errors).
 *
 * @example inBothLanguages({ vi: 'tệp rỗng', en: 'empty file' }); // => 'tệp rỗng / empty file'
 */
export function inBothLanguages(message: Bilingual): string {
  return `${message.vi} / ${message.en}`;
}
