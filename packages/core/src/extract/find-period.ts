import type { Language } from '../i18n/language.js';
import type { FigurePeriod } from '../models/published-figure.js';
import { spanOf, type TextSpan } from './text-span.js';

/** A period found in text, with the words it came from. */
export interface PeriodMention {
  readonly period: FigurePeriod;
  readonly span: TextSpan;
  /**
   * `monthly` for `mỗi tháng`/`each month`: the period of an amount paid, not of a count (`người hưởng trợ
   * cấp hàng tháng` names the allowance, not when).
   */
  readonly monthly?: boolean;
}

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
const validMonth = (month: number) => month >= 1 && month <= 12;
const validDay = (day: number) => day >= 1 && day <= 31;

const monthNumbers: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const monthName =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![\\p{L}])(?:\\.(?=\\s*\\d))?';
const monthOf = (name: string | undefined) => monthNumbers[(name ?? '').toLowerCase()] ?? 0;

type Read = (m: RegExpExecArray) => { period: FigurePeriod; monthly?: boolean } | undefined;
interface Rule {
  readonly pattern: RegExp;
  readonly read: Read;
}

const asOf = (date: string, m: RegExpExecArray): { period: FigurePeriod } => ({
  period: { kind: 'as_of', date, asStated: m[0] },
});
const stated = (m: RegExpExecArray, monthly = false) => ({
  period: { kind: 'stated' as const, asStated: m[0] },
  ...(monthly ? { monthly } : {}),
});

