import { InvalidArgumentError } from '../errors.js';
import { assertRoundingMode, defaultRoundingMode, type RoundingMode } from './rounding-mode.js';

/**
 * Integer division with an explicit rounding mode, exact for any size (BigInt): the one primitive every
 * printed rate goes through, so no floating-point drift can move a .5 boundary.
 *
 * Negative quotients round symmetrically: `half-up` ties go away from zero, `down` goes toward zero,
 * `up` away from zero.
 *
 * Complexity O(1) BigInt operations.
 *
 * @example divideRounded(17_472n * 10_000n, 17_475n); // => 9998n
 * @example divideRounded(5n, 2n, 'half-up'); // => 3n
 * @example divideRounded(5n, 2n, 'half-even'); // => 2n
 */
export function divideRounded(
  dividend: bigint,
  divisor: bigint,
  rounding: RoundingMode = defaultRoundingMode,
): bigint {
  assertRoundingMode('divideRounded', rounding);
  if (divisor === 0n) {
    throw new InvalidArgumentError('divideRounded', 'divisor must not be zero', 'số chia phải khác 0');
  }
  const negative = dividend < 0n !== divisor < 0n;
  const a = dividend < 0n ? -dividend : dividend;
  const b = divisor < 0n ? -divisor : divisor;
  let quotient = a / b;
  const remainder = a % b;
  if (remainder !== 0n) {
    const twice = 2n * remainder;
    switch (rounding) {
      case 'down':
        break;
      case 'up':
        quotient += 1n;
        break;
      case 'half-up':
        if (twice >= b) quotient += 1n;
        break;
      case 'half-even':
        if (twice > b || (twice === b && quotient % 2n === 1n)) quotient += 1n;
        break;
    }
  }
  return negative ? -quotient : quotient;
}
