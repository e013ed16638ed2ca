import { foldDiacritics, normalizeText } from '@ansinh/core';
import type { z } from 'zod';
import type { CellResult } from './cells.js';
import { detectLegacyEncoding } from './detect-legacy-encoding.js';
import { type CsvRecord, parseCsv } from './parse-csv.js';

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
  check: (row: T, line: number, seen: Map<string, number>) => RowIssue[] = () => [],
): ReadResult<T> {
  const parsed = parseCsv(input);
  const notes: string[] = [];
  if (parsed.hadBom) notes.push('byte-order mark removed');
  if (parsed.delimiter !== ',')
    notes.push(`delimiter "${parsed.delimiter === '\t' ? 'tab' : parsed.delimiter}"`);
  for (const comment of parsed.comments) notes.push(comment.replace(/^#\s*/u, ''));
  return readRecords(parsed.records, notes, columns, schema, check);
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
  check: (row: T, line: number, seen: Map<string, number>) => RowIssue[] = () => [],
): ReadResult<T> {
  let notes: readonly string[] = givenNotes;
  // The header is the first of the first ten records that names most of the required columns; title or
  // banner rows above it (a merged "DANH SÁCH ĐỐI TƯỢNG…" line) are skipped and noted.
  const required = columns.filter((c) => c.required).map((c) => c.headers.map(foldDiacritics));
  const names = (record: CsvRecord) => new Set(record.fields.map((f) => foldDiacritics(normalizeText(f))));
  const found = records
    .slice(0, 10)
    .findIndex(
      (record) =>
        required.filter((spellings) => spellings.some((h) => names(record).has(h))).length * 2 >=
        required.length,
    );
  const start = Math.max(0, found);
  const skipped = records.slice(0, start);
  const [head, ...body] = records.slice(start);
  if (skipped.length > 0) notes = [...notes, `${skipped.length} row(s) above the header skipped`];
  const legacy = detectLegacyEncoding(records.map((r) => r.fields.join(' ')).join('\n'));
  const header = (head?.fields ?? []).map((h) => normalizeText(h));
  const folded = header.map((h) => foldDiacritics(h));
  const positions = new Map<string, number>();
  const missing: RowIssue[] = [];
  for (const column of columns) {
    const index =
      column.headers.map((name) => folded.indexOf(foldDiacritics(name))).find((i) => i >= 0) ?? -1;
    if (index >= 0) positions.set(column.field, index);
    else if (column.required) {
      missing.push({
        row: 0,
        column: column.headers[0] ?? column.field,
        code: 'missing_column',
        message: `no column "${column.headers.join('" / "')}" in the header`,
      });
    }
  }
  const accepted: T[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>();
  for (const record of body) {
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      cells[name || `#${i + 1}`] = record.fields[i] ?? '';
    });
    if (record.fields.every((f) => f.trim() === '')) {
      rejected.push({
        row: record.line,
        cells,
        issues: [{ row: record.line, column: '', code: 'blank_row', message: 'the row is empty' }],
      });
      continue;
    }
    const issues: RowIssue[] = missing.map((m) => ({ ...m, row: record.line }));
    if (legacy !== undefined) {
      issues.push({
        row: record.line,
        column: '',
        code: 'legacy_encoding',
        message: `the file looks like ${legacy === 'tcvn3' ? 'TCVN3 (ABC, .VnTime)' : 'VNI'} text read as Unicode; convert it to Unicode (for example with Unikey's converter) and read it again`,
      });
    }
    const values: Record<string, unknown> = {};
    for (const column of columns) {
      const index = positions.get(column.field);
      const text = index === undefined ? '' : normalizeText(record.fields[index] ?? '');
      const name =
        index === undefined ? (column.headers[0] ?? column.field) : (header[index] ?? column.field);
      if (text === '' && column.emptyAs !== undefined && index !== undefined) {
        values[column.field] = column.emptyAs;
        continue;
      }
      if (text === '') {
        if (column.required && index !== undefined) {
          issues.push({ row: record.line, column: name, code: 'required', message: `"${name}" is empty` });
        }
        continue;
      }
      const result = column.read(text);
      if (result.ok) values[column.field] = result.value;
      else issues.push({ row: record.line, column: name, code: result.code, message: result.message });
    }
    if (issues.length === 0) {
      const valid = schema.safeParse(values);
      if (!valid.success) {
        for (const issue of valid.error.issues) {
          const field = String(issue.path[0] ?? '');
          const index = positions.get(field);
          issues.push({
            row: record.line,
            column: index === undefined ? field : (header[index] ?? field),
            code: `invalid_${field || 'row'}`,
            message: issue.message,
          });
        }
      } else {
        issues.push(...check(valid.data, record.line, seen));
        if (issues.length === 0) {
          accepted.push(valid.data);
          continue;
        }
      }
    }
    rejected.push({ row: record.line, cells, issues });
  }
  return { accepted, rejected, inputRows: body.length, header, notes: [...notes] };
}
