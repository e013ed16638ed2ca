import { InvalidArgumentError, ParseError } from '../errors.js';
import { divideRounded } from './divide-rounded.js';
import { defaultRoundingMode, type RoundingMode } from './rounding-mode.js';

/**
 * An exact decimal number: `units / 10^decimals`. `99,98` is `{ units: 9998n, decimals: 2 }`, and
 * `100` written without decimals is `{ units: 100n, decimals: 0 }`. The number of decimals is part of the
 * value because a published percent states its precision: `100%` and `100,00%` claim different things.
 */
export interface FixedDecimal {
  readonly units: bigint;
  readonly decimals: number;
}

/** An exact ratio of two integers, `numerator / denominator`, with a positive denominator. */
export interface ExactFraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** The most decimals a value is rounded to (`roundFraction`), and a stated percent is checked at. */
export const maxDecimals = 20;

function assertDecimals(fn: string, decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > maxDecimals) {
    throw new InvalidArgumentError(
      fn,
      `decimals must be an integer from 0 to ${maxDecimals}, got ${String(decimals)}`,
      `số chữ số thập phân phải là số nguyên từ 0 đến ${maxDecimals}, nhận được ${String(decimals)}`,
    );
  }
}

/**
 * Rounds an exact fraction to `decimals` decimals with an explicit rounding mode.
 *
 * @example roundFraction({ numerator: 1_747_200n, denominator: 17_475n }, 2); // => { units: 9998n, decimals: 2 }
 */
export function roundFraction(
  fraction: ExactFraction,
  decimals: number,
  rounding: RoundingMode = defaultRoundingMode,
): FixedDecimal {
  assertDecimals('roundFraction', decimals);
  const scale = 10n ** BigInt(decimals);
  return {
    units: divideRounded(fraction.numerator * scale, fraction.denominator, rounding),
    decimals,
  };
}

/** The exact fraction a fixed decimal stands for. */
export function fixedDecimalToFraction(value: FixedDecimal): ExactFraction {
  return { numerator: value.units, denominator: 10n ** BigInt(value.decimals) };
}

/**
 * Reads a plain decimal string with `.` as the decimal mark (`"99.98"`, `"100"`, `"-0.5"`): the canonical,
 * locale-free form used in datasets. For Vietnamese text (`99,98`), use `parseVietnameseNumber`.
 *
 * @example parseFixedDecimal('99.98'); // => { units: 9998n, decimals: 2 }
 */
export function parseFixedDecimal(text: string): FixedDecimal {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) {
    throw new ParseError(
      'invalid_decimal',
      text,
      'expected a decimal number with "." as decimal mark, such as 99.98',
      'cần một số thập phân dùng dấu "." như 99.98',
    );
  }
  const [, sign = '', whole = '', fraction = ''] = match;
  const units = BigInt(`${whole}${fraction}`);
  return { units: sign === '-' ? -units : units, decimals: fraction.length };
}

/**
 * Writes a fixed decimal with the given decimal mark and thousands separator, keeping every stated
 * decimal (`{ units: 10000n, decimals: 2 }` → `"100.00"`).
 */
export function formatFixedDecimal(
  value: FixedDecimal,
  options: { decimalMark?: string; groupSeparator?: string } = {},
): string {
  const { decimalMark = '.', groupSeparator = '' } = options;
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.decimals + 1, '0');
  const whole = digits.slice(0, digits.length - value.decimals);
  const fraction = digits.slice(digits.length - value.decimals);
  const grouped = groupSeparator ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator) : whole;
  return `${negative ? '-' : ''}${grouped}${fraction ? `${decimalMark}${fraction}` : ''}`;
}

/** True when both decimals state the same value with the same number of decimals. */
export function sameFixedDecimal(a: FixedDecimal, b: FixedDecimal): boolean {
  return a.units === b.units && a.decimals === b.decimals;
}

/**
 * Whether a fixed decimal is a whole number (`12`, `12,00`), as a count of people must be.
 *
 * @example isWholeFixedDecimal({ units: 1200n, decimals: 2 }); // => true
 */
export function isWholeFixedDecimal(value: FixedDecimal): boolean {
  return value.units % 10n ** BigInt(value.decimals) === 0n;
}

/** Compares two exact fractions: negative, zero or positive as `a` is below, equal to or above `b`. */
export function compareFractions(a: ExactFraction, b: ExactFraction): number {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** A fixed decimal as a JavaScript number, for plotting only; never for arithmetic or comparison. */
export function fixedDecimalToNumber(value: FixedDecimal): number {
  return Number(formatFixedDecimal(value));
}
