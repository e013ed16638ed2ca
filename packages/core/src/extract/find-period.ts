import type { FigurePeriod } from '../models/published-figure.js';
import { spanOf, type TextSpan } from './text-span.js';

/** A period found in text, with the words it came from. */
export interface PeriodMention {
  readonly period: FigurePeriod;
  readonly span: TextSpan;
}

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

type Rule = { readonly pattern: RegExp; readonly read: (m: RegExpExecArray) => FigurePeriod | undefined };

const validMonth = (month: number) => month >= 1 && month <= 12;

const rules: readonly Rule[] = [
  {
    // "tính đến hết tháng 12/2024", "hết tháng 12/2024", "cuối tháng 2/2024": as of the month's last day
    pattern: /(?:tính\s+)?(?:đến\s+)?(?:hết|cuối)\s+tháng\s+(\d{1,2})\/(\d{4})/iu,
    read: (m) => {
      const month = Number(m[1]);
      const year = Number(m[2]);
      return validMonth(month)
        ? { kind: 'as_of', date: lastDayOfMonth(year, month), asStated: m[0] }
        : undefined;
    },
  },
  {
    // "tính đến ngày 15/10/2023", "đến ngày 22/6/2023"
    pattern: /(?:tính\s+)?đến\s+(?:hết\s+)?ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/iu,
    read: (m) => {
      const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (!validMonth(month) || day < 1 || day > 31) return undefined;
      return { kind: 'as_of', date: `${year}-${pad(month)}-${pad(day)}`, asStated: m[0] };
    },
  },
  {
    // "hết năm 2024", "cuối năm 2023"
    pattern: /(?:tính\s+)?(?:đến\s+)?(?:hết|cuối)\s+năm\s+(\d{4})/iu,
    read: (m) => ({ kind: 'as_of', date: `${m[1]}-12-31`, asStated: m[0] }),
  },
  {
    // "trong tháng 1/2025", "tháng 1/2025"
    pattern: /(?:trong\s+)?tháng\s+(\d{1,2})\/(\d{4})/iu,
    read: (m) => {
      const month = Number(m[1]);
      return validMonth(month)
        ? { kind: 'month', month: `${m[2]}-${pad(month)}`, asStated: m[0] }
        : undefined;
    },
  },
  {
    // "năm 2024", "trong năm 2023"
    pattern: /(?:trong\s+)?năm\s+(\d{4})(?!\s*-)/iu,
    read: (m) => ({ kind: 'year', year: Number(m[1]), asStated: m[0] }),
  },
  {
    // "đến nay", "hiện có", "hiện nay", "đến thời điểm này"
    pattern: /đến\s+nay|hiện\s+(?:có|nay)|đến\s+thời\s+điểm\s+này/iu,
    read: (m) => ({ kind: 'at_publication', asStated: m[0] }),
  },
];

/**
 * The period a Vietnamese sentence states, most specific wording first: `hết tháng 12/2024` (as of
 * 31/12/2024), `đến ngày 22/6/2023`, `hết năm 2023`, `tháng 1/2025`, `năm 2024`, then `đến nay`/`hiện có`
 * (the time of writing; with `publishedOn`, as of that date). `undefined` when it states none.
 *
 * @example findPeriod('Tính đến hết tháng 12/2024, trên 900 người')?.period; // => { kind: 'as_of', date: '2024-12-31', asStated: 'Tính đến hết tháng 12/2024' }
 */
export function findPeriod(
  input: string,
  start = 0,
  end = input.length,
  publishedOn?: string,
): PeriodMention | undefined {
  const text = input.slice(start, end);
  for (const rule of rules) {
    const match = rule.pattern.exec(text);
    if (match === null) continue;
    const period = rule.read(match);
    if (period === undefined) continue;
    const span = spanOf(input, start + match.index, start + match.index + match[0].length);
    if (period.kind === 'at_publication' && publishedOn !== undefined) {
      return { period: { kind: 'as_of', date: publishedOn, asStated: period.asStated }, span };
    }
    return { period, span };
  }
  return undefined;
}
