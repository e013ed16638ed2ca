import type { Qualifier } from '../models/published-figure.js';
import type { FixedDecimal } from '../numeric/fixed-decimal.js';
import { safeParseVietnameseQuantity } from '../vietnamese/parse-quantity.js';
import { spanOf, type TextSpan } from './text-span.js';

/** A number found in text, with its qualifier and whether it is a percent. */
export interface FoundNumber extends TextSpan {
  readonly value: FixedDecimal;
  readonly qualifier: Qualifier;
  readonly isPercent: boolean;
  /** Decimals as written (`99,98%` → 2). */
  readonly writtenDecimals: number;
}

/**
 * Spans that hold digits but are not figures: dates (`13.09.2024`, `10/10/2023`, `tháng 1/2025`), times
 * (`18:13`), legal document numbers (`1813/QĐ-TTg`, `20/2021/NĐ-CP`, `60-NQ/TW`), phone numbers
 * (`0227 3831 234`, `0912.345.678`), years (`năm 2024`, `2025 - 2030`), and numbers glued to letters
 * (`A4`, `5G`).
 */
const notFigures: readonly RegExp[] = [
  /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/gu,
  /\d{1,2}\/\d{4}/gu,
  /\d{1,2}:\d{2}(?::\d{2})?/gu,
  /\d+(?:\/\d+)*(?:\/|-)[\p{Lu}Đ]{2,}[\p{Lu}Đ\p{L}-]*(?:\/[\p{Lu}Đ-]+)*/gu,
  /\b0\d{2,3}[ .-]?\d{3,4}[ .-]?\d{3,4}\b/gu,
  /(?<![\d.,])(?:19|20)\d{2}(?![\d%]|[.,]\d|\s*(?:người|đối tượng|tài khoản|hộ)(?!\p{L}))/gu,
  /\p{L}\d+|\d+\p{L}/gu,
];

const numberPattern =
  /(?:(trên|hơn|nhiều hơn|dưới|ít hơn|gần|khoảng|xấp xỉ|chừng|ít nhất|tối thiểu|tối đa|không quá)\s+)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}]))?(?:\s*%)?/giu;

/** The spans of `text` (from `offset`) that are dates, times, document numbers, phones or years. */
export function excludedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const pattern of notFigures) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      spans.push([start, start + match[0].length]);
    }
  }
  return spans;
}

/**
 * Finds the figures written as numbers in a stretch of Vietnamese text (`17.472`, `trên 900`, `99,98%`,
 * `1,2 triệu`), skipping dates, times, legal document numbers, phone numbers and years. Offsets are into
 * `input`; `span.text === input.slice(span.start, span.end)`. Never throws. O(n).
 *
 * @example findNumbers('trên 900 người, đạt 100% (tháng 1/2025)').map((n) => n.text); // => ['trên 900', '100%']
 */
export function findNumbers(input: string, start = 0, end = input.length): FoundNumber[] {
  const text = input.slice(start, end);
  const excluded = excludedSpans(text);
  const found: FoundNumber[] = [];
  for (const match of text.matchAll(numberPattern)) {
    const from = match.index ?? 0;
    const to = from + match[0].length;
    const digitsFrom = from + (match[1] === undefined ? 0 : match[0].indexOf(match[2] ?? ''));
    if (excluded.some(([a, b]) => digitsFrom < b && to > a)) continue;
    const before = text[from - 1] ?? ' ';
    if (/[\d.,/\p{L}]/u.test(before)) continue;
    const parsed = safeParseVietnameseQuantity(match[0]);
    if (!parsed.success) continue;
    found.push({
      ...spanOf(input, start + from, start + to),
      value: parsed.data.number.value,
      qualifier: parsed.data.qualifier,
      isPercent: parsed.data.number.isPercent,
      writtenDecimals: parsed.data.number.writtenDecimals,
    });
  }
  return found;
}
