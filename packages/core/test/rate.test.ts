import {
  compareRates,
  formatPercent,
  InvalidArgumentError,
  rate,
  ratePercent,
  roundingModes,
  uncovered,
} from '@ansinh/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('rate(numerator, denominator)', () => {
  it('keeps two integer counts', () => {
    expect(rate(17_472, 17_475)).toEqual({ numerator: 17_472, denominator: 17_475 });
  });

  it('throws InvalidArgumentError naming rate and the precondition for negative, fractional or inverted counts', () => {
    expect(() => rate(-1, 10)).toThrow(InvalidArgumentError);
    expect(() => rate(-1, 10)).toThrow(/^rate: numerator must be a non-negative integer count, got -1/);
    expect(() => rate(1.5, 10)).toThrow(/numerator must be a non-negative integer count/);
    expect(() => rate(17_475, 17_472)).toThrow(/numerator 17475 exceeds denominator 17472/);
  });

  it('uncovered(rate) is denominator − numerator: 3 without an account, 147 not paid through one', () => {
    expect(uncovered(rate(17_472, 17_475))).toBe(3);
    expect(uncovered(rate(17_328, 17_475))).toBe(147);
  });
});

describe('ratePercent(rate, { decimals, rounding })', () => {
  it('reproduces the article: 17.472/17.475 → 99,98% and 17.328/17.475 → 99,16% (half-up, 2 decimals)', () => {
    expect(formatPercent(ratePercent(rate(17_472, 17_475)), 'vi')).toBe('99,98%');
    expect(formatPercent(ratePercent(rate(17_328, 17_475)), 'vi')).toBe('99,16%');
  });

  it('shows the account-holder denominator would print 99,18%, not the published 99,16%', () => {
    expect(formatPercent(ratePercent(rate(17_328, 17_472)), 'vi')).toBe('99,18%');
  });

  it('shows truncation would print 99,15%: the article rounds to nearest', () => {
    expect(formatPercent(ratePercent(rate(17_328, 17_475), { rounding: 'down' }), 'vi')).toBe('99,15%');
  });

  it('is exact at .5 boundaries: 1/8 = 12,5% → 13% half-up, 12% half-even', () => {
    expect(ratePercent(rate(1, 8), { decimals: 0 })).toEqual({ units: 13n, decimals: 0 });
    expect(ratePercent(rate(1, 8), { decimals: 0, rounding: 'half-even' })).toEqual({
      units: 12n,
      decimals: 0,
    });
    expect(ratePercent(rate(201, 20_000))).toEqual({ units: 101n, decimals: 2 }); // 1,005% → 1,01%
  });

  it('gives undefined for a zero denominator (no one to cover)', () => {
    expect(ratePercent(rate(0, 0))).toBeUndefined();
  });

  it('stays within [0, 100] for every rate and mode, and grows with the numerator', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5_000_000 })
          .chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d))),
        fc.constantFrom(...roundingModes),
        fc.integer({ min: 0, max: 4 }),
        ([n, d], rounding, decimals) => {
          const p = ratePercent(rate(n, d), { rounding, decimals });
          expect(p).toBeDefined();
          if (p === undefined) return;
          expect(p.units >= 0n && p.units <= 100n * 10n ** BigInt(decimals)).toBe(true);
          if (n < d) {
            const next = ratePercent(rate(n + 1, d), { rounding, decimals });
            expect(next !== undefined && next.units >= p.units).toBe(true);
          }
        },
      ),
    );
  });
});

describe('compareRates(a, b)', () => {
  it('ties equal fractions and orders by exact value; zero denominators sort last', () => {
    expect(compareRates(rate(1, 3), rate(2, 6))).toBe(0);
    expect(compareRates(rate(17_328, 17_475), rate(17_472, 17_475))).toBe(-1);
    expect(compareRates(rate(0, 0), rate(0, 5))).toBe(1);
    expect(compareRates(rate(0, 0), rate(0, 0))).toBe(0);
  });
});
