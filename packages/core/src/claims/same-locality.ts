import type { Locality } from '../models/published-figure.js';

/**
 * A key equal for two place names exactly when they name the same place in writing: Unicode NFC (so the
 * precomposed and decomposed spellings agree), case-folded, whitespace collapsed, and every diacritic
 * kept. Vietnamese tells places apart by their tone marks: `Tân Thành` and `Tân Thạnh` are two communes,
 * so checking never folds names to ASCII (that is for search, `foldDiacritics`). O(length).
 *
 * @example placeNameKey('Tân  THÀNH') === placeNameKey('tân thành'); // => true
 * @example placeNameKey('Tân Thành') === placeNameKey('Tân Thạnh'); // => false
 */
export function placeNameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
}

/** The part of a place a figure covers (`Khu vực Sóc Trăng cũ` of Cần Thơ), as a key; '' for the whole place. */
function partKey(locality: Locality): string {
  return locality.part === undefined ? '' : placeNameKey(locality.part);
}

/**
 * Whether two figures are about the same place: by administrative code and level when both have a code,
 * else by level and name (`placeNameKey`, diacritics kept); and the same part of it (a figure of the area
 * that was Sóc Trăng is not one of the whole of Cần Thơ).
 *
 * @example sameLocality({ name: 'Tân Thành', level: 'commune' }, { name: 'Tân Thạnh', level: 'commune' }); // => false
 */
export function sameLocality(a: Locality, b: Locality): boolean {
  if (partKey(a) !== partKey(b)) return false;
  if (a.code !== undefined && b.code !== undefined) return a.code === b.code && a.level === b.level;
  return a.level === b.level && placeNameKey(a.name) === placeNameKey(b.name);
}

/**
 * Indexes items by their place, so that finding the items about a place costs the size of the answer, not
 * of the list: `indexByLocality(mentions, (m) => m.locality)(place)` gives every item whose locality is
 * the same as `place` (`sameLocality`), in the order of the list. O(n) to build.
 *
 * @example indexByLocality([{ locality: { name: 'A', level: 'commune' } }], (x) => x.locality)({ name: 'a', level: 'commune' }).length; // => 1
 */
export function indexByLocality<T>(
  items: readonly T[],
  localityOf: (item: T) => Locality,
): (place: Locality) => readonly T[] {
  const byCode = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, index: number) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [index]);
    else list.push(index);
  };
  items.forEach((item, index) => {
    const locality = localityOf(item);
    const part = partKey(locality);
    if (locality.code !== undefined)
      add(byCode, `${locality.level}\u0000${locality.code}\u0000${part}`, index);
    add(byName, `${locality.level}\u0000${placeNameKey(locality.name)}\u0000${part}`, index);
  });
  return (place) => {
    const part = partKey(place);
    const named = byName.get(`${place.level}\u0000${placeNameKey(place.name)}\u0000${part}`) ?? [];
    if (place.code === undefined) return named.map((index) => items[index] as T);
    // With a code: items with the same code, and items without a code that bear the same name.
    const coded = byCode.get(`${place.level}\u0000${place.code}\u0000${part}`) ?? [];
    const uncoded = named.filter((index) => localityOf(items[index] as T).code === undefined);
    const merged: number[] = [];
    let i = 0;
    let j = 0;
    while (i < coded.length || j < uncoded.length) {
      const a = coded[i];
      const b = uncoded[j];
      if (b === undefined || (a !== undefined && a < b)) {
        merged.push(a as number);
        i += 1;
      } else {
        merged.push(b);
        j += 1;
      }
    }
    return merged.map((index) => items[index] as T);
  };
}
