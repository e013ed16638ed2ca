import type { Language } from '../i18n/language.js';
import type { Qualifier } from '../models/published-figure.js';
import type { FixedDecimal } from '../numeric/fixed-decimal.js';
import { spanOf, type TextSpan } from './text-span.js';

/** What a number in a text is: a count, a percent, an amount of money, or `A/B` (two counts). */
export type NumberKind = 'count' | 'percent' | 'money' | 'ratio';

/** A number found in text, with its qualifier and what kind of number it is. */
export interface FoundNumber extends TextSpan {
  readonly kind: NumberKind;
  /** The qualifier word as written (`trên`, `more than`), if any. */
  readonly qualifierText?: string;
  /** The exact value, scale word applied (`1,2 triệu` → 1200000; money in dong). For a ratio, its numerator. */
  readonly value: FixedDecimal;
  readonly qualifier: Qualifier;
  /** True for a percent (kept for readers of `kind`). */
  readonly isPercent: boolean;
  /** Decimals as written (`99,98%` → 2): the precision a percent claims. */
  readonly writtenDecimals: number;
  /** The number as written, without its qualifier (`900` of `trên 900`). */
  readonly numberText: string;
  /** The denominator of a ratio (`171.230` of `8.769/171.230`). */
  readonly denominator?: { readonly value: FixedDecimal; readonly text: string; readonly start: number };
  /** True when written as a word (`two`). */
  readonly word?: boolean;
  /** True for a difference of rates in percentage points (`12,5 điểm phần trăm`, `9.6 percentage points`). */
  readonly points?: boolean;
}

const vietnameseQualifiers: Readonly<Record<string, Exclude<Qualifier, 'exact'>>> = {
  'nhiều hơn': 'over',
  hơn: 'over',
  trên: 'over',
  'gần như': 'nearly',
  gần: 'nearly',
  'xấp xỉ': 'about',
  khoảng: 'about',
  chừng: 'about',
  'ít nhất': 'at_least',
  'tối thiểu': 'at_least',
  'tối đa': 'at_most',
  'không quá': 'at_most',
  'ít hơn': 'under',
  dưới: 'under',
};

const englishQualifiers: Readonly<Record<string, Exclude<Qualifier, 'exact'>>> = {
  'more than': 'over',
  over: 'over',
  above: 'over',
  'upwards of': 'over',
  nearly: 'nearly',
  almost: 'nearly',
  'close to': 'nearly',
  about: 'about',
  around: 'about',
  approximately: 'about',
  roughly: 'about',
  some: 'about',
  'an estimated': 'about',
  'at least': 'at_least',
  'at most': 'at_most',
  'up to': 'at_most',
  'no more than': 'at_most',
  'less than': 'under',
  'fewer than': 'under',
  under: 'under',
  below: 'under',
};

const scaleShift: Readonly<Record<string, number>> = {
  nghìn: 3,
  ngàn: 3,
  triệu: 6,
  tỷ: 9,
  tỉ: 9,
  thousand: 3,
  million: 6,
  millions: 6,
  billion: 9,
  billions: 9,
  bn: 9,
  trillion: 12,
};

const englishNumberWords: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Vietnamese digits in words, read only before a scale word (`hai nghìn`, `gần ba nghìn`): alone they are too common. */
const vietnameseDigitWords: Readonly<Record<string, number>> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

const months =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

/**
 * Spans that hold digits but are not figures. Each pattern that starts with digits is anchored after a
 * non-digit, so a long run of digits is scanned once.
 */