const vietnameseRules: readonly Rule[] = [
  {
    // "từ tháng 1/2023 đến tháng 6/2023"
    pattern: /từ\s+tháng\s+(\d{1,2})\/(\d{4})\s+(?:đến|tới)\s+(?:hết\s+)?tháng\s+(\d{1,2})\/(\d{4})/giu,
    read: (m) => {
      const [a, y, b, z] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
      if (!validMonth(a) || !validMonth(b)) return undefined;
      return {
        period: { kind: 'between', from: `${y}-${pad(a)}-01`, to: lastDayOfMonth(z, b), asStated: m[0] },
      };
    },
  },
  {
    // "tính đến hết tháng 12/2024", "hết tháng 12/2024", "cuối tháng 2/2024", "đến hết tháng 7 năm 2023"
    pattern: /(?:tính\s+)?(?:đến\s+|tới\s+)?(?:hết|cuối)\s+tháng\s+(\d{1,2})(?:\s*\/\s*|\s+năm\s+)(\d{4})/giu,
    read: (m) => {
      const month = Number(m[1]);
      return validMonth(month) ? asOf(lastDayOfMonth(Number(m[2]), month), m) : undefined;
    },
  },
  {
    // "tính đến ngày 15/10/2023", "đến 31.12.2023", "trước ngày 7/1/2024"
    pattern: /(?:tính\s+)?(?:đến|tới|trước)\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/giu,
    read: (m) => {
      const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (!validMonth(month) || !validDay(day)) return undefined;
      return asOf(`${year}-${pad(month)}-${pad(day)}`, m);
    },
  },
  {
    // "hết năm 2024", "cuối năm 2023"
    pattern: /(?:tính\s+)?(?:đến\s+)?(?:hết|cuối)\s+năm\s+(\d{4})/giu,
    read: (m) => asOf(`${m[1]}-12-31`, m),
  },
  {
    // "trong tháng 1/2025", "tháng 1/2025", "đến tháng 2/2024", "tháng 1 năm 2025"
    pattern: /(?:(?:trong|đến|tới)\s+)?tháng\s+(\d{1,2})(?:\s*\/\s*|\s+năm\s+)(\d{4})/giu,
    read: (m) => {
      const month = Number(m[1]);
      return validMonth(month)
        ? { period: { kind: 'month', month: `${m[2]}-${pad(month)}`, asStated: m[0] } }
        : undefined;
    },
  },
  {
    // "từ đầu năm (đến nay)": the year so far
    pattern: /từ\s+đầu\s+năm(?:\s+(\d{4}))?(?:\s+(?:đến|tới)\s+nay)?/giu,
    read: (m) => stated(m),
  },
  {
    // "6 tháng đầu năm 2024", "trong 9 tháng", "quý I/2024", "quý II năm 2024", "đầu năm"
    pattern:
      /(?:(?:trong|sau)\s+)?\d{1,2}\s+tháng\s+(?:đầu\s+)?năm(?:\s+\d{4})?|(?:trong\s+)?quý\s+(?:I{1,3}|IV|[1-4])(?:\s*\/\s*\d{4}|\s+năm\s+\d{4})?|(?:vào\s+|từ\s+)?đầu\s+năm(?:\s+\d{4})?/giu,
    read: (m) => {
      const year = /(\d{4})$/u.exec(m[0]);
      return year === null ? stated(m) : { period: { kind: 'stated', asStated: m[0] } };
    },
  },
  {
    // "cùng kỳ năm 2023": the same time a year before
    pattern: /cùng\s+kỳ(?:\s+năm\s+(?:\d{4}|trước|ngoái))?/giu,
    read: (m) => stated(m),
  },
  {
    // "cuối tháng 11", "trong tháng 9", "tháng 8 vừa qua": a month whose year the text leaves out
    pattern:
      /(?:(?:tính\s+)?(?:đến\s+)?(?:hết|cuối|đầu|giữa)\s+|(?:trong|đến|tới)\s+)?(?:kỳ\s+(?:chi\s+trả\s+)?)?tháng\s+(\d{1,2})(?![\d/])(?!\s+năm\s+\d)(?:\s+(?:vừa\s+qua|này|trước|năm\s+nay))?/giu,
    read: (m) => (validMonth(Number(m[1])) ? stated(m) : undefined),
  },
  {
    // "năm 2024", "trong năm 2023", "từ năm 2023"
    pattern: /(?:(?:trong|từ)\s+)?năm\s+(\d{4})(?!\s*[-–]\s*\d)/giu,
    read: (m) => ({ period: { kind: 'year', year: Number(m[1]), asStated: m[0] } }),
  },
  {
    // "đến nay", "hiện nay", "hiện có", "hiện tại", "đến thời điểm này"
    pattern:
      /(?:tính\s+)?(?:đến|tới)\s+(?:nay|thời\s+điểm\s+(?:này|hiện\s+tại))|(?<![\p{L}])hiện\s+(?:nay|có|tại|đang|còn|mới|vẫn|chỉ|toàn|cả)(?![\p{L}])|^hiện(?=[\s,])/giu,
    read: (m) => ({ period: { kind: 'at_publication', asStated: m[0] } }),
  },
  {
    // "mỗi tháng", "hàng tháng": the period of an amount
    pattern: /(?<![\p{L}])(?:mỗi|hàng|hằng|một)\s+tháng(?![\p{L}])/giu,
    read: (m) => stated(m, true),
  },
];

