import {
  explainAmount,
  explainCountCheck,
  explainCountsWithoutPercent,
  explainInconsistentCounts,
  explainNumeratorAboveDenominator,
  explainPartAboveWhole,
  explainQualifiedPercent,
  explainRank,
  explainRateCheck,
  type Verdict,
} from '../i18n/explanations.js';
import type { Bilingual } from '../i18n/language.js';
import { ratePercent } from '../indicators/rate-percent.js';
import type { AdminUnit } from '../models/admin-unit.js';
import type { Population } from '../models/indicator.js';
import {
  type FigurePeriod,
  figurePeriodKey,
  type Locality,
  type PublishedCount,
  type PublishedFigure,
  type PublishedRate,
  type StatedCount,
  statedCountsOf,
} from '../models/published-figure.js';
import { type FixedDecimal, parseFixedDecimal, sameFixedDecimal } from '../numeric/fixed-decimal.js';
import { defaultRoundingMode, type RoundingMode, roundingModes } from '../numeric/rounding-mode.js';
import { checkQualifiedPercent } from './check-qualified-percent.js';
import { checkRelations, type FigureRelation } from './check-relations.js';
import { checkStatedPercent, qualifierInterval, type StatedPercentCheck } from './check-stated-percent.js';
import { consistentNumerators } from './consistent-counts.js';
import { indexByLocality } from './same-locality.js';

/** A denominator a rate was, or could have been, computed over. */
export interface DenominatorCandidate {
  readonly value: number;
  readonly population: Population;
  /** The figure that states this count. */
  readonly figureId: string;
  /** True for the denominator the figure itself states (or implies). */
  readonly stated: boolean;
}

/** One recomputation of a published percent: a denominator and a rounding mode. */
export interface Recomputation {
  readonly numerator: number;
  readonly denominator: DenominatorCandidate;
  readonly rounding: RoundingMode;
  readonly decimals: number;
  readonly percent: FixedDecimal;
  readonly matches: boolean;
}

/** The outcome of checking one published figure. */
export interface FigureCheck {
  readonly figure: PublishedFigure;
  readonly verdict: Verdict;
  /** The recomputation the verdict rests on; `undefined` when nothing could be recomputed. */
  readonly recomputed: Recomputation | undefined;
  /** Every recomputation tried: each candidate denominator under each rounding mode. */
  readonly tried: readonly Recomputation[];
  /**
   * True when the figure states (or implies) its numerator, denominator and percent exactly, so it must
   * reproduce; the main job fails when such a figure comes out `inconsistent`.
   */
  readonly mustReproduce: boolean;
  /** For a rate with a missing or bounded count: the pairs of counts that can print its percent. */
  readonly percentCheck: StatedPercentCheck | undefined;
  /** Checks against other figures of the source: parts adding up to this whole, this place within its parent. */
  readonly relations: readonly FigureRelation[];
  /** Why, in both languages. */
  readonly reason: Bilingual;
}

/** Options of `checkPublishedFigures`. */
export interface CheckFiguresOptions {
  /** Administrative units, to check that a commune's counts fit within its district's. */
  readonly units?: readonly AdminUnit[];
}

/** A count a text states, located in its figure. */
interface Mention {
  readonly figureId: string;
  readonly locality: Locality;
  readonly group: PublishedFigure['group'];
  readonly topic: string | undefined;
  readonly period: FigurePeriod;
  readonly count: StatedCount;
}

function mentionsOf(figures: readonly PublishedFigure[]): Mention[] {
  const mentions: Mention[] = [];
  for (const figure of figures) {
    for (const count of statedCountsOf(figure)) {
      mentions.push({
        figureId: figure.id,
        locality: figure.locality,
        group: figure.group,
        topic: figure.topic,
        period: figure.period,
        count,
      });
    }
  }
  return mentions;
}

function isExact(count: StatedCount | null): count is StatedCount {
  return count !== null && count.qualifier === 'exact';
}

