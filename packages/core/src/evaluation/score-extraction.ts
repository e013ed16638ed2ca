import { checkPublishedFigures, type FigureCheck } from '../claims/check-published-figures.js';
import type { ExtractedFigure } from '../extract/extract-figures.js';
import { findPeriods } from '../extract/find-period.js';
import type { FigureGroup, PublishedFigure, Qualifier } from '../models/published-figure.js';
import { parseFixedDecimal, sameFixedDecimal } from '../numeric/fixed-decimal.js';
import { foldDiacritics } from '../vietnamese/fold-diacritics.js';
import { type GoldFigure, type GoldGroup, type GoldIndicator, isGoldTarget } from './gold-figure.js';

/** A stated number with its qualifier, as the annotation records it. */
export interface ScoredNumber {
  readonly value: number;
  readonly qualifier: 'exact' | 'over' | 'under' | 'nearly' | 'about';
}

/** An extracted figure seen the way the annotation sees figures. */
export interface ScoredFigure {
  readonly figure: ExtractedFigure;
  /** The names the figure's place goes by: its name, the words the text used, the part it covers. */
  readonly places: readonly string[];
  readonly indicator: GoldIndicator;
  readonly group: GoldGroup;
  /** The period's words, or undefined when the text stated none for it. */
  readonly period: string | undefined;
  readonly numerator: ScoredNumber | undefined;
  readonly denominator: ScoredNumber | undefined;
  readonly percent: ScoredNumber | undefined;
  readonly target: boolean;
}

/** What differs between a gold figure and the extracted figure nearest to it. */
export type ScoredField =
  | 'place'
  | 'indicator'
  | 'group'
  | 'period'
  | 'numerator'
  | 'denominator'
  | 'percent';

/** One gold figure and how extraction did on it. */
export interface GoldOutcome {
  readonly gold: GoldFigure;
  readonly outcome: 'whole' | 'part' | 'missed';
  /** The extracted figure that found it whole, or the nearest one that found it in part. */
  readonly figureId: string | undefined;
  /** For `part`: the fields that differ. */
  readonly differs: readonly ScoredField[];
  /** For a gold figure whose consistency is annotated and that was found whole: the checker's verdict. */
  readonly checked?: {
    readonly expected: boolean;
    readonly got: boolean | undefined;
    readonly verdict: string;
  };
}

/** The score of one page. */
export interface PageScore {
  readonly article: string;
  readonly gold: number;
  readonly extracted: number;
  readonly whole: number;
  readonly part: number;
  readonly missed: number;
  /** Extracted figures none of whose numbers the page's gold states. */
  readonly invented: number;
  readonly outcomes: readonly GoldOutcome[];
  /** The ids of the invented figures. */
  readonly inventedIds: readonly string[];
  /** Extracted figures that the checker calls inconsistent although the annotation does not. */
  readonly falseInconsistent: readonly string[];
}

/** Recall and precision over a subset of figures. */
export interface ScoreTotals {
  readonly gold: number;
  readonly extracted: number;
  readonly whole: number;
  readonly part: number;
  readonly missed: number;
  readonly invented: number;
  /** whole / gold. */
  readonly recall: number;
  /** Extracted figures that match a gold figure whole / extracted figures. */
  readonly precision: number;
}

/** The score of a set of pages. */
export interface ExtractionScore {
  readonly pages: readonly PageScore[];
  readonly totals: {
    readonly all: ScoreTotals;
    readonly withoutOther: ScoreTotals;
    readonly withoutTargets: ScoreTotals;
  };
  /** Gold figures with an annotated consistency, found whole: how many the checker agreed with. */
  readonly consistency: { readonly annotated: number; readonly found: number; readonly agreed: number };
  readonly falseInconsistent: number;
}

const groupFor: Readonly<Record<FigureGroup, GoldGroup>> = {
  all: 'all',
  merit: 'merit',
  merit_relative: 'merit',
  merit_and_relatives: 'merit',
  social_protection: 'social_assistance',
  social_protection_carer: 'social_assistance',
  social_protection_and_carers: 'social_assistance',
  social_pension: 'social_assistance',
  pension: 'pension',
  other: 'other',
};

