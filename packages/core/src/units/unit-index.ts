import {
  type AdminLevel,
  type AdminUnit,
  type AdminUnitType,
  adminUnitTypeWords,
} from '../models/admin-unit.js';
import { foldDiacritics } from '../vietnamese/fold-diacritics.js';
import { provincesNamed } from '../vietnamese/province-names.js';

/**
 * How much of a unit went to, or came from, another in a reorganisation: `whole` when the old unit went
 * to that one unit only, `part` when it was split among several. `allPeople` says that a split of the land
 * only sent all its people to this unit (the source says `toàn bộ dân số`).
 */
export interface UnitLink {
  readonly unit: AdminUnit;
  readonly relation: 'whole' | 'part';
  readonly allPeople: boolean;
}

/** What `UnitIndex.byName` narrows a name by. */
export interface ByNameOptions {
  /** Units valid on this day (`YYYY-MM-DD`). */
  readonly on?: string;
  /** Units of this level. */
  readonly level?: AdminLevel;
  /**
   * A unit above: a district or province by name (with or without its type word, without diacritics) or
   * by code. Units with no such unit above them are left out.
   */
  readonly within?: string;
}

/** Lookups over a set of administrative units (`createUnitIndex`). */
export interface UnitIndex {
  readonly units: readonly AdminUnit[];
  /** Every unit with this code (a code is reused across reforms), or the one valid on `on`. */
  byCode(code: string, on?: string): AdminUnit[];
  /**
   * Every unit of this name, as people write it: with or without the type word (`xã Tây Lương`,
   * `Tây Lương`; a type word narrows), any case, without diacritics, NFC or NFD. All candidates are
   * returned, in the order of the units: a name is often held by several units.
   */
  byName(query: string, options?: ByNameOptions): AdminUnit[];
  /** The unit above (a commune's district, a district's province), as it was while the unit was valid. */
  parentOf(unit: AdminUnit): AdminUnit | undefined;
  /** The units above, nearest first (`[district, province]` for an old commune). */
  parentsOf(unit: AdminUnit): AdminUnit[];
  /** The units that took this one over, each with how much went there. */
  successorsOf(unit: AdminUnit): UnitLink[];
  /** The units this one took over, each with how much of it came here. */
  predecessorsOf(unit: AdminUnit): UnitLink[];
}

/** The type words a name may start with, longest first, folded, with the abbreviations offices use. */
const typeWords: readonly { readonly folded: string; readonly types: readonly AdminUnitType[] }[] = (() => {
  const words = new Map<string, AdminUnitType[]>();
  const add = (word: string, type: AdminUnitType) => {
    const folded = foldDiacritics(word);
    words.set(folded, [...(words.get(folded) ?? []), type]);
  };
  for (const [type, word] of Object.entries(adminUnitTypeWords)) add(word, type as AdminUnitType);
  for (const word of ['tp', 'tp.']) {
    add(word, 'thanh_pho');
    add(word, 'thanh_pho_tw');
  }
  for (const word of ['tx', 'tx.']) add(word, 'thi_xa');
  for (const word of ['tt', 'tt.']) add(word, 'thi_tran');
  return [...words]
    .map(([folded, types]) => ({ folded, types }))
    .sort((a, b) => b.folded.length - a.folded.length);
})();

/** A name as it is compared: folded, and a dash between parts spaced alike (`Bà Rịa-Vũng Tàu`). */
const nameKey = (text: string): string => foldDiacritics(text.replace(/\s*[-–—]\s*/gu, ' - '));

/** A query's name without its type word, and the types that word allows (all when none). */
function parseQuery(query: string): { name: string; types: readonly AdminUnitType[] | undefined }[] {
  const folded = nameKey(query);
  const readings: { name: string; types: readonly AdminUnitType[] | undefined }[] = [
    { name: folded, types: undefined },
  ];
  for (const word of typeWords) {
    if (
      folded.startsWith(`${word.folded} `) ||
      (word.folded.endsWith('.') && folded.startsWith(word.folded))
    ) {
      const name = folded.slice(word.folded.length).trim();
      if (name !== '') readings.push({ name, types: word.types });
    }
  }
  return readings;
}

const validOn = (unit: AdminUnit, day: string) =>
  (unit.validFrom === null || unit.validFrom <= day) && (unit.validTo === null || day <= unit.validTo);

/** The day after an ISO date. */
function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** A day the unit was valid on: its last, or its first, or none (valid always). */
const dayOf = (unit: AdminUnit): string | undefined => unit.validTo ?? unit.validFrom ?? undefined;

