import type { AdminUnit } from '../models/admin-unit.js';
import type { Indicator, Population } from '../models/indicator.js';
import type {
  FigureGroup,
  FigurePeriod,
  Locality,
  PublishedFigureSet,
  StatedCount,
} from '../models/published-figure.js';
import { figurePeriodKey } from '../models/published-figure.js';
import { formatFixedDecimal } from '../numeric/fixed-decimal.js';
import { foldDiacritics } from '../vietnamese/fold-diacritics.js';
import { createLocalityFinder, type LocalityFinder, type LocalityMention } from './find-localities.js';
import { type FoundNumber, findNumbers } from './find-numbers.js';
import { findPeriod } from './find-period.js';
import { articleEnd, type Sentence, splitSentences } from './split-sentences.js';
import { spanOf, type TextSpan } from './text-span.js';

/** Why an extracted figure says what it says: a role and the words it came from. */
export interface Evidence {
  readonly role:
    | 'numerator'
    | 'denominator'
    | 'percent'
    | 'count'
    | 'rank'
    | 'locality'
    | 'period'
    | 'indicator'
    | 'population'
    | 'implied';
  readonly span: TextSpan;
}

type SetFigure = PublishedFigureSet['figures'][number];

/** A figure found in a text: a published-figure record, where its quotes stand, and the words it rests on. */
export type ExtractedFigure = SetFigure & {
  /** Where each quote stands in the input: `input.slice(start, end) === quotes[i]`. */
  readonly spans: readonly TextSpan[];
  readonly evidence: readonly Evidence[];
};

/** Options of `extractFigures`. */
export interface ExtractOptions {
  /** Administrative units, to resolve places to GSO codes and recognise bare commune names. */
  readonly units?: readonly AdminUnit[];
  /** Publication date (ISO): `đến nay` then means "as of" that date. */
  readonly publishedOn?: string;
}

interface Count {
  readonly number: FoundNumber;
  readonly population: Population;
  readonly populationWords: TextSpan;
  readonly locality: LocalityMention | undefined;
  readonly sentence: Sentence;
  used: boolean;
}

const peopleAfter = /^\s*(?:người|đối tượng)(?![\p{L}])/iu;
const accountWords =
  /(?:đã\s+)?(?:có|mở)\s+(?:được\s+)?(?:thẻ\s+|tài\s+khoản)(?:\s*ATM|\s+ngân\s+hàng|\s+cá\s+nhân)?|thẻ\s+ATM/iu;
const paidWords =
  /chi\s+trả[^;]*?(?:qua\s+tài\s+khoản|không\s+dùng\s+tiền\s+mặt)|nhận\s+(?:tiền\s+)?(?:trợ\s+cấp\s+)?qua\s+(?:tài\s+khoản|thẻ\s+ATM)/iu;
const beneficiaryWords = /(?:người|đối\s+tượng)\s+(?:đang\s+)?(?:hưởng|nhận)\s+trợ\s+cấp/iu;
const completedWords = /hoàn\s+thành/iu;
const rankWords =
  /dẫn\s+đầu\s+(?:toàn\s+)?(tỉnh|huyện|cả\s+nước|toàn\s+quốc)|(?:đứng|xếp)\s+(?:thứ\s+)?(\d{1,3})\s+(?:\/\s*\d+\s+)?(?:của\s+)?(?:toàn\s+)?(tỉnh|cả\s+nước|toàn\s+quốc)/iu;

function matchSpan(input: string, offset: number, text: string, pattern: RegExp): TextSpan | undefined {
  const match = pattern.exec(text);
  return match === null
    ? undefined
    : spanOf(input, offset + match.index, offset + match.index + match[0].length);
}

/** The clause around a position: from the previous `;` (or the sentence start) to the next (or its end). */
function clauseAround(input: string, sentence: Sentence, position: number): { start: number; end: number } {
  const before = input.lastIndexOf(';', position);
  const after = input.indexOf(';', position);
  return {
    start: before >= sentence.start ? before + 1 : sentence.start,
    end: after !== -1 && after < sentence.end ? after : sentence.end,
  };
}

