import {
  formatNumber,
  formatPercent,
  ParseError,
  parseVietnameseNumber,
  parseVietnameseQuantity,
  safeParseVietnameseNumber,
  safeParseVietnameseQuantity,
} from '@ansinh/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('parseVietnameseNumber(text)', () => {
  it('reads "." as the thousands separator: 17.472 is 17472', () => {
    expect(parseVietnameseNumber('17.472').value).toEqual({ units: 17_472n, decimals: 0 });
    expect(parseVietnameseNumber('4.600.000').value).toEqual({ units: 4_600_000n, decimals: 0 });
  });

  it('reads "," as the decimal mark and keeps a percent’s stated decimals: 99,98% is 99.98 with 2 decimals', () => {
    const parsed = parseVietnameseNumber('99,98%');
    expect(parsed.value).toEqual({ units: 9998n, decimals: 2 });
    expect(parsed.isPercent).toBe(true);
    expect(parsed.writtenDecimals).toBe(2);
    expect(parseVietnameseNumber('100 %').isPercent).toBe(true);
  });

  it('applies scale words exactly: 1,2 triệu, 3 nghìn, 3 ngàn, 142 tỷ, 2,5 tỉ', () => {
    expect(parseVietnameseNumber('1,2 triệu').value).toEqual({ units: 1_200_000n, decimals: 0 });
    expect(parseVietnameseNumber('3 nghìn').value).toEqual({ units: 3_000n, decimals: 0 });
    expect(parseVietnameseNumber('3 ngàn').value).toEqual({ units: 3_000n, decimals: 0 });
    expect(parseVietnameseNumber('142 tỷ').value).toEqual({ units: 142_000_000_000n, decimals: 0 });
    expect(parseVietnameseNumber('2,5 tỉ').value).toEqual({ units: 2_500_000_000n, decimals: 0 });
    expect(parseVietnameseNumber('1,2345 nghìn').value).toEqual({ units: 12_345n, decimals: 1 });
  });

  it('reads decomposed (NFD) scale words like precomposed ones', () => {
    expect(parseVietnameseNumber('1,2 triệu'.normalize('NFD')).value).toEqual({
      units: 1_200_000n,
      decimals: 0,
    });
  });

  it('refuses "1.5" as ambiguous rather than guessing, with a ParseError code', () => {
    const result = safeParseVietnameseNumber('1.5');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('ambiguous_dot');
    expect(() => parseVietnameseNumber('17.47')).toThrow(ParseError);
  });

  it('refuses text that is not a number', () => {
    const result = safeParseVietnameseNumber('mười bảy');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('invalid_number');
      expect(result.error.message).toMatch(/expected a Vietnamese number/);
    }
  });

  it('parse(format(x)) = x for every integer and decimal', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.integer({ min: 0, max: 4 }),
        (units, decimals) => {
          const value = { units, decimals };
          expect(parseVietnameseNumber(formatNumber(value, 'vi')).value).toEqual(value);
        },
      ),
    );
  });
});

describe('parseVietnameseQuantity(text)', () => {
  it('reads the qualifiers trên/hơn (over), gần (nearly), khoảng (about), dưới (under)', () => {
    expect(parseVietnameseQuantity('trên 900').qualifier).toBe('over');
    expect(parseVietnameseQuantity('hơn 13.000').qualifier).toBe('over');
    expect(parseVietnameseQuantity('gần 18.000').qualifier).toBe('nearly');
    expect(parseVietnameseQuantity('khoảng 142 tỷ').qualifier).toBe('about');
    expect(parseVietnameseQuantity('dưới 50').qualifier).toBe('under');
    expect(parseVietnameseQuantity('ít nhất 10').qualifier).toBe('at_least');
    expect(parseVietnameseQuantity('17.475').qualifier).toBe('exact');
  });

  it('keeps the qualifier word as written and matches it in any case', () => {
    const q = parseVietnameseQuantity('Trên 900');
    expect(q.qualifierWord).toBe('Trên');
    expect(q.number.value).toEqual({ units: 900n, decimals: 0 });
  });

  it('fails on a qualifier with no number', () => {
    expect(safeParseVietnameseQuantity('trên').success).toBe(false);
  });
});

describe('formatNumber(value, language) and formatPercent(value, language)', () => {
  it('writes 17.472 and 99,98% in Vietnamese, 17,472 and 99.98% in English', () => {
    expect(formatNumber(17_472, 'vi')).toBe('17.472');
    expect(formatNumber(17_472, 'en')).toBe('17,472');
    expect(formatPercent({ units: 9998n, decimals: 2 }, 'vi')).toBe('99,98%');
    expect(formatPercent({ units: 9998n, decimals: 2 }, 'en')).toBe('99.98%');
    expect(formatNumber({ units: 12_345n, decimals: 1 }, 'vi')).toBe('1.234,5');
  });

  it('prints a missing percent as —, and refuses a float', () => {
    expect(formatPercent(undefined)).toBe('—');
    expect(() => formatNumber(99.98)).toThrow(/formatNumber: a plain number must be a safe integer/);
  });
});
