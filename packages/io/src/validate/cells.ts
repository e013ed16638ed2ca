import { foldDiacritics, type IssueOf, normalizeText, safeParseVietnameseNumber } from '@ansinh/core';

/** A cell read into a value, or the reason it could not be (a code and its parameters). */
export type CellResult<T> = { readonly ok: true; readonly value: T } | ({ readonly ok: false } & IssueOf);

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = (issue: IssueOf): CellResult<never> => ({ ok: false, ...issue });

/**
 * A date as offices write it: `dd/mm/yyyy`, `d/m/yyyy`, `dd-mm-yyyy`, ISO `yyyy-mm-dd`, or a month
 * `mm/yyyy` (a start written as a month: its first day).
 */
export function readDate(text: string): CellResult<string> {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(text);
  const month = /^(\d{1,2})[/.-](\d{4})$/u.exec(text);
  const [year, monthOf, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : vn
      ? [vn[3], vn[2], vn[1]]
      : month
        ? [month[2], month[1], '1']
        : [];
  return calendarDate(text, year, monthOf, day);
}

function calendarDate(
  text: string,
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): CellResult<string> {
  if (year === undefined || month === undefined || day === undefined) {
    return bad({ code: 'invalid_date', params: { text, expected: 'date' } });
  }
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    return bad({ code: 'invalid_date', params: { text, expected: 'calendar' } });
  }
  return ok(value);
}

/** A year of birth: `1956`, or taken from a full date of birth. */
export function readBirthYear(text: string): CellResult<number> {
  if (/^\d{4}$/u.test(text)) return ok(Number(text));
  const date = readDate(text);
  return date.ok
    ? ok(Number(date.value.slice(0, 4)))
    : bad({ code: 'invalid_date', params: { text, expected: 'birth' } });
}

/**
 * A whole amount of dong or a count: `500000`, `500.000` (Vietnamese grouping), `500,000`. A value such
 * as `1.25` or `1,25` where dong are expected is a thousands separator read as a decimal mark by a
 * spreadsheet (1.250.000 became 1,25): refused with code `mangled_thousands`, never guessed.
 */
export function readWholeNumber(text: string): CellResult<number> {
  const compact = text.replace(/\s/gu, '');
  if (/^\d+$/u.test(compact)) return ok(Number(compact));
  if (/^\d{1,3}(,\d{3})+$/u.test(compact)) return ok(Number(compact.replaceAll(',', '')));
  const vi = safeParseVietnameseNumber(compact);
  if (vi.success && vi.data.value.decimals === 0 && !vi.data.isPercent)
    return ok(Number(vi.data.value.units));
  if (/^\d{1,3}[.,]\d{1,2}$/u.test(compact)) {
    return bad({ code: 'mangled_thousands', params: { text } });
  }
  return bad({ code: 'invalid_number', params: { text } });
}

/** A yes/no mark: `x`, `có`, `1`, `true`, `yes` → true; empty, `không`, `0`, `false`, `no` → false. */
export function readFlag(text: string): CellResult<boolean> {
  const folded = foldDiacritics(text);
  if (['x', 'co', '1', 'true', 'yes', 'v'].includes(folded)) return ok(true);
  if (['', 'khong', '0', 'false', 'no', '-'].includes(folded)) return ok(false);
  return bad({ code: 'invalid_flag', params: { text } });
}

/** A choice among labels, matched without diacritics: `Nữ`, `nu`, `NỮ` all read `female`. */
export function readChoice<T extends string>(
  text: string,
  labels: Readonly<Record<string, T>>,
  what: 'sex' | 'category' | 'channel' | 'status' | 'receiver' | 'stop_reason',
): CellResult<T> {
  const value = labels[foldDiacritics(text).replace(/_/gu, ' ')];
  const expected = [...new Set(Object.keys(labels))].slice(0, 8).join(', ');
  return value === undefined ? bad({ code: `invalid_${what}`, params: { text, expected } }) : ok(value);
}

/**
 * An account number: its digits and letters, spaces, dots and dashes dropped. A number Excel stored as a
 * number and shows in scientific form (`4.82E+13`) has lost digits: refused (`account_scientific`).
 */
export function readAccountNumber(text: string): CellResult<string> {
  if (/^\d+([.,]\d+)?e\+?\d+$/iu.test(text.trim()))
    return bad({ code: 'account_scientific', params: { text } });
  return ok(normalizeText(text.replace(/^'/u, '').replace(/[\s.-]/gu, '')));
}

/** Trimmed NFC text. */
export function readText(text: string): CellResult<string> {
  return ok(normalizeText(text));
}
