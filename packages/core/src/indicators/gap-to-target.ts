import { InvalidArgumentError } from '../errors.js';
import { divideRounded } from '../numeric/divide-rounded.js';
import { type ExactFraction, type FixedDecimal, parseFixedDecimal } from '../numeric/fixed-decimal.js';
import type { Rate } from './rate.js';

/** How far a rate is from a target threshold (chỉ tiêu). */
export interface TargetGap {
  /** True when the rate is at or above the threshold. */
  readonly met: boolean;
  /** Threshold − achieved rate, in percentage points, exact. Zero or negative when met. */
  readonly points: ExactFraction;
  /** Covered beneficiaries the threshold requires: `ceil(threshold × denominator)`. */
  readonly required: number;
  /** Beneficiaries still to cover: `max(0, required − numerator)`. */
  readonly stillNeeded: number;
}

/**
 * The gap between a rate and a target threshold given in percent (`"100"`, `"80"`, `"99.5"`, or a
 * `FixedDecimal`): in percentage points (exact; print it with `roundFraction`) and in beneficiaries still
 * needed, `ceil(threshold × denominator) − numerator`, never below zero. The threshold must lie in
 * [0, 100]. A zero denominator gives `undefined`.
 *
 * @example gapToTarget(rate(17_472, 17_475), '100').stillNeeded; // => 3
 */
export function gapToTarget(value: Rate, thresholdPercent: FixedDecimal | string): TargetGap | undefined {
  const threshold =
    typeof thresholdPercent === 'string' ? parseFixedDecimal(thresholdPercent) : thresholdPercent;
  const scale = 10n ** BigInt(threshold.decimals);
  if (threshold.units < 0n || threshold.units > 100n * scale) {
    throw new InvalidArgumentError(
      'gapToTarget',
      'threshold must be a percent from 0 to 100',
      'ngưỡng chỉ tiêu phải là phần trăm từ 0 đến 100',
    );
  }
  if (value.denominator === 0) return undefined;
  const n = BigInt(value.numerator);
  const d = BigInt(value.denominator);
  const required = divideRounded(threshold.units * d, 100n * scale, 'up');
  const points = { numerator: threshold.units * d - 100n * scale * n, denominator: scale * d };
  const stillNeeded = required > n ? required - n : 0n;
  return {
    met: points.numerator <= 0n,
    points,
    required: Number(required),
    stillNeeded: Number(stillNeeded),
  };
}