const englishRules: readonly Rule[] = [
  {
    // "from January 2023 to June 22, 2023"
    pattern: new RegExp(
      `from\\s+${monthName}(?:\\s+(\\d{1,2}))?,?\\s+(\\d{4})\\s+(?:to|until|through)\\s+${monthName}(?:\\s+(\\d{1,2}))?,?\\s+(\\d{4})`,
      'giu',
    ),
    read: (m) => {
      const a = monthOf(m[1]);
      const b = monthOf(m[4]);
      if (!validMonth(a) || !validMonth(b)) return undefined;
      const fromDay = m[2] === undefined ? 1 : Number(m[2]);
      const to =
        m[5] === undefined ? lastDayOfMonth(Number(m[6]), b) : `${m[6]}-${pad(b)}-${pad(Number(m[5]))}`;
      return { period: { kind: 'between', from: `${m[3]}-${pad(a)}-${pad(fromDay)}`, to, asStated: m[0] } };
    },
  },
  {
    // "by the end of April 2024", "as of the end of 2023"
    pattern: new RegExp(
      `(?:(?:by|as\\s+of|as\\s+at|until|up\\s+to|to|at)\\s+)?the\\s+end\\s+of\\s+${monthName}\\s+(\\d{4})`,
      'giu',
    ),
    read: (m) => {
      const month = monthOf(m[1]);
      return validMonth(month) ? asOf(lastDayOfMonth(Number(m[2]), month), m) : undefined;
    },
  },
  {
    // "by the end of January 14": a day whose year the text leaves to the reader
    pattern: new RegExp(
      `(?:(?:by|as\\s+of|until|up\\s+to|to)\\s+)?the\\s+end\\s+of\\s+${monthName}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?![\\s,]*\\d{4})`,
      'giu',
    ),
    read: (m) => stated(m),
  },
  {
    // "by the end of 2023", "by end-2023", "at the end of 2023"
    pattern: /(?:by|as\s+of|until|to|at)\s+(?:the\s+)?end(?:\s+of\s+|-)(\d{4})/giu,
    read: (m) => asOf(`${m[1]}-12-31`, m),
  },
  {
    // "in the first ten months of the year", "in the first quarter of 2024", "at the beginning of the year"
    pattern:
      /(?:(?:in|during|over|for)\s+)?the\s+first\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months(?:\s+of\s+(?:the\s+year|this\s+year|\d{4}))?|(?:(?:in|during)\s+)?the\s+(?:first|second|third|fourth|last)\s+quarter(?:\s+of\s+(?:the\s+year|this\s+year|\d{4}))?|(?:at|since|from)\s+the\s+(?:beginning|start)\s+of\s+(?:the\s+year|this\s+year|\d{4})/giu,
    read: (m) => stated(m),
  },
  {
    // "before January 7, 2024", "by April 15, 2024", "as of 22 June 2023"
    pattern: new RegExp(
      `(?:by|as\\s+of|as\\s+at|before|until|up\\s+to|to|through)\\s+(?:${monthName}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+${monthName},?\\s+(\\d{4}))`,
      'giu',
    ),
    read: (m) => {
      const month = monthOf(m[1] ?? m[5]);
      const day = Number(m[2] ?? m[4]);
      const year = m[3] ?? m[6];
      if (!validMonth(month) || !validDay(day)) return undefined;
      return asOf(`${year}-${pad(month)}-${pad(day)}`, m);
    },
  },
  {
    // "by 31/12/2023", "as of 31.12.2023"
    pattern: /(?:by|as\s+of|before|until|up\s+to)\s+(\d{1,2})[/.](\d{1,2})[/.](\d{4})/giu,
    read: (m) => {
      const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (!validMonth(month) || !validDay(day)) return undefined;
      return asOf(`${year}-${pad(month)}-${pad(day)}`, m);
    },
  },
  {
    // "in September 2025", "September 2025", "in the first 6 months" is not one
    pattern: new RegExp(`(?:(?:in|during|for|of)\\s+)?${monthName},?\\s+(\\d{4})`, 'giu'),
    read: (m) => {
      const month = monthOf(m[1]);
      return validMonth(month)
        ? { period: { kind: 'month', month: `${m[2]}-${pad(month)}`, asStated: m[0] } }
        : undefined;
    },
  },
  {
    // "on July 2", "by April 15", "as of November 30": a date without its year
    pattern: new RegExp(
      `(?:on|by|before|until|from|since|as\\s+of|as\\s+at)\\s+${monthName}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|,?\\s*\\d{4})`,
      'giu',
    ),
    read: (m) => stated(m),
  },
  {
    // "since the beginning of the year", "so far this year", "year to date"
    pattern:
      /since\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year|so\s+far\s+this\s+year|year[- ]to[- ]date/giu,
    read: (m) => stated(m),
  },
  {
    // "in March", "by the end of June", "since July", "in the first week of March": a month without its year
    pattern: new RegExp(
      `(?:(?:in|during|for|since|by|until|from|through|at)\\s+)?(?:(?:the\\s+)?(?:end|beginning|start|middle|first\\s+(?:week|half|days?)|last\\s+week)\\s+of\\s+)?${monthName}(?!\\s+\\d)`,
      'gu',
    ),
    read: (m) => stated(m),
  },
  {
    // "a year earlier", "a year ago", "the same period last year", "by the end of the year"
    pattern:
      /an?\s+year\s+(?:earlier|ago|before)|(?:the\s+)?same\s+(?:period|time|month)\s+(?:of\s+)?last\s+year|(?:by|at|until)\s+the\s+end\s+of\s+(?:the|this)\s+year|(?:the\s+)?end\s+of\s+(?:the|this)\s+year|last\s+year/giu,
    read: (m) => stated(m),
  },
  {
    // "in 2023", "by 2025"
    pattern: /(?:in|during|for|since)\s+(\d{4})(?![\d,.%])/giu,
    read: (m) => {
      const year = Number(m[1]);
      return year >= 1990 && year <= 2100 ? { period: { kind: 'year', year, asStated: m[0] } } : undefined;
    },
  },
  {
    // "up to now", "to date", "so far", "currently", "at present", "now"
    pattern:
      /(?<![\p{L}])(?:up\s+(?:to|until)\s+now|until\s+now|to\s+date|so\s+far|as\s+of\s+now|at\s+present|at\s+the\s+moment|currently|presently|now)(?![\p{L}])/giu,
    read: (m) => ({ period: { kind: 'at_publication', asStated: m[0] } }),
  },
  {
    // "each month", "every month", "per month", "monthly": the period of an amount
    pattern: /(?<![\p{L}])(?:each|every|per|a)\s+month(?![\p{L}])/giu,
    read: (m) => stated(m, true),
  },
];

