import type { AdminUnit } from '../models/admin-unit.js';
import { foldDiacritics } from '../vietnamese/fold-diacritics.js';

/**
 * Where a commune's people are counted: the commune, its district, its province, or, across the 2025
 * reform, the commune (`commune-2025`) or province (`province-2025`) they belong to from 1 July 2025.
 * `unit-2025` is `commune-2025` by its first name.
 */
export type CoverageLevel =
  | 'commune'
  | 'district'
  | 'province'
  | 'commune-2025'
  | 'province-2025'
  | 'unit-2025';

/** Every coverage level, the commune first. */
export const coverageLevels: readonly CoverageLevel[] = [
  'commune',
  'district',
  'province',
  'commune-2025',
  'province-2025',
  'unit-2025',
];

/**
 * The key under which the people of a split commune are counted at `commune-2025` when they cannot be
 * placed (`?` and the old commune's code): no unit has it, and `UnitMap.candidates` gives the communes they
 * may belong to.
 */
export const unplacedKey = (oldCode: string): string => `?${oldCode}`;

/** Whether a unit key is `unplacedKey`'s. */
export const isUnplacedKey = (key: string): boolean => key.startsWith('?');

/**
 * Villages of split communes placed on their 2025 commune: old commune code → village name (as the
 * register writes it; compared without case, diacritics or extra spaces) → new commune code.
 */
export type VillageMap = ReadonlyMap<string, ReadonlyMap<string, string>>;

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
  /**
   * As `unitOf`, for a person whose village is known: at `commune-2025`, the people of a split commune whose
   * village the village map places go to that commune, the others stay unplaced.
   */
  unitOfPlace(communeCode: string, village: string | undefined, level: CoverageLevel): string;
  /** Every commune valid at the date and the unit it counts under at a level. */
  table(level: CoverageLevel): ReadonlyMap<string, string>;
  /** The 2025 communes the people under an `unplacedKey` may belong to (`[]` for any other key). */
  candidates(key: string): readonly string[];
  /**
   * Villages of the village map that name no commune the split commune went to, or a commune that was not
   * split (`old code`, `village`, `new code`): they are not used.
   */
  readonly villageProblems: readonly {
    readonly oldCode: string;
    readonly village: string;
    readonly newCode: string;
  }[];
}

/** A village name as it is compared: no case, diacritics or extra spaces. */
const villageKey = (village: string): string => foldDiacritics(village);

/**
 * The unit map of a set of units at a date: each commune valid that day, its district (`parentCode`), the
 * district's province, and across the 2025 reform its commune and province from 1 July 2025. A commune that
 * went whole to one commune counts there; one split among several counts where the source says all its
 * people went (`peopleSuccessorCode`), else where the village map (`villages`) places a person's village,
 * else under `unplacedKey` with its `candidates`. O(units) to build, O(1) a lookup.
 *
 * @example createUnitMap(units, '2025-01-31').unitOf('12976', 'province'); // => '34'
 * @example createUnitMap(units, '2025-01-31').unitOf('12976', 'commune-2025'); // => '12988'
 * @example createUnitMap(units, '2025-01-31').unitOf('12976', 'province-2025'); // => '33'
 */
export function createUnitMap(
  units: readonly AdminUnit[],
  date: string,
  options: { readonly villages?: VillageMap } = {},
): UnitMap {
  const validAt = (unit: AdminUnit) =>
    (unit.validFrom === null || unit.validFrom <= date) && (unit.validTo === null || unit.validTo >= date);
  const districts = new Map<string, AdminUnit>();
  const provinces = new Map<string, AdminUnit>();
  for (const unit of units) {
    if (unit.level === 'district' && validAt(unit)) districts.set(unit.code, unit);
    if (unit.level === 'province' && validAt(unit)) provinces.set(unit.code, unit);
  }
  // The units from 1 July 2025, by code: a commune's successors and a province's are found among them.
  const after = new Map<string, AdminUnit>();
  for (const unit of units)
    if (unit.validFrom !== null && unit.validFrom > date) after.set(`${unit.level}|${unit.code}`, unit);
  const levels = new Map<CoverageLevel, Map<string, string>>(
    coverageLevels.map((level) => [level, new Map()]),
  );
  const splits = new Map<string, readonly string[]>();
  const set = (level: CoverageLevel, code: string, unit: string) => levels.get(level)?.set(code, unit);
  for (const unit of units) {
    if (unit.level !== 'commune' || !validAt(unit)) continue;
    const district = unit.parentCode ?? unit.code;
    const province = districts.get(district)?.parentCode ?? district;
    set('commune', unit.code, unit.code);
    set('district', unit.code, district);
    set('province', unit.code, province);
    const successors = unit.successorCodes;
    const placed =
      successors.length === 0
        ? unit.code
        : successors.length === 1
          ? (successors[0] as string)
          : (unit.peopleSuccessorCode ?? unplacedKey(unit.code));
    if (isUnplacedKey(placed)) splits.set(placed, successors);
    set('commune-2025', unit.code, placed);
    set('unit-2025', unit.code, placed);
    // The new province: the old province's successor, else the province of the first new commune.
    const newProvince =
      provinces.get(province)?.successorCodes[0] ??
      after.get(`commune|${successors[0] ?? ''}`)?.parentCode ??
      province;
    set('province-2025', unit.code, newProvince);
  }
  const villageProblems: { oldCode: string; village: string; newCode: string }[] = [];
  const byVillage = new Map<string, Map<string, string>>();
  for (const [oldCode, villages] of options.villages ?? []) {
    const candidates = splits.get(unplacedKey(oldCode));
    for (const [village, newCode] of villages) {
      if (candidates === undefined || !candidates.includes(newCode)) {
        villageProblems.push({ oldCode, village, newCode });
        continue;
      }
      const map = byVillage.get(oldCode) ?? new Map<string, string>();
      map.set(villageKey(village), newCode);
      byVillage.set(oldCode, map);
    }
  }
  const unitOf = (communeCode: string, level: CoverageLevel) =>
    levels.get(level)?.get(communeCode) ?? communeCode;
  return {
    date,
    unitOf,
    unitOfPlace(communeCode, village, level) {
      const unit = unitOf(communeCode, level);
      if (village === undefined || !isUnplacedKey(unit)) return unit;
      return byVillage.get(communeCode)?.get(villageKey(village)) ?? unit;
    },
    table: (level) => levels.get(level) ?? new Map(),
    candidates: (key) => splits.get(key) ?? [],
    villageProblems,
  };
}
