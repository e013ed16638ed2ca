import {
  checkQualifiedPercent,
  checkStatedPercent,
  parseFixedDecimal,
  plausibleInterval,
  qualifierInterval,
  statedUnit,
} from '@ansinh/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const exact = (value: number) => ({ qualifier: 'exact' as const, value });

describe('qualifierInterval(bound, tolerancePercent)', () => {
  it('turns trên/hơn, dưới, gần, khoảng into intervals of true counts', () => {
    expect(qualifierInterval({ qualifier: 'over', value: 900 })).toEqual({ from: 901, to: undefined });
    expect(qualifierInterval({ qualifier: 'under', value: 50 })).toEqual({ from: 0, to: 49 });
    expect(qualifierInterval({ qualifier: 'nearly', value: 18_000 })).toEqual({ from: 16_200, to: 18_000 });
    expect(qualifierInterval({ qualifier: 'about', value: 900 }, 5)).toEqual({ from: 855, to: 945 });
    expect(qualifierInterval(exact(376))).toEqual({ from: 376, to: 376 });
    expect(qualifierInterval(null)).toEqual({ from: 0, to: undefined });
  });
});

describe('checkStatedPercent(percent, { numerator, denominator }, options)', () => {
  it('infers a missing numerator as an interval: 99,98% of 17.475 is 17.471 to 17.472', () => {
    const check = checkStatedPercent(parseFixedDecimal('99.98'), { denominator: exact(17_475) });
    expect(check.verdict).toBe('consistent');
    expect(check.byRounding[0]?.numerators).toEqual({ from: 17_471, to: 17_472 });
    expect(check.byRounding.find((r) => r.rounding === 'down')?.numerators).toEqual({
      from: 17_472,
      to: 17_473,
    });
    expect(check.precisionBites).toBe(false);
    expect(check.reason.en).toContain('the printed precision cannot reject anything');
  });

  it('explains the 99,18% counterfactual: 17.328 of 17.472 needs a denominator of 17.474 to 17.475', () => {
    const check = checkStatedPercent(parseFixedDecimal('99.16'), {
      numerator: exact(17_328),
      denominator: exact(17_472),
    });
    expect(check.verdict).toBe('inconsistent');
    expect(check.denominatorsForNumerator).toEqual({ from: 17_474, to: 17_475 });
    expect(check.numeratorsForDenominator).toEqual({ from: 17_325, to: 17_326 });
    expect(check.reason.vi).toContain('17.328 / 17.472 = 99,17582…% → 99,18% (làm tròn nửa lên)');
    expect(check.reason.en).toContain(
      'With the numerator 17,328, 99.16% needs a denominator of 17,474 to 17,475.',
    );
  });

  it('says which rounding a percent needs: 17.328/17.475 is 99,15% only when truncated', () => {
    const check = checkStatedPercent(parseFixedDecimal('99.15'), {
      numerator: exact(17_328),
      denominator: exact(17_475),
    });
    expect(check.verdict).toBe('consistent_other_rounding');
    expect(check.byRounding.filter((r) => r.consistent).map((r) => r.rounding)).toEqual(['down']);
  });

  it('finds a bound consistent with its rate, or not: “trên 900” with 100%', () => {
    const open = checkStatedPercent(parseFixedDecimal('100'), {
      numerator: { qualifier: 'over', value: 900 },
    });
    expect(open.verdict).toBe('unconstrained');
    expect(open.reason.en).toContain('a true rate at least 99.5%');
    const closed = checkStatedPercent(parseFixedDecimal('100'), {
      numerator: { qualifier: 'over', value: 900 },
      denominator: exact(905),
    });
    expect(closed.verdict).toBe('consistent');
    expect(closed.byRounding[0]?.numerators).toEqual({ from: 901, to: 905 });
    const impossible = checkStatedPercent(parseFixedDecimal('100'), {
      numerator: { qualifier: 'over', value: 900 },
      denominator: exact(800),
    });
    expect(impossible.verdict).toBe('inconsistent');
  });

  it('lists pairs when both counts are only bounded: “khoảng 40” of “dưới 50” at 80%', () => {
    const check = checkStatedPercent(parseFixedDecimal('80'), {
      numerator: { qualifier: 'about', value: 40 },
      denominator: { qualifier: 'under', value: 50 },
    });
    expect(check.verdict).toBe('consistent');
    const half = check.byRounding[0];
    expect(half?.pairs[0]).toEqual({ denominator: 45, numerators: { from: 36, to: 36 } });
    expect(half?.denominators).toEqual({ from: 45, to: 49 });
  });

  it('names the nearest printable percents when none fits: 50,00% of 7', () => {
    const check = checkStatedPercent(parseFixedDecimal('50.00'), { denominator: exact(7) });
    expect(check.verdict).toBe('inconsistent');
    expect(check.reason.en).toContain(
      'No numerator over 7 prints 50.00%; the nearest: 3/7 → 42.86%, 4/7 → 57.14%.',
    );
  });

  it('rejects a percent above 100 and throws for an empty list of roundings', () => {
    expect(checkStatedPercent(parseFixedDecimal('100.5'), { denominator: exact(10) }).verdict).toBe(
      'inconsistent',
    );
    expect(() => checkStatedPercent(parseFixedDecimal('50'), {}, { roundings: [] })).toThrow(
      /checkStatedPercent/,
    );
  });

  it('finds the true numerator of any truncated percent among the consistent ones', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 50_000 })
          .chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d))),
        fc.integer({ min: 0, max: 2 }),
        ([n, d], decimals) => {
          const printed = { units: (BigInt(n) * 100n * 10n ** BigInt(decimals)) / BigInt(d), decimals };
          const check = checkStatedPercent(printed, { denominator: exact(d) }, { roundings: ['down'] });
          expect(check.verdict).toBe('consistent');
          expect(check.byRounding[0]?.numerators?.from ?? Number.NaN).toBeLessThanOrEqual(n);
          expect(check.byRounding[0]?.numerators?.to ?? Number.NaN).toBeGreaterThanOrEqual(n);
        },
      ),
    );
  });
});