function checkRate(figure: PublishedRate, near: readonly Mention[]): FigureCheck {
  const { numerator, denominator, percent } = figure;
  if (percent === null) return checkCountsWithoutPercent(figure);
  const stated = parseFixedDecimal(percent.value);
  if (percent.qualifier !== 'exact') {
    // `hơn 85,7%`: a bound; the counts stated with it may still show it cannot hold.
    const qualified =
      numerator !== null && denominator !== null
        ? checkQualifiedPercent(stated, percent.qualifier, { numerator, denominator })
        : undefined;
    return {
      figure,
      verdict: qualified?.verdict === 'inconsistent' ? 'inconsistent' : 'bound',
      recomputed: undefined,
      tried: [],
      mustReproduce: false,
      percentCheck: undefined,
      relations: [],
      reason:
        qualified === undefined
          ? explainQualifiedPercent({ percent })
          : joinReasons([explainQualifiedPercent({ percent }), qualified.reason]),
    };
  }
  if (!isExact(numerator) || !isExact(denominator)) {
    // A count is missing or only bounded: which pairs of counts can print the percent?
    const percentCheck = checkStatedPercent(
      stated,
      { numerator, denominator },
      {
        asStated: { numerator: numerator?.asStated, denominator: denominator?.asStated },
      },
    );
    const bounded = [numerator, denominator].some((c) => c !== null && c.qualifier !== 'exact');
    const verdict: Verdict =
      percentCheck.verdict === 'inconsistent' ? 'inconsistent' : bounded ? 'bound' : 'not_checkable';
    return {
      figure,
      verdict,
      recomputed: undefined,
      tried: [],
      mustReproduce: false,
      percentCheck,
      relations: [],
      reason: percentCheck.reason,
    };
  }
  if (numerator.value > denominator.value) {
    return {
      figure,
      verdict: 'inconsistent',
      recomputed: undefined,
      tried: [],
      mustReproduce: true,
      percentCheck: undefined,
      relations: [],
      reason: explainNumeratorAboveDenominator(figure),
    };
  }

  const candidates: DenominatorCandidate[] = [
    { value: denominator.value, population: denominator.population, figureId: figure.id, stated: true },
  ];
  for (const mention of near) {
    const { count } = mention;
    const usable =
      count.qualifier === 'exact' &&
      count.population !== denominator.population &&
      count.population !== numerator.population &&
      count.value >= numerator.value &&
      count.value > 0 &&
      !candidates.some((c) => c.population === count.population && c.value === count.value);
    if (usable) {
      candidates.push({
        value: count.value,
        population: count.population,
        figureId: mention.figureId,
        stated: false,
      });
    }
  }

  const tried: Recomputation[] = [];
  for (const candidate of candidates) {
    for (const rounding of roundingModes) {
      const percent = ratePercent(
        { numerator: numerator.value, denominator: candidate.value },
        { decimals: stated.decimals, rounding },
      );
      if (percent !== undefined) {
        tried.push({
          numerator: numerator.value,
          denominator: candidate,
          rounding,
          decimals: stated.decimals,
          percent,
          matches: sameFixedDecimal(percent, stated),
        });
      }
    }
  }
  const onStated = tried.filter((t) => t.denominator.stated);
  const onOthers = tried.filter((t) => !t.denominator.stated);
  const byDefault = (list: Recomputation[]) =>
    list.find((t) => t.matches && t.rounding === defaultRoundingMode) ?? list.find((t) => t.matches);
  const statedDefault = onStated.find((t) => t.rounding === defaultRoundingMode);
  const statedMatch = byDefault(onStated);
  const otherMatch = byDefault(onOthers);

  let verdict: Verdict;
  let recomputed: Recomputation | undefined;
  if (statedMatch !== undefined) {
    verdict = statedMatch.rounding === defaultRoundingMode ? 'reproduced' : 'reproduced_other_rounding';
    recomputed = statedMatch;
  } else if (otherMatch !== undefined) {
    verdict = 'reproduced_other_denominator';
    recomputed = otherMatch;
  } else {
    verdict = 'inconsistent';
    recomputed = statedDefault;
  }
  const grim = numerator.basis === 'implied' ? consistentNumerators(stated, denominator.value) : undefined;
  return {
    figure,
    verdict,
    recomputed,
    tried,
    mustReproduce: true,
    percentCheck: undefined,
    relations: [],
    reason: explainRateCheck({ figure, verdict, stated, recomputed, tried, grim }),
  };
}

