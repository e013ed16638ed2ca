import { explainQualifiedPercentCheck } from '../i18n/explanations.js';
import type { Bilingual } from '../i18n/language.js';
import type { Qualifier } from '../models/published-figure.js';
import type { ExactFraction, FixedDecimal } from '../numeric/fixed-decimal.js';
import { compareFractions, fixedDecimalToFraction } from '../numeric/fixed-decimal.js';
import { qualifierInterval, type StatedBound } from './check-stated-percent.js';

/** The outcome of `checkQualifiedPercent`. */
export interface QualifiedPercentCheck {
  /**
   * `consistent` when every rate the counts allow satisfies the qualified percent, `inconsistent` when
   * none does, `bound` when some do and some do not (or a count is missing).
   */
  readonly verdict: 'consistent' | 'inconsistent' | 'bound';
  /** The lowest and highest rate (in percent, exact fractions) the counts allow, when both are stated. */
  readonly rates: { readonly from: ExactFraction; readonly to: ExactFraction | undefined } | undefined;
  /** The percents the qualifier allows: `hơn 85,7%` is above 85,7 (`fromOpen`: the bound itself is not). */
  readonly allowed: {
    readonly from: ExactFraction;
    readonly fromOpen: boolean;
    readonly to: ExactFraction | undefined;
    readonly toOpen: boolean;
  };
  readonly reason: Bilingual;
}

const hundred = (fraction: ExactFraction): ExactFraction => ({
  numerator: fraction.numerator * 100n,
  denominator: fraction.denominator,
});

/**
 * Checks a percent stated with a qualifier (`đạt hơn 85,7%`, `chiếm gần 61,2%`, `more than 93%`) against
 * the counts stated with it. The qualifier is read as for counts (`qualifierInterval`): `hơn`/`trên`
 * (over) means strictly above; `gần` (nearly) means up to `tolerancePercent` below; `khoảng` (about)
 * within it either side; `dưới` (under) strictly below. The counts give an interval of true rates (lowest
 * numerator over highest denominator, to highest numerator over lowest denominator); the verdict says
 * whether that interval lies inside the allowed percents, outside them, or across. Exact arithmetic. O(1).
 *
 * @example checkQualifiedPercent({ units: 857n, decimals: 1 }, 'over', { numerator: { qualifier: 'exact', value: 1_750 }, denominator: { qualifier: 'exact', value: 2_000 } }).verdict; // => 'consistent'
 */
export function checkQualifiedPercent(
  percent: FixedDecimal,
  qualifier: Qualifier,
  counts: {
    readonly numerator?: StatedBound | null | undefined;
    readonly denominator?: StatedBound | null | undefined;
  },
  tolerancePercent = 10,
): QualifiedPercentCheck {
  const p = fixedDecimalToFraction(percent);
  const slack: ExactFraction = {
    numerator: p.numerator * BigInt(tolerancePercent),
    denominator: p.denominator * 100n,
  };
  const minus = (a: ExactFraction, b: ExactFraction): ExactFraction => ({
    numerator: a.numerator * b.denominator - b.numerator * a.denominator,
    denominator: a.denominator * b.denominator,
  });
  const plus = (a: ExactFraction, b: ExactFraction): ExactFraction => ({
    numerator: a.numerator * b.denominator + b.numerator * a.denominator,
    denominator: a.denominator * b.denominator,
  });
  const zero: ExactFraction = { numerator: 0n, denominator: 1n };
  const allowed: QualifiedPercentCheck['allowed'] =
    qualifier === 'over'
      ? { from: p, fromOpen: true, to: undefined, toOpen: false }
      : qualifier === 'at_least'
        ? { from: p, fromOpen: false, to: undefined, toOpen: false }
        : qualifier === 'under'
          ? { from: zero, fromOpen: false, to: p, toOpen: true }
          : qualifier === 'at_most'
            ? { from: zero, fromOpen: false, to: p, toOpen: false }
            : qualifier === 'nearly'
              ? { from: minus(p, slack), fromOpen: false, to: p, toOpen: false }
              : qualifier === 'about'
                ? { from: minus(p, slack), fromOpen: false, to: plus(p, slack), toOpen: false }
                : { from: p, fromOpen: false, to: p, toOpen: false };
  const numerator = qualifierInterval(counts.numerator, tolerancePercent);
  const denominator = qualifierInterval(counts.denominator, tolerancePercent);
  const stated = counts.numerator != null && counts.denominator != null && denominator.from > 0;
  const rates = stated
    ? {
        from: hundred({
          numerator: BigInt(numerator.from),
          denominator: BigInt(denominator.to ?? Number.MAX_SAFE_INTEGER),
        }),
        to:
          numerator.to === undefined
            ? undefined
            : hundred({ numerator: BigInt(numerator.to), denominator: BigInt(denominator.from) }),
      }
    : undefined;
  const aboveFloor = (rate: ExactFraction) => {
    const c = compareFractions(rate, allowed.from);
    return allowed.fromOpen ? c > 0 : c >= 0;
  };
  const belowCeiling = (rate: ExactFraction) => {
    if (allowed.to === undefined) return true;
    const c = compareFractions(rate, allowed.to);
    return allowed.toOpen ? c < 0 : c <= 0;
  };
  const inside = (rate: ExactFraction) => aboveFloor(rate) && belowCeiling(rate);
  let verdict: QualifiedPercentCheck['verdict'] = 'bound';
  if (rates !== undefined) {
    if (rates.to !== undefined && inside(rates.from) && inside(rates.to)) verdict = 'consistent';
    else if ((rates.to !== undefined && !aboveFloor(rates.to)) || !belowCeiling(rates.from))
      verdict = 'inconsistent';
  }
  const result = { verdict, rates, allowed } as const;
  return { ...result, reason: explainQualifiedPercentCheck(percent, qualifier, result) };
}
