import type { IssueOf } from '../i18n/issue-codes.js';

/** A problem with a CCCD number, as data: its code and parameters (the words are in `Messages`). */
export type NationalIdIssue = IssueOf<
  'national_id_format' | 'national_id_province' | 'national_id_century_sex' | 'national_id_birth_year'
>;

/**
 * Checks a 12-digit citizen ID (CCCD) against what its structure encodes: digits 1–3 the province of
 * birth registration (001–096), digit 4 sex and century (0/1 male/female born 1900–1999, 2/3 born
 * 2000–2099), digits 5–6 the last two digits of the year of birth. Structure as set by the Ministry of
 * Public Security's rules on citizen ID numbers (Circular 07/2016/TT-BCA and its successors); an ID that
 * passes may still not exist. Returns the issues found, empty when it fits.
 *
 * @example checkNationalId('034156001234', { birthYear: 1956, sex: 'female' }); // => []
 */
export function checkNationalId(
  id: string,
  person: { readonly birthYear?: number | undefined; readonly sex?: 'male' | 'female' | undefined } = {},
): NationalIdIssue[] {
  // Read a code unit at a time: a register checks one a line, and an ID that fits makes no string. A
  // value that is not text (a caller without types) has no digits to read: not in format.
  if (typeof id !== 'string' || id.length !== 12) return [{ code: 'national_id_format', params: {} }];
  for (let i = 0; i < 12; i += 1) {
    const c = id.charCodeAt(i);
    if (c < 48 || c > 57) return [{ code: 'national_id_format', params: {} }];
  }
  const issues: NationalIdIssue[] = [];
  const province = digitAt(id, 0) * 100 + digitAt(id, 1) * 10 + digitAt(id, 2);
  if (province < 1 || province > 96) {
    issues.push({
      code: 'national_id_province',
      params: { got: id.slice(0, 3) },
    });
  }
  const marker = digitAt(id, 3);
  const { birthYear, sex } = person;
  if (birthYear !== undefined) {
    const century = Math.floor((birthYear - 1900) / 100);
    const expected = century * 2 + (sex === 'female' ? 1 : 0);
    if (sex !== undefined && marker !== expected) {
      issues.push({
        code: 'national_id_century_sex',
        params: { expected, got: marker, sex, birthYear },
      });
    }
    // The year's last two digits as the ID writes them (a year that has none, negative or not whole,
    // fits no ID).
    const year = birthYear % 100;
    if (!(Number.isInteger(year) && year >= 0 && year === digitAt(id, 4) * 10 + digitAt(id, 5))) {
      issues.push({
        code: 'national_id_birth_year',
        params: { expected: String(year).padStart(2, '0'), got: id.slice(4, 6), birthYear },
      });
    }
  }
  return issues;
}

/** The digit at `i` of a text of ASCII digits. */
const digitAt = (text: string, i: number): number => text.charCodeAt(i) - 48;
