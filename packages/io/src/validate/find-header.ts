import { foldDiacritics, normalizeText } from '@ansinh/core';
import type { CsvRecord } from '../csv/parse-csv.js';
import type { ColumnSpec } from './table-issues.js';

/** Records looked at for the header: title and banner rows above it are rarely more than a few. */
export const headerWindow = 10;

/**
 * Where the header is: the first of the first ten records that names at least half the required columns
 * (spellings matched without diacritics or case). Title or banner rows above it (a merged "DANH SÁCH ĐỐI
 * TƯỢNG…" line) are skipped and noted. 0 when none qualifies.
 */
export function findHeader(records: readonly CsvRecord[], columns: readonly ColumnSpec[]): number {
  const required = columns.filter((c) => c.required).map((c) => c.headers.map(foldDiacritics));
  const names = (record: CsvRecord) => new Set(record.fields.map((f) => foldDiacritics(normalizeText(f))));
  const found = records
    .slice(0, headerWindow)
    .findIndex(
      (record) =>
        required.filter((spellings) => spellings.some((h) => names(record).has(h))).length * 2 >=
        required.length,
    );
  return Math.max(0, found);
}