/** A rate stated by its counts alone (`115/237`): nothing printed to check; the counts give the percent. */
function checkCountsWithoutPercent(figure: PublishedRate): FigureCheck {
  const { numerator, denominator } = figure;
  const base = {
    figure,
    recomputed: undefined,
    tried: [],
    mustReproduce: false,
    percentCheck: undefined,
    relations: [],
  };
  if (isExact(numerator) && isExact(denominator) && numerator.value > denominator.value) {
    return { ...base, verdict: 'inconsistent', reason: explainNumeratorAboveDenominator(figure) };
  }
  const percent =
    isExact(numerator) && isExact(denominator)
      ? ratePercent({ numerator: numerator.value, denominator: denominator.value })
      : undefined;
  return {
    ...base,
    verdict: isExact(numerator) && isExact(denominator) ? 'not_checkable' : 'bound',
    reason: explainCountsWithoutPercent(figure, percent),
  };
}

/** The populations that are a part of the monthly beneficiaries: none of them can outnumber those. */
const partsOfBeneficiaries: readonly Population[] = ['account_holders', 'paid_through_account'];

/**
 * The counts of the same place, period and group that a count cannot exceed or fall below: for a part
 * (account holders, paid through an account) the monthly beneficiaries it is part of, and for the
 * monthly beneficiaries their parts. Returns the ones that contradict it (the part's least possible count
 * above the whole's largest).
 */
function partsAboveWholes(figure: PublishedCount, near: readonly Mention[]): Mention[] {
  const own = figure.count;
  const isPart = partsOfBeneficiaries.includes(own.population);
  const isWhole = own.population === 'monthly_beneficiaries';
  if (!isPart && !isWhole) return [];
  const key = figurePeriodKey(figure.period);
  return near.filter((m) => {
    if (m.figureId === figure.id || m.group !== figure.group || figurePeriodKey(m.period) !== key) {
      return false;
    }
    const [part, whole] = isPart
      ? m.count.population === 'monthly_beneficiaries'
        ? [own, m.count]
        : [undefined, undefined]
      : partsOfBeneficiaries.includes(m.count.population)
        ? [m.count, own]
        : [undefined, undefined];
    if (part === undefined || whole === undefined) return false;
    const most = qualifierInterval(whole).to;
    return most !== undefined && qualifierInterval(part).from > most;
  });
}

function checkCount(figure: PublishedCount, near: readonly Mention[]): FigureCheck {
  const periodKey = figurePeriodKey(figure.period);
  const others = near.filter(
    (m) =>
      m.figureId !== figure.id &&
      figurePeriodKey(m.period) === periodKey &&
      m.group === figure.group &&
      m.count.population === figure.count.population &&
      // People counted for different reasons (reviewed, an increase) are different counts.
      (figure.count.population !== 'other' || m.topic === figure.topic) &&
      m.count.qualifier === 'exact',
  );
  const exceeding = partsAboveWholes(figure, near);
  if (exceeding.length > 0) {
    const disagreeing =
      figure.count.qualifier === 'exact' ? others.filter((m) => m.count.value !== figure.count.value) : [];
    const reasons = [
      explainPartAboveWhole(
        figure.count,
        exceeding.map((m) => ({ figureId: m.figureId, count: m.count })),
      ),
    ];
    if (disagreeing.length > 0) {
      reasons.unshift(
        explainInconsistentCounts(
          figure,
          disagreeing.map((m) => ({ figureId: m.figureId, value: m.count.value })),
        ),
      );
    }
    return {
      figure,
      verdict: 'inconsistent',
      recomputed: undefined,
      tried: [],
      mustReproduce: false,
      percentCheck: undefined,
      relations: [],
      reason: joinReasons(reasons),
    };
  }
  if (figure.count.qualifier !== 'exact' || others.length === 0) {
    return {
      figure,
      verdict: figure.count.qualifier === 'exact' ? 'not_checkable' : 'bound',
      recomputed: undefined,
      tried: [],
      mustReproduce: false,
      percentCheck: undefined,
      relations: [],
      reason: explainCountCheck(figure, others.length),
    };
  }
  const disagreeing = others.filter((m) => m.count.value !== figure.count.value);
  return {
    figure,
    verdict: disagreeing.length === 0 ? 'consistent' : 'inconsistent',
    recomputed: undefined,
    tried: [],
    mustReproduce: false,
    percentCheck: undefined,
    relations: [],
    reason:
      disagreeing.length === 0
        ? explainCountCheck(figure, others.length)
        : explainInconsistentCounts(
            figure,
            disagreeing.map((m) => ({ figureId: m.figureId, value: m.count.value })),
          ),
  };
}

