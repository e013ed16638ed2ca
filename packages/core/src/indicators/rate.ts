import { assertCount, InvalidArgumentError } from '../errors.js';
import type { ExactFraction } from '../numeric/fixed-decimal.js';

/**
 * A coverage rate (tỷ lệ) as two integer counts: how many of a group (denominator, mẫu số) are covered
 * (numerator, tử số). It stays an exact fraction until it is printed (docs/numeric-policy.md).
 *
 * - account rate (tỷ lệ có tài khoản) = beneficiaries holding an account ÷ all monthly beneficiaries;
 * - paid-through-account rate (tỷ lệ chi trả qua tài khoản) = beneficiaries paid into an account in the
 *   period ÷ all monthly beneficiaries.
 */
export interface Rate {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * Makes a rate from two counts. Throws `InvalidArgumentError` if either is not a non-negative integer or
 * the numerator exceeds the denominator (a coverage rate counts a subset of its denominator). A zero
 * denominator is allowed and gives a rate whose percent is `undefined`.
 *
 * @example rate(17_472, 17_475); // => { numerator: 17472, denominator: 17475 }
 */
export function rate(numerator: number, denominator: number): Rate {
  assertCount('rate', 'numerator', numerator);
  assertCount('rate', 'denominator', denominator);
  if (numerator > denominator) {
    throw new InvalidArgumentError(
      'rate',
      `numerator ${numerator} exceeds denominator ${denominator}; a coverage rate counts a subset of its denominator`,
      `tử số ${numerator} lớn hơn mẫu số ${denominator}; tỷ lệ bao phủ đếm một phần của mẫu số`,
    );
  }
  return { numerator, denominator };
}

/** The rate as an exact fraction of one, or `undefined` when the denominator is zero. */
export function rateFraction(value: Rate): ExactFraction | undefined {
  if (value.denominator === 0) return undefined;
  return { numerator: BigInt(value.numerator), denominator: BigInt(value.denominator) };
}

/**
 * How many of the denominator are not covered: beneficiaries without an account, or not paid through one.
 *
 * @example uncovered(rate(17_328, 17_475)); // => 147
 */
export function uncovered(value: Rate): number {
  return value.denominator - value.numerator;
}