/** What a count of people counts, from the words around it (see docs/checking.md). */
function populationOf(
  input: string,
  sentence: Sentence,
  number: FoundNumber,
): { population: Population; words: TextSpan } | undefined {
  const clause = clauseAround(input, sentence, number.start);
  const after = input.slice(number.end, clause.end);
  const before = input.slice(clause.start, number.start);
  const account = matchSpan(input, number.end, after, accountWords);
  if (account !== undefined) return { population: 'account_holders', words: account };
  const paid = matchSpan(input, clause.start, before, paidWords);
  if (paid !== undefined) return { population: 'paid_through_account', words: paid };
  const beneficiaries = matchSpan(input, number.end, after, beneficiaryWords);
  if (beneficiaries !== undefined) return { population: 'monthly_beneficiaries', words: beneficiaries };
  return undefined;
}

function groupOf(text: string): FigureGroup {
  const merit = /người\s+có\s+công/iu.test(text);
  const relatives = /thân\s+nhân/iu.test(text);
  const social = /bảo\s+trợ\s+xã\s+hội/iu.test(text);
  if (merit && !social) return relatives ? 'merit_and_relatives' : 'merit';
  if (social && !merit) return 'social_protection';
  return 'all';
}

function localityOf(mention: LocalityMention): Locality {
  return {
    name: mention.name,
    level: mention.level,
    type: mention.type,
    ...(mention.code === undefined ? {} : { code: mention.code }),
  };
}

/** Equal for two mentions of the same place: its code, else its level and folded name. */
function placeKey(place: LocalityMention | undefined): string {
  if (place === undefined) return '';
  return place.code ?? `${place.level}|${foldDiacritics(place.name)}`;
}

function stated(count: Count): StatedCount {
  return {
    value: Number(count.number.value.units / 10n ** BigInt(count.number.value.decimals)),
    qualifier: count.number.qualifier,
    population: count.population,
    asStated: count.number.text,
    basis: 'stated',
  };
}

/** Just the span of a found thing (a number, a place), for evidence. */
function bare(span: TextSpan): TextSpan {
  return { start: span.start, end: span.end, text: span.text };
}

