import type { UnitCoverage } from '../analyses/coverage-rates.js';
import type { Rate } from '../indicators/rate.js';
import { isUnplacedKey, type UnitMap } from './unit-map.js';

/**
 * What a rate of a 2025 commune can be when people of split communes may or may not belong to it: `low`
 * and `high` bound it over every way they could be shared out (the lowest: only those not counted in the
 * numerator join; the highest: only those counted join); `noneIn` and `allIn` are the two plain scenarios
 * (none of them here, all of them here). All four equal the placed rate when nobody is unplaced.
 */
export interface RateBounds {
  readonly low: Rate;
  readonly high: Rate;
  readonly noneIn: Rate;
  readonly allIn: Rate;
}

/** People of a split commune who could not be placed on a 2025 commune, and where they may belong. */
export interface UnplacedPeople {
  /** The old (split) commune. */
  readonly oldCode: string;
  /** The 2025 communes it went to. */
  readonly candidates: readonly string[];
  readonly onRegister: number;
  readonly withAccount: number;
  readonly paidThroughAccount: number;
}

/** A 2025 commune's rates: of the people placed there for sure, and bounded over those who may be. */
export interface ReformRate {
  readonly unitCode: string;
  readonly period: string;
  /** The rates of the people placed here (whole communes, a named successor, the village map). */
  readonly placed: Pick<UnitCoverage, 'accountRate' | 'paidThroughAccountRate'>;
  /** Split communes whose unplaced people may belong here (`UnplacedPeople.oldCode`). */
  readonly mayInclude: readonly string[];
  readonly accountRate: RateBounds;
  readonly paidThroughAccountRate: RateBounds;
}

/** The bounds of `numerator / denominator` when up to `people` more may join, `counted` of them in the numerator. */
function bounds(placed: Rate, people: number, counted: number): RateBounds {
  const { numerator: a, denominator: n } = placed;
  return {
    low: { numerator: a, denominator: n + people - counted },
    high: { numerator: a + counted, denominator: n + counted },
    noneIn: placed,
    allIn: { numerator: a + counted, denominator: n + people },
  };
}

/**
 * Every 2025 commune that has people placed in it or that an unplaced group may belong to, in code order,
 * with those groups: how `reformRates` and `reformCounts` spread what no source placed. O(communes ×
 * groups).
 */
function spreadOver<U extends { readonly candidates: readonly string[] }>(
  placed: Iterable<string>,
  unplaced: readonly U[],
): { readonly unitCode: string; readonly may: readonly U[] }[] {
  const codes = new Set([...placed, ...unplaced.flatMap((u) => u.candidates)]);
  return [...codes]
    .sort()
    .map((unitCode) => ({ unitCode, may: unplaced.filter((u) => u.candidates.includes(unitCode)) }));
}

/**
 * The rates of the 2025 communes from rates grouped at `commune-2025` (`coverageRates`, `columnarCoverageRates`
 * or DuckDB's, all through the same `UnitMap`): each commune's placed people as they are, and the people
 * of split communes that no source and no village map placed (`unplacedKey` groups) as bounds on every
 * commune they may belong to, listed in `unplaced`. Headcount rates only (account holders and paid
 * through an account, over people on the register): a share by value cannot be bounded from counts.
 * O(rows × candidates).
 *
 * @example reformRates(coverageRates(district.register, district.payments, '2025-01', { by: 'commune-2025', units }), createUnitMap(units, '2025-01-31')).unplaced; // => []
 */
export function reformRates(
  rows: readonly UnitCoverage[],
  unitMap: UnitMap,
): { readonly rates: ReformRate[]; readonly unplaced: UnplacedPeople[] } {
  const unplaced: UnplacedPeople[] = [];
  const placed = new Map<string, UnitCoverage>();
  let period = '';
  for (const row of rows) {
    period = row.period;
    if (!isUnplacedKey(row.unitCode)) {
      placed.set(row.unitCode, row);
      continue;
    }
    unplaced.push({
      oldCode: row.unitCode.slice(1),
      candidates: unitMap.candidates(row.unitCode),
      onRegister: row.accountRate.denominator,
      withAccount: row.accountRate.numerator,
      paidThroughAccount: row.paidThroughAccountRate.numerator,
    });
  }
  const none: Rate = { numerator: 0, denominator: 0 };
  const rates = spreadOver(placed.keys(), unplaced).map(({ unitCode, may }): ReformRate => {
    const own = placed.get(unitCode);
    const account = own?.accountRate ?? none;
    const paid = own?.paidThroughAccountRate ?? none;
    const people = may.reduce((s, u) => s + u.onRegister, 0);
    return {
      unitCode,
      period: own?.period ?? period,
      placed: { accountRate: account, paidThroughAccountRate: paid },
      mayInclude: may.map((u) => u.oldCode),
      accountRate: bounds(
        account,
        people,
        may.reduce((s, u) => s + u.withAccount, 0),
      ),
      paidThroughAccountRate: bounds(
        paid,
        people,
        may.reduce((s, u) => s + u.paidThroughAccount, 0),
      ),
    };
  });
  return { rates, unplaced };
}

/** A count of an old unit (a published figure's numerator over its denominator, by old commune). */
export interface OldUnitCount {
  readonly oldCode: string;
  readonly rate: Rate;
}

/** A 2025 commune's rate from counts of the old communes: what is placed there for sure, and its bounds. */
export interface ReformCount {
  readonly unitCode: string;
  readonly placed: Rate;
  /** Old communes split without a named successor for their people, whose counts may belong here. */
  readonly mayInclude: readonly string[];
  readonly bounds: RateBounds;
}

/**
 * Counts published for the old communes (a rate's numerator and denominator each), re-expressed on the 2025
 * communes the same way as `reformRates`: an old commune that went whole, or whose people all went to one
 * successor (`UnitMap.unitOf` at `commune-2025`), adds to that commune; one split otherwise adds to the
 * bounds of every commune it may have gone to. Codes the unit map does not know as communes count under
 * themselves. O(counts × candidates).
 *
 * @example reformCounts([{ oldCode: '12994', rate: { numerator: 376, denominator: 376 } }, { oldCode: '12970', rate: { numerator: 900, denominator: 910 } }], createUnitMap(units, '2025-01-31'))[0].placed; // => { numerator: 1276, denominator: 1286 }
 */
export function reformCounts(counts: readonly OldUnitCount[], unitMap: UnitMap): ReformCount[] {
  const placed = new Map<string, Rate>();
  const unplaced: { oldCode: string; candidates: readonly string[]; rate: Rate }[] = [];
  for (const { oldCode, rate } of counts) {
    const key = unitMap.unitOf(oldCode, 'commune-2025');
    if (isUnplacedKey(key)) {
      unplaced.push({ oldCode, candidates: unitMap.candidates(key), rate });
      continue;
    }
    const sum = placed.get(key) ?? { numerator: 0, denominator: 0 };
    placed.set(key, {
      numerator: sum.numerator + rate.numerator,
      denominator: sum.denominator + rate.denominator,
    });
  }
  return spreadOver(placed.keys(), unplaced).map(({ unitCode, may }) => {
    const own = placed.get(unitCode) ?? { numerator: 0, denominator: 0 };
    return {
      unitCode,
      placed: own,
      mayInclude: may.map((u) => u.oldCode),
      bounds: bounds(
        own,
        may.reduce((s, u) => s + u.rate.denominator, 0),
        may.reduce((s, u) => s + u.rate.numerator, 0),
      ),
    };
  });
}
