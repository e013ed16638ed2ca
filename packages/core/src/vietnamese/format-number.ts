import { InvalidArgumentError } from '../errors.js';
import type { Language } from '../i18n/language.js';
import { type FixedDecimal, formatFixedDecimal } from '../numeric/fixed-decimal.js';

const separators: Record<Language, { decimalMark: string; groupSeparator: string }> = {
  vi: { decimalMark: ',', groupSeparator: '.' },
  en: { decimalMark: '.', groupSeparator: ',' },
};

function toFixed(fn: string, value: number | bigint | FixedDecimal): FixedDecimal {
  if (typeof value === 'bigint') return { units: value, decimals: 0 };
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      throw new InvalidArgumentError(
        fn,
        `a plain number must be a safe integer (pass a FixedDecimal for decimals), got ${String(value)}`,
        `số thường phải là số nguyên an toàn (số thập phân hãy truyền FixedDecimal), nhận được ${String(value)}`,
      );
    }
    return { units: BigInt(value), decimals: 0 };
  }
  return value;
}

/**
 * Writes a number in Vietnamese (`17.472`, `1.234,5`) or English (`17,472`, `1,234.5`), keeping every
 * stated decimal. Plain numbers must be integers: decimals travel as `FixedDecimal` so no float is printed.
 *
 * @example formatNumber(17_472, 'vi'); // => '17.472'
 * @example formatNumber(17_472, 'en'); // => '17,472'
 */
export function formatNumber(value: number | bigint | FixedDecimal, language: Language = 'vi'): string {
  return formatFixedDecimal(toFixed('formatNumber', value), separators[language]);
}

/**
 * Writes a percent in Vietnamese (`99,98%`) or English (`99.98%`). `undefined` (a rate with no
 * denominator) prints as `—`.
 *
 * @example formatPercent({ units: 9998n, decimals: 2 }, 'vi'); // => '99,98%'
 */
export function formatPercent(value: FixedDecimal | undefined, language: Language = 'vi'): string {
  if (value === undefined) return '—';
  return `${formatNumber(value, language)}%`;
}
