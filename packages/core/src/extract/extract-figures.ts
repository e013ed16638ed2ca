import type { Language } from '../i18n/language.js';
import type { AdminLevel, AdminUnit } from '../models/admin-unit.js';
import type { Population } from '../models/indicator.js';
import type {
  FigureGroup,
  FigureIndicator,
  FigurePeriod,
  Locality,
  PublishedFigureSet,
  StatedAmount,
  StatedCount,
} from '../models/published-figure.js';
import { figurePeriodKey } from '../models/published-figure.js';
import { type FixedDecimal, formatFixedDecimal, isWholeFixedDecimal } from '../numeric/fixed-decimal.js';
import { foldDiacritics } from '../vietnamese/fold-diacritics.js';
import {
  type Cue,
  findCues,
  groupOf,
  statesImplementing,
  statesTarget,
  type Topic,
  titleGroupOf,
} from './cue-words.js';
import {
  createLocalityFinder,
  inPassing,
  type LocalityFinder,
  type LocalityMention,
} from './find-localities.js';
import { findNumbers } from './find-numbers.js';
import { findPeriods, type PeriodMention } from './find-period.js';
import { inputSpan } from './normalize-page.js';
import { PlaceContext, provinceOfAddress, type ResolvedPlace } from './place-context.js';
import { type Mention, readMentions } from './read-mentions.js';
import { type Page, readPage } from './read-page.js';
import { readUnitsShares } from './read-units-shares.js';
import { type Sentence, splitSentences } from './split-sentences.js';
import { spanOf, type TextSpan } from './text-span.js';

/** Why an extracted figure says what it says: a role and the words it came from. */
export interface Evidence {
  readonly role:
    | 'numerator'
    | 'denominator'
    | 'percent'
    | 'count'
    | 'amount'
    | 'rank'
    | 'locality'
    | 'period'
    | 'indicator'
    | 'population'
    | 'implied'
    | 'target';
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
  /**
   * Whether a unit named without its type word is recognised (default true; `createLocalityFinder`): false
   * for the units of the whole country, whose names include common words.
   */
  readonly bareNames?: boolean;
  /** Publication date (ISO): `đến nay` then means "as of" that date. */
  readonly publishedOn?: string;
  /** The page's language; detected from the text when absent. */
  readonly language?: Language;
}

/** A figure before its id, quotes and spans are set. */
type DraftFigure = ExtractedFigure extends infer F
  ? F extends unknown
    ? Omit<F, 'spans' | 'quotes' | 'id'>
    : never
  : never;

/** A count of people read from a sentence, with what it counts and where and when. */
interface CountItem {
  readonly mention: Mention;
  readonly sentence: number;
  readonly paragraph: number;
  readonly topic: Topic;
  readonly topicCue: Cue | undefined;
  place: ResolvedPlace | undefined;
  readonly period: PeriodMention | undefined;
  readonly group: FigureGroup;
  /** A base stated inside a rate (`out of a total of N`, the B of `A/B`): a denominator, not a figure. */
  readonly embedded: boolean;
  /** An explicit base: `A/B`, `A trên B`, `A out of B`, `out of N …, A`, `N of them`. */
  base: StatedCount | undefined;
  baseSpan: TextSpan | undefined;
  /** The sentence the base was stated in, when not this one. */
  baseSentence?: number;
  /** The count this one is a part of (`trong đó`, `of which`, `including`). */
  partOf: CountItem | undefined;
  /** The count the sentence's parts marker points back to, of whatever kind (`Of the total, …`). */
  within?: CountItem;
  used: boolean;
  id?: string;
}

/** A rate read from a sentence, before its denominator is looked for. */
interface RateItem {
  readonly sentence: number;
  readonly paragraph: number;
  readonly anchor: number;
  readonly indicator: FigureIndicator;
  readonly numerator: CountItem | undefined;
  readonly percent: Mention | undefined;
  place: ResolvedPlace;
  readonly period: PeriodMention | undefined;
  readonly group: FigureGroup;
  readonly cue: Cue | undefined;
  readonly target: boolean;
  readonly completed: TextSpan | undefined;
  denominator: StatedCount | null;
  denominatorSpan: TextSpan | undefined;
  denominatorSentence: number | undefined;
  readonly unitsShare?: { numerator: StatedCount | null; denominator: StatedCount | null; words: string };
}

const populationOf: Readonly<Record<Topic, Population>> = {
  account: 'account_holders',
  paid: 'paid_through_account',
  cash: 'paid_in_cash',
  no_account: 'other',
  process: 'other',
  change: 'other',
  beneficiaries: 'monthly_beneficiaries',
};

/** The topic a rate's indicator stands for, to carry it to a percent that continues it. */
function topicOfIndicator(indicator: FigureIndicator): Topic | undefined {
  return indicator === 'account_rate'
    ? 'account'
    : indicator === 'paid_through_account_rate'
      ? 'paid'
      : undefined;
}

const indicatorOf: Readonly<Record<Topic, FigureIndicator>> = {
  account: 'account_rate',
  paid: 'paid_through_account_rate',
  cash: 'other',
  no_account: 'other',
  process: 'other',
  change: 'other',
  beneficiaries: 'other',
};

/** Words opening a sentence that continues the one before it (its period and group carry over). */
const continuation =
  /^(?:trong\s+đó|trong\s+tổng\s+số\s+(?:đó|này|trên)|cụ\s+thể|cũng\s+theo|ngoài\s+ra|bên\s+cạnh\s+đó|đồng\s+thời|riêng|of\s+(?:these|which|them|whom|the\s+total)|in\s+which|among\s+(?:them|these)|including|specifically|also\s+according|in\s+addition|besides|meanwhile|in\s+particular)(?![\p{L}])/iu;
/** Words after which the counts of a sentence are parts of the count before them. */
const partsMarker =
  /(?<![\p{L}])(?:trong\s+đó|bao\s+gồm|gồm|of\s+(?:these|which|whom|them)|in\s+which|including|among\s+(?:them|whom|these))(?![\p{L}])/giu;
/** A base stated before the count it is the base of: `out of a total of 290,651 …, only 73,748 …`. */
const baseBefore =
  /(?:out\s+of(?:\s+(?:a|the))?(?:\s+total(?:\s+of)?)?|of\s+(?:a|the)\s+total\s+of|(?:trong|trên)\s+(?:tổng\s+)?số|(?:^|[,;:—–-]\s*|^\s*)(?:of|among)\s+(?:the|all|its|their)?)\s*$/iu;
const rankWords =
  /dẫn\s+đầu\s+(?:toàn\s+)?(tỉnh|huyện|cả\s+nước|toàn\s+quốc)|(?:đứng|xếp)\s+(?:thứ\s+)?(\d{1,3})\s+(?:\/\s*\d+\s+)?(?:của\s+)?(?:toàn\s+)?(tỉnh|cả\s+nước|toàn\s+quốc)/iu;
/** Money that is an allowance level, not an amount paid: `500 nghìn đồng/tháng`, `per person`. */
const levelAfter =
  /^\s*(?:\/\s*(?:tháng|người|đối\s+tượng|month|person)|mỗi\s+người|một\s+người|per\s+(?:person|month|head)|a\s+month|each)/iu;
const aggregateWords =
  /tổng|kinh\s+phí|số\s+tiền|chi\s+trả|chi|trả|giải\s+ngân|chuyển|tiền|total|amount|payments?|paid|pays?|paying|disburs|transferr?|funds?|budget|spen[dt]/iu;
/** Words before a change in percentage points: `tăng hơn 20`, `giảm`, `up`, `rose by`, `higher by`. */
const changeBefore =
  /(?:tăng|giảm|cao\s+hơn|thấp\s+hơn|nâng|up|down|rose|risen|grown|grew|climbed|fell|fallen|declined|increased|decreased|gained|dropped|higher|lower|jump(?:ed)?)(?:\s+(?:thêm|lên|by|of|nearly|over|more\s+than|about|some|gần|hơn|khoảng|trên))*\s*$/iu;
/** A period that is a baseline of comparison (`so với tháng 5`, `compared to May 2023`), not the figure's. */
const comparisonBefore =
  /(?:so\s+với(?:\s+(?:cùng\s+kỳ|thời\s+điểm|thời\s+gian|kỳ))?|compared\s+(?:to|with)|from|up\s+from|than(?:\s+in)?)\s*$/iu;
/** Words between a count and a percent that give the percent a subject of its own (`…, tỷ lệ dữ liệu được làm sạch đạt`). */
const ownSubjectWords =
  /(?:tỷ|tỉ)\s+lệ\s+(?!(?:này|đó|là|đạt|chiếm|khoảng)(?![\p{L}]))\p{L}|(?:rate|share|proportion)\s+(?:of|for|in|among)\s|\p{L}+\s+rate\s+(?:was|is|reached|stood)/iu;
/**
 * The words between a place and the percent stated for it: `huyện A (96,8%)`, `huyện B dẫn đầu với 98,2%`,
 * `xã C mới đạt 61,5%`, `Ca Mau City reached 89%`, `Long An Ward and Tan Ninh Ward both recorded 100
 * percent`, `Vinh Thanh Commune in the Dong Thap Muoi area stood at 74.2 percent`.
 */
const placeToPercent = new RegExp(
  [
    '^',
    // a locator after the place: `in the Dong Thap Muoi area`, `(huyện Quế Sơn)`
    '(?:\\s+in\\s+(?:the\\s+)?[\\p{L}\\s-]{0,40}?\\s(?:area|region|district|province)|\\s*\\([^)]{0,60}\\))?',
    '\\s*(?:',
    '\\(|:|[-–]',
    '|,?\\s*(?:(?:mới|chỉ|cũng|đã|đều|dẫn\\s+đầu)\\s+)?(?:(?:có\\s+(?:tỷ|tỉ)\\s+lệ\\s+)?(?:cao|thấp)\\s+hơn\\s*,\\s*)?(?:đạt(?:\\s+(?:cao|thấp)\\s+nhất)?(?:\\s+(?:với|là))?|(?:(?:cao|thấp)\\s+nhất\\s+)?(?:với|là)|(?:có\\s+(?:tỷ|tỉ)\\s+lệ\\s+)?(?:cao|thấp)\\s+nhất\\s*[,:]?)',
    '|\\s+(?:mới|chỉ)',
    '|,?\\s*(?:(?:only|also|both|all|each)\\s+)?(?:reached|(?:(?:is|was|are|were|stood|stands|lags|lagged|trails|trailed|sits|sat)\\s+)?at|is|was|are|were|remains|remained|stays|stayed|paid|pays|with|recorded|had|hit|led\\s+with|managed|achieved|posted|logged|saw)',
    ')?',
    '\\s*(?:tỷ\\s+lệ\\s+|tỉ\\s+lệ\\s+|a\\s+rate\\s+of\\s+)?$',
  ].join(''),
  'iu',
);
/** Before the date of an earlier value: `up from 85.1 percent in`, `tăng từ 85,1% vào`. */
const earlierValueBefore =
  /(?:(?:up|down|rising|rose|climbing|increased|fell|dropped)\s+from|(?:tăng|giảm)\s+từ)\s+(?:\S+\s+){1,3}$/iu;
/** A period that a figure is compared with, not one the text goes on speaking of. */
const comparisonPeriod =
  /same\s+(?:period|time|month|quarter)|an?\s+year\s+(?:earlier|ago|before)|last\s+year|previous\s+year|cùng\s+kỳ|năm\s+trước|năm\s+ngoái/iu;
/** Words that make the date after them an event's (a merger, a department taking charge), not a figure's period. */
const eventBefore =
  /(?:merg(?:ed|er|ing)|sáp\s+nhập|hợp\s+nhất|thành\s+lập|established|in\s+charge|phụ\s+trách)(?:[\s,]+[^\s,.;]+){0,6}[\s,]*$/iu;
