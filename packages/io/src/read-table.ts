import { foldDiacritics, normalizeText } from '@ansinh/core';
import type { z } from 'zod';
import type { CellResult } from './cells.js';
import { detectLegacyEncoding } from './detect-legacy-encoding.js';
import { type CsvRecord, type ParsedCsv, parseCsv } from './parse-csv.js';
import { createRowValidator, layoutHeader, type RowCheck } from './row-validator.js';

/** One reason a row (or the whole file) was refused: where, what code, and what was expected. */
export interface RowIssue {
  /** Line in the file (1-based, the header is line 1 unless comments precede it); 0 for the whole file. */
  readonly row: number;
  /** The column as the file names it, or the field when the column is missing. */
  readonly column: string;
  readonly code: string;
  readonly message: string;
}

/** A row that was refused, with its raw cells and every reason. */
export interface RejectedRow {
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
  readonly issues: readonly RowIssue[];
}

/** What reading a file gives: every data row is accepted or rejected, and the counts add up. */
export interface ReadResult<T> {
  readonly accepted: readonly T[];
  readonly rejected: readonly RejectedRow[];
  /** Data rows in the file (blank rows included): always `accepted.length + rejected.length`. */
  readonly inputRows: number;
  /** The header as the file has it. */
  readonly header: readonly string[];
  /** Notes that refuse nothing: a byte-order mark, the delimiter, a comment line. */
  readonly notes: readonly string[];
}

/** How one field is found and read. */
export interface ColumnSpec {
  readonly field: string;
  /** Header spellings, the first being the one ansinh writes. */
  readonly headers: readonly string[];
  readonly required: boolean;
  readonly read: (text: string) => CellResult<unknown>;
  /** The value of an empty cell, for columns where empty means something (an unticked flag is `false`). */
  readonly emptyAs?: unknown;
}

/**
 * Reads a CSV into rows of a schema, keeping every row: header spellings are matched without diacritics
 * or case (`Họ và tên`, `HO TEN`), cells are NFC-normalised, each column is read by its spec, the row is
 * validated by the schema, and `check` adds cross-field rules. A row with any issue is rejected with all of
 * them; a missing required column rejects every row. Never throws for bad content. O(rows × columns).
 */
export function readTable<T>(
  input: string,
  columns: readonly ColumnSpec[],
  schema: z.ZodType<T>,
  check: RowCheck<T> = () => [],
): ReadResult<T> {
  const parsed = parseCsv(input);
  return readRecords(parsed.records, csvNotes(parsed), columns, schema, check);
}

/** Notes that refuse nothing, from how a CSV was written: a byte-order mark, the delimiter, comment lines. */
export function csvNotes(csv: Pick<ParsedCsv, 'hadBom' | 'delimiter' | 'comments'>): string[] {
  const notes: string[] = [];
  if (csv.hadBom) notes.push('byte-order mark removed');
  if (csv.delimiter !== ',') notes.push(`delimiter "${csv.delimiter === '\t' ? 'tab' : csv.delimiter}"`);
  for (const comment of csv.comments) notes.push(comment.replace(/^#\s*/u, ''));
  return notes;
}

/**
 * Like `readTable`, for records already split into cells (a spreadsheet's rows): the first record is the
 * header.
 */
export function readRecords<T>(
  records: readonly CsvRecord[],
  givenNotes: readonly string[],
  columns: readonly ColumnSpec[],
  schema: z.ZodType<T>,
  check: RowCheck<T> = () => [],
): ReadResult<T> {
  const start = findHeader(records, columns);
  const [head, ...body] = records.slice(start);
  const notes = start > 0 ? [...givenNotes, `${start} row(s) above the header skipped`] : [...givenNotes];
  const legacy = detectLegacyEncoding(records.map((r) => r.fields.join(' ')).join('\n'));
  const layout = layoutHeader(head?.fields ?? [], columns);
  const judge = createRowValidator(layout, columns, schema, check, legacy);
  const accepted: T[] = [];
  const rejected: RejectedRow[] = [];
  for (const record of body) {
    const verdict = judge(record);
    if (verdict.ok) accepted.push(verdict.row);
    else rejected.push(verdict.rejected);
  }
  return { accepted, rejected, inputRows: body.length, header: layout.header, notes };
}

/**
 * Where the header is: the first of the first ten records that names at least half the required columns
 * (spellings matched without diacritics or case). Title or banner rows above it (a merged "DANH SÁCH ĐỐI
 * TƯỢNG…" line) are skipped and noted. 0 when none qualifies.
 */
export function findHeader(records: readonly CsvRecord[], columns: readonly ColumnSpec[]): number {
  const required = columns.filter((c) => c.required).map((c) => c.headers.map(foldDiacritics));
  const names = (record: CsvRecord) => new Set(record.fields.map((f) => foldDiacritics(normalizeText(f))));
  const found = records
    .slice(0, 10)
    .findIndex(
      (record) =>
        required.filter((spellings) => spellings.some((h) => names(record).has(h))).length * 2 >=
        required.length,
    );
  return Math.max(0, found);
}
