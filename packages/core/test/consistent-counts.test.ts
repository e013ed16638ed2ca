import {
  consistentDenominators,
  consistentNumerators,
  denominatorsPrinting,
  grimCanDiscriminate,
  InvalidArgumentError,
  largestCount,
  parseFixedDecimal,
  rate,
  ratePercent,
  roundingModes,
  sameFixedDecimal,
} from '@ansinh/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('consistentNumerators(percent, denominator, rounding)', () => {
  it('finds 375 and 376 of 376 print as 100% at whole-percent half-up (Tây Ninh)', () => {
    expect(consistentNumerators(parseFixedDecimal('100'), 376)).toEqual({ from: 375, to: 376 });
  });

  it('finds 17.471 and 17.472 of 17.475 print as 99,98%', () => {
    expect(consistentNumerators(parseFixedDecimal('99.98'), 17_475)).toEqual({ from: 17_471, to: 17_472 });
  });

  it('gives undefined when no numerator fits: 50,00% of 7 is impossible', () => {
    expect(consistentNumerators(parseFixedDecimal('50.00'), 7)).toBeUndefined();
  });

  it('returns exactly the numerators whose rate prints as the percent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3_000 }),
        fc.integer({ min: 0, max: 3_000 }),
        fc.integer({ min: 0, max: 2 }),
        (d, k, decimals) => {
          const n = k % (d + 1);
          const printed = ratePercent(rate(n, d), { decimals });
          if (printed === undefined) return;
          const range = consistentNumerators(printed, d);
          expect(range).toBeDefined();
          if (range === undefined) return;
          expect(range.from <= n && n <= range.to).toBe(true);
          for (const edge of [range.from - 1, range.to + 1]) {
            if (edge < 0 || edge > d) continue;
            const other = ratePercent(rate(edge, d), { decimals });
            expect(other !== undefined && sameFixedDecimal(other, printed)).toBe(false);
          }
        },
      ),
    );
  });
});

describe('consistentDenominators(percent, numerator, rounding)', () => {
  it('finds 901 to 905 beneficiaries fit “901 with an account, 100%” at whole percent', () => {
    expect(consistentDenominators(parseFixedDecimal('100'), 901)).toEqual({ from: 901, to: 905 });
  });

  it('finds the article’s 17.475 among the denominators of 17.472 → 99,98%', () => {
    const range = consistentDenominators(parseFixedDecimal('99.98'), 17_472);
    expect(range && range.from <= 17_475 && 17_475 <= (range.to ?? 0)).toBe(true);
  });

  it('gives a zero percent every denominator from where it rounds to 0: 5 people print 0% over 1.001 or more', () => {
    expect(consistentDenominators(parseFixedDecimal('0'), 5)).toEqual({ from: 1_001, to: undefined });
    expect(consistentDenominators(parseFixedDecimal('0'), 5, 'down')).toEqual({ from: 501, to: undefined });
    expect(consistentDenominators(parseFixedDecimal('0'), 5, 'up')).toBeUndefined();
    expect(consistentDenominators(parseFixedDecimal('0'), 0)).toEqual({ from: 1, to: undefined });
    expect(consistentDenominators(parseFixedDecimal('50'), 0)).toBeUndefined();
  });

  it('stops at 2^53 − 1: 10^14 people at 1% need 6,67·10^15 to 2·10^16, cut at the largest count', () => {
    expect(consistentDenominators(parseFixedDecimal('1'), 100_000_000_000_000)).toEqual({
      from: 6_666_666_666_666_667,
      to: largestCount,
    });
    expect(consistentDenominators(parseFixedDecimal('0.00000000000000000001'), 1)).toBeUndefined();
    expect(denominatorsPrinting(parseFixedDecimal('0.00000000000000000001'), 1n)).toEqual({
      from: 6_666_666_666_666_666_666_667n,
      to: 20_000_000_000_000_000_000_000n,
    });
  });

  it('throws only for a numerator that is not a count, naming the function', () => {
    expect(() => consistentDenominators(parseFixedDecimal('1'), -1)).toThrow(InvalidArgumentError);
    expect(() => consistentDenominators(parseFixedDecimal('1'), 0.5)).toThrow(/consistentDenominators/u);
  });

  it('returns exactly the denominators that print the percent, under every rounding', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 1_000 }),
        fc.constantFrom(...roundingModes),
        (n, units, rounding) => {
          const percent = { units: BigInt(units), decimals: 1 };
          const range = consistentDenominators(percent, n, rounding);
          for (let d = Math.max(1, n); d <= 2_000; d += 1) {
            const printed = ratePercent(rate(n, d), { decimals: 1, rounding });
            const inside =
              range !== undefined && range.from <= d && d <= (range.to ?? Number.POSITIVE_INFINITY);
            expect(printed !== undefined && sameFixedDecimal(printed, percent)).toBe(inside);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('consistentNumerators(percent, denominator, rounding) under every rounding', () => {
  it('returns exactly the numerators that print the percent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom(...roundingModes),
        (d, units, decimals, rounding) => {
          const percent = { units: BigInt(units % (100 * 10 ** decimals + 1)), decimals };
          const range = consistentNumerators(percent, d, rounding);
          const fits = (n: number) => {
            const printed = ratePercent(rate(n, d), { decimals, rounding });
            return printed !== undefined && sameFixedDecimal(printed, percent);
          };
          if (range === undefined) {
            const estimate = Math.round((Number(percent.units) * d) / (100 * 10 ** decimals));
            for (let n = Math.max(0, estimate - 2); n <= Math.min(d, estimate + 2); n += 1) {
              expect(fits(n)).toBe(false);
            }
            return;
          }
          for (let n = range.from; n <= range.to; n += 1) expect(fits(n)).toBe(true);
          if (range.from > 0) expect(fits(range.from - 1)).toBe(false);
          if (range.to < d) expect(fits(range.to + 1)).toBe(false);
        },
      ),
    );
  });
});

describe('grimCanDiscriminate(denominator, decimals)', () => {
  it('bites below 10.000 at two decimals (not at Tiền Hải’s 17.475) and below 100 at none (not at Tây Ninh’s 376)', () => {
    expect(grimCanDiscriminate(9_999, 2)).toBe(true);
    expect(grimCanDiscriminate(17_475, 2)).toBe(false);
    expect(grimCanDiscriminate(376, 0)).toBe(false);
    expect(grimCanDiscriminate(76, 0)).toBe(true);
  });

  it('when it cannot bite, every printed percent has a consistent numerator', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10_000, max: 200_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (d, units) => {
          expect(grimCanDiscriminate(d, 2)).toBe(false);
          expect(consistentNumerators({ units: BigInt(units), decimals: 2 }, d)).toBeDefined();
        },
      ),
    );
  });
});
