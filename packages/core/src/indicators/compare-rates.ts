import { compareFractions } from '../numeric/fixed-decimal.js';
import { type Rate, rateFraction } from './rate.js';

/**
 * Compares two rates exactly (cross-multiplication, no division): negative, zero or positive as `a` is
 * below, equal to or above `b`. A rate with a zero denominator has no value and sorts after every other;
 * two such rates compare equal.
 *
 * @example compareRates(rate(1, 3), rate(2, 6)); // => 0
 */
export function compareRates(a: Rate, b: Rate): number {
  const fa = rateFraction(a);
  const fb = rateFraction(b);
  if (fa === undefined || fb === undefined) {
    return fa === undefined ? (fb === undefined ? 0 : 1) : -1;
  }
  return compareFractions(fa, fb);
}
