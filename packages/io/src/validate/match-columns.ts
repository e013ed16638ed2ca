import { foldDiacritics, normalizeText } from '@ansinh/core';
import type { HeaderColumn } from '../layout/header-block.js';
import type { ColumnSpec } from './column-spec.js';

/**
 * A header as it is compared: NFC, no diacritics, lower case, units and notes in parentheses dropped
 * (`Mức trợ cấp (đồng)` → `muc tro cap`), commas and colons as spaces, single spaces. The ` / ` between
 * a parent header and its sub-header stays.
 */
export function headerKey(text: string): string {
  return foldDiacritics(normalizeText(text))
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/[,:;.]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/ ?\/ ?$/u, '')
    .trim();
}

/** How a column was understood. */
export type MatchedBy =
  /** The caller's column map named it. */
  | 'map'
  /** Its field code (a system export's second header row). */
  | 'code'
  /** One of the field's header spellings. */
  | 'spelling'
  /** A date of birth split by sex: the date under `Nam` or `Nữ`. */
  | 'sex_split';

/** A column of the file and the field it was taken for (`undefined`: not used). */
export interface UnderstoodColumn {
  readonly index: number;
  /** The header as read over its rows (`Ngày, tháng, năm sinh / Nữ`). */
  readonly header: string;
  readonly field: string | undefined;
  readonly by: MatchedBy | undefined;
}

/** What the header says about where each field is. */
export interface HeaderLayout {
  /** The header as the file has it, one name per column, NFC (`#3` for a column without a header). */
  readonly header: readonly string[];
  /** Column index of each field found. */
  readonly positions: ReadonlyMap<string, number>;
  /** Every column with the field it was taken for. */
  readonly understood: readonly UnderstoodColumn[];
  /** Fields whose header gives a unit of amounts other than dong (`(nghìn đồng)`: 1000). */
  readonly scales: ReadonlyMap<string, number>;
  /** Headers of the column map that no column has, and fields it gives to more than one column. */
  readonly mapProblems: { readonly headers: readonly string[]; readonly fields: readonly string[] };
}

/** Fields whose spellings mean the same under any parent header. */
const childAlone = new Set([
  'accountNumber',
  'bank',
  'nationalId',
  'accountOpenedOn',
  'paidVnd',
  'unpaidReason',
]);

/** The value of a column-map entry that leaves a column out. */
export const ignoredColumn = '-';

/** Birth columns split by sex: the sub-header under a date of birth. */
const sexSplit: Readonly<Record<string, 'birthMale' | 'birthFemale'>> = {
  nam: 'birthMale',
  nu: 'birthFemale',
};

/**
 * Matches a header to fields. A column map (`{ 'Xã': 'communeName' }`, headers compared as `headerKey`
 * does, `-` to leave a column out) wins; then field codes (`MaDoiTuong`), then spellings in the order each
 * spec lists them, the first spelling found taking the field. A header over two rows is matched whole
 * (`Điều chỉnh sang chế độ (hưởng mới) / Số tiền`), never by its sub-header alone (`Người nhận / Họ tên`
 * is not the beneficiary's name); a date of birth split into `Nam` and `Nữ` sub-columns gives
 * `birthMale` and `birthFemale`. A column is taken by one field at most.
 */
