import { ParseError } from '../errors.js';
import type { Language } from '../i18n/language.js';
import type { Qualifier } from '../models/published-figure.js';
import type { FixedDecimal } from '../numeric/fixed-decimal.js';
import { normalizeText } from '../vietnamese/normalize-text.js';
import { safeParseQuantityIn } from '../vietnamese/parse-number-in.js';
import type { StatedBound } from './check-stated-percent.js';

/** A rate claim typed by a person: `17.328/17.475 = 99,16%`, `17328 of 17475 is 99.16%`, `?/376 = 100%`. */
export interface RateClaim {
  readonly numerator: StatedBound | undefined;
  readonly denominator: StatedBound | undefined;
  readonly percent: FixedDecimal;
  /** How the percent was stated: `exact`, or `over` for `hơn 85,7%`, `nearly` for `gần 61,2%`, … */
  readonly percentQualifier: Qualifier;
  /** The number format the claim was read in. */
  readonly language: Language;
  /** The counts as typed (`1,2 triệu`, `trên 900`); `undefined` for `?`. */
  readonly asStated: { readonly numerator: string | undefined; readonly denominator: string | undefined };
}

/** The result of `safeParseRateClaim`. */
export type RateClaimResult =
  | { readonly success: true; readonly data: RateClaim }
  | { readonly success: false; readonly error: ParseError };

const claimPattern =
  /^(.+?)\s*(?:\/|\s(?:out of|of|trong số|trên tổng số|trên)\s)\s*(.+?)\s*(?:=|→|->|\s(?:is|là|bằng|đạt|chiếm)\s)\s*(.+?)\s*$/iu;

function languageOf(numerator: string, denominator: string, percent: string): Language {
  if (/\d,\d+\s*%/u.test(percent)) return 'vi';
  if (/\d\.\d+\s*%/u.test(percent)) return 'en';
  const counts = `${numerator} ${denominator}`;
  if (/\d\.\d{3}(?!\d)/u.test(counts) || /(?:trên|hơn|gần|khoảng|dưới|triệu|nghìn|tỷ)/iu.test(counts))
    return 'vi';
  if (/\d,\d{3}(?!\d)/u.test(counts) || /(?:over|about|nearly|under|million|thousand)/iu.test(counts))
    return 'en';
  return 'vi';
}

function fail(text: string): RateClaimResult {
  return {
    success: false,
    error: new ParseError(
      'invalid_rate_claim',
      text,
      'expected NUMERATOR/DENOMINATOR = PERCENT, such as 17.328/17.475 = 99,16%, 17328 of 17475 is 99.16%, or ?/376 = 100%',
      'cần dạng TỬ SỐ/MẪU SỐ = TỶ LỆ, như 17.328/17.475 = 99,16%, hoặc ?/376 = 100%',
    ),
  };
}

/**
 * Reads a rate claim as a person types it: numerator, `/` (or `of`, `out of`, `trong số`, `trên`),
 * denominator, `=` (or `is`, `là`, `đạt`, `chiếm`), percent: `1.234 trên 5.678 là 21,7%`. Counts may be
 * qualified (`trên 900`, `over 13,000`) or unknown (`?`), and so may the percent (`hơn 85,7%`). Counts
 * above 2^53 − 1 and percents of more than 20 decimals are refused with a `ParseError`. The
 * number format follows the percent's decimal mark (`99,16%` Vietnamese, `99.16%` English), else the
 * counts' grouping; Vietnamese by default.
 *
 * @example safeParseRateClaim('17328 of 17475 is 99.16%').success; // => true
 */
export function safeParseRateClaim(text: string): RateClaimResult {
  const clean = normalizeText(text);
  const match = claimPattern.exec(clean);
  if (match === null) return fail(clean);
  const [, numeratorText = '', denominatorText = '', percentText = ''] = match;
  const language = languageOf(numeratorText, denominatorText, percentText);
  let tooLarge: string | undefined;
  const count = (part: string): StatedBound | undefined | null => {
    if (part === '?') return undefined;
    const parsed = safeParseQuantityIn(part, language);
    if (!parsed.success || parsed.data.number.isPercent || parsed.data.number.value.decimals !== 0)
      return null;
    const value = parsed.data.number.value.units;
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
      tooLarge = part;
      return null;
    }
    // `1,2 triệu` was rounded to its last written digit, the hundred thousands: an interval of counts.
    const { scale, writtenDecimals } = parsed.data.number;
    const place = scale - writtenDecimals;
    return {
      qualifier: parsed.data.qualifier,
      value: Number(value),
      ...(scale > 0 && place > 0 ? { roundedTo: 10 ** place } : {}),
    };
  };
  const numerator = count(numeratorText);
  const denominator = count(denominatorText);
  if (tooLarge !== undefined) {
    return {
      success: false,
      error: new ParseError(
        'count_too_large',
        tooLarge,
        `counts above ${Number.MAX_SAFE_INTEGER} (2^53 − 1) cannot be checked exactly; no group of people is that large`,
        `không kiểm tra chính xác được số đếm lớn hơn ${Number.MAX_SAFE_INTEGER} (2^53 − 1); không nhóm người nào lớn như vậy`,
      ),
    };
  }
  const percent = safeParseQuantityIn(percentText.endsWith('%') ? percentText : `${percentText}%`, language);
  if (numerator === null || denominator === null || !percent.success) return fail(clean);
  if (percent.data.number.writtenDecimals > 20) {
    return {
      success: false,
      error: new ParseError(
        'too_many_decimals',
        percentText,
        'a percent is checked to at most 20 decimals',
        'tỷ lệ chỉ kiểm tra được tới 20 chữ số thập phân',
      ),
    };
  }
  return {
    success: true,
    data: {
      numerator,
      denominator,
      percent: percent.data.number.value,
      percentQualifier: percent.data.qualifier,
      language,
      asStated: {
        numerator: numeratorText === '?' ? undefined : numeratorText,
        denominator: denominatorText === '?' ? undefined : denominatorText,
      },
    },
  };
}
