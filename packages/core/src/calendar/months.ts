import { InvalidArgumentError } from '../errors.js';

/** Calendar helpers for monthly periods (`YYYY-MM`), in UTC so no time zone moves a date. */

/** A month as `YYYY-MM`, January to December. */
const monthPattern = /^\d{4}-(?:0[1-9]|1[0-2])$/u;

/**
 * The last day of a month, ISO (`2024-02` → `2024-02-29`). Every engine dates "on the register at the end
 * of the month" with it, so a month written otherwise (`2025-1`, `2025-13`) is refused everywhere rather
 * than read as a wrong date. Throws `InvalidArgumentError`.
 *
 * @example lastDayOf('2024-02'); // => '2024-02-29'
 */
export function lastDayOf(month: string): string {
  if (!monthPattern.test(month)) {
    throw new InvalidArgumentError(
      'lastDayOf',
      `a month is YYYY-MM (01 to 12), got ${JSON.stringify(month)}`,
      `tháng phải viết YYYY-MM (01 đến 12), nhận được ${JSON.stringify(month)}`,
    );
  }
  const [year, m] = month.split('-').map(Number);
  const day = new Date(Date.UTC(year ?? 1970, m ?? 1, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** The months from `from` to `to`, inclusive (`2024-07`, …, `2025-06`). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year = 0, month = 1] = from.split('-').map(Number);
  while (`${year}-${String(month).padStart(2, '0')}` <= to) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** An ISO date `days` after `date`. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Days from `a` to `b`. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The later of two ISO dates (string order is date order). */
export function laterDate(a: string, b: string): string {
  return a >= b ? a : b;
}

/** The earlier of two ISO dates. */
export function earlierDate(a: string, b: string): string {
  return a <= b ? a : b;
}

/**
 * Days since 1970-01-01 of an ISO date: the integer the columnar registers store.
 *
 * @example dayNumber('1970-01-02'); // => 1
 */
export function dayNumber(date: string): number {
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 7);
  const day = digitsAt(date, 8, 10);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days =
    month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-' || year < 0 || month < 1 || month > 12) {
    return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
  }
  if (day < 1 || day > days) {
    return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
  }
  // Days from the civil date (the proleptic Gregorian calendar, years of 400 days from March): the
  // number `Date.parse` gives, a tenth of its time (a register stores three dates a person).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The whole number written in `text[from, to)`, or -1 when a character is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    value = value * 10 + c;
  }
  return value;
}
