import {
  compareFractions,
  fixedDecimalToNumber,
  formatFixedDecimal,
  ParseError,
  parseFixedDecimal,
  roundFraction,
  sameFixedDecimal,
} from '@ansinh/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('parseFixedDecimal(text) and formatFixedDecimal(value)', () => {
  it('keeps every stated decimal: "100" and "100.00" are different claims', () => {
    expect(parseFixedDecimal('99.98')).toEqual({ units: 9998n, decimals: 2 });
    expect(parseFixedDecimal('100')).toEqual({ units: 100n, decimals: 0 });
    expect(parseFixedDecimal('100.00')).toEqual({ units: 10000n, decimals: 2 });
    expect(sameFixedDecimal(parseFixedDecimal('100'), parseFixedDecimal('100.00'))).toBe(false);
  });

  it('rejects a Vietnamese decimal comma with a ParseError', () => {
    expect(() => parseFixedDecimal('99,98')).toThrow(ParseError);
  });

  it('formats with any marks and round-trips every decimal string', () => {
    expect(
      formatFixedDecimal({ units: 1_747_500n, decimals: 2 }, { decimalMark: ',', groupSeparator: '.' }),
    ).toBe('17.475,00');
    expect(formatFixedDecimal({ units: -5n, decimals: 2 })).toBe('-0.05');
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 18n }),
        fc.integer({ min: 0, max: 8 }),
        (units, decimals) => {
          const value = { units, decimals };
          expect(parseFixedDecimal(formatFixedDecimal(value))).toEqual(value);
        },
      ),
    );
  });

  it('fixedDecimalToNumber gives a float for plotting', () => {
    expect(fixedDecimalToNumber({ units: 9916n, decimals: 2 })).toBe(99.16);
  });
});

describe('roundFraction(fraction, decimals, rounding) and compareFractions(a, b)', () => {
  it('rounds 1.005 to 1.01 half-up, where binary floating point gives 1.00', () => {
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(roundFraction({ numerator: 201n, denominator: 200n }, 2, 'half-up')).toEqual({
      units: 101n,
      decimals: 2,
    });
    expect(roundFraction({ numerator: 201n, denominator: 200n }, 2, 'half-even')).toEqual({
      units: 100n,
      decimals: 2,
    });
  });

  it('compares exactly by cross-multiplication', () => {
    expect(compareFractions({ numerator: 1n, denominator: 3n }, { numerator: 2n, denominator: 6n })).toBe(0);
    expect(
      compareFractions(
        { numerator: 17_328n, denominator: 17_475n },
        { numerator: 17_328n, denominator: 17_472n },
      ),
    ).toBe(-1);
  });
});
