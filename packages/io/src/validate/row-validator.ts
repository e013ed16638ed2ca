import { type AssumptionOf, KeyIndex, KeyNumbers, normalizeText } from '@ansinh/core';
import type { z } from 'zod';
import type { CsvRecord } from '../csv/parse-csv.js';
import { unneutraliseCell } from '../csv/write-csv.js';
import type { RowContext } from '../layout/read-layout.js';
import { legacyLettersOf } from '../text/decode-text.js';
import type { LegacyEncoding } from '../text/detect-legacy-encoding.js';
import type { CellResult } from './cells.js';
import { compileSchema } from './compiled-schema.js';
import type { DeriveRow } from './derive-fields.js';
import type { HeaderLayout } from './match-columns.js';
import type { ColumnSpec, RejectedRow, RowIssue } from './table-issues.js';

/**
 * What the rules remember across a file's rows: a number (a line) per key. A `Map<string, number>` is one;
 * the readers use a `KeyNumbers` of @ansinh/core, faster on short keys (`npm run keys --prefix packages/bench`).
 */
export interface RowMemory {
  get(key: string): number | undefined;
  set(key: string, line: number): unknown;
  has(key: string): boolean;
  /**
   * Tables a rule keeps for itself over the file, by the rule's name (a look-back rule's own index);
   * they go when the file's memory goes.
   */
  readonly own?: Map<string, unknown>;
  /** The rows the file is expected to hold: a size hint for the tables its rules make (`KeyNumbers`). */
  readonly expectedRows?: number;
}

/** A file's memory for its rules, as the readers make one per file; `expectedRows`, a size hint. */
export function createRowMemory(expectedRows?: number): RowMemory {
  const keys = new KeyNumbers();
  const own = new Map<string, unknown>();
  return {
    get: (key) => keys.get(key),
    set: (key, line) => keys.set(key, line),
    has: (key) => keys.has(key),
    own,
    ...(expectedRows === undefined ? {} : { expectedRows }),
  };
}

/** A cross-field rule applied to a row that passed its schema; `seen` persists across the whole file. */
export type RowCheck<T> = (row: T, line: number, seen: RowMemory) => readonly RowIssue[];

/** One record's verdict, with the assumptions made to read it. */
export type RowVerdict<T> =
  | {
      readonly ok: true;
      readonly row: T;
      readonly assumptions: readonly AssumptionOf[];
      /**
       * The row holds the fields its line's lane left as bytes (`LaneLine.deferredAt`) as another line's:
       * they are read from the line (`TableSink.fromLine`).
       */
      readonly fromLine?: true;
    }
  | { readonly ok: false; readonly rejected: RejectedRow; readonly assumptions: readonly AssumptionOf[] };

/** A cell normalised and read, cached by its raw text. */
interface ReadCell {
  readonly text: string;
  readonly result: CellResult<unknown> | undefined;
  /** The legacy font its text is the letters of, read as Unicode (`legacyLettersOf`), where it is one. */
  readonly legacy?: LegacyEncoding;
}

const emptyCell: ReadCell = { text: '', result: undefined };

/** A cell longer than this (4 KiB of text) is refused unread: no field of a list needs more. */
export const maxCellChars = 4_096;

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
    if (raw.length > maxCellChars)
      return { text: raw, result: { ok: false, code: 'cell_too_long', params: { length: raw.length } } };
    const text = normalizeText(unneutraliseCell(raw));
    const result = text === '' ? undefined : column.read(text);
    const legacy = legacyLettersOf(text);
    return legacy === undefined ? { text, result } : { text, result, legacy };
  };
  let memo: KeyIndex | undefined = new KeyIndex(memoProbe);
  let cells: ReadCell[] = [];
  let hits = 0;
  return (raw) => {
    if (raw === '') return emptyCell;
    if (memo === undefined) return readRaw(raw);
    const known = memo.indexOf(raw);
    if (known >= 0) {
      hits += 1;
      return cells[known] as ReadCell;
    }
    const cell = readRaw(raw);
    memo.add(raw);
    cells.push(cell);
    if (memo.size >= memoProbe) {
      if (hits * 8 < memo.size) memo = undefined;
      else if (memo.size >= memoProbe * 16) {
        memo = new KeyIndex(memoProbe);
        cells = [];
      }
    }
    return cell;
  };
}

