import type { AdminUnit } from '../models/admin-unit.js';

/** Where a commune's people are counted: the commune, its district, its province, or its 2025 commune. */
export type CoverageLevel = 'commune' | 'district' | 'province' | 'unit-2025';

/** Every coverage level, the commune first. */
export const coverageLevels: readonly CoverageLevel[] = ['commune', 'district', 'province', 'unit-2025'];

/**
 * Commune → the unit it counts under at each level, at one date: built once from the units and used by
 * every engine (rows, columns, DuckDB), so they group alike.
 */
export interface UnitMap {
  /** The date the communes are taken at (`YYYY-MM-DD`). */
  readonly date: string;
  /**
   * The unit a commune counts under at a level. A code the units do not hold as a commune valid at the
   * date counts under itself at every level (so nothing is dropped, and the unknown code shows).
   */
  unitOf(communeCode: string, level: CoverageLevel): string;
  /** Every commune valid at the date and the unit it counts under at a level. */
  table(level: CoverageLevel): ReadonlyMap<string, string>;
}

/**
 * The unit map of a set of units at a date: each commune valid that day, its district (`parentCode`), the
 * district's province, and its first 2025 successor (`successorCodes`). O(units) to build, O(1) a lookup.
 *
 * @example createUnitMap(units, '2025-01-31').unitOf('12976', 'province'); // => '34'
 * @example createUnitMap(units, '2025-01-31').unitOf('12976', 'unit-2025'); // => '12988'
 */
export function createUnitMap(units: readonly AdminUnit[], date: string): UnitMap {
  const validAt = (unit: AdminUnit) =>
    (unit.validFrom === null || unit.validFrom <= date) && (unit.validTo === null || unit.validTo >= date);
  const districts = new Map<string, AdminUnit>();
  for (const unit of units) if (unit.level === 'district') districts.set(unit.code, unit);
  const levels = new Map<CoverageLevel, Map<string, string>>(
    coverageLevels.map((level) => [level, new Map()]),
  );
  for (const unit of units) {
    if (unit.level !== 'commune' || !validAt(unit)) continue;
    const district = unit.parentCode ?? unit.code;
    levels.get('commune')?.set(unit.code, unit.code);
    levels.get('district')?.set(unit.code, district);
    levels.get('province')?.set(unit.code, districts.get(district)?.parentCode ?? district);
    levels.get('unit-2025')?.set(unit.code, unit.successorCodes[0] ?? unit.code);
  }
  return {
    date,
    unitOf: (communeCode, level) => levels.get(level)?.get(communeCode) ?? communeCode,
    table: (level) => levels.get(level) ?? new Map(),
  };
}