const personTitle = /(?<![\p{L}])(?:Ông|Bà|Anh|Chị|Cụ|Mr\.?|Ms\.?|Mrs\.?|Miss)\s+\p{Lu}/u;
/** A photo caption: `… Ảnh: Thanh Tùng`, `(Photo: …)`. */
const caption = /(?:^|\s|\()(?:Ảnh|Photo|Image|Nguồn ảnh)\s*(?::|by\s)|[—–-]\s*\S+\s+Photo/u;
/** Words before the place of an event, not of a figure: `at a conference in Hanoi`, `hội nghị tại …`. */
const venueBefore =
  /(?:conference|meeting|workshop|ceremony|forum|event|hội\s+nghị|hội\s+thảo|buổi\s+làm\s+việc|lễ|diễn\s+đàn)[^.;]{0,25}(?:in|at|tại|ở)\s+$/iu;

function fixedToNumber(value: FixedDecimal): number {
  return Number(value.units / 10n ** BigInt(value.decimals));
}

/**
 * The places of a sentence, with the communes and districts the page named earlier with their type word
 * found by their name alone (`communes such as Mo Rai and Xop … In Mo Rai, only 143 …`): a capitalised
 * name, whole words, where no place was found. Each capitalised word of the sentence looks up only the names
 * that start with it (`PlaceContext.namesStartingWith`).
 */
function withNamesGiven(
  found: LocalityMention[],
  context: PlaceContext,
  text: string,
  sentence: TextSpan,
): LocalityMention[] {
  const added: LocalityMention[] = [];
  for (const word of sentence.text.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}]*/gu)) {
    const candidates = context.namesStartingWith(word[0]);
    if (candidates.length === 0) continue;
    const at = sentence.start + (word.index ?? 0);
    for (const { name, place } of candidates) {
      const { locality } = place;
      if (name.length < 3 || !text.startsWith(name, at)) continue;
      const end = at + name.length;
      if (/\p{L}/u.test(text[end] ?? '')) continue;
      if (found.some((m) => at < m.end && end > m.start) || added.some((m) => at < m.end && end > m.start)) {
        continue;
      }
      added.push({
        ...spanOf(text, at, end),
        name,
        type: locality.type,
        level: locality.level,
        code: locality.code,
        role: 'named',
      });
    }
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.start - b.start);
}

/**
 * The words between two counts that name only the next count's group, after a comma (`), nhóm người có
 * công`, `, and for merit recipients`): the next count is of the same kind as the one before.
 */
function groupBetween(between: string, language: Language): boolean {
  const match =
    /^[\s)]*,\s*(?:(?:và|and)\s+)?(?:(?:for|với)\s+)?([^,;.\d]{3,50}?)\s*(?:có|là|with|had|has)?\s*$/iu.exec(
      between,
    );
  if (match === null) return false;
  const words = match[1] ?? '';
  return (
    groupOf(words, language) !== undefined &&
    findCues(words, 0, words.length, language).every((c) => c.topic === 'beneficiaries')
  );
}

/** How many totals of the same place and group a rate looks through for its base, each way. */
const baseSearchLimit = 64;

/** Before a count in an aside: `, nơi có`, `, where`, `(`, `, with`. */
const asideOpen =
  /(?:,\s*(?:nơi(?:\s+có)?|where(?:\s+there\s+(?:are|were))?|which\s+(?:has|had)|with)|\()\s*(?:(?:hơn|trên|khoảng|gần|chừng|over|about|nearly|around|more\s+than|some)\s+)?$/iu;
/** After a count in an aside, up to the percent: the aside closes, then the percent's verb. */
const asideClose =
  /^[\s\p{L}]{0,30}(?:\)|,)\s*(?:(?:mới|chỉ|đã|vẫn|cũng|only|still)\s+)?(?:đạt|reached|managed|stood\s+at|was\s+at|is\s+at)(?:\s+(?:tỷ|tỉ)\s+lệ[\s\p{L}]{0,20})?[\s,:]*$/iu;

/**
 * The place a list item opens with, when no place was found there (`• Bạch Long Vĩ – 43/43 người – 100%`):
 * a name the units list does not know is still the item's place, not the province the page is about. Its
 * level is the list's (`một số phường, xã` → commune; `một số huyện` → district).
 */
function withListHead(found: LocalityMention[], text: string, sentence: Sentence): LocalityMention[] {
  if (!sentence.listItem) return found;
  const head =
    /^\s*(?:[-–•+*▪●◦]|\d{1,2}[.)])\s*(\p{Lu}[\p{L}]*(?:\s+(?:\p{Lu}[\p{L}]*|\d{1,2})){0,4})\s*(?:[:–—]|-\s|\()/u.exec(
      sentence.text,
    );
  if (head === null) return found;
  const name = head[1] ?? '';
  const start = sentence.start + head[0].indexOf(name);
  const end = start + name.length;
  if (found.some((m) => m.start < end && m.end > start)) return found;
  const lead = sentence.lead?.text ?? '';
  const level: AdminLevel = /xã|phường|thị\s+trấn|commune|ward/iu.test(lead)
    ? 'commune'
    : /huyện|quận|thị\s+xã|district/iu.test(lead)
      ? 'district'
      : 'commune';
  const mention: LocalityMention = {
    ...spanOf(text, start, end),
    name,
    type: undefined,
    level,
    code: undefined,
    role: 'named',
  };
  return [mention, ...found];
}

function bare(span: TextSpan): TextSpan {
  return { start: span.start, end: span.end, text: span.text };
}

/** The counted part of a number: all of it, or of a ratio (`17.328/17.475`) the part before the slash. */
function countedPart(number: TextSpan & { readonly kind: string }): TextSpan {
  const cut = number.kind === 'ratio' ? number.text.indexOf('/') : -1;
  if (cut < 0) return bare(number);
  const text = number.text.slice(0, cut).trimEnd();
  return { start: number.start, end: number.start + text.length, text };
}

