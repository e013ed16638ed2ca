import { type PaymentRow, paymentRowSchema, type RegisterRow, registerRowSchema } from '@ansinh/core';
import { csvNotes } from '../csv/csv-notes.js';
import { parseCsv } from '../csv/parse-csv.js';
import { type ListOptions, paymentList, registerList } from '../validate/list-schema.js';
import { paymentColumns, registerColumns } from '../validate/register-columns.js';
import {
  noRowChecks,
  paymentOnce,
  registerOnce,
  registerRowChecks,
  registerRowReads,
} from '../validate/row-checks.js';
import type { ValidationReport } from '../validate/table-issues.js';
import { sheetRecords } from '../xlsx/sheet-records.js';
import { type ReadResult, readList } from './read-table.js';
import { type StreamOptions, streamTable, type TableSource } from './stream-table.js';

/** A register (danh sách đối tượng) as a list: its columns, schema, rules and derivations. */
export const registerListSchema = registerList(
  registerColumns,
  registerRowSchema,
  registerRowChecks,
  registerOnce,
  registerRowReads,
);

/** A monthly payment list (danh sách chi trả) as a list. */
export const paymentListSchema = paymentList(paymentColumns, paymentRowSchema, noRowChecks, paymentOnce, []);

/**
 * Reads a register (danh sách đối tượng) from CSV, as ansinh writes it or as an office keeps it (title
 * lines, a header over several rows, headings, totals, signatures): every row accepted as a `RegisterRow`
 * or rejected with its reasons, every other record reported as structure or skipped, every assumption
 * listed. `inputRows = accepted + rejected + skipped + structure`, always.
 */
export function readRegisterCsv(input: string, options: ListOptions = {}): ReadResult<RegisterRow> {
  const parsed = parseCsv(input);
  return readList(parsed.records, csvNotes(parsed), registerListSchema, options);
}

/** Reads a monthly payment list (danh sách chi trả) from CSV, like `readRegisterCsv`. */
export function readPaymentsCsv(input: string, options: ListOptions = {}): ReadResult<PaymentRow> {
  const parsed = parseCsv(input);
  return readList(parsed.records, csvNotes(parsed), paymentListSchema, options);
}

/** Reads a register from an XLSX workbook (first sheet), like `readRegisterCsv`. */
export function readRegisterXlsx(bytes: Uint8Array, options: ListOptions = {}): ReadResult<RegisterRow> {
  const { records, notes } = sheetRecords(bytes);
  return readList(records, notes, registerListSchema, options);
}

/** Reads a payment list from an XLSX workbook (first sheet), like `readPaymentsCsv`. */
export function readPaymentsXlsx(bytes: Uint8Array, options: ListOptions = {}): ReadResult<PaymentRow> {
  const { records, notes } = sheetRecords(bytes);
  return readList(records, notes, paymentListSchema, options);
}

/** Streams a register (danh sách đối tượng) CSV: `readRegisterCsv`'s rules, a chunk at a time. */
export function streamRegisterCsv(
  source: TableSource,
  options: StreamOptions<RegisterRow>,
): Promise<ValidationReport> {
  return streamTable(source, registerListSchema, options);
}

/** Streams a payment list (danh sách chi trả) CSV: `readPaymentsCsv`'s rules, a chunk at a time. */
export function streamPaymentsCsv(
  source: TableSource,
  options: StreamOptions<PaymentRow>,
): Promise<ValidationReport> {
  return streamTable(source, paymentListSchema, options);
}