const rulesFor = (language: Language) => (language === 'vi' ? vietnameseRules : englishRules);

const vietnameseTimeWords = /tháng|năm|nay|hiện|kỳ|quý|đầu|ngày|đến|tới|trước/iu;
const englishTimeWords =
  /\d|now|current|present|date|far|year|month|quarter|week|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec/iu;

/**
 * Every period a stretch of text states, in text order, without overlaps (the more specific wording wins):
 * Vietnamese `hết tháng 12/2024` (as of 31/12/2024), `đến 31.12.2023`, `hết năm 2023`, `tháng 1/2025`,
 * `năm 2024`, `từ đầu năm`, `đến nay`/`hiện có` (the time of writing); English `by the end of April
 * 2024`, `before January 7, 2024`, `from January 2023 to June 22, 2023`, `in September 2025`, `since the
 * beginning of the year`, `up to now`/`currently`. A date without its year (`on July 2`) is kept as stated.
 * `mỗi tháng`/`each month` are marked `monthly`. With `publishedOn`, the time of writing is that date.
 *
 * @example findPeriods('Tính đến hết tháng 12/2024, trên 900 người').map((p) => p.period.kind); // => ['as_of']
 */
export function findPeriods(
  input: string,
  start = 0,
  end = input.length,
  language: Language = 'vi',
  publishedOn?: string,
): PeriodMention[] {
  const text = input.slice(start, end);
  const found: PeriodMention[] = [];
  // No period without one of these words or a digit.
  if (!(language === 'vi' ? vietnameseTimeWords : englishTimeWords).test(text)) return found;
  for (const rule of rulesFor(language)) {
    rule.pattern.lastIndex = 0;
    for (const match of text.matchAll(rule.pattern)) {
      const from = match.index ?? 0;
      const to = from + match[0].length;
      if (found.some((f) => from < f.span.end - start && to > f.span.start - start)) continue;
      const read = rule.read(match as RegExpExecArray);
      if (read === undefined) continue;
      let { period } = read;
      if (period.kind === 'at_publication' && publishedOn !== undefined) {
        period = { kind: 'as_of', date: publishedOn, asStated: period.asStated };
      }
      found.push({
        period,
        span: spanOf(input, start + from, start + to),
        ...(read.monthly === true ? { monthly: true } : {}),
      });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The period a sentence states, most specific wording first (`findPeriods`), or `undefined` when it states
 * none. Periods of amounts (`mỗi tháng`) are left out.
 *
 * @example findPeriod('Tính đến hết tháng 12/2024, trên 900 người')?.period; // => { kind: 'as_of', date: '2024-12-31', asStated: 'Tính đến hết tháng 12/2024' }
 */
export function findPeriod(
  input: string,
  start = 0,
  end = input.length,
  publishedOn?: string,
  language: Language = 'vi',
): PeriodMention | undefined {
  return findPeriods(input, start, end, language, publishedOn).find((p) => p.monthly !== true);
}
