import { defaultRoundingMode, divideRounded, InvalidArgumentError, roundingModes } from '@ansinh/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('divideRounded(dividend, divisor, rounding)', () => {
  it('rounds ties by mode: 5/2 is 3 half-up, 2 half-even, 2 down, 3 up', () => {
    expect(divideRounded(5n, 2n, 'half-up')).toBe(3n);
    expect(divideRounded(5n, 2n, 'half-even')).toBe(2n);
    expect(divideRounded(7n, 2n, 'half-even')).toBe(4n);
    expect(divideRounded(5n, 2n, 'down')).toBe(2n);
    expect(divideRounded(5n, 2n, 'up')).toBe(3n);
  });

  it('defaults to half-up, which reproduces the article (17.472/17.475 → 9998 hundredths of a percent)', () => {
    expect(defaultRoundingMode).toBe('half-up');
    expect(divideRounded(17_472n * 10_000n, 17_475n)).toBe(9998n);
    expect(divideRounded(17_328n * 10_000n, 17_475n)).toBe(9916n);
  });

  it('rounds negative quotients symmetrically (half-up away from zero, down toward zero)', () => {
    expect(divideRounded(-5n, 2n, 'half-up')).toBe(-3n);
    expect(divideRounded(-5n, 2n, 'down')).toBe(-2n);
    expect(divideRounded(5n, -2n, 'up')).toBe(-3n);
  });

  it('throws InvalidArgumentError naming the function for a zero divisor or an unknown mode', () => {
    expect(() => divideRounded(1n, 0n)).toThrow(InvalidArgumentError);
    expect(() => divideRounded(1n, 0n)).toThrow(/^divideRounded: divisor must not be zero/);
    // @ts-expect-error: not a rounding mode
    expect(() => divideRounded(1n, 2n, 'nearest')).toThrow(
      /rounding must be one of half-up, half-even, down, up/,
    );
  });

  it('stays within one unit of the exact quotient, and within half a unit for the half modes', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.bigInt({ min: 1n, max: 10n ** 9n }), (a, b) => {
        for (const mode of roundingModes) {
          const q = divideRounded(a, b, mode);
          const error = a - q * b; // exact quotient minus q, times b
          expect(error > -b && error < b).toBe(true);
          if (mode === 'half-up' || mode === 'half-even')
            expect(2n * (error < 0n ? -error : error) <= b).toBe(true);
          if (mode === 'down') expect(error >= 0n).toBe(true);
          if (mode === 'up') expect(error <= 0n).toBe(true);
        }
      }),
    );
  });
});