/** A rejected row's cells by the header's names (`#3` for a column without one, `Tên #5` for a repeat). */
export function rawCells(header: readonly string[], fields: readonly string[]): Record<string, string> {
  const cells: Record<string, string> = {};
  const width = Math.max(header.length, fields.length);
  for (let i = 0; i < width; i += 1) {
    const name = header[i] || `#${i + 1}`;
    cells[name in cells ? `${name} #${i + 1}` : name] = fields[i] ?? '';
  }
  return cells;
}

/** An issue whose quoted cell text is cut to 120 characters, so a report never echoes a huge cell. */
function quotedShort<I extends { readonly params: unknown }>(issue: I): I {
  const params = issue.params as { readonly text?: unknown };
  if (typeof params.text !== 'string' || params.text.length <= 120) return issue;
  return { ...issue, params: { ...params, text: `${params.text.slice(0, 120)}…` } };
}

/** A file's judge of rows: from a record's cells, or from values a lane read from the line's text. */
export interface RowJudge<T> {
  /** Judges a record: every cell read by its column's spec, then `values`. */
  readonly record: (record: CsvRecord, context: RowContext) => RowVerdict<T>;
  /**
   * Judges the values read from a row's cells, with the issues found reading them: the amounts scaled by
   * the header's unit, the fields the file does not give derived (with the headings over the row), every
   * required field checked, the schema, then `check`. `raw(field)` is the field's cell as text (NFC);
   * `fields()` the row's cells, for a rejected row.
   */
  readonly values: (
    values: Record<string, unknown>,
    issues: RowIssue[],
    line: number,
    raw: (field: string) => string,
    context: RowContext,
    fields: () => readonly string[],
  ) => RowVerdict<T>;
}

/**
 * Makes the function that judges each data record of a file: every column read by its spec (cells
 * NFC-normalised), the fields the file does not give derived (`derive`, with the headings over the row),
 * every required field checked, the row validated by the schema, then `check`. A row with any issue is
 * rejected with all of them and its raw cells. `readTable`, `readRecords` and `streamTable` all judge rows
 * through it, so reading in one piece and in chunks cannot disagree.
 */
export function createRowValidator<T>(
  layout: HeaderLayout,
  columns: readonly ColumnSpec[],
  schema: z.ZodType<T>,
  check: RowCheck<T>,
  legacy: LegacyEncoding | undefined,
  derive: DeriveRow,
): (record: CsvRecord, context: RowContext) => RowVerdict<T> {
  return createRowJudge(layout, columns, schema, check, legacy, derive).record;
}

/**
 * `createRowValidator`'s judge with both entries: a record, and values a lane read from the line's text
 * (`compileLane`), judged by the same derivations, schema and checks, with one memory (`seen`) for the
 * checks that look back over the file.
 */
