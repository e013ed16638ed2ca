import { assertCount, InvalidArgumentError } from '../errors.js';
import type { Rate } from './rate.js';

/** A stated total, as published for the whole (a district), to compare with the sum of its parts. */
export interface StatedWhole {
  readonly numerator?: number;
  readonly denominator?: number;
}

/** Where a stated whole differs from the sum of its parts: `stated − sum of parts`, per count. */
export interface RollupDiscrepancy {
  readonly field: 'numerator' | 'denominator';
  readonly stated: number;
  readonly sumOfParts: number;
  readonly difference: number;
}

/** The result of rolling parts up into a whole. */
export interface Rollup {
  /** Sum of numerators over sum of denominators. */
  readonly rate: Rate;
  /** Number of parts summed. */
  readonly parts: number;
  /** One entry per stated count that does not equal the sum of the parts; empty when they agree. */
  readonly discrepancies: readonly RollupDiscrepancy[];
}

/**
 * Rolls parts (communes) up into a whole (a district): the sum of their numerators over the sum of their
 * denominators. Never the mean of their rates, which weighs a commune of 40 like one of 4.000. When the
 * whole was also published, each stated count that differs from the sum of the parts is reported.
 *
 * Empty input gives `undefined`. Counts must be non-negative integers with numerator ≤ denominator
 * (`InvalidArgumentError` otherwise). O(n).
 *
 * @example rollup([rate(376, 376), rate(9, 10)]).rate; // => { numerator: 385, denominator: 386 }
 */
export function rollup(parts: readonly Rate[], stated: StatedWhole = {}): Rollup | undefined {
  if (parts.length === 0) return undefined;
  let numerator = 0;
  let denominator = 0;
  parts.forEach((part, index) => {
    assertCount('rollup', `parts[${index}].numerator`, part.numerator);
    assertCount('rollup', `parts[${index}].denominator`, part.denominator);
    if (part.numerator > part.denominator) {
      throw new InvalidArgumentError(
        'rollup',
        `parts[${index}] has numerator ${part.numerator} above its denominator ${part.denominator}`,
        `parts[${index}] có tử số ${part.numerator} lớn hơn mẫu số ${part.denominator}`,
      );
    }
    numerator += part.numerator;
    denominator += part.denominator;
  });
  assertCount('rollup', 'sum of numerators', numerator);
  const discrepancies: RollupDiscrepancy[] = [];
  for (const field of ['numerator', 'denominator'] as const) {
    const statedCount = stated[field];
    if (statedCount === undefined) continue;
    assertCount('rollup', `stated.${field}`, statedCount);
    const sumOfParts = field === 'numerator' ? numerator : denominator;
    if (statedCount !== sumOfParts) {
      discrepancies.push({ field, stated: statedCount, sumOfParts, difference: statedCount - sumOfParts });
    }
  }
  return { rate: { numerator, denominator }, parts: parts.length, discrepancies };
}