function slug(text: string): string {
  return foldDiacritics(text)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

/**
 * Extracts published figures from a Vietnamese news page or report, with rules a reader can check:
 *
 * 1. the article ends at the first page-furniture heading (`Tin cùng chuyên mục`, …); sentences are split
 *    with their offsets;
 * 2. numbers are found with their qualifier (`trên 900`), skipping dates, times, document numbers, phones
 *    and years (`findNumbers`); a number followed by `người`/`đối tượng` is a count of people, and the
 *    words around it say whom: `đã có tài khoản` → account holders; `chi trả qua tài khoản` before it →
 *    paid through an account; `người hưởng/nhận trợ cấp` → monthly beneficiaries;
 * 3. each percent becomes a rate: its numerator is the covered count before it in the sentence, its
 *    denominator the latest count of beneficiaries of the same place, in this sentence or an earlier one
 *    (whose sentence is then quoted too); `hoàn thành … 100%` with no count implies numerator =
 *    denominator;
 * 4. place: the nearest place named in the sentence, else the latest one before (`findLocalities`);
 *    period: the sentence's own wording (`findPeriod`), else the time of writing; group: from
 *    `người có công`, `thân nhân`, `bảo trợ xã hội`;
 * 5. counts no rate used become count figures; `dẫn đầu tỉnh` and `đứng thứ N cả nước` become ranks.
 *
 * Every figure keeps its quotes with their offsets and the words each part came from (`evidence`).
 * Never throws on any input. O(n · units).
 *
 * @example extractFigures('Huyện A có 200 người hưởng trợ cấp; đã có 150 người có tài khoản, đạt 75%.').map((f) => f.kind); // => ['rate']
 */
export function extractFigures(input: string, options: ExtractOptions = {}): ExtractedFigure[] {
  const units = options.units ?? [];
  const end = articleEnd(input);
  const sentences = splitSentences(input, end);
  const figures: ExtractedFigure[] = [];
  const counts: Count[] = [];
  /** Counts of beneficiaries by place, in text order: where a percent looks for its denominator. */
  const beneficiaries = new Map<string, Count[]>();
  let context: LocalityMention | undefined;
  const finders = new Map<string | undefined, LocalityFinder>();
  const finderOn = (on: string | undefined) => {
    let finder = finders.get(on);
    if (finder === undefined) {
      finder = createLocalityFinder(units, on);
      finders.set(on, finder);
    }
    return finder;
  };
  const ids = new Map<string, number>();
  const idFor = (base: string) => {
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };

  for (const sentence of sentences) {
    const periodMention = findPeriod(input, sentence.start, sentence.end, options.publishedOn);
    const period: FigurePeriod = periodMention?.period ?? {
      kind: 'at_publication',
      asStated: 'không nêu thời điểm / no period stated',
    };
    const on =
      period.kind === 'as_of' ? period.date : period.kind === 'month' ? `${period.month}-01` : undefined;
    const places = finderOn(on)(input, sentence.start, sentence.end);
    const placeNear = (position: number) => {
      let best: LocalityMention | undefined;
      for (const place of places) {
        if (best === undefined || Math.abs(place.start - position) < Math.abs(best.start - position))
          best = place;
      }
      return best ?? context;
    };
    const numbers = findNumbers(input, sentence.start, sentence.end);
    const sentenceCounts: Count[] = [];
    for (const number of numbers) {
      if (number.isPercent || !peopleAfter.test(input.slice(number.end, sentence.end))) continue;
      // A count of people is a whole number that fits a safe integer; anything else is not one.
      if (number.value.decimals !== 0 || number.value.units > BigInt(Number.MAX_SAFE_INTEGER)) continue;
      const who = populationOf(input, sentence, number);
      if (who === undefined) continue;
      const count: Count = {
        number,
        population: who.population,
        populationWords: who.words,
        locality: placeNear(number.start),
        sentence,
        used: false,
      };
      sentenceCounts.push(count);
      counts.push(count);
      if (count.population === 'monthly_beneficiaries') {
        const key = placeKey(count.locality);
        const list = beneficiaries.get(key) ?? [];
        list.push(count);
        beneficiaries.set(key, list);
      }
    }
    const group = groupOf(sentence.text);
    const periodEvidence: Evidence[] =
      periodMention === undefined ? [] : [{ role: 'period', span: bare(periodMention.span) }];

    for (const percent of numbers.filter((n) => n.isPercent)) {
      const place = placeNear(percent.start);
      const numerator = [...sentenceCounts]
        .reverse()
        .find((c) => c.number.end <= percent.start && c.population !== 'monthly_beneficiaries' && !c.used);
      const candidates = beneficiaries.get(placeKey(numerator?.locality ?? place)) ?? [];
      let denominator: Count | undefined;
      for (let i = candidates.length - 1; i >= 0 && denominator === undefined; i -= 1) {
        const candidate = candidates[i];
        if (candidate !== undefined && candidate.number.end <= percent.start) denominator = candidate;
      }
      const window = input.slice(Math.max(sentence.start, percent.start - 80), percent.end);
      const indicator: Indicator | undefined =
        numerator?.population === 'paid_through_account'
          ? 'paid_through_account_rate'
          : numerator?.population === 'account_holders'
            ? 'account_rate'
            : paidWords.test(window)
              ? 'paid_through_account_rate'
              : accountWords.test(window)
                ? 'account_rate'
                : undefined;
      if (indicator === undefined) continue;
      const locality = numerator?.locality ?? place;
      if (locality === undefined) continue;
      const completed = matchSpan(input, sentence.start, sentence.text, completedWords);
      const evidence: Evidence[] = [{ role: 'percent', span: bare(percent) }, ...periodEvidence];
      let numeratorCount: StatedCount | null = null;
      if (numerator !== undefined) {
        numerator.used = true;
        numeratorCount = stated(numerator);
        evidence.push(
          { role: 'numerator', span: bare(numerator.number) },
          { role: 'population', span: bare(numerator.populationWords) },
        );
      } else if (
        completed !== undefined &&
        denominator !== undefined &&
        denominator.number.qualifier === 'exact' &&
        percent.value.units === 100n * 10n ** BigInt(percent.value.decimals)
      ) {
        const base = stated(denominator);
        numeratorCount = {
          value: base.value,
          qualifier: 'exact',
          population: 'account_holders',
          asStated: percent.text,
          basis: 'implied',
          note: `“${completed.text}” … “${percent.text}”: completed for all`,
        };
        if (indicator === 'paid_through_account_rate')
          numeratorCount = { ...numeratorCount, population: 'paid_through_account' };
        evidence.push({ role: 'implied', span: bare(completed) });
      }
      if (denominator !== undefined) {
        denominator.used = true;
        evidence.push({ role: 'denominator', span: bare(denominator.number) });
      }
      const localityMention = locality;
      if (places.includes(localityMention)) evidence.push({ role: 'locality', span: bare(localityMention) });
      const quoted = [
        ...(denominator !== undefined && denominator.sentence !== sentence ? [denominator.sentence] : []),
        sentence,
      ];
      figures.push({
        kind: 'rate',
        id: idFor(
          `${slug(localityMention.name)}-${indicator.replaceAll('_', '-')}-${slug(figurePeriodKey(period))}`,
        ),
        locality: localityOf(localityMention),
        period,
        group,
        indicator,
        numerator: numeratorCount,
        denominator: denominator === undefined ? null : stated(denominator),
        percent: {
          asStated: percent.text,
          value: formatFixedDecimal(percent.value),
          qualifier: percent.qualifier,
        },
        quotes: quoted.map((s) => s.text),
        spans: quoted.map((s) => spanOf(input, s.start, s.end)),
        evidence,
      });
    }

    const rank = rankWords.exec(sentence.text);
    if (rank !== null) {
      const span = spanOf(input, sentence.start + rank.index, sentence.start + rank.index + rank[0].length);
      const place = placeNear(span.start);
      const indicator: Indicator = paidWords.test(sentence.text)
        ? 'paid_through_account_rate'
        : 'account_rate';
      const scope = (rank[1] ?? rank[3] ?? '').toLowerCase();
      if (place !== undefined) {
        const parentName = units.find(
          (u) => u.code === units.find((v) => v.code === place.code)?.parentCode,
        )?.name;
        figures.push({
          kind: 'rank',
          id: idFor(`${slug(place.name)}-rank-${slug(figurePeriodKey(period))}`),
          locality: localityOf(place),
          period,
          group,
          indicator,
          rank: rank[2] === undefined ? 1 : Number(rank[2]),
          among:
            scope === 'tỉnh' && parentName !== undefined
              ? `các địa phương của tỉnh ${parentName} (localities of ${parentName} province)`
              : `${scope} (as the text says)`,
          quotes: [sentence.text],
          spans: [spanOf(input, sentence.start, sentence.end)],
          evidence: [{ role: 'rank', span }, ...periodEvidence],
        });
      }
    }
    const last = places.at(-1);
    if (last !== undefined) context = last;
  }

  for (const count of counts) {
    if (count.used || count.locality === undefined) continue;
    const period = findPeriod(input, count.sentence.start, count.sentence.end, options.publishedOn);
    figures.push({
      kind: 'count',
      id: idFor(`${slug(count.locality.name)}-${count.population.replaceAll('_', '-')}`),
      locality: localityOf(count.locality),
      period: period?.period ?? {
        kind: 'at_publication',
        asStated: 'không nêu thời điểm / no period stated',
      },
      group: groupOf(count.sentence.text),
      count: stated(count),
      quotes: [count.sentence.text],
      spans: [spanOf(input, count.sentence.start, count.sentence.end)],
      evidence: [
        { role: 'count', span: bare(count.number) },
        { role: 'population', span: bare(count.populationWords) },
        ...(period === undefined ? [] : [{ role: 'period' as const, span: bare(period.span) }]),
      ],
    });
  }
  return figures.sort((a, b) => (a.spans.at(-1)?.start ?? 0) - (b.spans.at(-1)?.start ?? 0));
}
