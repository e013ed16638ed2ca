import { InvalidArgumentError } from '../errors.js';

/**
 * How a value is rounded to a number of decimals when it is printed (see docs/numeric-policy.md).
 *
 * - `half-up`: to nearest, ties away from zero (0.125 → 0.13). The default: it reproduces the source
 *   article's 99,98% and 99,16% and is what Vietnamese school arithmetic ("làm tròn") teaches.
 * - `half-even`: to nearest, ties to the even digit (banker's rounding; 0.125 → 0.12).
 * - `down`: toward zero (truncation; 99.983 → 99.98, 99.159 → 99.15).
 * - `up`: away from zero (99.981 → 99.99).
 */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up';

/** Every rounding mode, default first. */
export const roundingModes: readonly RoundingMode[] = ['half-up', 'half-even', 'down', 'up'];

/** The rounding mode used when none is given. */
export const defaultRoundingMode: RoundingMode = 'half-up';

/** Throws `InvalidArgumentError` unless `mode` is a rounding mode. */
export function assertRoundingMode(fn: string, mode: string): asserts mode is RoundingMode {
  if (!(roundingModes as readonly string[]).includes(mode)) {
    throw new InvalidArgumentError(
      fn,
      `rounding must be one of ${roundingModes.join(', ')}, got ${JSON.stringify(mode)}`,
      `cách làm tròn phải là một trong ${roundingModes.join(', ')}, nhận được ${JSON.stringify(mode)}`,
    );
  }
}
