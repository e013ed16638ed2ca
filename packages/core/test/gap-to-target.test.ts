import { formatNumber, gapToTarget, InvalidArgumentError, rate, roundFraction } from '@ansinh/core';
import { describe, expect, it } from 'vitest';

describe('gapToTarget(rate, thresholdPercent)', () => {
  it('Tiền Hải at 99,98% is 0,02 points and 3 beneficiaries short of 100%', () => {
    const gap = gapToTarget(rate(17_472, 17_475), '100');
    expect(gap?.met).toBe(false);
    expect(gap?.stillNeeded).toBe(3);
    expect(gap?.required).toBe(17_475);
    expect(gap && formatNumber(roundFraction(gap.points, 2), 'vi')).toBe('0,02');
  });

  it('needs ceil(threshold × denominator) − numerator: 80% of 9.035 is 7.228', () => {
    // Bình Thuận, people with merit, 2024: 4.283 of 9.035 paid through accounts (reference/FACTS.md §3).
    const gap = gapToTarget(rate(4_283, 9_035), '80');
    expect(gap?.required).toBe(7_228);
    expect(gap?.stillNeeded).toBe(2_945);
  });

  it('is met with nothing still needed at or above the threshold', () => {
    const gap = gapToTarget(rate(376, 376), '100');
    expect(gap).toEqual({
      met: true,
      points: { numerator: 0n, denominator: 376n },
      required: 376,
      stillNeeded: 0,
    });
    expect(gapToTarget(rate(9, 10), '80')?.stillNeeded).toBe(0);
    expect(gapToTarget(rate(9, 10), '80')?.met).toBe(true);
  });

  it('takes fractional thresholds exactly: 99,5% of 200 requires 199', () => {
    expect(gapToTarget(rate(198, 200), '99.5')?.stillNeeded).toBe(1);
  });

  it('gives undefined for a zero denominator and throws for a threshold outside [0, 100]', () => {
    expect(gapToTarget(rate(0, 0), '100')).toBeUndefined();
    expect(() => gapToTarget(rate(1, 2), '120')).toThrow(InvalidArgumentError);
  });
});
