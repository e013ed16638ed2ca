import { rankRates, rate } from '@ansinh/core';
import { describe, expect, it } from 'vitest';

const communes = [
  { name: 'Tây Ninh', r: rate(376, 376) },
  { name: 'A', r: rate(99_155, 100_000) },
  { name: 'B', r: rate(9_916, 10_000) },
  { name: 'C', r: rate(1, 2) },
  { name: 'D', r: rate(2, 4) },
  { name: 'E', r: rate(0, 0) },
];

describe('rankRates(items, rateOf, { order, ties })', () => {
  it('ranks highest first with competition ranks (1224) and keeps zero denominators last, unranked', () => {
    const ranked = rankRates(communes, (c) => c.r).map((e) => [e.item.name, e.rank]);
    expect(ranked).toEqual([
      ['Tây Ninh', 1],
      ['B', 2],
      ['A', 3],
      ['C', 4],
      ['D', 4],
      ['E', undefined],
    ]);
  });

  it('does not tie rates that only print alike (99,155% and 99,16%)', () => {
    const [, second, third] = rankRates(communes, (c) => c.r);
    expect(second?.rank).not.toBe(third?.rank);
  });

  it('gives dense ranks (1223) and ascending order on request', () => {
    expect(rankRates(communes.slice(2, 5), (c) => c.r, { ties: 'dense' }).map((e) => e.rank)).toEqual([
      1, 2, 2,
    ]);
    expect(
      rankRates(communes.slice(2, 5), (c) => c.r, { order: 'ascending' }).map((e) => e.item.name),
    ).toEqual(['C', 'D', 'B']);
  });
});
