import { InvalidArgumentError } from '../errors.js';
import { explainStatedPercent } from '../i18n/explanations.js';
import type { Bilingual } from '../i18n/language.js';
import type { Qualifier } from '../models/published-figure.js';
import type { FixedDecimal } from '../numeric/fixed-decimal.js';
import { type RoundingMode, roundingModes } from '../numeric/rounding-mode.js';
import {
  type CountInterval,
  type CountRange,
  consistentDenominators,
  consistentNumerators,
  denominatorsPrinting,
  largestCount,
} from './consistent-counts.js';

export type { CountInterval } from './consistent-counts.js';

/** A stated count: a value and how the text qualified it (`trên 900` is `{ qualifier: 'over', value: 900 }`). */
export interface StatedBound {
  readonly qualifier: Qualifier;
  readonly value: number;
  /**
   * For a count written with a scale word (`1,2 triệu`, `3 nghìn`, `1.2 million`): the place value of its
   * last written digit (100 000 for `1,2 triệu`). The count was rounded to it, so an exact count stands for
   * every value that rounds half up to it: `1,2 triệu` is 1.150.000 to 1.249.999.
   */
  readonly roundedTo?: number | undefined;
}

/** The verdicts of `checkStatedPercent`. */
export type StatedPercentVerdict =
  | 'consistent'
  | 'consistent_other_rounding'
  | 'inconsistent'
  | 'unconstrained'
  | 'too_large';

/** The (numerator, denominator) pairs consistent with a printed percent under one rounding mode. */
export interface ConsistentPairs {
  readonly rounding: RoundingMode;
  /**
   * `true` or `false` when the search space was searched (or its rates lie wholly off the percent);
   * `undefined` when it is unbounded or too large to search one by one.
   */
  readonly consistent: boolean | undefined;
  /** Smallest and largest consistent numerator, when any. */
  readonly numerators: CountInterval | undefined;
  /** Smallest and largest consistent denominator, when any (`to` undefined: every larger one too). */
  readonly denominators: CountInterval | undefined;
  /** The first consistent pairs, by denominator (at most `maxPairs`). */
  readonly pairs: readonly { readonly denominator: number; readonly numerators: CountRange }[];
  /** How many (numerator, denominator) pairs are consistent, when the space was searched and is finite. */
  readonly pairCount: number | undefined;
}

/** The outcome of `checkStatedPercent`. */
export interface StatedPercentCheck {
  readonly percent: FixedDecimal;
  /** The numerator's interval, from its qualifier (unbounded when not stated). */
  readonly numerator: CountInterval;
  /** The denominator's interval, from its qualifier (unbounded when not stated). */
  readonly denominator: CountInterval;
  readonly byRounding: readonly ConsistentPairs[];
  /**
   * `consistent` (some pair fits under the first rounding mode, half-up by default),
   * `consistent_other_rounding`, `inconsistent` (no pair under any mode), `unconstrained` (the counts
   * leave infinitely many pairs, or too many to search: nothing can be rejected), or `too_large` (no count
   * up to `largestCount`, 2^53 − 1, fits, but larger ones would: not checked, see `beyondLargestCount`).
   */
  readonly verdict: StatedPercentVerdict;
  /**
   * Whether the printed precision can reject anything here: only when some admissible denominator is
   * below 10^(2 + decimals). Above that every percent is reachable and only stated counts can conflict.
   */
  readonly precisionBites: boolean;
  /**
   * When a count is `trên`/`hơn`/`dưới` N: the verdict with the plausible bound of `plausibleInterval`
   * (`trên 900` → 901 to 999), beside `verdict`, which reads the bound without an upper end.
   */
  readonly plausible?: {
    readonly numerator: CountInterval;
    readonly denominator: CountInterval;
    readonly verdict: StatedPercentVerdict;
    readonly byRounding: readonly ConsistentPairs[];
  };
  /**
   * With the numerator as stated (exact), the denominators that would print the percent (first mode);
   * `to` undefined when every larger one does too.
   */
  readonly denominatorsForNumerator: CountInterval | undefined;
  /** With the denominator as stated (exact), the numerators that would print the percent (first mode). */
  readonly numeratorsForDenominator: CountRange | undefined;
  /**
   * When the verdict is `too_large`: the denominators, all above 2^53 − 1, over which the smallest
   * admissible numerator would print the percent (`to` undefined: every larger one too).
   */
  readonly beyondLargestCount?: { readonly from: bigint; readonly to: bigint | undefined };
  readonly reason: Bilingual;
}

