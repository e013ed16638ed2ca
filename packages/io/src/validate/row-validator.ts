import { foldDiacritics, normalizeText } from '@ansinh/core';
import type { z } from 'zod';
import type { CsvRecord } from '../csv/parse-csv.js';
import type { LegacyEncoding } from '../text/detect-legacy-encoding.js';
import type { CellResult } from './cells.js';
import type { ColumnSpec, RejectedRow, RowIssue } from './table-issues.js';

/** A cross-field rule applied to a row that passed its schema; `seen` persists across the whole file. */
export type RowCheck<T> = (row: T, line: number, seen: Map<string, number>) => RowIssue[];

/** One record's verdict. */
export type RowVerdict<T> =
  | { readonly ok: true; readonly row: T }
  | { readonly ok: false; readonly rejected: RejectedRow };

/** What the header says about where each field is. */
export interface HeaderLayout {
  /** The header as the file has it, NFC-normalised. */
  readonly header: readonly string[];
  /** Column index of each field found. */
  readonly positions: ReadonlyMap<string, number>;
  /** Required columns the header lacks: every row is rejected with these. */
  readonly missing: readonly RowIssue[];
}

/** Finds each column's position in a header, matching spellings without diacritics or case. */
export function layoutHeader(fields: readonly string[], columns: readonly ColumnSpec[]): HeaderLayout {
  const header = fields.map((h) => normalizeText(h));
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
        params: { column: column.headers[0] ?? column.field, spellings: `"${column.headers.join('" / "')}"` },
      });
    }
  }
  return { header, positions, missing };
}

/** A cell normalised and read, cached by its raw text. */
interface ReadCell {
  readonly text: string;
  readonly result: CellResult<unknown> | undefined;
}

const emptyCell: ReadCell = { text: '', result: undefined };

/** Distinct raw values cached per column before the cache is judged. */
const memoProbe = 4_096;

/**
 * Caches a column's cell reads by raw text while that pays: registers repeat communes, categories, dates
 * and amounts on every row, but not names or CCCD numbers. From `memoProbe` distinct values on, a column
 * that found fewer than one repeat per eight values stops caching, and a cache that keeps growing is
 * emptied at 16 × `memoProbe`. The value read is the same either way.
 */
function cellReader(column: ColumnSpec): (raw: string) => ReadCell {
  const readRaw = (raw: string): ReadCell => {
    const text = normalizeText(raw);
    return { text, result: text === '' ? undefined : column.read(text) };
  };
  let memo: Map<string, ReadCell> | undefined = new Map();
  let hits = 0;
  return (raw) => {
    if (raw === '') return emptyCell;
    if (memo === undefined) return readRaw(raw);
    const cached = memo.get(raw);
    if (cached !== undefined) {
      hits += 1;
      return cached;
    }
    const cell = readRaw(raw);
    memo.set(raw, cell);
    if (memo.size >= memoProbe) {
      if (hits * 8 < memo.size) memo = undefined;
      else if (memo.size >= memoProbe * 16) memo.clear();
    }
    return cell;
  };
}

/**
 * Makes the function that judges each data record of a file: every column read by its spec (cells
 * NFC-normalised), the row validated by the schema, then `check`. A row with any issue is rejected with
 * all of them and its raw cells. `readTable`, `readRecords` and `streamTable` all judge rows through it, so
 * reading in one piece and in chunks cannot disagree.
 */
export function createRowValidator<T>(
  layout: HeaderLayout,
  columns: readonly ColumnSpec[],
  schema: z.ZodType<T>,
  check: RowCheck<T>,
  legacy: LegacyEncoding | undefined,
): (record: CsvRecord) => RowVerdict<T> {
  const { header, positions, missing } = layout;
  const seen = new Map<string, number>();
  const readers = columns.map((column) => ({
    column,
    index: positions.get(column.field),
    read: cellReader(column),
  }));
  const cellsOf = (record: CsvRecord) => {
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      cells[name || `#${i + 1}`] = record.fields[i] ?? '';
    });
    return cells;
  };
  return (record) => {
    const line = record.line;
    if (record.fields.every((f) => f.trim() === '')) {
      return {
        ok: false,
        rejected: {
          row: line,
          cells: cellsOf(record),
          issues: [{ row: line, column: '', code: 'blank_row', params: {} }],
        },
      };
    }
    const issues: RowIssue[] = missing.length === 0 ? [] : missing.map((m) => ({ ...m, row: line }));
    if (legacy !== undefined) {
      issues.push({
        row: line,
        column: '',
        code: 'legacy_encoding',
        params: { encoding: legacy },
      });
    }
    const values: Record<string, unknown> = {};
    for (let k = 0; k < readers.length; k += 1) {
      const { column, index, read } = readers[k] as (typeof readers)[number];
      const { text, result } =
        index === undefined ? { text: '', result: undefined } : read(record.fields[index] ?? '');
      const name =
        index === undefined ? (column.headers[0] ?? column.field) : (header[index] ?? column.field);
      if (text === '' && column.emptyAs !== undefined && index !== undefined) {
        values[column.field] = column.emptyAs;
        continue;
      }
      if (result === undefined) {
        if (column.required && index !== undefined) {
          issues.push({ row: line, column: name, code: 'required', params: { column: name } });
        }
        continue;
      }
      if (result.ok) values[column.field] = result.value;
      else {
        const { ok: _, ...issue } = result;
        issues.push({ ...issue, row: line, column: name });
      }
    }
    if (issues.length === 0) {
      const valid = schema.safeParse(values);
      if (!valid.success) {
        for (const issue of valid.error.issues) {
          const field = String(issue.path[0] ?? '');
          const index = positions.get(field);
          issues.push({
            row: line,
            column: index === undefined ? field : (header[index] ?? field),
            code: 'invalid_value',
            params: { field: field || 'row', detail: issue.message },
          });
        }
      } else {
        issues.push(...check(valid.data, line, seen));
        if (issues.length === 0) return { ok: true, row: valid.data };
      }
    }
    return { ok: false, rejected: { row: line, cells: cellsOf(record), issues } };
  };
}