/** Each pattern with a cheap guard: the pattern runs only when its guard matches the text. */
const notFigures: readonly (readonly [RegExp, RegExp])[] = [
  // dates and months: 13.09.2024, 10/10/2023, 2024-01-31, 1/2025, tháng 1/2025, ngày 4 tháng 12 năm 2023
  [/(?<![\d])\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)/gu, /\d[./-]\d/u],
  [/(?<![\d])\d{4}-\d{2}-\d{2}(?!\d)/gu, /\d{4}-/u],
  [/(?<![\d.,])\d{1,2}\/(?:19|20)\d{2}(?!\d)/gu, /\/(?:19|20)\d\d/u],
  [/(?<![\p{L}])(?:ngày|hôm)\s+\d{1,2}(?:\s+tháng\s+\d{1,2})?(?:\s+năm\s+\d{4})?/giu, /ngày|hôm/iu],
  [/(?<![\p{L}])tháng\s+\d{1,2}(?:\s*[/-]\s*\d{2,4}|\s+năm\s+\d{4})?/giu, /tháng/iu],
  [
    /(?<![\p{L}])(?:năm|quý|giai đoạn|niên độ)\s+(?:\d{1,4}\s*[-–]\s*)?\d{1,4}/giu,
    /năm|quý|giai đoạn|niên độ/iu,
  ],
  [
    new RegExp(`(?:${months})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?(?!\\d)`, 'gu'),
    /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/u,
  ],
  [
    new RegExp(`(?<![\\d])\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${months})(?:,?\\s+\\d{4})?`, 'gu'),
    /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/u,
  ],
  [new RegExp(`(?:${months})\\s+\\d{4}`, 'gu'), /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/u],
  [/(?<![\p{L}])(?:the|on the|by the)\s+\d{1,2}(?:st|nd|rd|th)\b/giu, /\d(?:st|nd|rd|th)/iu],
  // times: 18:13, 9h30 (not 99:46%, a mistyped percent)
  [/(?<![\d])\d{1,2}:\d{2}(?::\d{2})?(?![\d]|\s*%)/gu, /\d:\d/u],
  [/(?<![\d])\d{1,2}h\d{2}(?!\d)/gu, /\dh\d/u],
  // legal documents: 1813/QĐ-TTg, 20/2021/NĐ-CP, 60-NQ/TW, Nghị quyết 263, Directive No. 21, Plan No. 246
  [/(?<![\d])\d+(?:\/\d+)*(?:\/|-)[\p{Lu}Đ]{2,}[\p{Lu}Đ\p{L}-]*(?:\/[\p{Lu}Đ-]+)*/gu, /\d[/-]/u],
  [
    /(?<![\p{L}])(?:nghị quyết|quyết định|nghị định|chỉ thị|thông tư|công văn|công điện|kế hoạch|đề án|luật|pháp lệnh|kết luận|tờ trình|văn bản số|directive|decision|decree|resolution|circular|plan|project|law|official dispatch|dispatch|ordinance|conclusion|no\.|#)\s*(?:số\s*|no\.?\s*)?\d+(?:[/.-]\d+)*/giu,
    /nghị|quyết|chỉ thị|thông tư|công|kế hoạch|đề án|luật|pháp lệnh|kết luận|tờ trình|văn bản|directive|decision|decree|resolution|circular|plan|project|law|dispatch|ordinance|conclusion|no\.|#/iu,
  ],
  [
    /(?<![\p{L}])(?:Điều|Khoản|Chương|Mục|Article|Clause|Chapter|Section|Item)\s+\d+(?:[/.-]\d+)*/gu,
    /Điều|Khoản|Chương|Mục|Article|Clause|Chapter|Section|Item/u,
  ],
  // phones
  [/(?<![\d])0\d{2,3}[ .-]?\d{3,4}[ .-]?\d{3,4}(?!\d)/gu, /0\d\d/u],
  // years, unless counted (2025 người) or a percent
  [
    /(?<![\d.,])(?:19|20)\d{2}(?![\d%]|[.,]\d|\s*(?:người|đối tượng|tài khoản|hộ|trường hợp|people|persons|beneficiaries|accounts|households)(?!\p{L}))/gu,
    /(?:19|20)\d\d/u,
  ],
  // ages, durations, times counted, ordinals, levels
  [/(?<![\d])\d+\s*(?:tuổi|years?[- ]old|-year-old)/giu, /tuổi|old/iu],
  [/(?<![\p{L}])aged\s+\d+/giu, /aged/iu],
  // ages without the word: `are over 90 and`, `những người trên 80`
  [
    /(?<![\p{L}])(?:are|were|is|was|aged|people|người|cụ)\s+(?:over|under|above|nearly|almost|about|trên|dưới|ngoài)\s+\d{2,3}(?![\d.,]|\s*(?:%|per\s*cent|percent|pc|people|persons|beneficiaries|người|đối\s+tượng|million|thousand|nghìn|triệu))/giu,
    /(?:over|under|above|nearly|almost|about|trên|dưới|ngoài)\s+\d{2,3}/iu,
  ],
  [
    /(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:ngày|tuần|tháng|năm|giờ|phút|giây|lần|days?|weeks?|months?|years?|hours?|minutes?|decades?|times)(?![\p{L}])/giu,
    /\d\s*(?:ngày|tuần|tháng|năm|giờ|phút|giây|lần|day|week|month|year|hour|minute|decade|time)/iu,
  ],
  [/(?<![\d])\d+(?:st|nd|rd|th)(?![\p{L}])/giu, /\d(?:st|nd|rd|th)/iu],
  [/(?<![\d])\d+[- ](?:level|cấp)(?![\p{L}])/giu, /level|cấp/iu],
  [
    /(?<![\p{L}])(?:lần thứ|thứ|khóa|nhiệm kỳ|kỳ|phần|block|hamlet|group|zone|area|region|room|floor|thôn|xóm|tổ|khối|khu phố|ấp|bản|số nhà|đường|street|road|km|quốc lộ|highway)\s+\d+/giu,
    /(?:thứ|khóa|kỳ|phần|block|hamlet|group|zone|area|region|room|floor|thôn|xóm|tổ|khối|khu phố|ấp|bản|số nhà|đường|street|road|km|quốc lộ|highway)\s+\d/iu,
  ],
  // numbers glued to letters: A4, 5G, F0, Bình17
  [/(?<!VN|US)\p{L}\d+/gu, /\p{L}\d/u],
  [/(?<![\d])\d+(?:[.,]\d+)?(?!\s)(?=\p{L})(?!pc(?![\p{L}]))/gu, /\d\p{L}/u],
];