const qualifierFor = (q: Qualifier): ScoredNumber['qualifier'] =>
  q === 'at_least' ? 'over' : q === 'at_most' ? 'under' : q;

const noPeriodWords = 'không nêu thời điểm / no period stated';

/**
 * An extracted figure in the annotation's terms: a rate's indicator (`account_rate`,
 * `paid_through_account_rate` → `paid_via_account_rate`, a share of units → `cashless_rate_other`,
 * `other`); a count by whom it counts (monthly beneficiaries → `beneficiaries_total`, account holders →
 * `accounts_opened`, paid through an account → `paid_via_account_count`, anyone else → `other`); an
 * amount → `amount_vnd`. Groups fold into all, merit, social_assistance, pension and other; `at least` and
 * `at most` fold into over and under. Ranks are not figures of the annotation: `undefined`.
 */
export function asScored(figure: ExtractedFigure): ScoredFigure | undefined {
  const { locality } = figure;
  const places = [
    locality.name,
    ...(locality.asStated === undefined ? [] : [locality.asStated]),
    ...(locality.part === undefined
      ? []
      : [locality.part, `${locality.part} in ${locality.asStated ?? locality.name}`]),
  ];
  const period = figure.period.asStated === noPeriodWords ? undefined : figure.period.asStated;
  const common = {
    figure,
    places,
    group: groupFor[figure.group],
    period,
    target: figure.target === true,
  };
  const number = (count: { value: number; qualifier: Qualifier } | null): ScoredNumber | undefined =>
    count === null ? undefined : { value: count.value, qualifier: qualifierFor(count.qualifier) };
  switch (figure.kind) {
    case 'rate': {
      const indicator: GoldIndicator =
        figure.indicator === 'account_rate'
          ? 'account_rate'
          : figure.indicator === 'paid_through_account_rate'
            ? 'paid_via_account_rate'
            : figure.indicator === 'cashless_units_share'
              ? 'cashless_rate_other'
              : 'other';
      return {
        ...common,
        indicator,
        numerator: number(figure.numerator?.basis === 'implied' ? null : figure.numerator),
        denominator: number(figure.denominator),
        percent:
          figure.percent === null
            ? undefined
            : { value: Number(figure.percent.value), qualifier: qualifierFor(figure.percent.qualifier) },
      };
    }
    case 'count': {
      const population = figure.count.population;
      const indicator: GoldIndicator =
        population === 'monthly_beneficiaries'
          ? 'beneficiaries_total'
          : population === 'account_holders'
            ? 'accounts_opened'
            : population === 'paid_through_account'
              ? 'paid_via_account_count'
              : 'other';
      return {
        ...common,
        indicator,
        numerator: number(figure.count),
        denominator: undefined,
        percent: undefined,
      };
    }
    case 'amount':
      return {
        ...common,
        indicator: 'amount_vnd',
        numerator: number(figure.amount),
        denominator: undefined,
        percent: undefined,
      };
    case 'rank':
      return undefined;
  }
}

const unitWords =
  /(?<![\p{L}])(?:xa|huyen|tinh|thanh pho|tp|quan|phuong|thi xa|thi tran|dac khu|districts?|communes?|provinces?|city|cities|wards?|towns?|townships?|the)(?![\p{L}])/gu;

/**
 * A place name folded for comparison: no case, diacritics, unit word (`xã`, `huyện`, `district`,
 * `commune`, `province`, `city`, `ward`, `town`, …), article (`the former A area` = `former A area`),
 * punctuation or spaces (`Hanoi` = `Hà Nội`).
 *
 * @example samePlaceKey('Binh Xuyen district'); // => 'binhxuyen'
 * @example samePlaceKey('the former Kien Giang area'); // => 'formerkiengiangarea'
 */
