import { assertCount, InvalidArgumentError } from '../errors.js';
import { divideRounded } from '../numeric/divide-rounded.js';
import type { FixedDecimal } from '../numeric/fixed-decimal.js';
import { defaultRoundingMode, type RoundingMode } from '../numeric/rounding-mode.js';

/** An inclusive range of integers. */
export interface CountRange {
  readonly from: number;
  readonly to: number;
}

/** An inclusive interval of counts; `to` is `undefined` when it has no upper end. */
export interface CountInterval {
  readonly from: number;
  readonly to: number | undefined;
}

/**
 * The largest count ansinh checks: 2^53 − 1 (9.007.199.254.740.991), the largest integer a JavaScript
 * number holds exactly (docs/numeric-policy.md). No group of people comes near it; searches for counts stop
 * there.
 */
export const largestCount = Number.MAX_SAFE_INTEGER;

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
 * whose ends lie within a step or two of (percent ∓ ½ unit) × denominator: O(1) exact tests. `undefined` when none does: the percent cannot come from
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
  // The first numerator printing at least `level` units is where the true percent reaches level − ½ unit
  // (level when truncating, level − 1 when rounding up): start there and step to it, a step or two, each
  // an exact test.
  const scale = 100n * 10n ** BigInt(percent.decimals);
  const below = rounding === 'down' ? 0n : rounding === 'up' ? 2n : 1n;
  const firstAtLeast = (level: bigint) => {
    const guess = ((2n * level - below) * d) / (2n * scale);
    let n = guess < 0n ? 0n : guess > d ? d + 1n : guess;
    while (n > 0n && units(n - 1n) >= level) n -= 1n;
    while (n <= d && units(n) < level) n += 1n;
    return n;
  };
  const from = firstAtLeast(target);
  if (from > d || units(from) !== target) return undefined;
  return { from: Number(from), to: Number(firstAtLeast(target + 1n) - 1n) };
}

/**
 * Every denominator, not below the numerator (and at least 1), over which `numerator` prints as
 * `percent`, in exact integers of any size. The printed percent falls as the denominator grows, so the
 * answer is one range; `to` is `undefined` when the range has no upper end (a zero percent, which every
 * large enough denominator prints, or a percent of one unit rounded up). `undefined` when no denominator
 * does. O(log) BigInt operations.
 *
 * @example denominatorsPrinting({ units: 0n, decimals: 0 }, 5n); // => { from: 1001n, to: undefined }
 */
export function denominatorsPrinting(
  percent: FixedDecimal,
  numerator: bigint,
  rounding: RoundingMode = defaultRoundingMode,
): { readonly from: bigint; readonly to: bigint | undefined } | undefined {
  if (numerator < 0n || percent.units < 0n) return undefined;
  const start = numerator > 1n ? numerator : 1n;
  const units = (d: bigint) => printedUnits(numerator, d, percent.decimals, rounding);
  // 100·n·10^dec / d < ½ unit once d > 200·n·10^dec: past this limit every denominator prints the same.
  const limit = 200n * numerator * 10n ** BigInt(percent.decimals) + 2n;
  const from = firstTrue(start, limit, (d) => units(d) <= percent.units);
  if (from > limit || units(from) !== percent.units) return undefined;
  const after = firstTrue(start, limit, (d) => units(d) < percent.units);
  return { from, to: after > limit ? undefined : after - 1n };
}

/**
 * Every denominator, not below the numerator, over which `numerator` prints as `percent`: the counts
 * among `denominatorsPrinting`. Counts stop at `largestCount` (2^53 − 1): a range that runs past it is cut
 * there (`to` is `largestCount`), one with no upper end has `to: undefined`, and `undefined` means no count
 * prints the percent (1 person of any group prints at least 0,000000000000011%). A zero numerator prints
 * only 0%, over any denominator from 1 up; a zero percent comes from any numerator over a large enough
 * denominator (5 people print 0% half-up over 1.001 or more). Throws only for a numerator that is not a
 * count.
 *
 * @example consistentDenominators({ units: 100n, decimals: 0 }, 901); // => { from: 901, to: 905 }
 * @example consistentDenominators({ units: 0n, decimals: 0 }, 5); // => { from: 1001, to: undefined }
 */
export function consistentDenominators(
  percent: FixedDecimal,
  numerator: number,
  rounding: RoundingMode = defaultRoundingMode,
): CountInterval | undefined {
  assertCount('consistentDenominators', 'numerator', numerator);
  const range = denominatorsPrinting(percent, BigInt(numerator), rounding);
  const largest = BigInt(largestCount);
  if (range === undefined || range.from > largest) return undefined;
  return {
    from: Number(range.from),
    to: range.to === undefined ? undefined : Number(range.to > largest ? largest : range.to),
  };
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