describe('plausibleInterval(bound) and statedUnit(value)', () => {
  it('reads “trên 900” as 901 to 999 and “hơn 2,37 triệu” as up to the next ten thousand', () => {
    expect(statedUnit(900)).toBe(100);
    expect(statedUnit(2_370_000)).toBe(10_000);
    expect(statedUnit(17_475)).toBe(10);
    expect(plausibleInterval({ qualifier: 'over', value: 900 })).toEqual({ from: 901, to: 999 });
    expect(plausibleInterval({ qualifier: 'over', value: 2_370_000 })).toEqual({
      from: 2_370_001,
      to: 2_379_999,
    });
    expect(plausibleInterval({ qualifier: 'under', value: 50 })).toEqual({ from: 41, to: 49 });
    expect(plausibleInterval({ qualifier: 'exact', value: 376 })).toEqual({ from: 376, to: 376 });
  });

  it('checkStatedPercent(percent, counts) gives the plausible reading beside the unbounded one', () => {
    const check = checkStatedPercent(parseFixedDecimal('100'), {
      numerator: { qualifier: 'over', value: 900 },
    });
    expect(check.verdict).toBe('unconstrained');
    expect(check.plausible?.verdict).toBe('consistent');
    expect(check.plausible?.byRounding[0]?.denominators).toEqual({ from: 901, to: 1004 });
  });

  it('refuses a count that is not a whole number a person could count, naming the function', () => {
    expect(() =>
      checkStatedPercent(parseFixedDecimal('50'), { numerator: { qualifier: 'exact', value: 2 ** 60 } }),
    ).toThrow(/checkStatedPercent: the numerator must be a whole count/u);
  });
});

describe('checkQualifiedPercent(percent, qualifier, counts)', () => {
  it('says whether the counts’ exact rate is over, under, nearly or about the printed percent', () => {
    const p = parseFixedDecimal('85.7');
    expect(
      checkQualifiedPercent(p, 'over', { numerator: exact(1_750), denominator: exact(2_000) }).verdict,
    ).toBe('consistent');
    expect(
      checkQualifiedPercent(p, 'over', { numerator: exact(1_600), denominator: exact(2_000) }).verdict,
    ).toBe('inconsistent');
    expect(
      checkQualifiedPercent(p, 'nearly', { numerator: exact(1_700), denominator: exact(2_000) }).verdict,
    ).toBe('consistent');
    expect(
      checkQualifiedPercent(p, 'under', { numerator: exact(1_714), denominator: exact(2_000) }).verdict,
    ).toBe('inconsistent');
  });

  it('is a bound when the counts allow rates on both sides, or a count is missing', () => {
    const p = parseFixedDecimal('85.7');
    expect(
      checkQualifiedPercent(p, 'over', {
        numerator: { qualifier: 'over', value: 1_700 },
        denominator: exact(2_000),
      }).verdict,
    ).toBe('bound');
    expect(checkQualifiedPercent(p, 'over', { numerator: exact(1_750) }).verdict).toBe('bound');
  });
});

