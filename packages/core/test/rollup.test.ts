import { InvalidArgumentError, rate, ratePercent, rollup } from '@ansinh/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('rollup(parts, stated)', () => {
  it('sums numerators over summed denominators, never averaging rates', () => {
    // A commune of 1 fully covered and one of 99 with no one covered: 1% overall, not the 50% mean.
    const whole = rollup([rate(1, 1), rate(0, 99)]);
    expect(whole?.rate).toEqual({ numerator: 1, denominator: 100 });
    expect(whole && ratePercent(whole.rate, { decimals: 0 })).toEqual({ units: 1n, decimals: 0 });
  });

  it('reports where a stated whole differs from the sum of its parts', () => {
    const whole = rollup([rate(376, 376), rate(901, 901)], { numerator: 1_277, denominator: 1_280 });
    expect(whole?.discrepancies).toEqual([
      { field: 'denominator', stated: 1_280, sumOfParts: 1_277, difference: 3 },
    ]);
  });

  it('reports nothing when the stated whole equals the sum of its parts', () => {
    expect(rollup([rate(2, 3), rate(5, 7)], { numerator: 7, denominator: 10 })?.discrepancies).toEqual([]);
  });

  it('gives undefined for no parts', () => {
    expect(rollup([])).toBeUndefined();
  });

  it('throws InvalidArgumentError naming the part whose numerator exceeds its denominator', () => {
    expect(() => rollup([rate(1, 2), { numerator: 5, denominator: 4 }])).toThrow(InvalidArgumentError);
    expect(() => rollup([rate(1, 2), { numerator: 5, denominator: 4 }])).toThrow(/rollup: parts\[1\]/);
  });

  it('is the same whole however the parts are split and ordered', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .integer({ min: 0, max: 10_000 })
            .chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d))),
          { minLength: 1, maxLength: 50 },
        ),
        (pairs) => {
          const parts = pairs.map(([n, d]) => rate(n, d));
          const whole = rollup(parts);
          const reversed = rollup([...parts].reverse());
          const nested = rollup([
            rollup(parts.slice(0, 1))?.rate ?? rate(0, 0),
            rollup(parts.slice(1))?.rate ?? rate(0, 0),
          ]);
          expect(reversed?.rate).toEqual(whole?.rate);
          expect(nested?.rate).toEqual(whole?.rate);
        },
      ),
    );
  });
});