/**
 * Indexes administrative units (the national units of `datasets/admin-units/vietnam-units.csv` read by
 * `readUnitsTable`, or any `AdminUnit` list) for lookups by code at a date, by name, up the hierarchy and
 * across a reorganisation. O(units) to build; a lookup by code or name is O(1) plus the units found.
 *
 * @example createUnitIndex(units).byName('Tay Luong').map((u) => u.code); // => ['12991']
 * @example createUnitIndex(units).successorsOf(createUnitIndex(units).byCode('12991')[0]).map((l) => [l.unit.code, l.relation]); // => [['12970', 'whole']]
 */
export function createUnitIndex(units: readonly AdminUnit[]): UnitIndex {
  const codes = new Map<string, AdminUnit[]>();
  const names = new Map<string, AdminUnit[]>();
  for (const unit of units) {
    codes.set(unit.code, [...(codes.get(unit.code) ?? []), unit]);
    const key = nameKey(unit.name);
    const same = names.get(key);
    if (same === undefined) names.set(key, [unit]);
    else same.push(unit);
  }
  const order = new Map(units.map((unit, i) => [unit, i]));
  const byCode = (code: string, on?: string): AdminUnit[] => {
    const all = codes.get(code) ?? [];
    return on === undefined ? [...all] : all.filter((unit) => validOn(unit, on));
  };
  /** The unit of a code valid on a day, or the only one of that code when the day is not known. */
  const at = (code: string, day: string | undefined): AdminUnit | undefined => {
    const all = codes.get(code) ?? [];
    if (day === undefined) return all.length === 1 ? all[0] : undefined;
    return all.find((unit) => validOn(unit, day));
  };
  const parentOf = (unit: AdminUnit): AdminUnit | undefined =>
    unit.parentCode === null ? undefined : at(unit.parentCode, dayOf(unit));
  const parentsOf = (unit: AdminUnit): AdminUnit[] => {
    const chain: AdminUnit[] = [];
    for (let up = parentOf(unit); up !== undefined && chain.length < 4; up = parentOf(up)) chain.push(up);
    return chain;
  };
  const successorsOf = (unit: AdminUnit): UnitLink[] => {
    const day = unit.validTo === null ? undefined : dayAfter(unit.validTo);
    const relation = unit.successorCodes.length > 1 ? 'part' : 'whole';
    return unit.successorCodes
      .map((code) => at(code, day))
      .filter((found): found is AdminUnit => found !== undefined)
      .map((found) => ({ unit: found, relation, allPeople: unit.peopleSuccessorCode === found.code }));
  };
  // Predecessors: every unit naming this one among its successors, found valid the day after it ended.
  const predecessors = new Map<AdminUnit, UnitLink[]>();
  for (const unit of units) {
    for (const link of successorsOf(unit)) {
      const list = predecessors.get(link.unit) ?? [];
      list.push({ unit, relation: link.relation, allPeople: link.allPeople });
      predecessors.set(link.unit, list);
    }
  }
  /** Whether a unit lies in `place`, whose readings (`parseQuery`) the caller made once. */
  const within = (
    unit: AdminUnit,
    place: string,
    readings: readonly { name: string; types: readonly AdminUnitType[] | undefined }[],
  ): boolean =>
    parentsOf(unit).some(
      (up) =>
        up.code === place.trim() ||
        readings.some(
          (r) => nameKey(up.name) === r.name && (r.types === undefined || r.types.includes(up.type)),
        ),
    );
  return {
    units,
    byCode,
    byName(query, options = {}) {
      const found = new Set<AdminUnit>();
      const place = options.within;
      const placeReadings = place === undefined ? [] : parseQuery(place);
      // Other names of provinces and centrally-run cities (`TP.HCM`, `Hanoi`, `Thừa Thiên Huế`).
      const readings = parseQuery(query);
      for (const province of provincesNamed(query)) {
        if (province.name !== query) readings.push({ name: nameKey(province.name), types: [province.type] });
      }
      for (const reading of readings) {
        for (const unit of names.get(reading.name) ?? []) {
          if (reading.types !== undefined && !reading.types.includes(unit.type)) continue;
          if (options.on !== undefined && !validOn(unit, options.on)) continue;
          if (options.level !== undefined && unit.level !== options.level) continue;
          if (place !== undefined && !within(unit, place, placeReadings)) continue;
          found.add(unit);
        }
      }
      return [...found].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    },
    parentOf,
    parentsOf,
    successorsOf,
    predecessorsOf: (unit) => [...(predecessors.get(unit) ?? [])],
  };
}
