import {
  type AdminLevel,
  type AdminUnit,
  type AdminUnitType,
  adminUnitTypeWords,
} from '../models/admin-unit.js';
import { findUnitsByName } from '../vietnamese/find-units-by-name.js';
import { foldDiacritics } from '../vietnamese/fold-diacritics.js';
import { spanOf, type TextSpan } from './text-span.js';

/** A place named in the text, resolved to a GSO code where the units know it. */
export interface LocalityMention extends TextSpan {
  readonly name: string;
  readonly type: AdminUnitType;
  readonly level: AdminLevel;
  readonly code: string | undefined;
}

const typeOfWord: Readonly<Record<string, { type: AdminUnitType; level: AdminLevel }>> = {
  tỉnh: { type: 'tinh', level: 'province' },
  huyện: { type: 'huyen', level: 'district' },
  quận: { type: 'quan', level: 'district' },
  'thị xã': { type: 'thi_xa', level: 'district' },
  'thành phố': { type: 'thanh_pho', level: 'district' },
  xã: { type: 'xa', level: 'commune' },
  phường: { type: 'phuong', level: 'commune' },
  'thị trấn': { type: 'thi_tran', level: 'commune' },
};

const nameWord = '[\\p{Lu}][\\p{Ll}\\p{M}]*';
// Type words in lower case or capitalised (sentence start); names must be capitalised, so no `i` flag.
const typeWordAlternatives = Object.keys(typeOfWord)
  .sort((a, b) => b.length - a.length)
  .flatMap((word) => [word, `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`]);
const mentionPattern = new RegExp(
  `(?<![\\p{L}])(${typeWordAlternatives.join('|')})\\s+(${nameWord}(?:\\s${nameWord}){0,3})`,
  'gu',
);

function resolve(
  units: readonly AdminUnit[],
  name: string,
  type: AdminUnitType,
  on: string | undefined,
): AdminUnit | undefined {
  const query = `${adminUnitTypeWords[type]} ${name}`;
  const found = findUnitsByName(units, query, on === undefined ? {} : { on });
  return found.length === 1 ? found[0] : undefined;
}

/** Finds the places named in `input` between `start` and `end`. */
export type LocalityFinder = (input: string, start?: number, end?: number) => LocalityMention[];

/**
 * Prepares `findLocalities` for many calls with the same units and date: resolutions are cached and the
 * bare names of known units are matched by one regular expression.
 */
export function createLocalityFinder(units: readonly AdminUnit[] = [], on?: string): LocalityFinder {
  const resolved = new Map<string, AdminUnit | undefined>();
  const resolveCached = (name: string, type: AdminUnitType) => {
    const key = `${type}|${name}`;
    if (!resolved.has(key)) resolved.set(key, resolve(units, name, type, on));
    return resolved.get(key);
  };
  // Bare names that name exactly one commune or district (valid on `on`).
  const bare = new Map<string, AdminUnit>();
  const byFolded = new Map<string, AdminUnit[]>();
  for (const unit of units) {
    if (unit.level === 'province') continue;
    if (
      on !== undefined &&
      ((unit.validFrom !== null && unit.validFrom > on) || (unit.validTo !== null && on > unit.validTo))
    ) {
      continue;
    }
    const key = foldDiacritics(unit.name);
    byFolded.set(key, [...(byFolded.get(key) ?? []), unit]);
  }
  for (const list of byFolded.values()) {
    const first = list[0];
    if (first !== undefined && new Set(list.map((u) => `${u.code}|${u.type}`)).size === 1) {
      bare.set(first.name.normalize('NFC'), first);
    }
  }
  const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const barePattern =
    bare.size === 0
      ? undefined
      : new RegExp(
          `(?<![\\p{L}])(${[...bare.keys()]
            .sort((a, b) => b.length - a.length)
            .map(escapeRegExp)
            .join('|')})(?![\\p{L}])`,
          'gu',
        );

  return (input, start = 0, end = input.length) => {
    const text = input.slice(start, end);
    const mentions: LocalityMention[] = [];
    for (const match of text.matchAll(mentionPattern)) {
      const kind = typeOfWord[(match[1] ?? '').toLowerCase()];
      const name = match[2] ?? '';
      if (kind === undefined) continue;
      const from = match.index ?? 0;
      const unit = resolveCached(name, kind.type);
      mentions.push({
        ...spanOf(input, start + from, start + from + match[0].length),
        name,
        type: unit?.type ?? kind.type,
        level: unit?.level ?? kind.level,
        code: unit?.code,
      });
    }
    if (barePattern !== undefined) {
      for (const match of text.matchAll(barePattern)) {
        const from = start + (match.index ?? 0);
        const to = from + match[0].length;
        const unit = bare.get(match[0]);
        if (unit === undefined || mentions.some((m) => from < m.end && to > m.start)) continue;
        mentions.push({
          ...spanOf(input, from, to),
          name: unit.name,
          type: unit.type,
          level: unit.level,
          code: unit.code,
        });
      }
    }
    return mentions.sort((a, b) => a.start - b.start);
  };
}

/**
 * Finds the places a Vietnamese text names: a type word (`tỉnh`, `huyện`, `thị xã`, `thành phố`, `xã`,
 * `phường`, `thị trấn`, `quận`) followed by a capitalised name (`xã Tây Lương`, `Huyện Tiền Hải`), and,
 * given `units`, a known commune or district name standing alone (`Tây Ninh đã hoàn thành…`) when it
 * names exactly one unit. A lower-case word after the type word (`huyện đã thành lập`) is not a place.
 * Codes come from `units` (valid on `on`, an ISO date, when given). For many calls, `createLocalityFinder`.
 * O(n + units).
 *
 * @example findLocalities('Xã Tây Ninh có 376 người.').map((m) => [m.type, m.name]); // => [['xa', 'Tây Ninh']]
 */
export function findLocalities(
  input: string,
  units: readonly AdminUnit[] = [],
  on?: string,
  start = 0,
  end = input.length,
): LocalityMention[] {
  return createLocalityFinder(units, on)(input, start, end);
}