/** The spans of `text` that are dates, times, document numbers, phones, years, ages or durations. */
export function excludedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const [pattern, guard] of notFigures) {
    if (!guard.test(text)) continue;
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      spans.push([start, start + match[0].length]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

interface Grammar {
  readonly token: RegExp;
  readonly qualifiers: Readonly<Record<string, Exclude<Qualifier, 'exact'>>>;
  readonly groupSeparator: string;
}

const grammar = (language: Language): Grammar => (language === 'vi' ? vietnamese : english);

const vietnamese: Grammar = {
  token: new RegExp(
    `(?<![\\p{L}\\p{N}.,/:])(?:(${alternation(Object.keys(vietnameseQualifiers))})\\s+)?(?:(VNĐ|VND)\\s*)?(\\d{1,3}(?:\\.\\d{3})+(?![\\d])|\\d+)(?:,(\\d+))?(?:\\s*(nghìn|ngàn|triệu|tỷ|tỉ)(?![\\p{L}]))?`,
    'giu',
  ),
  qualifiers: vietnameseQualifiers,
  groupSeparator: '.',
};

const english: Grammar = {
  token: new RegExp(
    `(?<![\\p{L}\\p{N}.,/:])(?:(${alternation(Object.keys(englishQualifiers))})\\s+)?(?:(VND|VNĐ|US\\$|\\$)\\s*)?(\\d{1,3}(?:,\\d{3})+(?![\\d])|\\d+)(?:\\.(\\d+))?(?:\\s*(thousand|millions?|billions?|bn|trillion)(?![\\p{L}]))?`,
    'giu',
  ),
  qualifiers: englishQualifiers,
  groupSeparator: ',',
};

const vietnameseWordToken = new RegExp(
  `(?<![\\p{L}])(?:(${alternation(Object.keys(vietnameseQualifiers))})\\s+)?(${Object.keys(vietnameseDigitWords).join('|')})\\s+(trăm|nghìn|ngàn|triệu)(?![\\p{L}])`,
  'giu',
);

/** `one in three`, `two out of five`: a proportion in words, not a count. */
const proportionInWords =
  /^\s+(?:in|out\s+of)\s+(?:every\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten)(?![\p{L}])/iu;
const proportionBefore =
  /(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:every\s+)?$/iu;

/** `seven`, `Forty-seven`, `ninety-nine`: a number in words up to ninety-nine, with its qualifier. */
const englishWordToken = new RegExp(
  `(?<![\\p{L}-])(?:(${alternation(Object.keys(englishQualifiers))})\\s+)?(${Object.keys(englishNumberWords).join('|')})(?:-(one|two|three|four|five|six|seven|eight|nine))?(?![\\p{L}-])`,
  'giu',
);

/** A mistyped or foreign decimal mark right after a whole number: `99:46%`, `0,54%` in English, `99.46%` in Vietnamese. */
const foreignDecimalPercent = /^[.,:](\d{1,2})\s*%/u;
const percentAfter = /^\s*(?:%|phần trăm(?![\p{L}])|per ?cent(?![\p{L}])|pc(?![\p{L}]))/iu;
const spaceGrouped = /^(?: \d{3})+(?![\d.,])/u;
const spaceGroupedUnit =
  /^\s*(?:người|đối\s+tượng|trường\s+hợp|lượt|tài\s+khoản|thẻ|đồng|VNĐ|VND|%|phần\s+trăm|people|persons|beneficiaries|recipients|pensioners|accounts|dong)(?![\p{L}])/iu;
const pointsAfter =
  /^\s*(?:điểm\s+(?:phần\s+trăm|%)(?![\p{L}])|percentage\s+points?(?![\p{L}])|per\s?cent(?:age)?\s+points?(?![\p{L}])|pp(?![\p{L}]))/iu;
/** `points`, `điểm` alone, read as percentage points only after a change (`gained 6.8 points`). */
const pointsAlone = /^\s*(?:points?|điểm)(?![\p{L}])/iu;
const changeVerbBefore =
  /(?:gained|gains|rose|risen|climbed|increased|fell|dropped|declined|decreased|added|tăng(?:\s+thêm)?|giảm)\s+(?:by\s+)?(?:(?:nearly|about|some|over|more\s+than|gần|khoảng|hơn)\s+)?$/iu;
const moneyAfter = /^\s*(?:đồng|VNĐ|VND|vnđ|dong|USD)(?![\p{L}])/u;
const ratioAfter = /^\s*\/\s*(\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+)(?![\d/])/u;

/** Whole numbers grouped by the other language's convention, read in full. */
function otherGrouping(language: Language): RegExp {
  return language === 'vi' ? /^\d{1,3}(?:,\d{3})+(?![\d,.])/u : /^\d{1,3}(?:\.\d{3})+(?![\d,.])/u;
}

/** Digits long enough to be no figure of people or money (and expensive to read): skipped. */
const longest = 18;

function toFixed(whole: string, fraction: string, shift: number, separator: string): FixedDecimal {
  let units = BigInt(`${whole.split(separator).join('')}${fraction}`);
  let decimals = fraction.length - shift;
  if (decimals < 0) {
    units *= 10n ** BigInt(-decimals);
    decimals = 0;
  }
  return { units, decimals };
}

/**
 * Finds the numbers of a stretch of text read by its language's conventions (Vietnamese `17.472`,
 * `99,98%`, `1,2 triệu`; English `17,472`, `99.98%`, `1.2 million`), with the qualifier before them
 * (`trên 900`, `more than 93%`), and says what each is: a `percent` (`%`, `phần trăm`, `percent`; a decimal
 * mark of the other convention or a mistyped colon is read as one, since `0,54%` or `99:46%` cannot be
 * grouping), `money` (`15.375 tỷ đồng`, `VND 4,157.8 billion`), a `ratio` (`8.769/171.230`, `26/63`) or a
 * `count`. English `one` to `twelve` are read as words. Dates, times, legal document numbers, phones,
 * years, ages, durations and numbers glued to letters are skipped (`excludedSpans`), and so are runs of
 * more than 18 digits. Offsets are into `input`. Never throws. O(n).
 *
 * @example findNumbers('trên 900 người, đạt 100% (tháng 1/2025)').map((n) => n.text); // => ['trên 900', '100%']
 * @example findNumbers('over 115,000 people, 99:46%', 0, undefined, 'en').map((n) => [n.kind, n.value.units]); // => [['count', 115000n], ['percent', 9946n]]
 */
export function findNumbers(
  input: string,
  start = 0,
  end = input.length,
  language: Language = 'vi',
): FoundNumber[] {
  const text = input.slice(start, end);
  const excluded = excludedSpans(text);
  const isExcluded = (from: number, to: number) => {
    // Spans are sorted by start; a binary search would do, but a sentence has few.
    for (const [a, b] of excluded) {
      if (a >= to) break;
      if (from < b && to > a) return true;
    }
    return false;
  };
  const { token, qualifiers, groupSeparator } = grammar(language);
  const found: FoundNumber[] = [];
  token.lastIndex = 0;
  let consumed = 0;
  for (const match of text.matchAll(token)) {
    const [all, matchedQualifier, currency, whole = '', fraction = '', scale] = match;
    let from = match.index ?? 0;
    // `1.234 trên 5.678`: after a number, `trên` means "out of", not "over".
    let qualifierWord = matchedQualifier;
    if (
      qualifierWord !== undefined &&
      /^trên$/iu.test(qualifierWord) &&
      /\d\s*$/u.test(text.slice(Math.max(0, from - 3), from))
    ) {
      from += all.indexOf(whole, qualifierWord.length);
      qualifierWord = undefined;
    }
    // `cao hơn 14,6 điểm`, `higher than`: a comparison's `hơn` says by how much, not "more than".
    if (
      qualifierWord !== undefined &&
      /^hơn$/iu.test(qualifierWord) &&
      /(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+$/iu.test(text.slice(Math.max(0, from - 6), from))
    ) {
      from += all.indexOf(whole, qualifierWord.length);
      qualifierWord = undefined;
    }
    // Inside a number read whole just before (`99:46%`, `8.769/171.230`).
    if (from < consumed) continue;
    const digitsFrom =
      (match.index ?? 0) + all.indexOf(whole, matchedQualifier === undefined ? 0 : matchedQualifier.length);
    let to = (match.index ?? 0) + all.length;
    if (whole.replace(/\D/gu, '').length > longest) continue;
    if (isExcluded(digitsFrom, digitsFrom + whole.length + (fraction === '' ? 0 : fraction.length + 1))) {
      continue;
    }
    let rest = text.slice(to, to + 40);
    let value = toFixed(
      whole,
      fraction,
      scale === undefined ? 0 : (scaleShift[scale.toLowerCase()] ?? 0),
      groupSeparator,
    );
    let writtenDecimals = fraction.length;
    // Grouping of the other convention (5,900 in a Vietnamese text, 17.472 in an English one): a whole
    // count, when no scale word or percent follows.
    // Only when a separator of the other convention follows the digits (cheap test first).
    const mayBeOther = fraction.length === 3 || /^[.,]\d{3}/u.test(rest);
    const other = mayBeOther ? otherGrouping(language).exec(text.slice(digitsFrom, digitsFrom + 40)) : null;
    if (other !== null) {
      const after = text.slice(digitsFrom + other[0].length, digitsFrom + other[0].length + 40);
      if (
        !percentAfter.test(after) &&
        !/^\s*(?:nghìn|ngàn|triệu|tỷ|tỉ|thousand|millions?|billions?|bn|trillion)(?![\p{L}])/iu.test(after)
      ) {
        value = { units: BigInt(other[0].replace(/\D/gu, '')), decimals: 0 };
        writtenDecimals = 0;
        to = digitsFrom + other[0].length;
        rest = after;
      }
    }
    // Thousands grouped by spaces (`17 475 người`, from `17&nbsp;475` or a thin space): read whole when
    // what follows is what a count or a sum of money is of.
    if (
      fraction === '' &&
      scale === undefined &&
      whole.length <= 3 &&
      currency === undefined &&
      rest.charCodeAt(0) === 32
    ) {
      const spaced = spaceGrouped.exec(rest);
      if (spaced !== null && spaceGroupedUnit.test(rest.slice(spaced[0].length))) {
        value = { units: BigInt(`${whole}${spaced[0].replace(/\D/gu, '')}`), decimals: 0 };
        to += spaced[0].length;
        rest = text.slice(to, to + 40);
      }
    }
    let kind: NumberKind = 'count';
    let denominator: FoundNumber['denominator'];
    const foreign =
      fraction === '' && scale === undefined && value.decimals === 0
        ? foreignDecimalPercent.exec(rest)
        : null;
    const percent = percentAfter.exec(rest);
    const points =
      currency === undefined && /điểm|point|pp/iu.test(rest)
        ? (pointsAfter.exec(rest) ??
          // `gained 6.8 points`, `tăng 2,3 điểm`: points alone, after a change.
          (changeVerbBefore.test(text.slice(Math.max(0, from - 24), from)) ? pointsAlone.exec(rest) : null))
        : null;
    if (points !== null) {
      kind = 'percent';
      to += points[0].length;
    } else if (foreign !== null) {
      const decimals = foreign[1] ?? '';
      value = toFixed(whole, decimals, 0, groupSeparator);
      writtenDecimals = decimals.length;
      kind = 'percent';
      to += foreign[0].length;
    } else if (percent !== null && currency === undefined) {
      kind = 'percent';
      to += percent[0].length;
    } else if (currency !== undefined) {
      kind = 'money';
      const after = moneyAfter.exec(rest);
      if (after !== null) to += after[0].length;
    } else {
      const money = moneyAfter.exec(rest);
      const ratio = scale === undefined && fraction === '' ? ratioAfter.exec(rest) : null;
      if (money !== null) {
        kind = 'money';
        to += money[0].length;
      } else if (ratio !== null) {
        const other = ratio[1] ?? '';
        const otherStart = to + ratio[0].indexOf(other);
        if (isExcluded(otherStart, otherStart + other.length)) continue;
        const separator = /^\d{1,3}[.,]\d{3}/u.test(other)
          ? other.includes('.')
            ? '.'
            : ','
          : groupSeparator;
        kind = 'ratio';
        denominator = { value: toFixed(other, '', 0, separator), text: other, start: start + otherStart };
        to += ratio[0].length;
      }
    }
    consumed = to;
    const numberText = text.slice(digitsFrom, to).trim();
    found.push({
      ...spanOf(input, start + from, start + to),
      kind,
      value,
      ...(qualifierWord === undefined ? {} : { qualifierText: qualifierWord }),
      qualifier: qualifierWord === undefined ? 'exact' : (qualifiers[qualifierWord.toLowerCase()] ?? 'exact'),
      isPercent: kind === 'percent',
      writtenDecimals,
      numberText,
      ...(denominator === undefined ? {} : { denominator }),
      ...(points === null ? {} : { points: true }),
    });
  }
  // `99.9 and 98.8 per cent`, `95,4 và 93,8%`: the first number shares the percent sign of the second.
  for (let i = 0; i + 1 < found.length; i += 1) {
    const first = found[i] as FoundNumber;
    const second = found[i + 1] as FoundNumber;
    const gap = input.slice(first.end, second.start);
    const value = Number(first.value.units) / 10 ** first.value.decimals;
    if (
      first.kind === 'count' &&
      second.kind === 'percent' &&
      /^\s*(?:and|và|,)\s*$/iu.test(gap) &&
      value <= 100
    ) {
      found[i] = { ...first, kind: 'percent', isPercent: true };
    }
  }
  if (language === 'en') {
    englishWordToken.lastIndex = 0;
    for (const match of text.matchAll(englishWordToken)) {
      const [all, qualifierWord, word = '', unitWord] = match;
      const from = match.index ?? 0;
      const tens = englishNumberWords[word.toLowerCase()];
      const units = unitWord === undefined ? 0 : (englishNumberWords[unitWord.toLowerCase()] ?? 0);
      // `forty-seven`; not `one-two`.
      if (tens === undefined || (unitWord !== undefined && (tens < 20 || tens % 10 !== 0))) continue;
      const n = tens + units;
      if (
        proportionInWords.test(text.slice(from + all.length, from + all.length + 24)) ||
        proportionBefore.test(text.slice(Math.max(0, from - 24), from))
      ) {
        continue;
      }
      found.push({
        ...spanOf(input, start + from, start + from + all.length),
        kind: 'count',
        value: { units: BigInt(n), decimals: 0 },
        qualifier:
          qualifierWord === undefined ? 'exact' : (englishQualifiers[qualifierWord.toLowerCase()] ?? 'exact'),
        isPercent: false,
        writtenDecimals: 0,
        numberText: unitWord === undefined ? word : `${word}-${unitWord}`,
        word: true,
      });
    }
    found.sort((a, b) => a.start - b.start);
  } else if (/trăm|nghìn|ngàn|triệu/iu.test(text)) {
    vietnameseWordToken.lastIndex = 0;
    for (const match of text.matchAll(vietnameseWordToken)) {
      const [all, qualifierWord, word = '', scale = ''] = match;
      const from = match.index ?? 0;
      const digit = vietnameseDigitWords[word.toLowerCase()];
      const shift = scale.toLowerCase() === 'trăm' ? 2 : (scaleShift[scale.toLowerCase()] ?? 0);
      if (digit === undefined || shift === 0) continue;
      if (found.some((f) => f.start < start + from + all.length && f.end > start + from)) continue;
      found.push({
        ...spanOf(input, start + from, start + from + all.length),
        kind: 'count',
        value: { units: BigInt(digit) * 10n ** BigInt(shift), decimals: 0 },
        qualifier:
          qualifierWord === undefined
            ? 'exact'
            : (vietnameseQualifiers[qualifierWord.toLowerCase()] ?? 'exact'),
        isPercent: false,
        writtenDecimals: 0,
        numberText: `${word} ${scale}`,
        word: true,
      });
    }
    found.sort((a, b) => a.start - b.start);
  }
  return found;
}
