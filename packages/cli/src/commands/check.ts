import {
  checkStatedPercent,
  formatFixedDecimal,
  type Language,
  type RoundingMode,
  roundingModes,
  safeParseRateClaim,
  statedPercentVerdictLabels,
} from '@ansinh/core';
import type { Output } from '../output.js';

/** Options of `ansinh check`. */
export interface CheckCommandOptions {
  readonly claim: string;
  readonly rounding: RoundingMode;
  readonly language: Language;
  readonly json: boolean;
}

/**
 * `ansinh check "17.328/17.475 = 99,16%"`: is a printed percent consistent with the counts stated with it?
 * Prints the verdict and why, in the chosen language. Exit 0 when consistent (or when the counts leave it
 * open), 1 when inconsistent, 2 when the claim cannot be read.
 */
export async function check(options: CheckCommandOptions, out: Output): Promise<number> {
  const parsed = safeParseRateClaim(options.claim);
  if (!parsed.success) {
    out.error(parsed.error.message);
    return 2;
  }
  const { numerator, denominator, percent } = parsed.data;
  const roundings = [options.rounding, ...roundingModes.filter((m) => m !== options.rounding)];
  const result = checkStatedPercent(percent, { numerator, denominator }, { roundings });
  if (options.json) {
    out.print(
      JSON.stringify(
        {
          claim: options.claim,
          percent: formatFixedDecimal(percent),
          numerator,
          denominator,
          verdict: result.verdict,
          precisionBites: result.precisionBites,
          byRounding: result.byRounding,
          denominatorsForNumerator: result.denominatorsForNumerator,
          numeratorsForDenominator: result.numeratorsForDenominator,
          reason: result.reason,
        },
        null,
        2,
      ),
    );
  } else {
    out.print(
      `${statedPercentVerdictLabels[result.verdict][options.language]}: ${result.reason[options.language]}`,
    );
  }
  return result.verdict === 'inconsistent' ? 1 : 0;
}