/** Options of `checkStatedPercent`. */
export interface StatedPercentOptions {
  /** Rounding modes to try, the presumed one first (default: half-up, half-even, down, up). */
  readonly roundings?: readonly RoundingMode[];
  /** Width of `gần` (nearly) and `khoảng` (about), in percent of the stated value (default 10). */
  readonly tolerancePercent?: number;
  /** Most denominators or numerators searched one by one (default 200 000). */
  readonly maxSearch?: number;
  /** Most pairs listed per rounding mode (default 10). */
  readonly maxPairs?: number;
  /** The counts as the text wrote them (`trên 900`), quoted in the explanation. */
  readonly asStated?: { readonly numerator?: string | undefined; readonly denominator?: string | undefined };
}

/**
 * The interval of true counts a stated count allows: `exact` → [v, v]; `over` → [v+1, ∞); `at_least` →
 * [v, ∞); `under` → [0, v−1]; `at_most` → [0, v]; `nearly` → [v − t%, v]; `about` → [v − t%, v + t%],
 * with t the tolerance (10% by default, a stated assumption, not a rule of Vietnamese usage). A count not
 * stated is [0, ∞). An exact count written with a scale word (`roundedTo`) is every value that rounds half
 * up to it: `1,2 triệu` → [1.150.000, 1.249.999]. Upper ends stop at `largestCount` (2^53 − 1).
 *
 * @example qualifierInterval({ qualifier: 'over', value: 900 }); // => { from: 901, to: undefined }
 * @example qualifierInterval({ qualifier: 'exact', value: 1_200_000, roundedTo: 100_000 }); // => { from: 1150000, to: 1249999 }
 */
export function qualifierInterval(
  bound: StatedBound | null | undefined,
  tolerancePercent = 10,
): CountInterval {
  if (bound === null || bound === undefined) return { from: 0, to: undefined };
  const v = bound.value;
  const slack = Math.floor((v * tolerancePercent) / 100);
  const half = bound.roundedTo !== undefined && bound.roundedTo > 1 ? Math.floor(bound.roundedTo / 2) : 0;
  switch (bound.qualifier) {
    case 'exact':
      return half > 0 ? { from: Math.max(0, v - half), to: capped(v + half - 1) } : { from: v, to: v };
    case 'over':
      return { from: v + 1, to: undefined };
    case 'at_least':
      return { from: v, to: undefined };
    case 'under':
      return { from: 0, to: Math.max(0, v - 1) };
    case 'at_most':
      return { from: 0, to: v };
    case 'nearly':
      return { from: v - slack, to: v };
    case 'about':
      return { from: v - slack, to: capped(v + slack) };
  }
}

/** An upper end no larger than `largestCount`. */
function capped(to: number): number {
  return Math.min(to, largestCount);
}

/**
 * The place value of the last digit a count is written to, at least 10: `900` → 100, `2,37 triệu`
 * (2 370 000) → 10 000, `17.475` → 10. The unit a writer rounded to when saying `trên 900`.
 *
 * @example statedUnit(2_370_000); // => 10000
 */
export function statedUnit(value: number): number {
  let unit = 1;
  while (value > 0 && value % (unit * 10) === 0) unit *= 10;
  return Math.max(10, unit);
}

/**
 * The counts a qualified count plausibly stands for, by the rule documented in docs/checking.md: a writer
 * who says `trên 900` or `hơn 2,37 triệu` rounded down to the last digit they wrote, so the true count is
 * below the next unit of that digit: `trên 900` → 901 to 999, `hơn 2,37 triệu` → 2 370 001 to 2 379 999
 * (`statedUnit`); `ít nhất 900` → 900 to 999; `dưới 50` → 41 to 49; `tối đa 50` → 41 to 50. Other
 * qualifiers as `qualifierInterval`. An assumption about writing, not a rule of the language: checks show
 * the unbounded reading beside it.
 *
 * @example plausibleInterval({ qualifier: 'over', value: 900 }); // => { from: 901, to: 999 }
 */
