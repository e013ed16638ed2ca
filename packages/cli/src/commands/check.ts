import {
  checkQualifiedPercent,
  checkStatedPercent,
  cliMessages,
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

const qualifiedLabels = {
  consistent: { vi: 'nhất quán', en: 'consistent' },
  inconsistent: { vi: 'không nhất quán', en: 'inconsistent' },
  bound: { vi: 'chỉ là cận', en: 'a bound' },
} as const;

/**
 * `ansinh check "17.328/17.475 = 99,16%"`: is a printed percent consistent with the counts stated with it?
 * Also `1.234 trên 5.678 là 21,7%`, a qualified percent (`hơn 1.700/2.000 = hơn 85%`) and qualified counts
 * (`trên 900/? = 100%`, read with the plausible upper bound of docs/checking.md and without it). Prints the
 * verdict and why, in the chosen language. Exit 0 when consistent (or when the counts leave it open), 1
 * when inconsistent, 2 when the claim cannot be read or checked (counts above 2^53 − 1, a percent only
 * such counts could print, percents of more than 20 decimals, a zero denominator).
 */
export async function check(options: CheckCommandOptions, out: Output): Promise<number> {
  const parsed = safeParseRateClaim(options.claim);
  if (!parsed.success) {
    out.error(parsed.error.message);
    return 2;
  }
  const { numerator, denominator, percent, percentQualifier } = parsed.data;
  if (denominator !== undefined && denominator.qualifier === 'exact' && denominator.value === 0) {
    out.error(cliMessages.zeroDenominator()[options.language]);
    return 2;
  }
  if (percentQualifier !== 'exact') {
    const result = checkQualifiedPercent(percent, percentQualifier, { numerator, denominator });
    if (options.json) {
      out.print(
        JSON.stringify(
          {
            claim: options.claim,
            percent: formatFixedDecimal(percent),
            percentQualifier,
            numerator,
            denominator,
            verdict: result.verdict,
            reason: result.reason,
          },
          null,
          2,
        ),
      );
    } else {
      out.print(`${qualifiedLabels[result.verdict][options.language]}: ${result.reason[options.language]}`);
    }
    return result.verdict === 'inconsistent' ? 1 : 0;
  }
  const roundings = [options.rounding, ...roundingModes.filter((m) => m !== options.rounding)];
  const result = checkStatedPercent(
    percent,
    { numerator, denominator },
    {
      roundings,
      asStated: { numerator: parsed.data.asStated.numerator, denominator: parsed.data.asStated.denominator },
    },
  );
  if (result.verdict === 'too_large') {
    out.error(
      `${statedPercentVerdictLabels.too_large[options.language]}: ${result.reason[options.language]}`,
    );
    return 2;
  }
  if (options.json) {
    out.print(
      JSON.stringify(
        {
          claim: options.claim,
          percent: formatFixedDecimal(percent),
          numerator,
          denominator,
          verdict: result.verdict,
          ...(result.plausible === undefined
            ? {}
            : {
                plausible: {
                  numerator: result.plausible.numerator,
                  denominator: result.plausible.denominator,
                  verdict: result.plausible.verdict,
                },
              }),
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
