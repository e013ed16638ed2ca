import { ParseError } from '../errors.js';
import type { FixedDecimal } from '../numeric/fixed-decimal.js';
import { normalizeText } from './normalize-text.js';

/** Vietnamese scale words and their multipliers (nghìn/ngàn = thousand, triệu = million, tỷ/tỉ = billion). */
export const vietnameseScaleWords = {
  nghìn: 3,
  ngàn: 3,
  triệu: 6,
  tỷ: 9,
  tỉ: 9,
} as const satisfies Record<string, number>;

/** A number read from Vietnamese text. */
export interface VietnameseNumber {
  /** The text as given (NFC, trimmed). */
  readonly text: string;
  /** The exact value, scale word applied (`1,2 triệu` → 1200000). */
  readonly value: FixedDecimal;
  /** True when the text ended in `%`. */
  readonly isPercent: boolean;
  /** Decimals as written before any scale word (`99,98%` → 2): the precision a percent claims. */
  readonly writtenDecimals: number;
  /** The scale word, if any. */
  readonly scaleWord: keyof typeof vietnameseScaleWords | undefined;
  /** The power of ten the scale word multiplies by (`triệu`, `million` → 6); 0 without one. */
  readonly scale: number;
}

/** The result of `safeParseVietnameseNumber`: the number, or the reason it is not one. */
export type VietnameseNumberResult =
  | { readonly success: true; readonly data: VietnameseNumber }
  | { readonly success: false; readonly error: ParseError };

const numberPattern = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*(nghìn|ngàn|triệu|tỷ|tỉ))?\s*(%)?$/u;

/**
 * Reads a number written the Vietnamese way: `.` groups thousands and `,` is the decimal mark
 * (`17.472` = 17472, `99,98%` = 99.98 percent), optionally followed by a scale word (`1,2 triệu` =
 * 1 200 000, `3 nghìn` = 3000) or `%`. Exact: no floating point is involved.
 *
 * A `.` must be followed by groups of exactly three digits; `1.5` is rejected rather than guessed, since a
 * Vietnamese writer means one thousand five hundred only as `1.500` and one and a half as `1,5`.
 * Throws `ParseError` on anything else; see `safeParseVietnameseNumber` for a result object.
 *
 * @example parseVietnameseNumber('17.472').value; // => { units: 17472n, decimals: 0 }
 * @example parseVietnameseNumber('1,2 triệu').value; // => { units: 1200000n, decimals: 0 }
 */
export function parseVietnameseNumber(text: string): VietnameseNumber {
  const result = safeParseVietnameseNumber(text);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Like `parseVietnameseNumber`, but returns `{ success: false, error }` instead of throwing.
 *
 * @example safeParseVietnameseNumber('1.5').success; // => false
 */
export function safeParseVietnameseNumber(text: string): VietnameseNumberResult {
  const clean = normalizeText(text);
  const match = numberPattern.exec(clean);
  if (!match) {
    const code = /^\d+(?:\.\d{3})*\.(?:\d{1,2}|\d{4,})(?!\d)/u.test(clean)
      ? 'ambiguous_dot'
      : 'invalid_number';
    const error =
      code === 'ambiguous_dot'
        ? new ParseError(
            code,
            clean,
            'in Vietnamese "." groups thousands in threes and "," is the decimal mark; write 1,5 or 1.500',
            'tiếng Việt dùng "." để nhóm hàng nghìn (ba chữ số) và "," làm dấu thập phân; hãy viết 1,5 hoặc 1.500',
          )
        : new ParseError(
            code,
            clean,
            'expected a Vietnamese number such as 17.472, 99,98%, 1,2 triệu or 3 nghìn',
            'cần một số viết kiểu Việt Nam như 17.472, 99,98%, 1,2 triệu hoặc 3 nghìn',
          );
    return { success: false, error };
  }
  const [, whole = '', fraction = '', scale, percent] = match;
  const scaleWord = scale as keyof typeof vietnameseScaleWords | undefined;
  const shift = scaleWord === undefined ? 0 : vietnameseScaleWords[scaleWord];
  let units = BigInt(`${whole.replaceAll('.', '')}${fraction}`);
  let decimals = fraction.length - shift;
  if (decimals < 0) {
    units *= 10n ** BigInt(-decimals);
    decimals = 0;
  }
  return {
    success: true,
    data: {
      text: clean,
      value: { units, decimals },
      isPercent: percent === '%',
      writtenDecimals: fraction.length,
      scaleWord,
      scale: shift,
    },
  };
}