export function plausibleInterval(
  bound: StatedBound | null | undefined,
  tolerancePercent = 10,
): CountInterval {
  if (bound === null || bound === undefined) return qualifierInterval(bound, tolerancePercent);
  const v = bound.value;
  const unit = statedUnit(v);
  const next = (Math.floor(v / unit) + 1) * unit;
  switch (bound.qualifier) {
    case 'over':
      return { from: v + 1, to: capped(next - 1) };
    case 'at_least':
      return { from: v, to: capped(next - 1) };
    case 'under':
      return { from: Math.max(0, v - unit + 1), to: Math.max(0, v - 1) };
    case 'at_most':
      return { from: Math.max(0, v - unit + 1), to: v };
    default:
      return qualifierInterval(bound, tolerancePercent);
  }
}

function size(interval: CountInterval): number {
  return interval.to === undefined ? Number.POSITIVE_INFINITY : Math.max(0, interval.to - interval.from + 1);
}

function intersect(a: CountRange, b: CountInterval): CountRange | undefined {
  const from = Math.max(a.from, b.from);
  const to = b.to === undefined ? a.to : Math.min(a.to, b.to);
  return from <= to ? { from, to } : undefined;
}

function intersectOpen(a: CountInterval, b: CountInterval): CountInterval | undefined {
  const from = Math.max(a.from, b.from);
  const to = a.to === undefined ? b.to : b.to === undefined ? a.to : Math.min(a.to, b.to);
  return to === undefined || from <= to ? { from, to } : undefined;
}

/**
 * Whether every rate the intervals allow lies off the percent: the true percents that can print as
 * `percent` under `rounding` lie within half a printed unit of it (a whole unit above it when truncating,
 * below it when rounding up), and the rates lie between the smallest numerator over the largest
 * denominator and the largest numerator over the smallest denominator. Exact; O(1).
 */
function ratesMissPercent(
  percent: FixedDecimal,
  rounding: RoundingMode,
  numerator: CountInterval,
  dFrom: number,
  dTo: number | undefined,
): boolean {
  // In half units of the last printed decimal: a rate n/d is 200·10^dec·n/d of them.
  const scale = 200n * 10n ** BigInt(percent.decimals);
  const twice = 2n * percent.units;
  const [low, high] =
    rounding === 'down'
      ? [twice, twice + 2n]
      : rounding === 'up'
        ? [twice - 2n, twice]
        : [twice - 1n, twice + 1n];
  const below =
    numerator.to !== undefined && scale * BigInt(numerator.to) < (low < 0n ? 0n : low) * BigInt(dFrom);
  const above = dTo !== undefined && scale * BigInt(numerator.from) > high * BigInt(dTo);
  return below || above;
}

function searchPairs(
  percent: FixedDecimal,
  numerator: CountInterval,
  denominator: CountInterval,
  rounding: RoundingMode,
  maxSearch: number,
  maxPairs: number,
): ConsistentPairs {
  const none = { rounding, numerators: undefined, denominators: undefined, pairs: [], pairCount: 0 };
  if (percent.units < 0n || percent.units > 100n * 10n ** BigInt(percent.decimals)) {
    return { ...none, consistent: false };
  }
  // Counts run from 0 to largestCount (2^53 − 1); denominators are at least 1 and at least the numerator.
  const nFrom = numerator.from;
  const nTo = Math.min(numerator.to ?? largestCount, largestCount);
  const dFrom = Math.max(1, denominator.from, nFrom);
  const dTo = Math.min(denominator.to ?? largestCount, largestCount);
  if (nFrom > nTo || dFrom > dTo) return { ...none, consistent: false };
  const nRange: CountInterval = { from: nFrom, to: nTo };
  const dRange: CountInterval = { from: dFrom, to: dTo };
  if (ratesMissPercent(percent, rounding, nRange, dFrom, dTo)) return { ...none, consistent: false };

  const numeratorsFor = (d: number) => {
    const range = consistentNumerators(percent, d, rounding);
    return range === undefined ? undefined : intersect(range, nRange);
  };

  let walk: 'denominators' | 'numerators' | undefined;
  if (size(dRange) <= maxSearch) walk = 'denominators';
  else if (size(nRange) <= maxSearch) walk = 'numerators';
  if (walk === undefined) return { ...none, consistent: undefined, pairCount: undefined };

  let pairCount = 0;
  let endless = false;
  let nLow = Number.POSITIVE_INFINITY;
  let nHigh = -1;
  let dLow = Number.POSITIVE_INFINITY;
  let dHigh = -1;
  const pairs: { denominator: number; numerators: CountRange }[] = [];
  if (walk === 'denominators') {
    for (let d = dFrom; d <= dTo; d += 1) {
      const range = numeratorsFor(d);
      if (range === undefined) continue;
      pairCount += range.to - range.from + 1;
      nLow = Math.min(nLow, range.from);
      nHigh = Math.max(nHigh, range.to);
      dLow = Math.min(dLow, d);
      dHigh = Math.max(dHigh, d);
      if (pairs.length < maxPairs) pairs.push({ denominator: d, numerators: range });
    }
  } else {
    for (let n = nFrom; n <= nTo; n += 1) {
      const ds = consistentDenominators(percent, n, rounding);
      // A range that reaches the largest count, where the stated denominator has no upper end, goes on.
      const open = ds?.to === undefined && denominator.to === undefined;
      const range = ds === undefined ? undefined : intersectOpen(ds, dRange);
      if (range === undefined || range.to === undefined) continue;
      if (open) endless = true;
      else pairCount += range.to - range.from + 1;
      nLow = Math.min(nLow, n);
      nHigh = Math.max(nHigh, n);
      dLow = Math.min(dLow, range.from);
      dHigh = Math.max(dHigh, range.to);
    }
    for (
      let d = dLow, seen = 0;
      d <= dHigh && pairs.length < maxPairs && seen < maxSearch;
      d += 1, seen += 1
    ) {
      const range = numeratorsFor(d);
      if (range !== undefined) pairs.push({ denominator: d, numerators: range });
    }
  }
  if (nHigh < 0) return { ...none, consistent: false };
  return {
    rounding,
    consistent: true,
    numerators: { from: nLow, to: nHigh },
    denominators: { from: dLow, to: endless ? undefined : dHigh },
    pairs,
    pairCount: endless ? undefined : pairCount,
  };
}

