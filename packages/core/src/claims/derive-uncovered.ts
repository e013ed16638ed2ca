import { uncoveredLabels } from '../i18n/explanations.js';
import type { Bilingual } from '../i18n/language.js';
import type { Indicator } from '../models/indicator.js';
import { type FigurePeriod, figurePeriodKey, type Locality } from '../models/published-figure.js';
import type { FigureCheck } from './check-published-figures.js';

/** A count derived from a checked rate: its denominator minus its numerator. */
export interface DerivedCount {
  readonly fromFigureId: string;
  readonly locality: Locality;
  readonly period: FigurePeriod;
  readonly indicator: Indicator;
  readonly numerator: number;
  readonly denominator: number;
  /** `denominator − numerator`. */
  readonly value: number;
  /** What it counts (`chưa có tài khoản` / `without an account`). */
  readonly label: Bilingual;
}

/**
 * The people a published account or paid-through-account rate leaves out (`denominator − numerator`), for
 * every rate whose numerator and
 * denominator are exact and which reproduced over its own denominator: the 3 Tiền Hải beneficiaries
 * without an account, the 147 not paid through one in 1/2025. A rate the text states twice (same place,
 * period and counts) gives one derived count.
 *
 * @example deriveUncovered(checkPublishedFigures(flattenFigureSet(tienHai))).map((d) => d.value); // => [3, 147, 0]
 */
export function deriveUncovered(checks: readonly FigureCheck[]): DerivedCount[] {
  const derived: DerivedCount[] = [];
  const seen = new Set<string>();
  for (const check of checks) {
    const { figure, recomputed } = check;
    if (figure.kind !== 'rate' || recomputed === undefined || !recomputed.denominator.stated) continue;
    const indicator = figure.indicator;
    if (indicator !== 'account_rate' && indicator !== 'paid_through_account_rate') continue;
    if (check.verdict !== 'reproduced' && check.verdict !== 'reproduced_other_rounding') continue;
    const key = [
      indicator,
      figure.locality.name,
      figure.locality.level,
      figurePeriodKey(figure.period),
      recomputed.numerator,
      recomputed.denominator.value,
    ].join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    derived.push({
      fromFigureId: figure.id,
      locality: figure.locality,
      period: figure.period,
      indicator,
      numerator: recomputed.numerator,
      denominator: recomputed.denominator.value,
      value: recomputed.denominator.value - recomputed.numerator,
      label: uncoveredLabels[indicator],
    });
  }
  return derived;
}
