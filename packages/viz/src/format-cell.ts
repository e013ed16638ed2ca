import {
  type FixedDecimal,
  formatNumber,
  formatPercent,
  type Language,
  type Rate,
  ratePercent,
} from '@ansinh/core';

/** How `formatCell` prints a value. */
export interface CellFormat {
  /** `vi` (default): `99,98%`, `17.472`; `en`: `99.98%`, `17,472`. */
  readonly language?: Language;
  /** Print a rate's counts after its percent, `99,98% (17.472/17.475)` (default true). */
  readonly counts?: boolean;
}

/**
 * Whether a value is a coverage rate of @ansinh/core (`rate(…)`): an object of exactly two non-negative
 * integer counts, `numerator` at most `denominator`. O(1).
 *
 * @example isRate(rate(17_472, 17_475)); // => true
 * @example isRate({ numerator: 3, denominator: 2 }); // => false
 */
export function isRate(value: unknown): value is Rate {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { numerator, denominator } = value as Partial<Rate>;
  return (
    Object.keys(value).length === 2 &&
    typeof numerator === 'number' &&
    typeof denominator === 'number' &&
    Number.isSafeInteger(numerator) &&
    Number.isSafeInteger(denominator) &&
    numerator >= 0 &&
    numerator <= denominator
  );
}

/**
 * Whether a value is an exact decimal of @ansinh/core (`FixedDecimal`, what `ratePercent` gives): a bigint
 * of `units` and a whole number of `decimals`. O(1).
 *
 * @example isFixedDecimal(ratePercent(rate(17_472, 17_475))); // => true
 */
export function isFixedDecimal(value: unknown): value is FixedDecimal {
  if (typeof value !== 'object' || value === null) return false;
  const { units, decimals } = value as Partial<FixedDecimal>;
  return typeof units === 'bigint' && typeof decimals === 'number' && Number.isInteger(decimals);
}

/** Whether `formatCell` prints the value as a number (tables align these right): internal to the tables. */
export function isNumericCell(value: unknown): boolean {
  return (
    typeof value === 'bigint' ||
    (typeof value === 'number' && Number.isFinite(value)) ||
    isRate(value) ||
    isFixedDecimal(value)
  );
}

const words = {
  yes: { vi: 'có', en: 'yes' },
  no: { vi: 'không', en: 'no' },
} as const;

/**
 * A table cell's value as text, with the one number format of ansinh: a rate of @ansinh/core as its
 * percent, rounded half-up to two decimals by `ratePercent` and printed by `formatPercent`, followed by
 * its counts (the denominator stays visible); an exact decimal (`FixedDecimal`), a bigint or a whole
 * number with the language's separators (`formatNumber`); a number with decimals (for drawing, never a
 * count) with at most six; `true`/`false` as `có`/`không` (yes/no); an array as its items joined by `; `;
 * any other object as JSON (bigints as digits); `null` and `undefined` as an empty cell; a string as it is.
 * A rate with no denominator prints `—`. O(size of the value).
 *
 * @example formatCell(rate(17_472, 17_475)); // => '99,98% (17.472/17.475)'
 * @example formatCell(rate(17_472, 17_475), { language: 'en', counts: false }); // => '99.98%'
 * @example formatCell({ units: 9998n, decimals: 2 }); // => '99,98'
 * @example formatCell(1_250_000n, { language: 'en' }); // => '1,250,000'
 */
export function formatCell(value: unknown, format: CellFormat = {}): string {
  const language = format.language ?? 'vi';
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return formatNumber(value, language);
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return formatNumber(value, language);
    if (!Number.isFinite(value)) return '—';
    return value.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 6 });
  }
  if (typeof value === 'boolean') return (value ? words.yes : words.no)[language];
  if (value instanceof Date) return value.toISOString();
  if (isRate(value)) {
    const percent = formatPercent(ratePercent(value), language);
    if (format.counts === false) return percent;
    return `${percent} (${formatNumber(value.numerator, language)}/${formatNumber(value.denominator, language)})`;
  }
  if (isFixedDecimal(value)) return formatNumber(value, language);
  if (Array.isArray(value)) return value.map((item) => formatCell(item, format)).join('; ');
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? '';
}