/**
 * Checks a printed percent against whatever counts are stated with it, exact or bounded (`trên`, `gần`,
 * `khoảng`, `dưới`, or rounded by a scale word: `1,2 triệu`): under each rounding mode, which (numerator,
 * denominator) pairs print as that percent within the counts' intervals (`qualifierInterval`). A missing
 * count comes out as an interval: 99,98% of 17.475 needs 17.471 to 17.472. An exact count also gets the
 * range of the other count that would print the percent, which explains a counterfactual: 17.328 of
 * 17.472 prints 99,18%, and 99,16% needs a denominator of 17.474 to 17.475.
 *
 * The printed precision only bites when some admissible denominator is below 10^(2 + decimals) (10.000
 * for two decimals); `precisionBites` says so. When every rate the intervals allow lies off the percent the
 * verdict follows at once; otherwise the search is one by one over the smaller side, at most `maxSearch`
 * values (each O(log n)); when both sides are larger (or unbounded) the verdict is `unconstrained`. Counts
 * stop at 2^53 − 1: a percent only larger counts could print (1 of 10^22 people) is `too_large`. A zero
 * denominator allows no percent (`inconsistent`, and the reason says why). Never throws on counts a text
 * can state.
 *
 * @example checkStatedPercent({ units: 9998n, decimals: 2 }, { denominator: { qualifier: 'exact', value: 17_475 } }).byRounding[0].numerators; // => { from: 17471, to: 17472 }
 */
