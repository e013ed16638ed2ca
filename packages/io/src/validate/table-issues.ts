import type { IssueOf, NoteOf } from '@ansinh/core';
import type { CellResult } from './cells.js';

/**
 * One reason a row (or the whole file) was refused: where, and its code with the parameters its message
 * needs (`describeIssue` in @ansinh/core words it in Vietnamese or English).
 */
export type RowIssue = IssueOf & {
  /** Line in the file (1-based, the header is line 1 unless comments precede it); 0 for the whole file. */
  readonly row: number;
  /** The column as the file names it, or the field when the column is missing. */
  readonly column: string;
};

/** A note on how a file was written that refuses nothing (a byte-order mark, the delimiter, a comment). */
export type TableNote = NoteOf;

/** A row that was refused, with its raw cells and every reason. */
export interface RejectedRow {
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
  readonly issues: readonly RowIssue[];
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
 * The validation report of a file, the same shape whatever its size and however it was read (whole or in
 * chunks, CSV or XLSX): every data row counted, every issue counted by its code.
 */
export interface ValidationReport {
  /** Data rows read (blank rows included): always `accepted + rejected`. */
  readonly inputRows: number;
  readonly accepted: number;
  readonly rejected: number;
  /** Every issue counted by its code (`required`, `invalid_date`, `duplicate_beneficiary`, …). */
  readonly issueCounts: Readonly<Record<string, number>>;
  /** The first rejected rows, whole (all of them when the reader keeps them all). */
  readonly rejectedSample: readonly RejectedRow[];
  readonly header: readonly string[];
  /** Notes that refuse nothing: a byte-order mark, the delimiter, a comment line, rows above the header. */
  readonly notes: readonly TableNote[];
}