export function matchColumns(
  columns: readonly HeaderColumn[],
  specs: readonly ColumnSpec[],
  map: Readonly<Record<string, string>> = {},
): HeaderLayout {
  const keys = columns.map((c) => headerKey(c.name));
  const taken = new Map<number, { field: string; by: MatchedBy }>();
  const positions = new Map<string, number>();
  const take = (index: number, field: string, by: MatchedBy) => {
    if (taken.has(index) || positions.has(field)) return;
    taken.set(index, { field, by });
    positions.set(field, index);
  };
  const mapped = new Map(Object.entries(map).map(([header, field]) => [headerKey(header), field]));
  const ignored = new Set<number>();
  keys.forEach((key, index) => {
    const field = mapped.get(key);
    if (field === ignoredColumn) ignored.add(index);
    else if (field !== undefined) take(index, field, 'map');
  });
  const mapFields = [...mapped.values()].filter((f) => f !== ignoredColumn);
  const mapProblems = {
    headers: Object.keys(map).filter((header) => !keys.includes(headerKey(header))),
    fields: [...new Set(mapFields.filter((f, i) => mapFields.indexOf(f) !== i))],
  };
  const open = (index: number) => !ignored.has(index) && !taken.has(index);
  for (const spec of specs) {
    const codes = new Set((spec.codes ?? []).map((c) => c.toLowerCase()));
    const index = columns.findIndex(
      (c, i) => open(i) && c.code !== undefined && codes.has(c.code.toLowerCase()),
    );
    if (index >= 0) take(index, spec.field, 'code');
  }
  for (const spec of specs) {
    if (positions.has(spec.field)) continue;
    for (const spelling of spec.headers) {
      const wanted = headerKey(spelling);
      const index = keys.findIndex((key, i) => open(i) && key === wanted);
      if (index >= 0) {
        take(index, spec.field, 'spelling');
        break;
      }
    }
  }
  // A sub-header alone names a field only where it cannot mean anything else: `Tài khoản / Số tài khoản`,
  // `Tài khoản / Ngân hàng` (never `Người nhận / Họ tên`).
  for (const spec of specs) {
    if (positions.has(spec.field) || !childAlone.has(spec.field)) continue;
    const wanted = new Set(spec.headers.map(headerKey));
    const index = keys.findIndex((key, i) => {
      const parts = key.split(' / ');
      return open(i) && parts.length > 1 && wanted.has(parts.at(-1) ?? '');
    });
    if (index >= 0) take(index, spec.field, 'spelling');
  }
  const birth = specs.find((s) => s.field === 'birthYear');
  if (birth !== undefined && !positions.has('birthYear')) {
    const births = new Set(birth.headers.map(headerKey));
    keys.forEach((key, index) => {
      const [parent, sub, ...rest] = key.split(' / ');
      const field = sub === undefined ? undefined : sexSplit[sub];
      if (open(index) && rest.length === 0 && parent !== undefined && births.has(parent) && field)
        take(index, field, 'sex_split');
    });
  }
  const header = columns.map((c) => c.name);
  const scales = new Map<string, number>();
  for (const [field, index] of positions) {
    const folded = foldDiacritics(normalizeText(columns[index]?.name ?? ''));
    if (/\((nghin|ngan|1[.,]?000)\s*(dong|d|vnd)\)/u.test(folded)) scales.set(field, 1_000);
    else if (/\(trieu\s*(dong|d|vnd)\)/u.test(folded)) scales.set(field, 1_000_000);
  }
  return {
    header,
    positions,
    scales,
    mapProblems,
    understood: columns.map((c, index) => ({
      index,
      header: c.name,
      field: taken.get(index)?.field,
      by: taken.get(index)?.by,
    })),
  };
}

/** Edit distance of two short strings (Levenshtein), for the nearest header to a missing field. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The header of the file nearest to any spelling of a field, when it is near enough to be worth naming
 * (at most a third of its letters differ): `Ho ten doi tuongg` for a missing `fullName`.
 */
export function nearestHeader(spec: ColumnSpec, header: readonly string[]): string | undefined {
  let best: { name: string; score: number } | undefined;
  for (const name of header) {
    const key = headerKey(name);
    if (key === '') continue;
    for (const spelling of spec.headers) {
      const wanted = headerKey(spelling);
      const score = distance(key, wanted) / Math.max(wanted.length, 1);
      if (score <= 1 / 3 && (best === undefined || score < best.score)) best = { name, score };
    }
  }
  return best?.name;
}
