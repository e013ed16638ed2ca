import { assertCount, InvalidArgumentError } from '../errors.js';
import { divideRounded } from '../numeric/divide-rounded.js';
import type { FixedDecimal } from '../numeric/fixed-decimal.js';
import { defaultRoundingMode, type RoundingMode } from '../numeric/rounding-mode.js';

/** An inclusive range of integers. */
export interface CountRange {
  readonly from: number;
  readonly to: number;
}

function printedUnits(numerator: bigint, denominator: bigint, decimals: number, rounding: RoundingMode) {
  return divideRounded(numerator * 100n * 10n ** BigInt(decimals), denominator, rounding);
}

/** Lowest integer in [low, high] for which `test` holds, given `test` is monotone false→true; high+1 if none. */
function firstTrue(low: bigint, high: bigint, test: (x: bigint) => boolean): bigint {
  let lo = low;
  let hi = high + 1n;
  while (lo < hi) {
    const mid = (lo + hi) / 2n;
    if (test(mid)) hi = mid;
    else lo = mid + 1n;
  }
  return lo;
}

/**
 * Every numerator that prints as `percent` over `denominator` (a GRIM-style test, after Brown & Heathers
 * 2017): the printed percent is monotone in the numerator, so the consistent numerators form one range,
 * found by binary search in O(log denominator). `undefined` when none does: the percent cannot come from
 * that denominator at that precision.
 *
 * @example consistentNumerators({ units: 100n, decimals: 0 }, 376); // => { from: 375, to: 376 }
 */
export function consistentNumerators(
  percent: FixedDecimal,
  denominator: number,
  rounding: RoundingMode = defaultRoundingMode,
): CountRange | undefined {
  assertCount('consistentNumerators', 'denominator', denominator);
  if (denominator === 0) {
    throw new InvalidArgumentError(
      'consistentNumerators',
      'denominator must be positive',
      'mẫu số phải dương',
    );
  }
  const d = BigInt(denominator);
  const target = percent.units;
  const units = (n: bigint) => printedUnits(n, d, percent.decimals, rounding);
  const from = firstTrue(0n, d, (n) => units(n) >= target);
  const after = firstTrue(0n, d, (n) => units(n) > target);
  if (from > d || units(from) !== target) return undefined;
  return { from: Number(from), to: Number(after - 1n) };
}

/**
 * Every denominator, not below the numerator, over which `numerator` prints as `percent`. The printed
 * percent falls as the denominator grows, so the answer is one range. `undefined` when none does; throws
 * for a zero numerator (every denominator would print 0%) or a zero percent.
 *
 * @example consistentDenominators({ units: 100n, decimals: 0 }, 901); // => { from: 901, to: 905 }
 */
export function consistentDenominators(
  percent: FixedDecimal,
  numerator: number,
  rounding: RoundingMode = defaultRoundingMode,
): CountRange | undefined {
  assertCount('consistentDenominators', 'numerator', numerator);
  if (numerator === 0 || percent.units <= 0n) {
    throw new InvalidArgumentError(
      'consistentDenominators',
      'numerator and percent must be positive (a zero rate fits every denominator)',
      'tử số và tỷ lệ phải dương (tỷ lệ 0 khớp với mọi mẫu số)',
    );
  }
  const n = BigInt(numerator);
  // 100·n·10^dec / d ≥ 1 unit at least when d ≤ 100·n·10^dec: a safe upper limit for the search.
  const limit = 100n * n * 10n ** BigInt(percent.decimals) + 1n;
  const units = (d: bigint) => printedUnits(n, d, percent.decimals, rounding);
  const from = firstTrue(n, limit, (d) => units(d) <= percent.units);
  const after = firstTrue(n, limit, (d) => units(d) < percent.units);
  if (from > limit || units(from) !== percent.units) return undefined;
  return { from: Number(from), to: Number(after - 1n) };
}

/**
 * Whether a consistency test on a percent with `decimals` decimals can reject anything for this
 * denominator: only when one beneficiary moves the rate by more than the printed resolution, that is when
 * `denominator < 10^(2 + decimals)` (under 10.000 for two decimals). Above that every printed percent is
 * reachable and the test cannot bite.
 *
 * @example grimCanDiscriminate(17_475, 2); // => false
 */
export function grimCanDiscriminate(denominator: number, decimals: number): boolean {
  return denominator > 0 && BigInt(denominator) < 10n ** BigInt(2 + decimals);
}
