import { normalizeText } from '@ansinh/core';
import { unneutraliseCell } from '../csv/write-csv.js';
import type { CanonicalForm, ColumnSpec } from './column-spec.js';
import type { HeaderLayout } from './match-columns.js';

/**
 * The fields of a list whose rows a lane may judge: when the header maps exactly these fields and every
 * one of them is in its canonical form, the list's derivations add nothing and its schema holds by
 * construction, so the row is the cells' values (in this order, the schema's).
 */
export interface LaneFields {
  readonly fields: readonly string[];
}

/**
 * Reads the row a plain line gives when every cell it needs is in canonical form, straight from the text
 * (`text.slice(start, end)`), or `undefined` when any is not: that line then goes through the full rules.
 */
export type CanonicalLane<T> = (text: string, start: number, end: number) => T | undefined;

/** Longest cell a canonical form covers: codes, months, amounts and labels are short. */
const maxCanonical = 64;
/** Distinct label texts remembered per column; a column with more is judged by the full rules. */
const maxLabels = 256;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlnum = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** `code`: one word of ASCII letters and digits (and `._/-` after the first), with a digit in it. */
function readCode(text: string, start: number, end: number): string | undefined {
  const length = end - start;
  if (length < 1 || length > maxCanonical || !isAlnum(text.charCodeAt(start))) return undefined;
  let digit = false;
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) digit = true;
    else if (!isAlnum(c) && c !== 46 && c !== 95 && c !== 47 && c !== 45) return undefined;
  }
  return digit ? text.slice(start, end) : undefined;
}

/** `month`: `YYYY-MM`, the month 01–12. */
function readMonth(text: string, start: number, end: number): string | undefined {
  if (end - start !== 7 || text.charCodeAt(start + 4) !== 45) return undefined;
  for (const i of [0, 1, 2, 3, 5, 6]) if (!isDigit(text.charCodeAt(start + i))) return undefined;
  const month = (text.charCodeAt(start + 5) - 48) * 10 + (text.charCodeAt(start + 6) - 48);
  return month >= 1 && month <= 12 ? text.slice(start, end) : undefined;
}

/** `digits`: a whole number of at most 15 digits (exact in a double), no separators. */
function readDigits(text: string, start: number, end: number): number | undefined {
  if (end - start < 1 || end - start > 15) return undefined;
  let value = 0;
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) return undefined;
    value = value * 10 + (c - 48);
  }
  return value;
}

/**
 * `label`: what the column's own reader makes of the text, as the full rules read a cell (the formula
 * guard taken off, NFC), remembered by the raw text; a text the reader refuses or reads as no value is not
 * canonical.
 */
function labelReader(column: ColumnSpec): (text: string, start: number, end: number) => unknown {
  const known = new Map<string, unknown>();
  return (text, start, end) => {
    if (end - start < 1 || end - start > maxCanonical) return undefined;
    const raw = text.slice(start, end);
    if (known.has(raw)) return known.get(raw);
    if (known.size >= maxLabels) return undefined;
    const read = column.read(normalizeText(unneutraliseCell(raw)));
    const value = read.ok ? read.value : undefined;
    known.set(raw, value);
    return value;
  };
}

const readers: Record<
  Exclude<CanonicalForm, 'label'>,
  (text: string, start: number, end: number) => unknown
> = { code: readCode, month: readMonth, digits: readDigits };

/**
 * Compiles the lane of a file whose header maps exactly `lane.fields`, each with a canonical form
 * (`undefined` otherwise: every row then takes the full rules). The lane finds the cells it needs by the
 * delimiter and reads each by its form; one cell out of form and the line is left to the full rules.
 * A test holds the lane to the full rules on the same lines: same rows, same reasons.
 */
export function compileLane<T>(
  lane: LaneFields,
  layout: HeaderLayout,
  specs: readonly ColumnSpec[],
  delimiter: string,
): CanonicalLane<T> | undefined {
  const { positions } = layout;
  if (positions.size !== lane.fields.length || layout.scales.size > 0) return undefined;
  const cells = lane.fields.map((field) => {
    const spec = specs.find((s) => s.field === field);
    const index = positions.get(field);
    if (spec?.canonical === undefined || index === undefined) return undefined;
    return {
      field,
      index,
      read: spec.canonical === 'label' ? labelReader(spec) : readers[spec.canonical],
    };
  });
  if (cells.some((c) => c === undefined)) return undefined;
  const needed = cells as NonNullable<(typeof cells)[number]>[];
  const last = Math.max(...needed.map((c) => c.index));
  const starts = new Int32Array(last + 2);
  return (text, start, end) => {
    // Where each cell up to the last needed one starts (`starts[i + 1] - 1` is where cell i ends).
    let at = start;
    starts[0] = start;
    for (let i = 1; i <= last + 1; i += 1) {
      const next = text.indexOf(delimiter, at);
      if (next === -1 || next >= end) {
        if (i <= last) return undefined;
        starts[i] = end + 1;
        break;
      }
      starts[i] = next + 1;
      at = next + 1;
    }
    const row: Record<string, unknown> = {};
    for (const cell of needed) {
      const value = cell.read(text, starts[cell.index] ?? 0, (starts[cell.index + 1] ?? 0) - 1);
      if (value === undefined) return undefined;
      row[cell.field] = value;
    }
    return row as T;
  };
}
