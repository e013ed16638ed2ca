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

/**
 * Finds the places a Vietnamese text names: a type word (`tỉnh`, `huyện`, `thị xã`, `thành phố`, `xã`,
 * `phường`, `thị trấn`, `quận`) followed by a capitalised name (`xã Tây Lương`, `Huyện Tiền Hải`), and,
 * given `units`, a known commune or district name standing alone (`Tây Ninh đã hoàn thành…`) when it
 * names exactly one unit. A lower-case word after the type word (`huyện đã thành lập`) is not a place.
 * Codes come from `units` (valid on `on`, an ISO date, when given). O(n · units).
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
  const text = input.slice(start, end);
  const mentions: LocalityMention[] = [];
  for (const match of text.matchAll(mentionPattern)) {
    const word = (match[1] ?? '').toLowerCase();
    const kind = typeOfWord[word];
    const name = match[2] ?? '';
    if (kind === undefined) continue;
    const from = match.index ?? 0;
    const unit = resolve(units, name, kind.type, on);
    mentions.push({
      ...spanOf(input, start + from, start + from + match[0].length),
      name,
      type: unit?.type ?? kind.type,
      level: unit?.level ?? kind.level,
      code: unit?.code,
    });
  }
  // Bare names of known communes and districts, where no typed mention already covers them.
  const seen = new Set<string>();
  for (const unit of units) {
    if (unit.level === 'province' || seen.has(`${unit.name}|${unit.level}`)) continue;
    seen.add(`${unit.name}|${unit.level}`);
    const candidates = findUnitsByName(units, unit.name, on === undefined ? {} : { on }).filter(
      (u) => u.level !== 'province',
    );
    if (new Set(candidates.map((u) => `${u.code}|${u.type}`)).size !== 1) continue;
    const pattern = new RegExp(`(?<![\\p{L}])${unit.name.normalize('NFC')}(?![\\p{L}])`, 'gu');
    for (const match of text.normalize('NFC').matchAll(pattern)) {
      const from = start + (match.index ?? 0);
      const to = from + match[0].length;
      if (mentions.some((m) => from < m.end && to > m.start)) continue;
      if (foldDiacritics(input.slice(from, to)) !== foldDiacritics(unit.name)) continue;
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
}
