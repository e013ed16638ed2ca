// The shared data generator of the extraction benchmarks: an article built from the recorded sentences of
// the source article (datasets/), with filler prose, datelines and numbers that are not figures, repeated
// to the requested size.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishedFigureSetSchema } from '@ansinh/core';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

const filler = [
  'Ngày 13.09.2024 lúc 18:13, theo Quyết định 1813/QĐ-TTg và Nghị định 20/2021/NĐ-CP, giai đoạn 2025 - 2030.',
  'Chính quyền địa phương tăng cường tuyên truyền trên hệ thống loa truyền thanh tại các thôn.',
  'Mọi thắc mắc xin gọi 0227 3831 234 trong giờ hành chính.',
];

/** A Vietnamese article text of at least `bytes` UTF-16 code units. */
export function articleText(bytes: number): string {
  const set = publishedFigureSetSchema.parse(
    JSON.parse(readFileSync(join(root, 'datasets/published-figures/tien-hai-2025-01.json'), 'utf8')),
  );
  const body = [...new Set(set.figures.flatMap((f) => f.quotes)), ...filler].join('\n');
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    parts.push(body);
    length += body.length + 1;
  }
  return parts.join('\n');
}