describe('checkStatedPercent(percent, counts) on anything a page can state', () => {
  const p = parseFixedDecimal;

  it('explains a zero percent of a positive count: 5 people print 0% only over 1.001 or more', () => {
    const check = checkStatedPercent(p('0'), { numerator: exact(5) });
    expect(check.verdict).toBe('consistent');
    expect(check.byRounding[0]?.denominators).toEqual({ from: 1_001, to: undefined });
    expect(check.byRounding[0]?.pairCount).toBeUndefined();
    expect(check.reason.en).toContain('denominators 1,001 or more, infinitely many pairs');
  });

  it('says “too_large” when only counts above 2^53 − 1 would print the percent, and gives them', () => {
    const check = checkStatedPercent(p('50'), { numerator: exact(Number.MAX_SAFE_INTEGER) });
    expect(check.verdict).toBe('too_large');
    expect(check.beyondLargestCount?.from).toBe(17_836_038_128_199_983n);
    expect(check.reason.en).toContain('no group of people is that large');
    expect(checkStatedPercent(p('0.00000000000000000001'), { numerator: exact(1) }).verdict).toBe(
      'too_large',
    );
  });

  it('cuts a range at 2^53 − 1 and says so: 10^14 people at 1%', () => {
    const check = checkStatedPercent(p('1'), { numerator: exact(100_000_000_000_000) });
    expect(check.verdict).toBe('consistent');
    expect(check.byRounding[0]?.denominators?.to).toBe(Number.MAX_SAFE_INTEGER);
    expect(check.reason.en).toContain('(2^53 − 1, the largest count checked)');
  });

  it('explains percents of 18 to 20 decimals without throwing', () => {
    const third = checkStatedPercent(p('33.333333333333333333'), {
      numerator: exact(1),
      denominator: exact(3),
    });
    expect(third.verdict).toBe('consistent');
    const off = checkStatedPercent(p('99.16000000000000000000'), {
      numerator: exact(17_328),
      denominator: exact(17_472),
    });
    expect(off.verdict).toBe('inconsistent');
    expect(off.reason.vi).toContain('17.328 / 17.472 = 99,17582417582417582417…%');
  });

  it('names a zero denominator as the reason nothing fits', () => {
    const check = checkStatedPercent(p('0'), { numerator: exact(0), denominator: exact(0) });
    expect(check.verdict).toBe('inconsistent');
    expect(check.reason.en).toContain('The denominator is 0');
    expect(check.reason.vi).toContain('Mẫu số bằng 0');
  });

  it('reads a count rounded by a scale word as an interval: 1,2 triệu of 1,5 triệu can be 80,5%', () => {
    const check = checkStatedPercent(p('80.5'), {
      numerator: { qualifier: 'exact', value: 1_200_000, roundedTo: 100_000 },
      denominator: { qualifier: 'exact', value: 1_500_000, roundedTo: 100_000 },
    });
    expect(check.numerator).toEqual({ from: 1_150_000, to: 1_249_999 });
    expect(check.verdict).toBe('consistent');
    expect(check.reason.en).toContain('was rounded to its last written digit');
  });

  it('decides large finite intervals from their rates, and does not call them missing', () => {
    const about = (value: number) => ({ qualifier: 'about' as const, value });
    const open = checkStatedPercent(p('33'), {
      numerator: about(1_000_000_000_000),
      denominator: about(3_000_000_000_000),
    });
    expect(open.verdict).toBe('unconstrained');
    expect(open.reason.en).toContain('too many pairs to try one by one');
    expect(open.reason.en).not.toContain('infinitely');
    const off = checkStatedPercent(p('50'), {
      numerator: about(1_000_000_000_000),
      denominator: about(3_000_000_000_000),
    });
    expect(off.verdict).toBe('inconsistent');
  });

  it('reads “dưới N” plausibly in its own words, not as “trên/hơn N”', () => {
    const check = checkStatedPercent(p('80'), { numerator: { qualifier: 'under', value: 50 } });
    expect(check.reason.vi).toContain('Hiểu “dưới N”');
    expect(check.reason.vi).not.toContain('trên/hơn N');
  });

  it('never throws on counts from 0 to 2^53 − 1 with any qualifier and any percent to 20 decimals', () => {
    const qualifier = fc.constantFrom('exact', 'over', 'under', 'nearly', 'about', 'at_least', 'at_most');
    const count = fc.oneof(
      fc.integer({ min: 0, max: 1_000 }),
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
      fc.constant(Number.MAX_SAFE_INTEGER),
    );
    const bound = fc.option(fc.record({ qualifier, value: count }), { nil: undefined });
    fc.assert(
      fc.property(
        bound,
        bound,
        fc.bigInt({ min: 0n, max: 10n ** 22n }),
        fc.integer({ min: 0, max: 20 }),
        (numerator, denominator, units, decimals) => {
          const check = checkStatedPercent(
            { units, decimals },
            { numerator, denominator },
            { maxSearch: 2_000 },
          );
          expect(check.reason.vi.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
