import { type FixedDecimal, roundFraction } from '../numeric/fixed-decimal.js';
import { assertRoundingMode, defaultRoundingMode, type RoundingMode } from '../numeric/rounding-mode.js';
import { type Rate, rateFraction } from './rate.js';

/** How to print a rate as a percent. */
export interface PercentOptions {
  /** Decimals to keep (default 2, as in the source article's 99,98%). */
  readonly decimals?: number;
  /** Rounding mode (default `half-up`). */
  readonly rounding?: RoundingMode;
}

/**
 * The percent a rate prints as: `100 × numerator ÷ denominator`, rounded once, exactly, to `decimals`
 * decimals with the given rounding mode. A zero denominator gives `undefined` (no one to cover).
 *
 * The denominator is whatever the rate carries: for the article's figures it is all monthly beneficiaries
 * (17.475), not account holders. See docs/numeric-policy.md.
 *
 * @example ratePercent(rate(17_472, 17_475)); // => { units: 9998n, decimals: 2 }
 * @example ratePercent(rate(17_328, 17_475), { rounding: 'down' }); // => { units: 9915n, decimals: 2 }
 */
export function ratePercent(value: Rate, options: PercentOptions = {}): FixedDecimal | undefined {
  const { decimals = 2, rounding = defaultRoundingMode } = options;
  assertRoundingMode('ratePercent', rounding);
  const fraction = rateFraction(value);
  if (fraction === undefined) return undefined;
  return roundFraction(
    { numerator: fraction.numerator * 100n, denominator: fraction.denominator },
    decimals,
    rounding,
  );
}