export function checkStatedPercent(
  percent: FixedDecimal,
  counts: {
    readonly numerator?: StatedBound | null | undefined;
    readonly denominator?: StatedBound | null | undefined;
  },
  options: StatedPercentOptions = {},
): StatedPercentCheck {
  const { roundings = roundingModes, tolerancePercent = 10, maxSearch = 200_000, maxPairs = 10 } = options;
  if (roundings.length === 0) {
    throw new InvalidArgumentError(
      'checkStatedPercent',
      'roundings must name at least one rounding mode',
      'cần ít nhất một cách làm tròn',
    );
  }
  for (const [side, bound] of [
    ['numerator', counts.numerator],
    ['denominator', counts.denominator],
  ] as const) {
    if (bound != null && !(Number.isSafeInteger(bound.value) && bound.value >= 0)) {
      throw new InvalidArgumentError(
        'checkStatedPercent',
        `the ${side} must be a whole count from 0 to ${Number.MAX_SAFE_INTEGER}, got ${bound.value}`,
        `${side === 'numerator' ? 'tử số' : 'mẫu số'} phải là số đếm nguyên từ 0 đến ${Number.MAX_SAFE_INTEGER}, nhận được ${bound.value}`,
      );
    }
  }
  const numerator = qualifierInterval(counts.numerator, tolerancePercent);
  const denominator = qualifierInterval(counts.denominator, tolerancePercent);
  const presumed = roundings[0] ?? 'half-up';
  const byRounding = roundings.map((rounding) =>
    searchPairs(percent, numerator, denominator, rounding, maxSearch, maxPairs),
  );
  // No count up to 2^53 − 1 fits, but a larger denominator would: say so rather than reject.
  const beyond = (n: CountInterval, d: CountInterval) => {
    if (d.to !== undefined && d.to < largestCount) return undefined;
    const range = denominatorsPrinting(percent, BigInt(n.from), presumed);
    return range !== undefined && range.from > BigInt(largestCount) ? range : undefined;
  };
  const verdictOf = (list: readonly ConsistentPairs[], n: CountInterval, d: CountInterval) =>
    list[0]?.consistent === true
      ? ('consistent' as const)
      : list.some((r) => r.consistent === true)
        ? ('consistent_other_rounding' as const)
        : list.some((r) => r.consistent === undefined)
          ? ('unconstrained' as const)
          : n.from > largestCount || beyond(n, d) !== undefined
            ? ('too_large' as const)
            : ('inconsistent' as const);
  const verdict = verdictOf(byRounding, numerator, denominator);
  const beyondLargestCount = verdict === 'too_large' ? beyond(numerator, denominator) : undefined;
  const bounded = (b: StatedBound | null | undefined) =>
    b != null &&
    (b.qualifier === 'over' ||
      b.qualifier === 'at_least' ||
      b.qualifier === 'under' ||
      b.qualifier === 'at_most');
  let plausible: StatedPercentCheck['plausible'];
  if (bounded(counts.numerator) || bounded(counts.denominator)) {
    const pn = plausibleInterval(counts.numerator, tolerancePercent);
    const pd = plausibleInterval(counts.denominator, tolerancePercent);
    const list = roundings.map((rounding) => searchPairs(percent, pn, pd, rounding, maxSearch, maxPairs));
    plausible = { numerator: pn, denominator: pd, verdict: verdictOf(list, pn, pd), byRounding: list };
  }
  const threshold = 10 ** (2 + percent.decimals);
  const precisionBites = Math.max(1, denominator.from, numerator.from) < threshold;
  const exactNumerator = numerator.from === numerator.to ? numerator.from : undefined;
  const exactDenominator = denominator.from === denominator.to ? denominator.from : undefined;
  const denominatorsForNumerator =
    exactNumerator !== undefined ? consistentDenominators(percent, exactNumerator, presumed) : undefined;
  const numeratorsForDenominator =
    exactDenominator !== undefined && exactDenominator > 0
      ? consistentNumerators(percent, exactDenominator, presumed)
      : undefined;
  const result = {
    percent,
    numerator,
    denominator,
    byRounding,
    verdict,
    precisionBites,
    denominatorsForNumerator,
    numeratorsForDenominator,
    ...(plausible === undefined ? {} : { plausible }),
    ...(beyondLargestCount === undefined ? {} : { beyondLargestCount }),
  } as const;
  return {
    ...result,
    reason: explainStatedPercent(result, {
      ...options.asStated,
      rounded: roundedSides(counts),
      bounds: boundSides(counts),
    }),
  };
}

/** Which kinds of bound the counts state: `over` (trên, hơn, ít nhất) and `under` (dưới, tối đa). */
function boundSides(counts: {
  readonly numerator?: StatedBound | null | undefined;
  readonly denominator?: StatedBound | null | undefined;
}): ('over' | 'under')[] {
  const qualifiers = [counts.numerator?.qualifier, counts.denominator?.qualifier];
  return [
    ...(qualifiers.some((q) => q === 'over' || q === 'at_least') ? (['over'] as const) : []),
    ...(qualifiers.some((q) => q === 'under' || q === 'at_most') ? (['under'] as const) : []),
  ];
}

/** Which counts were written with a scale word, and so stand for an interval. */
function roundedSides(counts: {
  readonly numerator?: StatedBound | null | undefined;
  readonly denominator?: StatedBound | null | undefined;
}): { readonly numerator: boolean; readonly denominator: boolean } {
  const rounded = (b: StatedBound | null | undefined) =>
    b != null && b.qualifier === 'exact' && b.roundedTo !== undefined && b.roundedTo > 1;
  return { numerator: rounded(counts.numerator), denominator: rounded(counts.denominator) };
}