function slug(text: string): string {
  return foldDiacritics(text)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

function placeKey(locality: Locality | undefined): string {
  if (locality === undefined) return '';
  const base = locality.code ?? `${locality.level}|${foldDiacritics(locality.name)}`;
  return locality.part === undefined ? base : `${base}|${foldDiacritics(locality.part)}`;
}

/** Calendar position of a period, for comparing loosely: `2024-04`, `2024`, or undefined (now, words). */
function calendarOf(period: FigurePeriod): string | undefined {
  switch (period.kind) {
    case 'month':
      return period.month;
    case 'as_of':
      return period.date.slice(0, 7);
    case 'between':
      return period.to.slice(0, 7);
    case 'year':
      return String(period.year);
    default:
      return undefined;
  }
}

/** Two periods that may be the same time: equal calendar positions, or either one not pinned to the calendar. */
function compatiblePeriods(a: PeriodMention | undefined, b: PeriodMention | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  const x = calendarOf(a.period);
  const y = calendarOf(b.period);
  if (x === undefined || y === undefined) return true;
  return x.startsWith(y) || y.startsWith(x);
}

function statedOf(
  mention: Mention,
  population: Population,
  value?: FixedDecimal,
  text?: string,
): StatedCount {
  const v = value ?? mention.number.value;
  return {
    value: fixedToNumber(v),
    qualifier: value === undefined ? mention.number.qualifier : 'exact',
    population,
    asStated: text ?? countedPart(mention.number).text,
    basis: 'stated',
  };
}

/** A count of people must be a whole number that fits a safe integer. */
function countable(value: FixedDecimal): boolean {
  return isWholeFixedDecimal(value) && fixedToNumber(value) <= Number.MAX_SAFE_INTEGER;
}

/**
 * Extracts published figures from a news page or report, in Vietnamese or English, with rules a reader
 * can check (docs/checking.md):
 *
 * 1. the page is read as it arrives (`readPage`): NFD, odd spaces and line endings normalized; menus,
 *    share buttons and everything after a related-news or comments heading left out; its language detected;
 * 2. numbers are read by the language's conventions with their qualifier, skipping dates, times, document
 *    numbers, phones, years, ages and durations (`findNumbers`); each is a count of people (a noun such as
 *    `người`, `đối tượng`, `beneficiaries`, `pensioners` follows, or a subject such as `số đối tượng … là`
 *    precedes), a percent, an amount of money, or a count of units;
 * 3. the words around each number say what it counts (`findCues`): holding an account, paid through one
 *    (or without cash), paid in cash, without an account, reviewed or verified, a change, or simply on an
 *    allowance; the nearest specific cue wins, a wish (`mong muốn`, `want to`) is not a fact;
 * 4. a percent takes as numerator the count it follows (`150 người, đạt 75%`, `596,974 people (99.46%)`)
 *    or the count it introduces (`93% with 272,253 …`); its indicator comes from that count or its own
 *    words; `100% các tỉnh … thực hiện` and `26/63 provinces … implemented` are shares of units paying
 *    without cash;
 * 5. the denominator is the base the text states with the rate (`8.769/171.230`, `1.234 trên 5.678`,
 *    `out of a total of 290,651`), else a count of beneficiaries of the same place, group and a compatible
 *    period in the same sentence, an earlier one, or (for a printed percent) a later one; a count with a
 *    stated base in its sentence or paragraph is a rate without a printed percent (`có 237 đối tượng … thì
 *    mới có 115 người nhận …`);
 * 6. place: a place in the count's own phrase (`in Long Bien District`), else the nearest place before it
 *    in its sentence (a bracketed or appended parent such as `(huyện Quế Sơn)` only locates; `toàn tỉnh`,
 *    `the district` refer to the latest place of that level), else the place in focus, else the province
 *    the page's address names; `cả nước`, `nationwide` or a ministry reporting make figures national;
 *    period: the nearest period before it in its clause or sentence, else after it in its clause, else the
 *    one in effect (carried within a paragraph, and into a paragraph that continues it); group: its own
 *    words, else its clause's, its sentence's, the paragraph's; `trong đó`/`including` make the counts
 *    after it parts of the count before;
 * 7. counts no rate used become count figures; amounts of money paid (not allowance levels) become amount
 *    figures; the same figure stated twice is one; `dẫn đầu tỉnh` becomes a rank.
 *
 * Every figure keeps its quotes with their offsets into `input` and the words each part came from
 * (`evidence`). Never throws on any input. O(n) in the text, O(f · t) in figures and totals.
 *
 * @example extractFigures('Huyện A có 200 người hưởng trợ cấp; đã có 150 người có tài khoản, đạt 75%.').map((f) => f.kind); // => ['count', 'rate']
 */
export function extractFigures(input: string, options: ExtractOptions = {}): ExtractedFigure[] {
  const page = readPage(input);
  const { text } = page;
  const sentences = splitSentences(page).map((s) =>
    options.language === undefined ? s : { ...s, language: options.language },
  );
  const units = options.units ?? [];
  const finders = new Map<string | undefined, LocalityFinder>();
  const finderOn = (on: string | undefined) => {
    let finder = finders.get(on);
    if (finder === undefined) {
      finder = createLocalityFinder(units, on, options.bareNames === false ? { bareNames: false } : {});
      finders.set(on, finder);
    }
    return finder;
  };
  const context = new PlaceContext(provinceOfAddress(page.url));
  /** The place of a figure stated before any place is named: settled once the page has said what it is about. */
  const unplaced: ResolvedPlace = { locality: { name: '', level: 'national' }, span: undefined };
  // The group the title names alone holds for every figure that names none (`Lào Cai: 97,3% đối tượng bảo
  // trợ xã hội …`).
  const pageGroup =
    page.title === undefined ? undefined : titleGroupOf(page.title, options.language ?? page.language);
  const defaultGroup: FigureGroup = pageGroup ?? 'all';
  // The rate a title is about (`Tỷ lệ chi trả qua tài khoản tăng …`): accounts or payment through them.
  const titleTopic =
    page.title === undefined
      ? undefined
      : findCues(page.title, 0, page.title.length, options.language ?? page.language).find(
          // `qua tài khoản`, `via accounts`; not the programme's name (`không dùng tiền mặt`, `cashless`).
          (c) => (c.topic === 'account' || c.topic === 'paid') && /tài\s+khoản|accounts?/iu.test(c.text),
        );

  const counts: CountItem[] = [];
  const rates: RateItem[] = [];
  const amounts: {
    mention: Mention;
    sentence: number;
    amount: StatedAmount;
    place: ResolvedPlace;
    period: PeriodMention | undefined;
    group: FigureGroup;
    cue: Cue | undefined;
  }[] = [];
  const ranks: ExtractedFigure[] = [];
  let periodInEffect: PeriodMention | undefined;
  let groupInEffect: FigureGroup | undefined;
  let lastParagraph = -1;
  let lastWhole: CountItem | undefined;
  /** The latest count of beneficiaries of the article: what `N of them` refers to, across paragraphs. */
  let lastTotal: CountItem | undefined;
  /** The latest rate of the article: what a bare `the rate was 93%` or `người có công đạt 78%` continues. */
  let lastRate: RateItem | undefined;
  /** The last rate of accounts or of payment through them: what a bare `X đạt 95%` about a place continues. */
  let lastMainRate: RateItem | undefined;

  /** Rates read from the rows of a table, ready to assemble. */
  const tableRates: { figure: DraftFigure; sentence: number; at: number; hasStatedPeriod: boolean }[] = [];

  /**
   * A row of a table (`Rach Gia City | 6,215 | 6,102 | 98.18%`) read by its header: the place column, the
   * column of beneficiaries (the base), the column of people with accounts or paid through them (the
   * header's words say which), and the rate. `Whole province`, `Toàn tỉnh`, `Tổng` name the place in focus.
   */
  const readTableRow = (
    table: NonNullable<Sentence['table']>,
    language: Language,
  ): { figure: DraftFigure; hasStatedPeriod: boolean } | undefined => {
    const heads = table.headerCells;
    const cells = table.cells;
    if (heads.length !== cells.length) return undefined;
    const folded = heads.map((h) => foldDiacritics(h.text));
    const rateColumn = folded.findIndex((h) => /ty le|ti le|rate|percent|%|share/u.test(h));
    const coveredColumn = heads.findIndex(
      (h, i) =>
        i !== rateColumn && findCues(text, h.start, h.end, language).some((c) => c.topic !== 'beneficiaries'),
    );
    const totalColumn = folded.findIndex(
      (h, i) =>
        i !== rateColumn &&
        i !== coveredColumn &&
        /doi tuong|nguoi huong|tong so|so nguoi|beneficiar|recipients|total|people/u.test(h),
    );
    const placeColumn = Math.max(
      0,
      folded.findIndex((h) =>
        /dia phuong|don vi|dia ban|^xa|^huyen|^tinh|locality|district|commune|province|unit|area|place/u.test(
          h,
        ),
      ),
    );
    const cue =
      coveredColumn === -1
        ? undefined
        : findCues(text, heads[coveredColumn]?.start ?? 0, heads[coveredColumn]?.end ?? 0, language).find(
            (c) => c.topic !== 'beneficiaries',
          );
    const topic = cue?.topic ?? topicOfIndicator(lastRate?.indicator ?? 'other');
    if (topic === undefined || topic === 'beneficiaries') return undefined;
    const numberIn = (column: number) => {
      const cell = cells[column];
      return cell === undefined || column < 0
        ? undefined
        : findNumbers(text, cell.start, cell.end, language)[0];
    };
    const covered = numberIn(coveredColumn);
    const total = numberIn(totalColumn);
    const rateCell = numberIn(rateColumn);
    // A rate column prints its percents with or without the sign (`Tỷ lệ (%)` over `98,36`).
    const rate =
      rateCell === undefined ||
      rateCell.kind === 'percent' ||
      rateCell.kind === 'money' ||
      rateCell.kind === 'ratio' ||
      fixedToNumber(rateCell.value) > 100
        ? rateCell
        : { ...rateCell, kind: 'percent' as const, isPercent: true };
    if (covered === undefined && rate === undefined) return undefined;
    const placeCell = cells[placeColumn] as TextSpan;
    // A place's name is short: a cell of thousands of characters is read for its first 200 only.
    const named = finderOn(options.publishedOn ?? page.publishedOn)(
      text,
      placeCell.start,
      Math.min(placeCell.end, placeCell.start + 200),
      language,
    ).find((p) => p.role === 'named' && !inPassing(p));
    const whole = /whole|total|all|toàn|tổng|cả|chung/iu.test(placeCell.text);
    const place: ResolvedPlace | undefined =
      named !== undefined ? context.resolve(named, []) : whole ? context.latest('province') : undefined;
    if (place === undefined) return undefined;
    const captionPeriod =
      table.caption === undefined
        ? undefined
        : findPeriods(text, table.caption.start, table.caption.end, language)[0];
    const period = captionPeriod ?? periodInEffect;
    const count = (n: typeof covered, population: Population): StatedCount | null =>
      n === undefined || n.kind === 'percent' || !countable(n.value)
        ? null
        : {
            value: fixedToNumber(n.value),
            qualifier: n.qualifier,
            population,
            asStated: n.text,
            basis: 'stated',
          };
    const evidence: Evidence[] = [
      ...(rate === undefined ? [] : [{ role: 'percent' as const, span: bare(rate) }]),
      ...(covered === undefined ? [] : [{ role: 'numerator' as const, span: bare(covered) }]),
      ...(total === undefined ? [] : [{ role: 'denominator' as const, span: bare(total) }]),
      ...(cue === undefined ? [] : [{ role: 'population' as const, span: bare(cue) }]),
      ...(period === undefined ? [] : [{ role: 'period' as const, span: bare(period.span) }]),
      ...(place.span === undefined ? [] : [{ role: 'locality' as const, span: bare(place.span) }]),
    ];
    return {
      figure: {
        kind: 'rate',
        locality: place.locality,
        period: period?.period ?? {
          kind: 'at_publication',
          asStated: 'không nêu thời điểm / no period stated',
        },
        group: groupOf(`${table.header.text} ${table.caption?.text ?? ''}`, language) ?? defaultGroup,
        indicator: indicatorOf[topic],
        numerator: count(covered, populationOf[topic]),
        denominator: count(total, 'monthly_beneficiaries'),
        percent:
          rate === undefined || rate.kind !== 'percent'
            ? null
            : { asStated: rate.numberText, value: formatFixedDecimal(rate.value), qualifier: rate.qualifier },
        evidence,
      },
      hasStatedPeriod: period !== undefined,
    };
  };

  sentences.forEach((sentence, si) => {
    const language = sentence.language;
    if (sentence.table !== undefined) {
      const row = readTableRow(sentence.table, language);
      if (row !== undefined) tableRates.push({ ...row, sentence: si, at: sentence.start });
      return;
    }
    const continues = continuation.test(sentence.text);
    if (sentence.paragraph !== lastParagraph) {
      // A period holds until another is stated or a heading opens a new part; a group and a whole hold
      // within a paragraph, or into one that continues it.
      if (sentence.heading) periodInEffect = undefined;
      if (!continues) {
        groupInEffect = undefined;
        lastWhole = undefined;
        context.newParagraph();
      }
      lastParagraph = sentence.paragraph;
    }
    const inherited = sentence.heading ? undefined : periodInEffect;
    const inheritedGroup = sentence.heading ? undefined : groupInEffect;
    const periods = findPeriods(text, sentence.start, sentence.end, language, options.publishedOn).filter(
      (p) =>
        !comparisonBefore.test(text.slice(Math.max(sentence.start, p.span.start - 28), p.span.start)) &&
        !eventBefore.test(text.slice(Math.max(sentence.start, p.span.start - 60), p.span.start)),
    );
    const firstPeriod = periods.find((p) => p.monthly !== true);
    const pageDate = options.publishedOn ?? page.publishedOn;
    const on =
      firstPeriod === undefined
        ? pageDate
        : firstPeriod.period.kind === 'as_of'
          ? firstPeriod.period.date
          : firstPeriod.period.kind === 'month'
            ? `${firstPeriod.period.month}-01`
            : pageDate;
    const places = withListHead(
      withNamesGiven(finderOn(on)(text, sentence.start, sentence.end, language), context, text, sentence),
      text,
      sentence,
    );
    // A sentence without a digit (or, in English, a number word) states no figure: only its places and
    // periods are read, for the sentences after it.
    const mayHoldFigures =
      /\d/u.test(sentence.text) ||
      (language === 'en'
        ? /(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty)(?![\p{L}])/iu.test(
            sentence.text,
          )
        : /(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:trăm|nghìn|ngàn|triệu)(?![\p{L}])/iu.test(
            sentence.text,
          ));
    const numbers = mayHoldFigures ? findNumbers(text, sentence.start, sentence.end, language) : [];
    const mentions = numbers.length === 0 ? [] : readMentions(text, numbers, sentence, language);
    const sentenceGroup = groupOf(sentence.text, language);
    // `Trong (tổng) số người nhận qua tài khoản, …`, `Of those paid through accounts, …`: the opening says
    // what the sentence's counts count.
    const amongOpening = /^\s*(?:trong\s+(?:tổng\s+)?số|among|of)\s+([^,;]{3,80}?),/iu.exec(sentence.text);
    const amongCue =
      amongOpening === null
        ? undefined
        : findCues(text, sentence.start, sentence.start + amongOpening[0].length, language).find(
            (c) => c.topic === 'account' || c.topic === 'paid',
          );
    // The rate a list's lead line names (`Kết quả mở tài khoản tại một số xã:`): what its items are about.
    const leadCue =
      sentence.listItem && sentence.lead !== undefined
        ? findCues(text, sentence.lead.start, sentence.lead.end, language).find(
            (c) => c.topic === 'account' || c.topic === 'paid',
          )
        : undefined;
    const markers = [...sentence.text.matchAll(partsMarker)].map((m) => sentence.start + (m.index ?? 0));

    /** A place in the phrase a number heads: `nearly 5,900 people in Long Bien District`, `… beneficiaries nationwide`. */
    const ownPlace = (mention: Mention): ResolvedPlace | undefined => {
      const own = places.find(
        (p) =>
          p.start >= mention.number.end &&
          p.start < mention.rightEnd &&
          (p.role === 'national' ||
            ((p.role === 'named' || p.role === 'part' || p.role === 'context') &&
              /(?:in|at|of|ở|tại|của|thuộc|trên)\s+(?:the\s+)?$/iu.test(
                text.slice(Math.max(mention.number.end, p.start - 12), p.start),
              ))),
      );
      return own === undefined
        ? undefined
        : context.resolve(
            own,
            places.filter((p) => p.end <= own.start),
          );
    };
    const placeFor = (mention: Mention): ResolvedPlace | undefined => {
      const own = ownPlace(mention);
      if (own !== undefined) return own;
      // `… about 30 percent of the 4 million people on monthly allowances nationwide`: the whole country,
      // said later in the clause, when no place comes before.
      const nationalAfter = places.find(
        (p) => p.role === 'national' && p.start >= mention.number.end && p.end <= mention.clause[1],
      );
      if (
        nationalAfter !== undefined &&
        !places.some((p) => p.end <= mention.number.start && !inPassing(p))
      ) {
        return context.resolve(nationalAfter, []);
      }
      // `Only 61% of the nearly 38,000 people … in Ca Mau Province got …`: a place said later in the
      // clause, when none comes before in the sentence.
      if (!places.some((p) => p.end <= mention.number.start && !inPassing(p))) {
        const later = places.find(
          (p) =>
            p.start >= mention.number.end &&
            p.end <= mention.clause[1] &&
            p.role === 'named' &&
            !inPassing(p) &&
            /(?:in|at|ở|tại|của|trên\s+địa\s+bàn)\s+(?:the\s+)?$/iu.test(
              text.slice(Math.max(mention.number.end, p.start - 24), p.start),
            ),
        );
        if (later !== undefined) return context.resolve(later, []);
      }
      for (let i = places.length - 1; i >= 0; i -= 1) {
        const place = places[i];
        if (place === undefined || place.end > mention.number.start || inPassing(place)) continue;
        // A part holds in its clause, or the whole sentence when the sentence opens with it (`Riêng khu vực
        // A cũ, …; tháng 11 có …`).
        if (
          place.role === 'part' &&
          place.start < mention.clause[0] &&
          !/^\s*(?:riêng|tại|ở|in|at|for|within)\s+(?:the\s+)?$/iu.test(
            text.slice(sentence.start, place.start),
          )
        )
          continue;
        const resolved = context.resolve(place, places.slice(0, i));
        if (resolved !== undefined) return resolved;
      }
      // Nothing named yet (a title, a lead before the first place): what the page turns out to be about.
      return context.focus ?? unplaced;
    };
    const periodFor = (mention: Mention, isAmount = false): PeriodMention | undefined => {
      const usable = periods.filter((p) => isAmount || p.monthly !== true);
      const start = mention.number.start;
      const [clauseStart, clauseEnd] = mention.clause;
      const beforeInClause = usable.filter((p) => p.span.end <= start && p.span.start >= clauseStart).at(-1);
      if (beforeInClause !== undefined) return beforeInClause;
      const afterInClause = usable.find((p) => p.span.start >= mention.number.end && p.span.end <= clauseEnd);
      const beforeInSentence = usable.filter((p) => p.span.end <= start).at(-1);
      return beforeInSentence ?? afterInClause ?? inherited;
    };
    const groupFor = (mention: Mention): FigureGroup =>
      mention.group ??
      groupOf(text.slice(mention.clause[0], mention.clause[1]), language) ??
      sentenceGroup ??
      inheritedGroup ??
      // On a page about people with merit, `đối tượng` (the word for social-assistance beneficiaries, and
      // for beneficiaries at large) counts everyone.
      (pageGroup === 'merit' && /đối\s+tượng/iu.test(text.slice(mention.clause[0], mention.clause[1]))
        ? 'all'
        : defaultGroup);

    // Counts of people.
    const sentenceCounts: CountItem[] = [];
    const byMention = new Map<Mention, CountItem>();
    mentions.forEach((mention, index) => {
      if (mention.role !== 'people' || mention.offTopic || !countable(mention.number.value)) return;
      const marker = markers.filter((m) => m < mention.number.start).at(-1);
      const opensWithParts =
        /^(?:trong\s+đó|trong\s+tổng\s+số\s+(?:đó|này|trên)|of\s+(?:these|which|them|whom|the\s+total)|among)/iu.test(
          sentence.text,
        );
      const wholeInSentence =
        marker === undefined
          ? undefined
          : [...sentenceCounts]
              .reverse()
              .find((c) => c.mention.number.end <= marker && !c.embedded && c.partOf === undefined);
      const whole =
        wholeInSentence ?? (mention.ofThem || (opensWithParts && continues) ? lastWhole : undefined);
      // Coordinated with the count before it (`312/318 đối tượng …, đạt 98,11% và 64/64 người có công`).
      const previous = [...sentenceCounts].reverse().find((c) => !c.embedded);
      const coordinatedFrom = Math.max(
        previous?.mention.number.end ?? 0,
        mentions[index - 1]?.number.end ?? previous?.mention.number.end ?? 0,
      );
      // `Khu vực A cũ có 38,7 nghìn người hưởng, B cũ 20,5 nghìn người`: the next place's count, its words
      // left out, is of the same kind.
      const placeBetween = places.find(
        (p) => p.start >= coordinatedFrom && p.end <= mention.number.start && !inPassing(p),
      );
      const coordinated =
        previous !== undefined &&
        previous.mention.clause === mention.clause &&
        (/(?:^|\s)(?:và|and)\s*$|^\s*,\s*$/iu.test(text.slice(coordinatedFrom, mention.number.start)) ||
          (placeBetween !== undefined &&
            /^\s*,\s*$/u.test(
              text.slice(Math.max(coordinatedFrom, previous.mention.rightEnd), placeBetween.start),
            ) &&
            /^\s*(?:có|là|with|has|had)?\s*$/iu.test(text.slice(placeBetween.end, mention.number.start))) ||
          // `Nhóm bảo trợ xã hội có A người nhận tiền qua tài khoản (75%), nhóm người có công B người (93%)`.
          groupBetween(text.slice(coordinatedFrom, mention.number.start), language))
          ? previous
          : undefined;
      // A base stated before its count (`Of the 214 people … who receive allowances, only 57 …`) counts the
      // beneficiaries, whatever the words around it say.
      const nextMention = mentions[index + 1];
      const previousMention = mentions[index - 1];
      // `30 percent of the 4 million people`: a base after its percent, whatever the words around it.
      const baseOfPercent =
        previousMention?.role === 'percent' &&
        /^\s*of\s+(?:the|all|its|their|(?:the\s+)?[\p{L}-]+['’]s)?\s*$|^\s*(?:của|trên\s+tổng\s+số|trong\s+(?:tổng\s+)?số)\s*$/iu.test(
          text.slice(previousMention.number.end, mention.number.start),
        );
      const embeddedBefore =
        baseOfPercent ||
        baseBefore.test(text.slice(mention.leftStart, mention.number.start)) ||
        (/(?:với|with)\s*$/iu.test(
          text.slice(Math.max(mention.clause[0], mention.number.start - 8), mention.number.start),
        ) &&
          nextMention?.role === 'percent' &&
          nextMention.clause === mention.clause &&
          mention.topic !== 'account' &&
          mention.topic !== 'paid');
      const leaning = mention.topic === undefined || mention.weakTopic;
      // `với người có công, con số này là 26.130 người`: the same measure as the count before, for others.
      const sameMeasure =
        previous !== undefined &&
        /(?:con\s+số\s+(?:này|đó|tương\s+ứng)|(?:the|this)\s+(?:figure|number)(?:\s+\S+){0,2})\s+(?:là|đạt|was|is|stood\s+at|came\s+to)\s*$/iu.test(
          text.slice(Math.max(sentence.start, mention.number.start - 40), mention.number.start),
        )
          ? previous
          : undefined;
      const inheritFrom = leaning ? (whole ?? coordinated ?? sameMeasure) : undefined;
      // `Trong tổng số người nhận qua tài khoản, có 1.127 người có công …, 2.941 đối tượng bảo trợ xã hội`:
      // the people the sentence opens with are what its counts count.
      const amongTopic =
        leaning && inheritFrom === undefined && amongCue !== undefined && mention.number.start > amongCue.end
          ? amongCue
          : undefined;
      // A list item stated by its counts (`- Xã Cẩm Thành: 612/612 người (100%);`) continues the rate before.
      const listTopic =
        sentence.listItem &&
        leaning &&
        inheritFrom === undefined &&
        (mention.number.denominator !== undefined || mention.baseIndex !== undefined)
          ? (leadCue?.topic ?? topicOfIndicator(lastRate?.indicator ?? 'other'))
          : undefined;
      // `đạt 88,9%, tương ứng 416/468 người`: counts restating the percent before them, read with it.
      const restatesPercent =
        previousMention?.role === 'percent' &&
        /^\s*(?:\(|,\s*(?:tương\s+ứng|tương\s+đương|equivalent\s+to|or)|với|with)\s*$/iu.test(
          text.slice(previousMention.number.end, mention.number.start),
        );
      // `61,870 people, or 88.4% of the city's nearly 70,000 beneficiaries, were paid this way`: the words
      // after the base say what the count before the percent counts.
      const afterPercent = mentions[index + 2];
      const subjectOfBase =
        mention.topic === undefined &&
        nextMention?.role === 'percent' &&
        afterPercent?.role === 'people' &&
        /^\s*(?:[\p{L}]+\s*){0,3}(?:\(|,\s*(?:or|hay|tức(?:\s+là)?|chiếm|bằng))\s*$/iu.test(
          text.slice(mention.number.end, nextMention.number.start),
        ) &&
        /^\s*of\s+(?:the|all|its|their|(?:the\s+)?[\p{L}-]+['’]s)?\s*$|^\s*(?:của|trên\s+tổng\s+số|trong\s+(?:tổng\s+)?số)\s*$/iu.test(
          text.slice(nextMention.number.end, afterPercent.number.start),
        ) &&
        afterPercent.topic !== 'beneficiaries'
          ? afterPercent.topic
          : undefined;
      // `of whom 25,912 (94.4%) were paid through bank accounts`: the words the bracketed percent took say
      // what the count before it counts.
      const bracketed =
        mention.topic === undefined &&
        nextMention?.role === 'percent' &&
        /^\s*(?:[\p{L}]+\s*){0,3}\(\s*$/u.test(text.slice(mention.number.end, nextMention.number.start)) &&
        nextMention.specificCue !== undefined
          ? nextMention.specificCue
          : undefined;
      const topic: Topic | undefined = embeddedBefore
        ? 'beneficiaries'
        : inheritFrom !== undefined &&
            (inheritFrom.topic !== 'beneficiaries' ||
              (inheritFrom === coordinated && placeBetween !== undefined))
          ? inheritFrom.topic
          : (listTopic ??
            amongTopic?.topic ??
            mention.topic ??
            subjectOfBase ??
            bracketed?.topic ??
            (restatesPercent ? 'beneficiaries' : undefined));
      if (topic === undefined) return;
      const topicCue =
        inheritFrom !== undefined && topic === inheritFrom.topic
          ? inheritFrom.topicCue
          : amongTopic !== undefined && topic === amongTopic.topic
            ? amongTopic
            : listTopic !== undefined && topic === listTopic
              ? lastRate?.cue
              : subjectOfBase !== undefined && topic === subjectOfBase
                ? afterPercent?.topicCue
                : bracketed !== undefined && topic === bracketed.topic && mention.topic === undefined
                  ? bracketed
                  : mention.topicCue;
      const embedded = mention.isBase || embeddedBefore;
      const baseOfThis = mention.baseIndex === undefined ? undefined : mentions[mention.baseIndex];
      const item: CountItem = {
        mention,
        sentence: si,
        paragraph: sentence.paragraph,
        topic,
        topicCue,
        place: (baseOfThis === undefined ? undefined : ownPlace(baseOfThis)) ?? placeFor(mention),
        period: periodFor(mention),
        group: groupFor(mention),
        embedded,
        base: undefined,
        baseSpan: undefined,
        partOf: whole !== undefined && whole.topic === topic ? whole : undefined,
        ...(whole === undefined ? {} : { within: whole }),
        used: embedded,
      };
      const { denominator } = mention.number;
      if (denominator !== undefined && countable(denominator.value)) {
        // `8.769/171.230`: the base is written with the count.
        item.base = statedOf(mention, 'monthly_beneficiaries', denominator.value, denominator.text);
        item.baseSpan = spanOf(text, denominator.start, denominator.start + denominator.text.length);
      }
      const baseMention = mention.baseIndex === undefined ? undefined : mentions[mention.baseIndex];
      if (baseMention !== undefined && countable(baseMention.number.value)) {
        // `418 out of 452`, `1.234 trên 5.678`, `2,918 of the 4,356`.
        item.base = statedOf(baseMention, 'monthly_beneficiaries');
        item.baseSpan = bare(baseMention.number);
      } else if (
        mention.ofThem &&
        (
          [...sentenceCounts].reverse().find((c) => !c.embedded && c.topic === 'beneficiaries') ??
          lastWhole ??
          lastTotal
        )?.topic === 'beneficiaries'
      ) {
        // `3,610 of whom`, `8,136 of them`: the count named before.
        const named = ([...sentenceCounts]
          .reverse()
          .find((c) => !c.embedded && c.topic === 'beneficiaries') ??
          lastWhole ??
          lastTotal) as CountItem;
        item.base = statedOf(named.mention, 'monthly_beneficiaries');
        item.baseSpan = bare(named.mention.number);
        item.baseSentence = named.sentence;
      }
      // `…, 3,905 are people with meritorious service …, of whom 3,712 were paid by transfer`: the count
      // the marker points back to, not a base the sentence opened with.
      const ofWhomBefore = /(?:of\s+(?:whom|them|these)|among\s+(?:them|whom))\s*,?\s*$/iu.test(
        text.slice(Math.max(sentence.start, mention.number.start - 16), mention.number.start),
      )
        ? [...sentenceCounts].reverse().find((c) => !c.embedded && c.topic === 'beneficiaries')
        : undefined;
      if (item.base === undefined && ofWhomBefore !== undefined && topic !== 'beneficiaries') {
        item.base = statedOf(ofWhomBefore.mention, 'monthly_beneficiaries');
        item.baseSpan = bare(ofWhomBefore.mention.number);
      }
      const baseBeforeIt = [...sentenceCounts]
        .reverse()
        .find((c) => c.embedded && c.mention.baseIndex === undefined && !c.mention.isBase);
      if (item.base === undefined && !embedded && baseBeforeIt !== undefined && topic !== 'beneficiaries') {
        // `out of a total of 290,651 …, only 73,748 …`: the base stated before the count.
        item.base = statedOf(baseBeforeIt.mention, 'monthly_beneficiaries');
        item.baseSpan = bare(baseBeforeIt.mention.number);
      }
      sentenceCounts.push(item);
      byMention.set(mention, item);
      counts.push(item);
      if (item.base !== undefined && item.place !== undefined && (topic === 'account' || topic === 'paid')) {
        // A rate stated by its counts (`3.4 million of the 4.6 million`): what `X reached 92.4%` continues.
        lastRate = {
          sentence: si,
          paragraph: sentence.paragraph,
          anchor: mention.number.start,
          indicator: indicatorOf[topic],
          numerator: item,
          percent: undefined,
          place: item.place,
          period: item.period,
          group: item.group,
          cue: item.topicCue,
          target: false,
          completed: undefined,
          denominator: item.base,
          denominatorSpan: item.baseSpan,
          denominatorSentence: si,
        };
        lastMainRate = lastRate;
      }
    });
    const lastStandalone = [...sentenceCounts].reverse().find((c) => !c.embedded && c.partOf === undefined);
    if (lastStandalone !== undefined) lastWhole = lastStandalone;
    const lastBeneficiaries = [...sentenceCounts]
      .reverse()
      .find((c) => c.topic === 'beneficiaries' && c.partOf === undefined);
    if (lastBeneficiaries !== undefined) lastTotal = lastBeneficiaries;

    // Shares of units paying without cash or passing a threshold: `26/63 tỉnh đã thực hiện`, `5/16 xã đạt
    // trên 95%`, `29 of the 34 provinces … more than 95 per cent …`; the threshold is no figure.
    const thresholds = new Set<Mention>();
    for (const share of readUnitsShares(text, mentions, sentence, language)) {
      const mention = share.numerator;
      if (share.threshold !== undefined) thresholds.add(share.threshold);
      // `9/21 xã, thị trấn của huyện đạt trên 90%`: the place the units belong to, said after them.
      const wordsEnd = share.threshold?.number.start ?? mention.rightEnd;
      const ofPlace = places.find(
        (p) =>
          p.start >= mention.number.end &&
          p.end <= wordsEnd &&
          (p.role === 'named' || p.role === 'context') &&
          /(?:của|thuộc|trên\s+địa\s+bàn|of|in)\s+(?:the\s+)?$/iu.test(
            text.slice(Math.max(mention.number.end, p.start - 16), p.start),
          ),
      );
      const place: ResolvedPlace | undefined = share.provinces
        ? { locality: { name: 'Việt Nam', level: 'national' }, span: undefined }
        : ((ofPlace === undefined
            ? undefined
            : context.resolve(
                ofPlace,
                places.filter((p) => p.end <= ofPlace.start),
              )) ?? placeFor(mention));
      if (place === undefined) continue;
      rates.push({
        sentence: si,
        paragraph: sentence.paragraph,
        anchor: mention.number.start,
        indicator: 'cashless_units_share',
        numerator: undefined,
        percent: undefined,
        place,
        period: periodFor(mention),
        group: groupOf(text.slice(mention.leftStart, mention.clause[1]), language) ?? 'all',
        cue: undefined,
        target: statesTarget(text.slice(sentence.start, mention.number.end), language),
        completed: undefined,
        denominator: null,
        denominatorSpan: undefined,
        denominatorSentence: undefined,
        unitsShare: {
          numerator: {
            value: fixedToNumber(share.numeratorValue),
            qualifier: 'exact',
            population: 'other',
            asStated: share.numeratorText,
            basis: 'stated',
          },
          denominator:
            share.denominatorValue === undefined
              ? null
              : {
                  value: fixedToNumber(share.denominatorValue),
                  qualifier: 'exact',
                  population: 'other',
                  asStated: share.denominatorText ?? '',
                  basis: 'stated',
                },
          words: share.words,
        },
      });
    }

    // Percents.
    const respectivelyWord = /lần\s+lượt|respectively|tương\s+ứng(?=\s+(?:là|đạt)\s)/iu.exec(sentence.text);
    const respectively = respectivelyWord !== null;
    const allPercents = mentions.filter((m) => m.role === 'percent' && !m.offTopic);
    // The percents `lần lượt`/`respectively` pairs: the run of percents joined only by commas and `và`/`and`
    // right after `lần lượt (là|đạt)` or right before `respectively`; all of the sentence's when none is.
    const percentMentions = (() => {
      if (respectivelyWord === null) return allPercents;
      const at = sentence.start + respectivelyWord.index;
      const joined = (a: Mention, b: Mention) =>
        /^[\s,;]*(?:và|and)?\s*$/iu.test(text.slice(a.number.end, b.number.start));
      const after = allPercents.findIndex((m) => m.number.start > at);
      const startsRun =
        after !== -1 &&
        /^(?:\s+(?:là|đạt|ở\s+mức|at|were|was|of))?\s*$/iu.test(
          text.slice(at + respectivelyWord[0].length, (allPercents[after] as Mention).number.start),
        );
      if (startsRun) {
        let end = after;
        while (
          end + 1 < allPercents.length &&
          joined(allPercents[end] as Mention, allPercents[end + 1] as Mention)
        )
          end += 1;
        return end > after ? allPercents.slice(after, end + 1) : allPercents;
      }
      const before = allPercents.filter((m) => m.number.end <= at).length - 1;
      if (before < 1 || !/^\s*$/u.test(text.slice((allPercents[before] as Mention).number.end, at))) {
        return allPercents;
      }
      let first = before;
      while (first > 0 && joined(allPercents[first - 1] as Mention, allPercents[first] as Mention))
        first -= 1;
      return first < before ? allPercents.slice(first, before + 1) : allPercents;
    })();
    const firstPercentAt = percentMentions[0]?.number.start ?? sentence.end;
    const respectivePlaces = respectively
      ? places
          .filter(
            (p) => (p.role === 'named' || p.role === 'part') && !inPassing(p) && p.end <= firstPercentAt,
          )
          .slice(-percentMentions.length)
      : [];
    // `Tỷ lệ của nhóm người có công và nhóm đối tượng bảo trợ xã hội lần lượt là 99,6% và 98,9%`.
    const namedGroups = respectively
      ? text
          .slice(percentMentions[0]?.clause[0] ?? sentence.start, firstPercentAt)
          .split(/\s+(?:và|and)\s+|,\s*/u)
          .map((chunk) => groupOf(chunk, language))
          .filter((g): g is FigureGroup => g !== undefined)
      : [];
    // `… 1.732 người bảo trợ xã hội; người có công … là 414 người. Tỷ lệ … của hai nhóm tương ứng là 92,1%
    // và 94,7%`: the groups counted in the sentence before, in order, and their counts the bases.
    const groupsBefore =
      respectively &&
      namedGroups.length === 0 &&
      /(?:hai|ba|các|cả\s+hai)\s+nhóm|(?:the\s+)?(?:two|three|both)\s+groups/iu.test(
        text.slice(sentence.start, firstPercentAt),
      )
        ? counts.filter(
            (c) =>
              c.sentence === si - 1 &&
              !c.embedded &&
              c.topic === 'beneficiaries' &&
              c.group !== 'all' &&
              c.mention.number.qualifier === 'exact',
          )
        : [];
    const respectiveBases =
      groupsBefore.length === percentMentions.length &&
      new Set(groupsBefore.map((c) => c.group)).size === groupsBefore.length
        ? groupsBefore
        : [];
    const respectiveGroups = respectiveBases.length > 0 ? respectiveBases.map((c) => c.group) : namedGroups;
    // `A là 17.240/17.655 người, B là 36.546/42.459 người; tỷ lệ lần lượt đạt 97,65% và 86,07%`: the
    // percents of the counts stated with their bases before them, in order.
    const countsBefore = respectively
      ? sentenceCounts.filter(
          (c) =>
            !c.embedded &&
            !c.used &&
            c.base !== undefined &&
            c.topic !== 'beneficiaries' &&
            c.mention.number.end <= firstPercentAt,
        )
      : [];
    const respectiveCounts = new Map<Mention, CountItem>();
    if (countsBefore.length >= 2 && countsBefore.length === percentMentions.length) {
      countsBefore.forEach((count, i) => {
        respectiveCounts.set(percentMentions[i] as Mention, count);
      });
    }
    let previousRate: RateItem | undefined;
    mentions.forEach((mention, index) => {
      if (mention.role !== 'percent' || mention.offTopic || thresholds.has(mention)) return;
      // A change in percentage points (`tăng 12,5 điểm phần trăm so với đầu năm`, `up 9.6 percentage
      // points`): a figure of its own (indicator `other`), dated by what it is compared with when the text says.
      if (mention.number.points === true) {
        const lead = text.slice(Math.max(mention.clause[0], mention.number.start - 40), mention.number.start);
        if (!changeBefore.test(lead)) return;
        const place = placeFor(mention);
        if (place === undefined) return;
        const compared = findPeriods(
          text,
          mention.number.end,
          mention.clause[1],
          language,
          options.publishedOn,
        ).find((p) => comparisonBefore.test(text.slice(mention.number.end, p.span.start)));
        const verb = changeBefore.exec(lead);
        const cueStart = mention.number.start - lead.length + (verb?.index ?? lead.length);
        rates.push({
          sentence: si,
          paragraph: sentence.paragraph,
          anchor: mention.number.start,
          indicator: 'other',
          numerator: undefined,
          percent: mention,
          place,
          period: compared ?? periodFor(mention),
          group: groupFor(mention),
          cue: { ...spanOf(text, cueStart, mention.number.end), topic: 'change' },
          target: false,
          completed: undefined,
          denominator: null,
          denominatorSpan: undefined,
          denominatorSentence: undefined,
        });
        return;
      }
      const beforePercent = text.slice(
        Math.max(mention.clause[0], mention.number.start - 40),
        mention.number.start,
      );
      // A change of an amount (`tăng 15%`, `increased by 15%`), not a share of people.
      if (
        /(?:tăng|giảm|(?:increased?|rose|raised|grew|fell|dropped|declined|climbed|jumped|decreased?|cut|(?:was|were|is|are)\s+up|(?:was|were|is|are)\s+down|up|down)(?:\s+by)?)\s*(?:thêm\s+|nearly\s+|about\s+|some\s+|over\s+|more\s+than\s+)?$/iu.test(
          beforePercent,
        )
      ) {
        return;
      }
      const afterPercent = text.slice(mention.number.end, mention.clause[1]);
      if (
        /^\s*(?:of\s+)?(?:các\s+|the\s+)?(?:tỉnh|thành\s+phố|xã|phường|huyện|quận|địa\s+phương|provinces|cities|communes|wards|districts|localities)(?![\p{L}])/iu.test(
          afterPercent,
        )
      ) {
        if (!statesImplementing(afterPercent, language)) return;
        // `100% xã, phường … (64/64 đơn vị) đã triển khai`: the percent of the units share stated after it.
        const shareAfter = rates.findIndex(
          (r) =>
            r.sentence === si &&
            r.unitsShare !== undefined &&
            r.percent === undefined &&
            r.anchor > mention.number.start &&
            r.anchor - mention.number.end < 80,
        );
        if (shareAfter !== -1) {
          rates[shareAfter] = { ...(rates[shareAfter] as RateItem), percent: mention };
          return;
        }
        const provinces = /^\s*(?:of\s+)?(?:các\s+|the\s+)?(?:tỉnh|provinces)/iu.test(afterPercent);
        const place: ResolvedPlace | undefined = provinces
          ? { locality: { name: 'Việt Nam', level: 'national' }, span: undefined }
          : placeFor(mention);
        if (place === undefined) return;
        rates.push({
          sentence: si,
          paragraph: sentence.paragraph,
          anchor: mention.number.start,
          indicator: 'cashless_units_share',
          numerator: undefined,
          percent: mention,
          place,
          period: periodFor(mention),
          group: groupOf(afterPercent, language) ?? defaultGroup,
          cue: undefined,
          target: statesTarget(text.slice(sentence.start, mention.number.end), language),
          completed: undefined,
          denominator: null,
          denominatorSpan: undefined,
          denominatorSentence: undefined,
        });
        return;
      }
      // The count it states (`150 người, đạt 75%`, `596,974 people (99.46%)`), unless the percent has a
      // subject of its own in between (`…7.812 người, tỷ lệ dữ liệu được làm sạch đạt 97,2%`).
      // `Xã Tiền Hải với 3.940 đối tượng đạt 100%`: the count after `với`/`with` is the base of the percent.
      // `Huyện A, nơi có hơn 4.100 đối tượng, mới đạt 72,4%`, `Đối tượng bảo trợ xã hội (khoảng 68 nghìn
      // người) đạt 82,6%`: the beneficiaries of an aside before the percent's verb are its base.
      const withBase =
        [...sentenceCounts].reverse().find(
          (c) =>
            c.embedded &&
            c.mention.clause === mention.clause &&
            c.mention.number.end <= mention.number.start &&
            /(?:với|with)\s*$/iu.test(
              text.slice(Math.max(mention.clause[0], c.mention.number.start - 8), c.mention.number.start),
            ) &&
            // Not another place's (`A, with 32,000 recipients, lags at 90.6%, while B stands at 96.9%`).
            !places.some(
              (p) =>
                p.start > c.mention.number.end &&
                p.end <= mention.number.start &&
                (p.role === 'named' || p.role === 'part') &&
                !inPassing(p),
            ),
        ) ??
        [...sentenceCounts]
          .reverse()
          .find(
            (c) =>
              !c.embedded &&
              !c.used &&
              c.topic === 'beneficiaries' &&
              c.mention.number.end <= mention.number.start &&
              asideOpen.test(
                text.slice(Math.max(sentence.start, c.mention.number.start - 24), c.mention.number.start),
              ) &&
              asideClose.test(text.slice(c.mention.number.end, mention.number.start)),
          );
      if (withBase !== undefined && !withBase.embedded) withBase.used = true;
      const candidate = [...sentenceCounts]
        .reverse()
        .find((c) => !c.embedded && !c.used && c.mention.number.end <= mention.number.start);
      const between =
        candidate === undefined ? '' : text.slice(candidate.mention.number.end, mention.number.start);
      // `…, a rate of 89.77 percent`: an apposition, not a subject of its own.
      const ownSubject =
        ownSubjectWords.test(between) && !/,\s*(?:a|an|the)\s+(?:rate|share)\s+of\s*$/iu.test(between);
      const percentsBetween = mentions.some(
        (m) =>
          m.role === 'percent' &&
          candidate !== undefined &&
          m.number.start > candidate.mention.number.end &&
          m.number.start < mention.number.start,
      );
      // `61,870 people, or 88.4% …`, `1.200 người, tức 80% …`: the percent restates the count before the comma.
      const orJoined = /^\s*(?:[\p{L}]+\s*){0,3},\s*(?:or|hay|tức(?:\s+là)?|chiếm|bằng)\s*$/iu.test(between);
      let numerator =
        respectiveCounts.get(mention) ??
        (candidate !== undefined &&
        candidate.topic !== 'beneficiaries' &&
        (candidate.mention.clause === mention.clause || orJoined) &&
        between.length <= 160 &&
        !ownSubject &&
        !percentsBetween
          ? candidate
          : undefined);
      const next = mentions[index + 1];
      let linkedCounts: CountItem | undefined;
      if (numerator === undefined && next !== undefined) {
        const gap = text.slice(mention.number.end, next.number.start);
        if (
          /^\s*(?:\(|,?\s*(?:with|với)|,\s*(?:tương\s+ứng|tương\s+đương|equivalent\s+to|or))\s*$/iu.test(gap)
        ) {
          numerator = sentenceCounts.find((c) => c.mention === next && c.topic !== 'beneficiaries');
          // `đạt 92%, tương ứng 2.587/3.105 đối tượng`: the counts the percent restates, whatever their noun.
          linkedCounts = sentenceCounts.find(
            (c) =>
              c.mention === next &&
              c.topic === 'beneficiaries' &&
              (c.base !== undefined ||
                /tương\s+ứng|tương\s+đương|equivalent\s+to|^\s*,\s*or\s*$/iu.test(gap)),
          );
          numerator ??= linkedCounts;
        }
      }
      // `about 30 percent of the 4 million people on monthly allowances`: the base after the percent.
      const baseAfter =
        next !== undefined &&
        /^\s*of\s+(?:the|all|its|their|(?:the\s+)?[\p{L}-]+['’]s)?\s*$|^\s*(?:của|trên\s+tổng\s+số|trong\s+(?:tổng\s+)?số)\s*$/iu.test(
          text.slice(mention.number.end, next.number.start),
        )
          ? sentenceCounts.find((c) => c.mention === next)
          : undefined;
      if (baseAfter !== undefined) baseAfter.used = true;
      // `87 pc of the 58,306 people … had bank accounts`: the predicate of the base is the percent's.
      const baseCue = baseAfter?.mention.specificCue;
      // `Thành phố Đồng Hới dẫn đầu với 98,2%`, `như huyện Hiệp Hòa (96,8%)`: a place the percent is
      // stated for, right before it, even when it is named as an example.
      const attached = places
        .filter(
          (p) =>
            (p.role === 'named' || p.role === 'part') &&
            p.end <= mention.number.start &&
            p.start >= mention.clause[0] &&
            (p.aside === undefined || p.aside === 'example') &&
            p.parentOfPrevious !== true,
        )
        .at(-1);
      const attachedPlace =
        attached !== undefined && placeToPercent.test(text.slice(attached.end, mention.number.start))
          ? attached
          : undefined;
      // Counts restated after the percent say whom; the percent's own words say what (`… qua tài khoản đạt
      // 95,1%, tương ứng 21.467/22.573 người`).
      const ownFirst =
        numerator !== undefined && numerator === linkedCounts && mention.specificCue !== undefined;
      let cue = ownFirst ? mention.specificCue : (numerator?.topicCue ?? mention.specificCue ?? baseCue);
      let topic: Topic | undefined = ownFirst
        ? mention.specificCue?.topic
        : (numerator?.topic ?? mention.specificCue?.topic ?? baseCue?.topic);
      let inheritedFrom: RateItem | undefined;
      /** `the rate was 93%`, `up from 41.1%`: the same rate, so the same group unless the words name another. */
      let explicit = false;
      // `That is 87.3 per cent.`, `Tức là đạt 90%.`: the percent of the counts just stated.
      const restates =
        numerator === undefined &&
        /^\s*(?:that|this|which|it)\s+(?:is|was|means|makes|represents|equals)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$|^\s*(?:tức\s+là|như\s+vậy|tương\s+đương|tương\s+ứng)(?:\s+(?:đạt|là|với))?\s*$/iu.test(
          text.slice(sentence.start, mention.number.start),
        );
      if (topic === undefined || topic === 'beneficiaries') {
        // A percent whose words say only whom (`người có công đạt 78%`, `the rate was 93%`), a value before
        // (`up from 41.1%`) or the second of `95,4% và 93,8%`: the rate before it, in this sentence or the last one.
        const sameSentence = previousRate;
        explicit =
          /(?:tỷ|tỉ)\s+lệ\s+(?:này|đó|trên|chung)|(?:the|this|that|overall)\s+(?:rate|figure|share)|(?:up|down)\s+from\s*$|(?:tăng|giảm)\s+từ\s*$|từ\s*$/iu.test(
            beforePercent,
          ) || restates;
        const refers =
          explicit ||
          /(?:^|\s)(?:và|and|,)\s*(?:đạt\s+)?$/iu.test(beforePercent) ||
          mention.topicCue?.weak === true ||
          groupOf(beforePercent, language) !== undefined ||
          statesTarget(text.slice(mention.clause[0], mention.number.start), language) ||
          sentence.listItem ||
          withBase !== undefined ||
          linkedCounts !== undefined ||
          attachedPlace !== undefined ||
          (respectively && percentMentions.length > 1 && percentMentions.includes(mention));
        inheritedFrom = refers
          ? (sameSentence ??
            (attachedPlace !== undefined || linkedCounts !== undefined ? lastMainRate : lastRate))
          : undefined;
        if (inheritedFrom === undefined || inheritedFrom.indicator === 'cashless_units_share') return;
        topic = topicOfIndicator(inheritedFrom.indicator);
        cue = inheritedFrom.cue;
        // A bare `xã A đạt 95,7%` in a list of places is the rate its lead line names, else the one the
        // title is about, if it names one.
        const named = leadCue ?? titleTopic;
        if (sameSentence === undefined && !explicit && named !== undefined) {
          topic = named.topic;
          cue = named;
        }
        if (topic === undefined) return;
        // The rate the counts stated, now with its percent: one figure, not two.
        if (
          restates &&
          inheritedFrom.percent === undefined &&
          inheritedFrom.numerator !== undefined &&
          !inheritedFrom.numerator.used
        ) {
          numerator = inheritedFrom.numerator;
        }
      }
      if (numerator !== undefined) numerator.used = true;
      const respective =
        respectivePlaces.length === percentMentions.length
          ? respectivePlaces[percentMentions.indexOf(mention)]
          : undefined;
      // `tỷ lệ chung`, `the overall rate`: the whole place the page is about, every group.
      const overall = /(?:tỷ|tỉ)\s+lệ\s+chung|overall\s+rate/iu.test(beforePercent);
      const place =
        (respective === undefined ? undefined : context.resolve(respective, [])) ??
        (overall && attachedPlace === undefined ? context.subject : undefined) ??
        (attachedPlace === undefined ? undefined : context.resolve(attachedPlace, [])) ??
        numerator?.place ??
        // The place of the rate it continues, within a paragraph; past it, the place the page is about.
        (inheritedFrom !== undefined &&
        inheritedFrom.paragraph === sentence.paragraph &&
        !places.some((p) => p.end <= mention.number.start && !inPassing(p) && p.start >= mention.clause[0])
          ? inheritedFrom.place
          : placeFor(mention));
      if (place === undefined) return;
      const completed = /hoàn\s+thành|completed?/iu.exec(text.slice(sentence.start, mention.number.start));
      // An earlier value (`up from 69.5% at the end of 2023`) holds for the period stated after it.
      const earlierValue = /(?:up|down)\s+from\s*$|(?:tăng|giảm)\s+từ\s*$|so\s+với\s*$/iu.test(beforePercent);
      const periodAfter = periods.find(
        (p) =>
          p.monthly !== true && p.span.start >= mention.number.end && p.span.start - mention.number.end < 40,
      );
      const ownPeriod = earlierValue && periodAfter !== undefined ? periodAfter : periodFor(mention);
      const rate: RateItem = {
        sentence: si,
        paragraph: sentence.paragraph,
        anchor: numerator?.mention.number.start ?? mention.number.start,
        indicator: indicatorOf[topic],
        numerator,
        percent: mention,
        place,
        period:
          numerator?.period ??
          (inheritedFrom !== undefined && ownPeriod === inherited && inheritedFrom.sentence === si
            ? inheritedFrom.period
            : ownPeriod),
        group:
          (respectiveGroups.length === percentMentions.length
            ? respectiveGroups[percentMentions.indexOf(mention)]
            : undefined) ??
          (numerator !== undefined && numerator === linkedCounts ? groupFor(mention) : undefined) ??
          numerator?.group ??
          (overall && mention.group === undefined
            ? 'all'
            : explicit && inheritedFrom !== undefined && mention.group === undefined
              ? inheritedFrom.group
              : groupFor(mention)),
        cue,
        target: statesTarget(text.slice(sentence.start, mention.number.end), language),
        completed:
          completed === null
            ? undefined
            : spanOf(
                text,
                sentence.start + completed.index,
                sentence.start + completed.index + completed[0].length,
              ),
        denominator:
          numerator?.base ??
          (baseAfter === undefined
            ? withBase === undefined
              ? null
              : statedOf(withBase.mention, 'monthly_beneficiaries')
            : statedOf(baseAfter.mention, 'monthly_beneficiaries')),
        denominatorSpan:
          numerator?.baseSpan ??
          ((baseAfter ?? withBase) === undefined
            ? undefined
            : bare((baseAfter ?? withBase)?.mention.number as TextSpan)),
        denominatorSentence:
          numerator?.base !== undefined
            ? (numerator.baseSentence ?? si)
            : (baseAfter ?? withBase) === undefined
              ? undefined
              : si,
      };
      // `The former A area, with 71,604 recipients, and the former B area, with 111,326, reached 91.2 and
      // 88.84 percent respectively`: each place's base said with it.
      const withPlace =
        respective === undefined
          ? undefined
          : mentions.find(
              (m) =>
                m.number.kind === 'count' &&
                m.number.start > respective.end &&
                /^\s*,?\s*(?:with|có|với)\s+$/iu.test(text.slice(respective.end, m.number.start)),
            );
      if (withPlace !== undefined && rate.denominator === null && countable(withPlace.number.value)) {
        rate.denominator = statedOf(withPlace, 'monthly_beneficiaries');
        rate.denominatorSpan = bare(withPlace.number);
        rate.denominatorSentence = si;
        const item = byMention.get(withPlace);
        if (item !== undefined) item.used = true;
      }
      const respectiveBase = respectiveBases[percentMentions.indexOf(mention)];
      if (respectiveBase !== undefined && rate.denominator === null) {
        rate.denominator = statedOf(respectiveBase.mention, 'monthly_beneficiaries');
        rate.denominatorSpan = bare(respectiveBase.mention.number);
        rate.denominatorSentence = respectiveBase.sentence;
      }
      // `Long An Ward and Tan Ninh Ward both recorded 100 percent`, `… at around 71 percent each`, `huyện A
      // và huyện B đều đạt 100%`: one percent for each of the places before it.
      // `Các xã Tam Chung, Quang Chiểu đạt trên 95%`: a list under a plural type word, then its percent.
      const listed = (() => {
        if (attachedPlace === undefined) return false;
        const at = places.indexOf(attachedPlace);
        let first = at;
        while (
          first > 0 &&
          /^\s*(?:,|và|and)\s*$/iu.test(
            text.slice((places[first - 1] as TextSpan).end, (places[first] as TextSpan).start),
          )
        )
          first -= 1;
        const head = places[first] as TextSpan;
        return (
          first < at &&
          /(?:các|hai|ba|bốn|năm|những)\s+$/iu.test(
            text.slice(Math.max(sentence.start, head.start - 8), head.start),
          )
        );
      })();
      const sharedBy =
        listed ||
        /(?:^|\s)both\s+(?:\S+\s+){0,2}$|(?:^|\s)đều\s+(?:\S+\s+){0,2}$/iu.test(beforePercent) ||
        /^\s*(?:each|apiece|mỗi\s+(?:nơi|địa\s+phương|xã|huyện))(?![\p{L}])/iu.test(
          text.slice(mention.number.end, mention.number.end + 24),
        )
          ? places.filter(
              (p) =>
                p.role === 'named' &&
                (p.aside === undefined || p.aside === 'example') &&
                p.parentOfPrevious !== true &&
                p.end <= mention.number.start &&
                p.start >=
                  (percentMentions[percentMentions.indexOf(mention) - 1]?.number.end ?? sentence.start),
            )
          : [];
      // `đạt 100% ở cả hai nhóm người có công và bảo trợ xã hội`, `100 percent in both groups, merit and
      // social assistance`: one percent for each group named after it.
      const groupsAfter = (() => {
        const after = text.slice(mention.number.end, mention.clause[1]);
        const both =
          /^[^.;]{0,12}?(?:(?:ở|cho|của|với)\s+)?cả\s+(?:hai|ba)\s+nhóm|^[^.;]{0,12}?(?:in|for)\s+(?:both|all\s+three)\s+groups/iu.exec(
            after,
          );
        if (both === null) return [];
        const named = after
          .slice(both[0].length, both[0].length + 120)
          .split(/\s+(?:và|and)\s+|,\s*/u)
          .map((chunk) => groupOf(chunk, language))
          .filter((g): g is FigureGroup => g !== undefined && g !== 'all');
        return [...new Set(named)].length >= 2 ? [...new Set(named)] : [];
      })();
      const each =
        sharedBy.length > 1
          ? sharedBy.flatMap((p) => {
              const resolved = context.resolve(p, []);
              return resolved === undefined ? [] : [{ ...rate, place: resolved, anchor: p.start }];
            })
          : groupsAfter.length > 1
            ? groupsAfter.map((group, k) => ({ ...rate, group, anchor: rate.anchor + k }))
            : [rate];
      rates.push(...each);
      previousRate = rate;
      lastRate = rate;
      if (topicOfIndicator(rate.indicator) !== undefined) lastMainRate = rate;
    });

    // Amounts of money paid.
    mentions.forEach((mention, index) => {
      if (mention.role !== 'money' || !isWholeFixedDecimal(mention.number.value)) return;
      const value = fixedToNumber(mention.number.value);
      if (!Number.isSafeInteger(value)) return;
      const after = text.slice(mention.number.end, mention.number.end + 30);
      const before = text.slice(Math.max(mention.clause[0], mention.number.start - 60), mention.number.start);
      if (
        levelAfter.test(after) ||
        /(?:mức|level|rate\s+of|allowances?\s+of|standard(?:\s+level)?\s+of|worth|được\s+nhận|nhận\s+được)\s*(?:\S+\s*){0,3}$/iu.test(
          before,
        )
      ) {
        return;
      }
      // Dollars (`53.9 million USD`, `US$2 million`) restate an amount in dong or are not allowances paid.
      if (
        /^\s*(?:USD|US\$|dollars?|đô(?:\s+la)?)(?![\p{L}])/iu.test(after) ||
        /(?:US\$|\$|USD)\s*$/u.test(before) ||
        /USD|\$|dollar/iu.test(mention.number.text)
      ) {
        return;
      }
      if (
        !aggregateWords.test(before) &&
        !aggregateWords.test(text.slice(mention.number.end, mention.rightEnd)) &&
        mention.specificCue?.topic !== 'paid'
      )
        return;
      const previousPeople = [...sentenceCounts]
        .reverse()
        .find((c) => c.mention.number.end <= mention.number.start && c.mention.clause === mention.clause);
      const place = placeFor(mention);
      if (place === undefined) return;
      const own = mention.specificCue;
      const channelTopic =
        own?.topic ??
        (previousPeople !== undefined && mentions[index - 1] !== undefined
          ? previousPeople.topic
          : undefined);
      amounts.push({
        mention,
        sentence: si,
        amount: {
          value,
          qualifier: mention.number.qualifier,
          asStated: mention.number.text,
          channel: channelTopic === 'paid' ? 'account' : channelTopic === 'cash' ? 'cash' : 'all',
        },
        place,
        period: periodFor(mention, true),
        group: groupFor(mention),
        cue: own,
      });
    });

    // Ranks.
    const rank = rankWords.exec(sentence.text);
    if (rank !== null) {
      const span = spanOf(text, sentence.start + rank.index, sentence.start + rank.index + rank[0].length);
      const before = places.filter((p) => p.end <= span.start && p.role === 'named' && !inPassing(p)).at(-1);
      const place = before === undefined ? context.focus : context.resolve(before, []);
      if (place !== undefined) {
        const scope = (rank[1] ?? rank[3] ?? '').toLowerCase();
        const parentName = units.find(
          (u) => u.code === units.find((v) => v.code === place.locality.code)?.parentCode,
        )?.name;
        const period = periods.find((p) => p.monthly !== true) ?? inherited;
        ranks.push({
          kind: 'rank',
          id: `${slug(place.locality.name)}-rank`,
          locality: place.locality,
          period: period?.period ?? {
            kind: 'at_publication',
            asStated: 'không nêu thời điểm / no period stated',
          },
          group: sentenceGroup ?? 'all',
          indicator: /chi\s+trả|paid|payment/iu.test(sentence.text)
            ? 'paid_through_account_rate'
            : 'account_rate',
          rank: rank[2] === undefined ? 1 : Number(rank[2]),
          among:
            scope === 'tỉnh' && parentName !== undefined
              ? `các địa phương của tỉnh ${parentName} (localities of ${parentName} province)`
              : `${scope} (as the text says)`,
          quotes: [sentence.text],
          spans: [spanOf(text, sentence.start, sentence.end)],
          evidence: [
            { role: 'rank', span },
            ...(period === undefined ? [] : [{ role: 'period' as const, span: bare(period.span) }]),
          ],
        });
      }
    }

    // What this sentence leaves in effect for the next ones. A person's address (`Ông A, thôn B, xã C`), a
    // photo caption or a meeting's venue does not move the focus, nor set the period, unless the sentence
    // states a figure.
    const person = personTitle.exec(sentence.text);
    const hasFigure = mentions.some((m) => (m.role === 'people' || m.role === 'percent') && !m.offTopic);
    const aside = !hasFigure && (person !== null || caption.test(sentence.text));
    places.forEach((place, i) => {
      const focus =
        !inPassing(place) &&
        !venueBefore.test(text.slice(Math.max(sentence.start, place.start - 40), place.start)) &&
        (hasFigure || person === null || place.start < sentence.start + person.index) &&
        !(aside && person === null);
      if (place.role === 'named' || place.role === 'national') context.note(place, focus);
      if (place.role === 'context' && focus) {
        const resolved = context.resolve(place, places.slice(0, i));
        if (resolved !== undefined) context.focusOn(resolved);
      }
    });
    if (hasFigure && !sentence.heading) context.settleSubject();
    // A comparison (`the same month last year`, `cùng kỳ năm trước`) is that figure's period only.
    // A start (`Từ tháng 7/2025, việc lập danh sách …`) in a sentence without figures dates a change, not
    // the figures after it.
    // A sentence whose only figures are changes in points (`has risen by 12 points since January`) dates
    // its change, not the figures after it.
    const changesOnly =
      mentions.some((m) => m.number.points === true) &&
      !mentions.some((m) => m.role === 'people' || (m.role === 'percent' && m.number.points !== true));
    const lastPeriod = periods
      .filter(
        (p) =>
          p.monthly !== true &&
          !comparisonPeriod.test(p.period.asStated) &&
          // `up from 85.1 percent in July`, `tăng từ 85,1% tháng 7`: an earlier value's date.
          !earlierValueBefore.test(text.slice(Math.max(sentence.start, p.span.start - 40), p.span.start)) &&
          ((hasFigure && !changesOnly) ||
            !(
              /^(?:từ|kể\s+từ|since|from)\s/iu.test(p.period.asStated) ||
              /(?:^|\s)(?:từ|kể\s+từ|since|from)\s*$/iu.test(
                text.slice(Math.max(sentence.start, p.span.start - 8), p.span.start),
              )
            )),
      )
      .at(-1);
    if (lastPeriod !== undefined && !sentence.heading && !aside) periodInEffect = lastPeriod;
    if (sentenceGroup !== undefined && !sentence.heading) groupInEffect = sentenceGroup;
  });

  // Figures stated before any place was named are about what the page is about, if it ever says.
  const subject = context.subject;
  for (const count of counts) if (count.place === unplaced) count.place = subject;
  const settle = <T extends { place: ResolvedPlace }>(list: T[]): void => {
    const placed = list.flatMap((item) =>
      item.place !== unplaced ? [item] : subject === undefined ? [] : [{ ...item, place: subject }],
    );
    // Element by element: a spread of a very long list would overflow the stack.
    list.length = 0;
    for (const item of placed) list.push(item);
  };
  settle(rates);
  settle(amounts);

  // Denominators: the stated base, else a count of beneficiaries of the same place, group and a compatible
  // period, in the same sentence, an earlier one, or (for a printed percent) a later one.
  // Totals indexed by place and group, in text order.
  const keyOf = (place: ResolvedPlace | undefined, group: FigureGroup) =>
    `${group}#${placeKey(place?.locality)}`;
  const totalsByKey = new Map<string, CountItem[]>();
  for (const count of counts) {
    if (count.topic !== 'beneficiaries' || count.partOf !== undefined) continue;
    const key = keyOf(count.place, count.group);
    const list = totalsByKey.get(key) ?? [];
    list.push(count);
    totalsByKey.set(key, list);
  }
  const numerators = new Set(rates.flatMap((r) => (r.numerator === undefined ? [] : [r.numerator])));
  const findBase = (
    anchor: { sentence: number; paragraph: number; position: number },
    place: ResolvedPlace,
    group: FigureGroup,
    period: PeriodMention | undefined,
    atLeast: number | undefined,
    forward: boolean,
    sameParagraphOnly: boolean,
  ): CountItem | undefined => {
    const candidates = totalsByKey.get(keyOf(place, group)) ?? [];
    // A count read as a numerator (`tương ứng 43.870 người`) is nobody's base.
    const usable = (t: CountItem) =>
      !numerators.has(t) &&
      compatiblePeriods(t.period, period) &&
      (atLeast === undefined ||
        t.mention.number.qualifier !== 'exact' ||
        fixedToNumber(t.mention.number.value) >= atLeast);
    const isBefore = (t: CountItem) =>
      t.sentence < anchor.sentence ||
      (t.sentence === anchor.sentence && t.mention.number.end <= anchor.position);
    // The latest usable total before the anchor: search back from the last one before it.
    let low = 0;
    let high = candidates.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (isBefore(candidates[mid] as CountItem)) low = mid + 1;
      else high = mid;
    }
    // The nearest totals only: a base is stated near its rate, and a page of thousands of totals that
    // none fits would otherwise make every rate scan them all.
    for (let i = low - 1; i >= Math.max(0, low - baseSearchLimit); i -= 1) {
      const t = candidates[i] as CountItem;
      if (sameParagraphOnly && t.paragraph !== anchor.paragraph) break;
      if (usable(t)) return t;
    }
    if (!forward) return undefined;
    for (let i = low; i < Math.min(candidates.length, low + baseSearchLimit); i += 1) {
      const t = candidates[i] as CountItem;
      if (usable(t)) return t;
    }
    return undefined;
  };

  for (const rate of rates) {
    if (rate.denominator !== null || rate.indicator === 'cashless_units_share') continue;
    // An earlier value (`up from 82.5% a year earlier`) had its own base, which the text does not give.
    if (rate.period !== undefined && comparisonPeriod.test(rate.period.period.asStated)) continue;
    const numeratorValue =
      rate.numerator !== undefined && rate.numerator.mention.number.qualifier === 'exact'
        ? fixedToNumber(rate.numerator.mention.number.value)
        : undefined;
    const base = findBase(
      { sentence: rate.sentence, paragraph: rate.paragraph, position: rate.anchor },
      rate.place,
      rate.group,
      rate.period,
      numeratorValue,
      true,
      false,
    );
    // A percent with no count of its own takes a base from its sentence, or from anywhere when the text
    // says it was completed for everyone (`hoàn thành … 100%`, whose numerator the base then gives).
    const bare100 =
      rate.numerator === undefined && rate.completed === undefined && base?.sentence !== rate.sentence;
    if (base !== undefined && !bare100) {
      rate.denominator = statedOf(base.mention, 'monthly_beneficiaries');
      rate.denominatorSpan = bare(base.mention.number);
      rate.denominatorSentence = base.sentence;
    }
  }

  // Counts of account holders or of people paid through accounts with a stated base: rates with no percent.
  for (const count of counts) {
    if (count.used || count.embedded || (count.topic !== 'account' && count.topic !== 'paid')) continue;
    if (count.place === undefined) continue;
    let base = count.base;
    let baseSpan = count.baseSpan;
    let baseSentence: number | undefined =
      base === undefined ? undefined : (count.baseSentence ?? count.sentence);
    // `141,267 people …. Of the total, 135,055 received the money in an account`: a part of the
    // beneficiaries, of the same group, has them for its base.
    const whole = count.within;
    if (
      base === undefined &&
      whole !== undefined &&
      whole.topic === 'beneficiaries' &&
      whole.group === count.group &&
      whole.mention.number.qualifier === 'exact'
    ) {
      base = statedOf(whole.mention, 'monthly_beneficiaries');
      baseSpan = bare(whole.mention.number);
      baseSentence = whole.sentence;
    }
    if (base === undefined) {
      // Only a base in the same sentence: a total elsewhere on the page does not make a count a rate.
      const found = findBase(
        { sentence: count.sentence, paragraph: count.paragraph, position: count.mention.number.start },
        count.place,
        count.group,
        count.period,
        count.mention.number.qualifier === 'exact' ? fixedToNumber(count.mention.number.value) : undefined,
        false,
        true,
      );
      if (found !== undefined && found.sentence !== count.sentence) continue;
      if (found !== undefined) {
        base = statedOf(found.mention, 'monthly_beneficiaries');
        baseSpan = bare(found.mention.number);
        baseSentence = found.sentence;
      }
    }
    if (base === undefined) continue;
    count.used = true;
    rates.push({
      sentence: count.sentence,
      paragraph: count.paragraph,
      anchor: count.mention.number.start,
      indicator: indicatorOf[count.topic],
      numerator: count,
      percent: undefined,
      place: count.place,
      period: count.period,
      group: count.group,
      cue: count.topicCue,
      target: false,
      completed: undefined,
      denominator: base,
      denominatorSpan: baseSpan,
      denominatorSentence: baseSentence,
    });
  }

  // Assemble the figures, with quotes and evidence mapped back to the input.
  const ids = new Map<string, number>();
  const idFor = (base: string) => {
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
  const noPeriod: FigurePeriod = {
    kind: 'at_publication',
    asStated: 'không nêu thời điểm / no period stated',
  };
  const periodEvidence = (period: PeriodMention | undefined): Evidence[] =>
    period === undefined ? [] : [{ role: 'period', span: bare(period.span) }];
  const placeEvidence = (place: ResolvedPlace): Evidence[] =>
    place.span === undefined ? [] : [{ role: 'locality', span: bare(place.span) }];
  const quotesOf = (indexes: readonly number[]) =>
    [...new Set(indexes)].sort((a, b) => a - b).map((i) => sentences[i] as Sentence);

  interface Draft {
    readonly figure: DraftFigure;
    /** The count this figure states (a count figure) or divides (a rate's numerator). */
    readonly count?: CountItem;
    readonly sentences: readonly number[];
    readonly at: number;
    readonly key: string;
    readonly hasStatedPeriod: boolean;
  }
  const drafts: Draft[] = [];
  const numbersKey = (
    ...parts: (StatedCount | null | undefined | { asStated: string; value: string; qualifier: string })[]
  ) =>
    parts
      .map((p) =>
        p === null || p === undefined
          ? '-'
          : 'population' in p
            ? `${p.value}${p.qualifier}`
            : `${p.value}%${p.qualifier}`,
      )
      .join('/');

  for (const rate of rates) {
    const percent = rate.percent;
    const statedPercent =
      percent === undefined
        ? null
        : {
            asStated: percent.number.numberText,
            value: formatFixedDecimal(percent.number.value),
            qualifier: percent.number.qualifier,
          };
    let numerator: StatedCount | null =
      rate.unitsShare?.numerator ??
      (rate.numerator === undefined
        ? null
        : statedOf(
            rate.numerator.mention,
            // Counts that only said whom (`tương ứng 2.629 người`) count what the rate counts.
            rate.numerator.topic === 'beneficiaries'
              ? populationOf[topicOfIndicator(rate.indicator) ?? 'beneficiaries']
              : populationOf[rate.numerator.topic],
          ));
    const denominator = rate.unitsShare?.denominator ?? rate.denominator;
    const evidence: Evidence[] = [];
    if (percent !== undefined) evidence.push({ role: 'percent', span: bare(percent.number) });
    if (rate.numerator !== undefined)
      evidence.push({ role: 'numerator', span: countedPart(rate.numerator.mention.number) });
    if (rate.cue !== undefined)
      evidence.push({
        role: rate.numerator === undefined ? 'indicator' : 'population',
        span: bare(rate.cue),
      });
    if (rate.denominatorSpan !== undefined)
      evidence.push({ role: 'denominator', span: rate.denominatorSpan });
    if (
      numerator === null &&
      rate.completed !== undefined &&
      denominator !== null &&
      denominator.qualifier === 'exact' &&
      percent !== undefined &&
      percent.number.value.units === 100n * 10n ** BigInt(percent.number.value.decimals) &&
      percent.number.qualifier === 'exact'
    ) {
      numerator = {
        value: denominator.value,
        qualifier: 'exact',
        population:
          rate.indicator === 'paid_through_account_rate' ? 'paid_through_account' : 'account_holders',
        asStated: percent.number.text,
        basis: 'implied',
        note: `“${rate.completed.text}” … “${percent.number.text}”: completed for all`,
      };
      evidence.push({ role: 'implied', span: bare(rate.completed) });
    }
    evidence.push(...periodEvidence(rate.period), ...placeEvidence(rate.place));
    const period = rate.period?.period ?? noPeriod;
    const topicWords =
      rate.indicator === 'other' && rate.cue !== undefined
        ? rate.cue.text
        : rate.unitsShare !== undefined
          ? rate.unitsShare.words
          : undefined;
    drafts.push({
      figure: {
        kind: 'rate',
        locality: rate.place.locality,
        period,
        group: rate.group,
        indicator: rate.indicator,
        numerator,
        denominator,
        percent: statedPercent,
        ...(rate.target ? { target: true } : {}),
        ...(topicWords === undefined ? {} : { topic: topicWords }),
        evidence,
      },
      ...(rate.numerator === undefined ? {} : { count: rate.numerator }),
      sentences: [
        ...new Set([
          ...(rate.numerator === undefined ? [] : [rate.numerator.sentence]),
          rate.sentence,
          ...(rate.denominatorSentence === undefined ? [] : [rate.denominatorSentence]),
        ]),
      ].sort((a, b) => a - b),
      at: percent?.number.start ?? rate.anchor,
      key: `rate|${rate.indicator}|${rate.group}|${numbersKey(numerator, denominator, statedPercent)}${numerator === null && denominator === null ? `|${placeKey(rate.place.locality)}` : ''}`,
      hasStatedPeriod: rate.period !== undefined,
    });
  }
  for (const count of counts) {
    if (count.used || count.embedded || count.place === undefined) continue;
    const population = populationOf[count.topic];
    const stated = statedOf(count.mention, population);
    drafts.push({
      figure: {
        kind: 'count',
        locality: count.place.locality,
        period: count.period?.period ?? noPeriod,
        group: count.group,
        count: stated,
        ...(population === 'other' && count.topicCue !== undefined ? { topic: count.topicCue.text } : {}),
        evidence: [
          { role: 'count', span: bare(count.mention.number) },
          ...(count.topicCue === undefined
            ? []
            : [{ role: 'population' as const, span: bare(count.topicCue) }]),
          ...periodEvidence(count.period),
          ...placeEvidence(count.place),
        ],
      },
      count,
      sentences: [count.sentence],
      at: count.mention.number.start,
      key: `count|${population}|${count.group}|${numbersKey(stated)}`,
      hasStatedPeriod: count.period !== undefined,
    });
  }
  for (const row of tableRates) {
    const { figure } = row;
    const numbers =
      figure.kind === 'rate' ? numbersKey(figure.numerator, figure.denominator, figure.percent) : '';
    drafts.push({
      figure,
      sentences: [row.sentence],
      at: row.at,
      key: `table|${row.sentence}|${numbers}`,
      hasStatedPeriod: row.hasStatedPeriod,
    });
  }
  for (const amount of amounts) {
    drafts.push({
      figure: {
        kind: 'amount',
        locality: amount.place.locality,
        period: amount.period?.period ?? noPeriod,
        group: amount.group,
        amount: amount.amount,
        evidence: [
          { role: 'amount', span: bare(amount.mention.number) },
          ...(amount.cue === undefined ? [] : [{ role: 'population' as const, span: bare(amount.cue) }]),
          ...periodEvidence(amount.period),
          ...placeEvidence(amount.place),
        ],
      },
      sentences: [amount.sentence],
      at: amount.mention.number.start,
      key: `amount|${amount.group}|${amount.amount.value}${amount.amount.qualifier}`,
      hasStatedPeriod: amount.period !== undefined,
    });
  }

  /** How much a statement of a figure says: its stated counts, and a stated period. */
  const completeness = (draft: Draft): number => {
    const { figure } = draft;
    const counts =
      figure.kind === 'rate' ? [figure.numerator, figure.denominator].filter((c) => c !== null).length : 1;
    return counts * 2 + (draft.hasStatedPeriod ? 1 : 0);
  };

  // The same figure stated twice (a title repeated in the text, a lead repeated later) is one figure.
  drafts.sort((a, b) => a.at - b.at);
  // Figures of two places are two figures, even with the same numbers; a title or heading, which names its
  // place its own way (`Hưng Yên: …` over `toàn tỉnh …`), merges with the body's figure whatever the place.
  const merged: Draft[] = [];
  const mergedSentences: number[][] = [];
  const byKey = new Map<string, number>();
  const byLooseKey = new Map<string, number>();
  const fromHeading = (draft: Draft) => draft.sentences.some((i) => sentences[i]?.heading === true);
  // Only units (a commune, a district, a province with its type) are told apart; a place of no type (an
  // agency's region, a name the text gave alone) may be another name for the same place.
  const isUnit = (draft: Draft) => draft.figure.locality.type !== undefined;
  for (const draft of drafts) {
    const placed = `${draft.key}|${isUnit(draft) ? placeKey(draft.figure.locality) : ''}`;
    let seen = byKey.get(placed);
    if (seen === undefined) {
      const loose = byLooseKey.get(draft.key);
      const other = loose === undefined ? undefined : (merged[loose] as Draft);
      if (
        loose !== undefined &&
        other !== undefined &&
        (fromHeading(draft) || fromHeading(other) || !isUnit(draft) || !isUnit(other))
      ) {
        seen = loose;
      }
    }
    if (seen === undefined) {
      byKey.set(placed, merged.length);
      if (!byLooseKey.has(draft.key)) byLooseKey.set(draft.key, merged.length);
      mergedSentences.push([...draft.sentences]);
      merged.push(draft);
      continue;
    }
    // Keep the fuller statement (a headline is usually the shorter one), with the quotes of both.
    const first = merged[seen] as Draft;
    const fuller = completeness(draft) > completeness(first) ? draft : first;
    const keep =
      !fuller.hasStatedPeriod && (first.hasStatedPeriod || draft.hasStatedPeriod)
        ? {
            ...fuller,
            figure: { ...fuller.figure, period: (first.hasStatedPeriod ? first : draft).figure.period },
          }
        : fuller;
    // The sentences of a figure stated many times are gathered in one array, not copied at each merge.
    const gathered = mergedSentences[seen] as number[];
    for (const index of draft.sentences) gathered.push(index);
    merged[seen] = {
      ...keep,
      at: first.at,
      sentences: gathered,
      hasStatedPeriod: first.hasStatedPeriod || draft.hasStatedPeriod,
    };
  }

  const toInput = (span: TextSpan): TextSpan => {
    const [start, end] = inputSpan(page.normalized, span.start, span.end);
    return spanOf(input, start, end);
  };
  const idOfCount = new Map<CountItem, string>();
  const figures = merged.map((draft): ExtractedFigure => {
    const quoted = quotesOf(draft.sentences);
    const spans = quoted.map((s) => toInput(s));
    const figure = draft.figure;
    const periodSlug = slug(figurePeriodKey(figure.period));
    const what =
      figure.kind === 'rate'
        ? figure.indicator.replaceAll('_', '-')
        : figure.kind === 'count'
          ? figure.count.population.replaceAll('_', '-')
          : 'amount';
    const id = idFor(`${slug(figure.locality.name) || 'place'}-${what}-${periodSlug}`);
    if (draft.count !== undefined) idOfCount.set(draft.count, id);
    return {
      ...figure,
      id,
      quotes: spans.map((s) => s.text),
      spans,
      evidence: figure.evidence.map((e) => ({ role: e.role, span: toInput(e.span) })),
    } as unknown as ExtractedFigure;
  });
  // Parts of a whole (`trong đó`, `of which`, `including`) point to it, so that checking adds them up.
  merged.forEach((draft, i) => {
    const whole = draft.count?.partOf;
    const wholeId = whole === undefined ? undefined : idOfCount.get(whole);
    const figure = figures[i];
    if (wholeId !== undefined && figure !== undefined && figure.id !== wholeId) {
      figures[i] = { ...figure, partOf: wholeId };
    }
  });
  const rankFigures = ranks.map((rank) => {
    const spans = rank.spans.map((s) => toInput(s));
    return {
      ...rank,
      id: idFor(`${rank.id}-${slug(figurePeriodKey(rank.period))}`),
      quotes: spans.map((s) => s.text),
      spans,
      evidence: rank.evidence.map((e) => ({ role: e.role, span: toInput(e.span) })),
    } as ExtractedFigure;
  });
  return [...figures, ...rankFigures].sort(
    (a, b) => (a.spans.at(-1)?.start ?? 0) - (b.spans.at(-1)?.start ?? 0),
  );
}

export type { Page };
