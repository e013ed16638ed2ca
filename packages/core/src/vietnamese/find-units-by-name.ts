import { type AdminUnit, type AdminUnitType, adminUnitTypeWords } from '../models/admin-unit.js';
import { foldDiacritics } from './fold-diacritics.js';

/** Options for `findUnitsByName`. */
export interface FindUnitsOptions {
  /** Keep only units valid on this ISO date (`2025-01-31`). */
  readonly on?: string;
}

const typeWordsLongestFirst = Object.entries(adminUnitTypeWords)
  .map(([type, word]) => ({ type: type as AdminUnitType, folded: foldDiacritics(word) }))
  .sort((a, b) => b.folded.length - a.folded.length);

function validOn(unit: AdminUnit, date: string): boolean {
  return (
    (unit.validFrom === null || unit.validFrom <= date) && (unit.validTo === null || date <= unit.validTo)
  );
}

/**
 * Finds administrative units by name, the way people type them: with or without the type word
 * (`xã Tây Lương`, `Tây Lương`), without diacritics (`Tay Luong`), in any case, precomposed (NFC) or
 * decomposed (NFD). A leading type word (`xã`, `phường`, `thị trấn`, `huyện`, `tỉnh`, …) also filters by
 * type, so `thị trấn Tiền Hải` finds the old town and `xã Tiền Hải` the 2025 commune of the same code.
 * A name that merely starts like a type word (`Xá …`) still matches as a whole name.
 *
 * Returns every match, in input order: names repeat across provinces and across reforms (there were two
 * An Ninh communes in Thái Bình), so the caller decides, or narrows with `on`. O(units).
 *
 * @example findUnitsByName(units, 'Tay Luong').map((u) => u.code); // => ['12991']
 */
export function findUnitsByName(
  units: readonly AdminUnit[],
  query: string,
  options: FindUnitsOptions = {},
): AdminUnit[] {
  const folded = foldDiacritics(query);
  const typed = typeWordsLongestFirst.filter(({ folded: word }) => folded.startsWith(`${word} `));
  return units.filter((unit) => {
    if (options.on !== undefined && !validOn(unit, options.on)) return false;
    const name = foldDiacritics(unit.name);
    if (name === folded) return true;
    return typed.some(
      ({ type, folded: word }) =>
        adminUnitTypeWords[unit.type] === adminUnitTypeWords[type] && name === folded.slice(word.length + 1),
    );
  });
}
