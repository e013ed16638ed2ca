import type { AssumptionOf, IssueOf, NoteOf } from '@ansinh/core';
import type { StructureRow } from '../layout/read-layout.js';
import type { StructureKind } from '../layout/structure-rows.js';
import type { ListKind } from '../layout/title-facts.js';
import type { UnderstoodColumn } from './match-columns.js';

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

export type { ColumnSpec } from './column-spec.js';

/** An assumption a reader made, with the number of rows it touched. */
export type AssumptionMade = AssumptionOf & { readonly rows: number };

/** What a file says about itself, from its title lines, its name and the caller's options. */
export interface FileFacts {
  /** The list's title as written, when it has one. */
  readonly title: string | undefined;
  readonly kind: ListKind | undefined;
  /** The commune of the whole file: as named, and its code when resolved. */
  readonly commune: { readonly name: string; readonly code: string | undefined } | undefined;
  /** The period of the whole file and where it was read. */
  readonly period: { readonly period: string; readonly from: 'title' | 'file_name' | 'option' } | undefined;
}

/**
 * The validation report of a file, the same shape whatever its size and however it was read (whole or in
 * chunks, CSV or XLSX): every record counted once, as accepted, rejected, skipped (blank) or structure
 * (title, header, headings, totals, signatures); every issue counted by its code; every assumption listed.
 */
export interface ValidationReport {
  /** Records read: always `accepted + rejected + skipped + structure`. */
  readonly inputRows: number;
  readonly accepted: number;
  readonly rejected: number;
  /** Blank rows. */
  readonly skipped: number;
  /** Rows that are not people: title, header, column numbers, headings, subtotals, totals, signatures. */
  readonly structure: number;
  /** Structure rows (blank ones included) counted by kind. */
  readonly structureCounts: Readonly<Partial<Record<StructureKind, number>>>;
  /** The first structure rows, with what each was taken for. */
  readonly structureSample: readonly StructureRow[];
  /** Every issue counted by its code (`required`, `invalid_date`, `duplicate_beneficiary`, …). */
  readonly issueCounts: Readonly<Record<string, number>>;
  /** The first rejected rows, whole (all of them when the reader keeps them all). */
  readonly rejectedSample: readonly RejectedRow[];
  /**
   * What makes the whole file unusable (fields the analysis needs and cannot have, a commune the unit list
   * does not know): each said once; the file's rows are then all rejected with it.
   */
  readonly fileIssues: readonly RowIssue[];
  /** Every assumption made where the file does not say, with the rows it touched. */
  readonly assumptions: readonly AssumptionMade[];
  readonly facts: FileFacts;
  /** The header as the file has it (its rows joined with ` / ` over a header of several rows). */
  readonly header: readonly string[];
  /** Every column with the field it was taken for. */
  readonly columns: readonly UnderstoodColumn[];
  /** Notes that refuse nothing: a byte-order mark, the delimiter, a comment line, rows above the header. */
  readonly notes: readonly TableNote[];
}
