import {
  consistentDenominators,
  consistentNumerators,
  grimCanDiscriminate,
  InvalidArgumentError,
  parseFixedDecimal,
  rate,
  ratePercent,
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
    expect(range && range.from <= 17_475 && 17_475 <= range.to).toBe(true);
  });

  it('throws for a zero numerator, which fits every denominator', () => {
    expect(() => consistentDenominators(parseFixedDecimal('0'), 0)).toThrow(InvalidArgumentError);
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
