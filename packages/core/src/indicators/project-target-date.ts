import { InvalidArgumentError } from '../errors.js';
import type { Rate } from './rate.js';

/** A rate in a month. */
export interface MonthlyRate {
  readonly period: string;
  readonly rate: Rate;
}

/** When a rising series is projected to reach a target, and how the projection was made. */
export interface TargetProjection {
  /** First month the trend line reaches the threshold; `undefined` when it does not rise. */
  readonly period: string | undefined;
  /** Already at or above the threshold in the last month. */
  readonly alreadyMet: boolean;
  /** Percentage points a month, from the least-squares line (a float: a model, not a count). */
  readonly pointsPerMonth: number;
  /** Months the line was fitted on. */
  readonly monthsUsed: number;
}

function monthIndex(period: string): number {
  const [year = 0, month = 1] = period.split('-').map(Number);
  return year * 12 + (month - 1);
}

function periodOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Projects the month a rising monthly series reaches a threshold (percent), by a least-squares line
 * through the last `window` months (default 6). A projection is a model: its slope is a float and it is
 * labelled as such; the counts it rests on stay exact. Needs at least two months.
 *
 * @example projectTargetDate([{ period: '2024-11', rate: rate(90, 100) }, { period: '2024-12', rate: rate(95, 100) }], '100').period; // => '2025-01'
 */
export function projectTargetDate(
  series: readonly MonthlyRate[],
  thresholdPercent: string,
  window = 6,
): TargetProjection {
  const points = [...series]
    .filter((s) => s.rate.denominator > 0)
    .sort((a, b) => a.period.localeCompare(b.period))
    .slice(-window)
    .map((s) => ({ x: monthIndex(s.period), y: (100 * s.rate.numerator) / s.rate.denominator }));
  if (points.length < 2) {
    throw new InvalidArgumentError(
      'projectTargetDate',
      'needs at least two months with beneficiaries',
      'cần ít nhất hai tháng có đối tượng',
    );
  }
  const target = Number(thresholdPercent);
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - meanX) ** 2, 0);
  const slope = points.reduce((s, p) => s + (p.x - meanX) * (p.y - meanY), 0) / sxx;
  const last = points[n - 1] ?? { x: 0, y: 0 };
  if (last.y >= target)
    return { period: periodOf(last.x), alreadyMet: true, pointsPerMonth: slope, monthsUsed: n };
  if (!(slope > 0)) return { period: undefined, alreadyMet: false, pointsPerMonth: slope, monthsUsed: n };
  const reachAt = meanX + (target - meanY) / slope;
  return {
    period: periodOf(Math.max(last.x + 1, Math.ceil(reachAt - 1e-9))),
    alreadyMet: false,
    pointsPerMonth: slope,
    monthsUsed: n,
  };
}