export function createRowJudge<T>(
  layout: HeaderLayout,
  columns: readonly ColumnSpec[],
  schema: z.ZodType<T>,
  check: RowCheck<T>,
  legacy: LegacyEncoding | undefined,
  derive: DeriveRow,
  seen: RowMemory = createRowMemory(),
): RowJudge<T> {
  const { header, positions, scales } = layout;
  const scaled = [...scales].map(([field, factor]) => ({
    field,
    factor,
    assumption: {
      code: 'amount_unit_from_header',
      params: { column: header[positions.get(field) ?? -1] ?? field, factor },
    } as AssumptionOf,
  }));
  const readers = columns.map((column) => ({
    column,
    index: positions.get(column.field),
    read: cellReader(column),
  }));
  const nameOf = (field: string) => {
    const index = positions.get(field);
    const spec = columns.find((c) => c.field === field);
    return index === undefined ? (spec?.headers[0] ?? field) : header[index] || `#${index + 1}`;
  };
  const fast = compileSchema(schema);
  const required = columns
    .filter((column) => column.required)
    .map((column) => ({ field: column.field, name: nameOf(column.field) }));
  const judgeValues: RowJudge<T>['values'] = (values, issues, line, raw, context, fields) => {
    let made: AssumptionOf[] | undefined;
    for (const { field, factor, assumption } of scaled) {
      const value = values[field];
      if (typeof value !== 'number') continue;
      values[field] = value * factor;
      made ??= [];
      made.push(assumption);
    }
    const derived = derive(values, raw, context);
    for (const issue of derived.issues) issues.push({ ...issue, row: line, column: '' });
    for (let k = 0; k < required.length; k += 1) {
      const { field, name } = required[k] as (typeof required)[number];
      if (values[field] === undefined && !issues.some((i) => i.column === name))
        issues.push({ row: line, column: name, code: 'required', params: { column: name } });
    }
    const assumptions = made === undefined ? derived.assumptions : [...made, ...derived.assumptions];
    if (issues.length === 0) {
      // The compiled check first: it passes what zod passes; what it does not, zod judges and explains.
      const row = fast?.(values);
      if (row !== undefined) {
        const found = check(row, line, seen);
        if (found.length === 0) return { ok: true, row, assumptions };
        issues.push(...found);
        return { ok: false, rejected: { row: line, cells: rawCells(header, fields()), issues }, assumptions };
      }
      const valid = schema.safeParse(values);
      if (!valid.success) {
        for (const issue of valid.error.issues) {
          const field = String(issue.path[0] ?? '');
          issues.push({
            row: line,
            column: field === '' ? '' : nameOf(field),
            code: 'invalid_value',
            params: { field: field || 'row', detail: issue.message },
          });
        }
      } else {
        const found = check(valid.data, line, seen);
        if (found.length === 0 && issues.length === 0) return { ok: true, row: valid.data, assumptions };
        issues.push(...found);
      }
    }
    return { ok: false, rejected: { row: line, cells: rawCells(header, fields()), issues }, assumptions };
  };
  const judgeRecord: RowJudge<T>['record'] = (record, context) => {
    const line = record.line;
    const issues: RowIssue[] = [];
    if (legacy !== undefined) {
      issues.push({ row: line, column: '', code: 'legacy_encoding', params: { encoding: legacy } });
    }
    const values: Record<string, unknown> = {};
    // A row in a legacy font in a file not judged one (pasted in past its first megabyte): the first cell
    // read that is a legacy font's letters.
    let rowLegacy: { readonly encoding: LegacyEncoding; readonly index: number } | undefined;
    for (let k = 0; k < readers.length; k += 1) {
      const { column, index, read } = readers[k] as (typeof readers)[number];
      if (index === undefined) continue;
      const { text, result, legacy: cellLegacy } = read(record.fields[index] ?? '');
      if (cellLegacy !== undefined && legacy === undefined && rowLegacy === undefined)
        rowLegacy = { encoding: cellLegacy, index };
      if (text === '' && column.emptyAs !== undefined) {
        values[column.field] = column.emptyAs;
        continue;
      }
      if (result === undefined) continue;
      if (result.ok) {
        if (result.value !== undefined) values[column.field] = result.value;
      } else {
        const { ok: _, ...issue } = result;
        issues.push({ ...quotedShort(issue), row: line, column: header[index] || column.field });
      }
    }
    if (rowLegacy !== undefined)
      issues.unshift({
        row: line,
        column: header[rowLegacy.index] || `#${rowLegacy.index + 1}`,
        code: 'legacy_letters',
        params: { encoding: rowLegacy.encoding },
      });
    const raw = (field: string) => {
      const index = positions.get(field);
      return index === undefined ? '' : normalizeText(record.fields[index] ?? '');
    };
    return judgeValues(values, issues, line, raw, context, () => record.fields);
  };
  return { record: judgeRecord, values: judgeValues };
}
