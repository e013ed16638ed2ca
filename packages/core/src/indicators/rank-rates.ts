import { compareRates } from './compare-rates.js';
import type { Rate } from './rate.js';

/** Ranking options. */
export interface RankOptions {
  /** `descending` (default): the highest rate ranks 1. */
  readonly order?: 'descending' | 'ascending';
  /** `competition` (default, "1224"): ties share a rank and leave a gap; `dense` ("1223"): no gap. */
  readonly ties?: 'competition' | 'dense';
}

/** One ranked item. `rank` is `undefined` for an item whose rate has a zero denominator. */
export interface Ranked<T> {
  readonly item: T;
  readonly rate: Rate;
  readonly rank: number | undefined;
}

/**
 * Ranks items by their rate, comparing exact fractions, so 1/3 and 2/6 tie while 99,155% and 99,16%
 * (equal when printed) do not. Items with a zero denominator come last, unranked. Among ties the input
 * order is kept. O(n log n).
 *
 * @example rankRates([{ x: 'a', r: rate(1, 2) }, { x: 'b', r: rate(2, 4) }], (i) => i.r).map((e) => e.rank); // => [1, 1]
 */
export function rankRates<T>(
  items: readonly T[],
  rateOf: (item: T) => Rate,
  options: RankOptions = {},
): Ranked<T>[] {
  const { order = 'descending', ties = 'competition' } = options;
  const sign = order === 'descending' ? -1 : 1;
  const entries = items.map((item, index) => ({ item, rate: rateOf(item), index }));
  entries.sort((a, b) => {
    const aEmpty = a.rate.denominator === 0;
    const bEmpty = b.rate.denominator === 0;
    if (aEmpty || bEmpty) return aEmpty === bEmpty ? a.index - b.index : aEmpty ? 1 : -1;
    return sign * compareRates(a.rate, b.rate) || a.index - b.index;
  });
  const ranked: Ranked<T>[] = [];
  let rank = 0;
  let distinct = 0;
  entries.forEach((entry, position) => {
    if (entry.rate.denominator === 0) {
      ranked.push({ item: entry.item, rate: entry.rate, rank: undefined });
      return;
    }
    const previous = entries[position - 1];
    const tied = previous !== undefined && compareRates(previous.rate, entry.rate) === 0;
    if (!tied) {
      distinct += 1;
      rank = ties === 'dense' ? distinct : position + 1;
    }
    ranked.push({ item: entry.item, rate: entry.rate, rank });
  });
  return ranked;
}
