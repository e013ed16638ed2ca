/** Combining marks, module-level so that bundlers that rewrite the literal build it once. */
const combiningMarks = /\p{M}/gu;

/**
 * A search key for Vietnamese text: diacritics removed (`ô`, `ơ`, `ư`, tones), `đ` folded to `d`,
 * lower-cased, whitespace collapsed. `Tây Lương`, `TAY LUONG`, `tay  luong` and the NFD spelling all
 * give `tay luong`. For matching only: never display or store the folded form.
 *
 * @example foldDiacritics('Đông Xuyên'); // => 'dong xuyen'
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