export function samePlaceKey(name: string): string {
  return foldDiacritics(name)
    .replace(/[.,()'’]/gu, ' ')
    .replace(unitWords, ' ')
    .replace(/[^a-z0-9]+/gu, '');
}

const relativeNow =
  /^(?:hiện|hiện nay|hiện có|hiện tại|đến nay|tính đến nay|now|currently|to date|up to now|so far|at present|until now|as of now)$/iu;
const monthWords: Readonly<Record<string, string>> = {
  january: '01',
  february: '02',
  march: '03',
  april: '04',
  may: '05',
  june: '06',
  july: '07',
  august: '08',
  september: '09',
  october: '10',
  november: '11',
  december: '12',
};

/**
 * A loose key for a period's words, the same for `đến nay` and `currently`, for `tháng 2/2024` and `hết
 * tháng 2/2024`: `now`, `ym:2024-02` (a month, or a date in it), `y:2024`, `m:01` (a month whose year the
 * words leave out, `by the end of January 14`), `monthly`, `ytd` (the year so far), or the folded words.
 *
 * @example periodKey('before January 7, 2024'); // => 'ym:2024-01'
 */
export function periodKey(words: string): string {
  const clean = words.trim().replace(/\s+/gu, ' ');
  if (relativeNow.test(clean)) return 'now';
  for (const language of ['vi', 'en'] as const) {
    const found = findPeriods(clean, 0, clean.length, language)[0];
    if (found === undefined) continue;
    const { period } = found;
    if (found.monthly === true) return 'monthly';
    switch (period.kind) {
      case 'at_publication':
        return 'now';
      case 'month':
        return `ym:${period.month}`;
      case 'as_of':
        return `ym:${period.date.slice(0, 7)}`;
      case 'between':
        return `ym:${period.to.slice(0, 7)}`;
      case 'year':
        return `y:${period.year}`;
      case 'stated':
        break;
    }
  }
  const date = /(\d{1,2})[./](\d{1,2})[./](\d{4})/u.exec(clean);
  if (date) return `ym:${date[3]}-${String(Number(date[2])).padStart(2, '0')}`;
  if (
    /từ đầu năm|since the (?:beginning|start) of (?:the|this) year|so far this year|year[- ]to[- ]date/iu.test(
      clean,
    )
  ) {
    return 'ytd';
  }
  const firstMonths =
    /(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+(?:tháng|months)/iu.exec(clean);
  const quarter = /(?:quý|quarter)/iu.test(clean);
  if (
    firstMonths !== null ||
    quarter ||
    /(?:đầu năm|beginning of (?:the|this) year|start of (?:the|this) year)/iu.test(clean)
  ) {
    const year = /(\d{4})/u.exec(clean);
    return `${quarter ? 'quarter' : firstMonths !== null ? 'months' : 'start'}:${year?.[1] ?? 'this-year'}`;
  }
  if (/(?:mỗi|hàng|hằng|một) tháng|(?:each|every|per|a) month|monthly/iu.test(clean)) return 'monthly';
  if (
    /cùng kỳ|same (?:period|time|month) (?:of )?last year|a year (?:earlier|ago|before)|last year/iu.test(
      clean,
    )
  ) {
    return 'year-before';
  }
  if (/end of (?:the|this) year|cuối năm(?! \d)|hết năm(?! \d)/iu.test(clean)) return 'year-end';
  const viMonth = /tháng\s+(\d{1,2})(?![\d/])/iu.exec(clean);
  if (viMonth) return `m:${String(Number(viMonth[1])).padStart(2, '0')}`;
  const month = new RegExp(`(${Object.keys(monthWords).join('|')})`, 'iu').exec(clean);
  if (month) return `m:${monthWords[(month[1] ?? '').toLowerCase()]}`;
  return foldDiacritics(clean);
}

/** Loosely the same period: equal keys, a month without its year against a dated month, or a year against a month in it. */
export function samePeriod(a: string, b: string): boolean {
  const x = periodKey(a);
  const y = periodKey(b);
  if (x === y) return true;
  const monthOnly = (k: string) => (k.startsWith('m:') ? k.slice(2) : undefined);
  const dated = (k: string) => (k.startsWith('ym:') ? k.slice(3) : undefined);
  const mx = monthOnly(x);
  const my = monthOnly(y);
  const dx = dated(x);
  const dy = dated(y);
  if (mx !== undefined && dy !== undefined) return dy.endsWith(`-${mx}`);
  if (my !== undefined && dx !== undefined) return dx.endsWith(`-${my}`);
  if (x.startsWith('y:') && dy !== undefined) return dy.startsWith(x.slice(2));
  if (y.startsWith('y:') && dx !== undefined) return dx.startsWith(y.slice(2));
  return false;
}

function sameNumber(
  gold: number | null,
  qualifier: string | null,
  got: ScoredNumber | undefined,
  percent = false,
): boolean {
  if (gold === null) return true;
  if (got === undefined) return false;
  const equal = percent
    ? sameFixedDecimal(parseFixedDecimal(String(gold)), parseFixedDecimal(String(got.value)))
    : gold === got.value;
  return equal && (qualifier ?? 'exact') === got.qualifier;
}

/** The fields on which a gold figure and a scored figure differ (numbers the gold leaves null are not compared). */
export function differences(gold: GoldFigure, got: ScoredFigure): ScoredField[] {
  const out: ScoredField[] = [];
  const key = samePlaceKey(gold.place);
  if (!got.places.some((p) => samePlaceKey(p) === key)) out.push('place');
  if (gold.indicator !== got.indicator) out.push('indicator');
  if (gold.group !== got.group) out.push('group');
  if (gold.period !== null && (got.period === undefined || !samePeriod(gold.period, got.period)))
    out.push('period');
  if (!sameNumber(gold.numerator, gold.qualifier_numerator, got.numerator)) out.push('numerator');
  if (!sameNumber(gold.denominator, gold.qualifier_denominator, got.denominator)) out.push('denominator');
  if (!sameNumber(gold.percent, gold.qualifier_percent, got.percent, true)) out.push('percent');
  return out;
}

function statedValues(gold: GoldFigure): number[] {
  return [gold.numerator, gold.denominator, gold.percent].filter((v): v is number => v !== null);
}

function scoredValues(got: ScoredFigure): number[] {
  return [got.numerator?.value, got.denominator?.value, got.percent?.value].filter(
    (v): v is number => v !== undefined,
  );
}

const consistentVerdicts = new Set(['reproduced', 'consistent']);

/**
 * Scores the figures extracted from one page against the page's hand-annotated gold figures:
 *
 * - a gold figure is found **whole** when an extracted figure has the same place (compared by
 *   `samePlaceKey`, against the figure's name, the words the text used and the part it covers), indicator,
 *   group and period (loosely, `samePeriod`; not compared when the gold states none) and every number the
 *   gold states, each with its qualifier; each extracted figure finds at most one gold figure;
 * - else it is found **in part** by the extracted figure that shares the most of its stated numbers (at
 *   least one), and the fields that differ are listed; else it is **missed**;
 * - an extracted figure none of whose numbers the page's gold states anywhere is **invented**.
 *
 * The checker is run on the page's extracted figures: for gold figures with an annotated consistency found
 * whole, its verdict is compared (reproduced under half-up over the stated counts means consistent); an
 * extracted figure called inconsistent that no gold figure annotates as inconsistent is counted apart.
 */
export function scorePage(
  article: string,
  extracted: readonly ExtractedFigure[],
  gold: readonly GoldFigure[],
): PageScore {
  const scored = extracted.map(asScored).filter((s): s is ScoredFigure => s !== undefined);
  const used = new Set<number>();
  const outcomes: GoldOutcome[] = [];
  const checks = checkPublishedFigures(
    extracted.map(
      (f) =>
        ({
          ...f,
          source: { title: article, url: null, publishedOn: null, label: 'secondary' },
        }) as unknown as PublishedFigure,
    ),
  );
  const checkOf = (id: string): FigureCheck | undefined => checks.find((c) => c.figure.id === id);
  for (const g of gold) {
    const index = scored.findIndex((s, i) => !used.has(i) && differences(g, s).length === 0);
    if (index !== -1) {
      used.add(index);
      const figure = scored[index]?.figure as ExtractedFigure;
      const check = g.consistent === null ? undefined : checkOf(figure.id);
      outcomes.push({
        gold: g,
        outcome: 'whole',
        figureId: figure.id,
        differs: [],
        ...(check === undefined || g.consistent === null
          ? {}
          : {
              checked: {
                expected: g.consistent,
                got:
                  check.verdict === 'not_checkable' || check.verdict === 'bound'
                    ? undefined
                    : consistentVerdicts.has(check.verdict),
                verdict: check.verdict,
              },
            }),
      });
      continue;
    }
    const values = statedValues(g);
    let best: { s: ScoredFigure; shared: number; differs: ScoredField[] } | undefined;
    for (const s of scored) {
      const shared = scoredValues(s).filter((v) => values.includes(v)).length;
      if (shared === 0) continue;
      const differs = differences(g, s);
      if (
        best === undefined ||
        shared > best.shared ||
        (shared === best.shared && differs.length < best.differs.length)
      ) {
        best = { s, shared, differs };
      }
    }
    outcomes.push(
      best === undefined
        ? { gold: g, outcome: 'missed', figureId: undefined, differs: [] }
        : { gold: g, outcome: 'part', figureId: best.s.figure.id, differs: best.differs },
    );
  }
  const goldValues = new Set(gold.flatMap(statedValues));
  const invented = scored.filter((s) => !scoredValues(s).some((v) => goldValues.has(v)));
  const goldInconsistent = new Set(
    outcomes.filter((o) => o.gold.consistent === false && o.figureId !== undefined).map((o) => o.figureId),
  );
  const falseInconsistent = checks
    .filter((c) => c.verdict === 'inconsistent' && !goldInconsistent.has(c.figure.id))
    .map((c) => c.figure.id);
  return {
    article,
    gold: gold.length,
    extracted: scored.length,
    whole: outcomes.filter((o) => o.outcome === 'whole').length,
    part: outcomes.filter((o) => o.outcome === 'part').length,
    missed: outcomes.filter((o) => o.outcome === 'missed').length,
    invented: invented.length,
    outcomes,
    inventedIds: invented.map((s) => s.figure.id),
    falseInconsistent,
  };
}

function totalsOf(
  pages: readonly PageScore[],
  keepGold: (g: GoldFigure) => boolean,
  extractedOf: (page: PageScore) => number,
): ScoreTotals {
  const outcomes = pages.flatMap((p) => p.outcomes.filter((o) => keepGold(o.gold)));
  const whole = outcomes.filter((o) => o.outcome === 'whole').length;
  const extracted = pages.reduce((n, p) => n + extractedOf(p), 0);
  return {
    gold: outcomes.length,
    extracted,
    whole,
    part: outcomes.filter((o) => o.outcome === 'part').length,
    missed: outcomes.filter((o) => o.outcome === 'missed').length,
    invented: pages.reduce((n, p) => n + p.invented, 0),
    recall: outcomes.length === 0 ? 0 : whole / outcomes.length,
    precision: extracted === 0 ? 0 : whole / extracted,
  };
}

/**
 * Scores a set of pages (`scorePage` on each) and totals recall and precision over all gold figures,
 * without the `other` indicator, and without targets (the corpus README's three views).
 */
export function scoreExtraction(
  pages: readonly {
    readonly article: string;
    readonly extracted: readonly ExtractedFigure[];
    readonly gold: readonly GoldFigure[];
  }[],
): ExtractionScore {
  const scoredPages = pages.map((p) => scorePage(p.article, p.extracted, p.gold));
  const counted = (keep: (s: ScoredFigure) => boolean) => (page: PageScore) => {
    const source = pages.find((p) => p.article === page.article);
    return (source?.extracted ?? [])
      .map(asScored)
      .filter((s): s is ScoredFigure => s !== undefined && keep(s)).length;
  };
  const outcomes = scoredPages.flatMap((p) => p.outcomes);
  const annotated = outcomes.filter((o) => o.gold.consistent !== null);
  const found = annotated.filter((o) => o.checked !== undefined);
  return {
    pages: scoredPages,
    totals: {
      all: totalsOf(
        scoredPages,
        () => true,
        counted(() => true),
      ),
      withoutOther: totalsOf(
        scoredPages,
        (g) => g.indicator !== 'other',
        counted((s) => s.indicator !== 'other'),
      ),
      withoutTargets: totalsOf(
        scoredPages,
        (g) => !isGoldTarget(g),
        counted((s) => !s.target),
      ),
    },
    consistency: {
      annotated: annotated.length,
      found: found.length,
      agreed: found.filter((o) => o.checked?.got === o.checked?.expected).length,
    },
    falseInconsistent: scoredPages.reduce((n, p) => n + p.falseInconsistent.length, 0),
  };
}
