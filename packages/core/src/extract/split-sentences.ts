import { spanOf, type TextSpan } from './text-span.js';

/**
 * Headings after which a Vietnamese news page stops being the article: related-news lists and archive
 * navigation (`Tin cùng chuyên mục`, `Tin liên quan`, `Xem tin theo ngày`, …).
 */
export const pageFurnitureMarkers: readonly string[] = [
  'Tin cùng chuyên mục',
  'Tin liên quan',
  'Tin khác',
  'Bài viết liên quan',
  'Xem tin theo ngày',
  'Các tin khác',
  'Tin mới nhất',
  'Tin đọc nhiều',
];

/** Where the article ends: the first line that is a page-furniture heading, or the end of the text. */
export function articleEnd(input: string): number {
  let end = input.length;
  for (const marker of pageFurnitureMarkers) {
    const pattern = new RegExp(`(^|\\n)[ \\t]*${marker}[ \\t]*(\\n|$)`, 'iu');
    const match = pattern.exec(input);
    if (match !== null && match.index < end) end = match.index;
  }
  return end;
}

/** A sentence and the paragraph it belongs to. */
export interface Sentence extends TextSpan {
  readonly paragraph: number;
}

/**
 * Splits the article part of a text into sentences with their offsets: a sentence ends at `.`, `!` or `?`
 * followed by white space and a capital letter or a line break, or at a line break. A `.` inside a number
 * (`17.472`) never ends one. Empty lines are skipped. O(n).
 *
 * @example splitSentences('Có 17.472 người. Đạt 99,98%.').map((s) => s.text); // => ['Có 17.472 người.', 'Đạt 99,98%.']
 */
export function splitSentences(input: string, end: number = articleEnd(input)): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart < end) {
    const newline = input.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > end ? end : newline;
    const line = input.slice(lineStart, lineEnd);
    if (line.trim() !== '') {
      const boundary = /[.!?…]+(?=\s+["“(]?[\p{Lu}\d])/gu;
      let sentenceStart = 0;
      for (const match of line.matchAll(boundary)) {
        const stop = (match.index ?? 0) + match[0].length;
        pushTrimmed(sentences, input, lineStart + sentenceStart, lineStart + stop, paragraph);
        sentenceStart = stop;
      }
      pushTrimmed(sentences, input, lineStart + sentenceStart, lineEnd, paragraph);
      paragraph += 1;
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function pushTrimmed(out: Sentence[], input: string, start: number, end: number, paragraph: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(input[s] ?? '')) s += 1;
  while (e > s && /\s/u.test(input[e - 1] ?? '')) e -= 1;
  if (e > s) out.push({ ...spanOf(input, s, e), paragraph });
}