/**
 * Checks every published figure of a text against its own numbers and against the other figures of the
 * same text:
 *
 * - a **rate** with exact numerator, denominator and percent is recomputed at the printed precision under
 *   every rounding mode, over its own denominator and over every other count the text gives for the same
 *   place (account holders, say). Verdict `reproduced` (own denominator, half-up),
 *   `reproduced_other_rounding`, `reproduced_other_denominator` or `inconsistent`, and the reason names
 *   the denominator and the rounding that do and do not produce it;
 * - a rate with a qualified count (`trên 900`) or percent is a `bound`: it cannot be checked exactly;
 * - a rate missing a count gets the range of counts consistent with its percent (GRIM-style test);
 * - a **count** stated more than once must agree (`consistent`/`inconsistent`), and a count of a part of
 *   the monthly beneficiaries (account holders, paid through an account) cannot exceed their count for the
 *   same place, group and period (both are `inconsistent` when it does);
 * - a rate stated by its **counts alone** (`115/237`, no percent printed) has nothing printed to check:
 *   `not_checkable`, and the reason gives the percent the counts make;
 * - an **amount** of money and a **rank** are `not_checkable` from one text;
 * - **relations** (`checkRelations`): parts (`partOf`) must add up to their whole, and with `units` a
 *   commune's counts must fit within its district's; a broken relation makes the figure `inconsistent`.
 *
 * Places are the same by code, else by name with every diacritic (`sameLocality`: Tân Thành is not Tân
 * Thạnh). See docs/methodology.md. Counts are indexed by place, so the cost is O(f + m + the pairs of
 * counts stated for the same place), not O(f · m), for f figures and m stated counts.
 *
 * @example checkPublishedFigures(flattenFigureSet(tienHai)).map((c) => c.verdict); // => ['consistent', 'consistent', 'bound', 'consistent', 'reproduced', 'reproduced', 'not_checkable', 'reproduced']
 */
export function checkPublishedFigures(
  figures: readonly PublishedFigure[],
  options: CheckFiguresOptions = {},
): FigureCheck[] {
  const mentions = mentionsOf(figures);
  const near = indexByLocality(mentions, (mention) => mention.locality);
  const relations = checkRelations(figures, options.units);
  return figures.map((figure): FigureCheck => {
    const own = checkOne(figure, near(figure.locality));
    const related = relations.get(figure.id) ?? [];
    if (related.length === 0) return own;
    const broken = related.some((r) => r.holds === false);
    return {
      ...own,
      verdict: broken ? 'inconsistent' : own.verdict,
      relations: related,
      reason: joinReasons([own.reason, ...related.map((r) => r.reason)]),
    };
  });
}

function checkOne(
  figure: PublishedFigure,
  near: readonly Mention[],
): Omit<FigureCheck, 'relations'> & {
  readonly relations: readonly FigureRelation[];
} {
  if (figure.kind === 'rate') return checkRate(figure, near);
  if (figure.kind === 'count') return checkCount(figure, near);
  if (figure.kind === 'amount') {
    return {
      figure,
      verdict: figure.amount.qualifier === 'exact' ? 'not_checkable' : 'bound',
      recomputed: undefined,
      tried: [],
      mustReproduce: false,
      percentCheck: undefined,
      relations: [],
      reason: explainAmount(figure.amount),
    };
  }
  return {
    figure,
    verdict: 'not_checkable',
    recomputed: undefined,
    tried: [],
    mustReproduce: false,
    percentCheck: undefined,
    relations: [],
    reason: explainRank(figure),
  };
}

function joinReasons(reasons: readonly Bilingual[]): Bilingual {
  return { vi: reasons.map((r) => r.vi).join(' '), en: reasons.map((r) => r.en).join(' ') };
}
