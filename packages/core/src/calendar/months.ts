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
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}
