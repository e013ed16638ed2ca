import type { z } from 'zod';
import { csvNotes } from '../csv/csv-notes.js';
import { type CsvRecord, parseCsv } from '../csv/parse-csv.js';
import { type ListOptions, type ListSchema, plainList } from '../validate/list-schema.js';
import type { RowCheck } from '../validate/row-validator.js';
import type { ColumnSpec, RejectedRow, TableNote, ValidationReport } from '../validate/table-issues.js';
import { createTableReader } from '../validate/table-reader.js';

/** What reading a whole file gives: every row kept, and the report of the file. */
export interface ReadResult<T> {
  readonly accepted: readonly T[];
  readonly rejected: readonly RejectedRow[];
  /** Records in the file: `accepted.length + rejected.length + report.skipped + report.structure`. */
  readonly inputRows: number;
  /** The header as the file has it. */
  readonly header: readonly string[];
  /** Notes that refuse nothing: a byte-order mark, the delimiter, a comment line. */
  readonly notes: readonly TableNote[];
  /** The same report `streamTable` gives (its sample holds every rejected row). */
  readonly report: ValidationReport;
}

/**
 * Reads a CSV into rows of a schema, keeping every row: header spellings are matched without diacritics
 * or case (`Họ và tên`, `HO TEN`), cells are NFC-normalised, each column is read by its spec, the row is
 * validated by the schema, and `check` adds cross-field rules. A row with any issue is rejected with all of
 * them; a missing required column is one file-level issue (`report.fileIssues`) that rejects every row.
 * Never throws for bad content. The rows go through the same driver as `streamTable`
 * (`createTableReader`), collected. O(rows × columns).
 */
export function readTable<T>(
  input: string,
  columns: readonly ColumnSpec[],
  schema: z.ZodType<T>,
  check: RowCheck<T> = () => [],
): ReadResult<T> {
  const parsed = parseCsv(input);
  return readList(parsed.records, csvNotes(parsed), plainList(columns, schema, check));
}

/**
 * Like `readTable`, for records already split into cells (a spreadsheet's rows): the header is found among
 * the first records, title rows above it noted.
 */
export function readRecords<T>(
  records: readonly CsvRecord[],
  notes: readonly TableNote[],
  columns: readonly ColumnSpec[],
  schema: z.ZodType<T>,
  check: RowCheck<T> = () => [],
): ReadResult<T> {
  return readList(records, notes, plainList(columns, schema, check));
}

/**
 * Reads records of a list as an office keeps it (`ListSchema`: a register, a payment list), every row kept:
 * the driver of `createTableReader`, collected.
 */
export function readList<T>(
  records: readonly CsvRecord[],
  notes: readonly TableNote[],
  list: ListSchema<T>,
  options: ListOptions = {},
): ReadResult<T> {
  const accepted: T[] = [];
  const rejected: RejectedRow[] = [];
  const reader = createTableReader(
    list,
    { accept: (row) => accepted.push(row), reject: (row) => rejected.push(row) },
    options,
  );
  reader.push(records);
  reader.end();
  const report = reader.report(notes);
  return {
    accepted,
    rejected,
    inputRows: report.inputRows,
    header: report.header,
    notes: report.notes,
    report,
  };
}
