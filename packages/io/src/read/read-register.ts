import { type PaymentRow, paymentRowSchema, type RegisterRow, registerRowSchema } from '@ansinh/core';
import { paymentColumns, registerColumns } from '../validate/register-columns.js';
import { paymentChecks, registerChecks } from '../validate/row-checks.js';
import type { ValidationReport } from '../validate/table-issues.js';
import { sheetRecords } from '../xlsx/sheet-records.js';
import { type ReadResult, readRecords, readTable } from './read-table.js';
import { type StreamOptions, streamTable, type TableSource } from './stream-table.js';

/**
 * Reads a register (danh sách đối tượng) from CSV: every row accepted as a `RegisterRow` or rejected with
 * `{ row, column, code, message }`, the schema and `registerChecks` applied. `accepted + rejected =
 * inputRows`, always.
 */
export function readRegisterCsv(input: string): ReadResult<RegisterRow> {
  return readTable(input, registerColumns, registerRowSchema, registerChecks);
}

/** Reads a monthly payment list (danh sách chi trả) from CSV, with `paymentChecks`. */
export function readPaymentsCsv(input: string): ReadResult<PaymentRow> {
  return readTable(input, paymentColumns, paymentRowSchema, paymentChecks);
}

/** Reads a register from an XLSX workbook (first sheet), like `readRegisterCsv`. */
export function readRegisterXlsx(bytes: Uint8Array): ReadResult<RegisterRow> {
  const { records, notes } = sheetRecords(bytes);
  return readRecords(records, notes, registerColumns, registerRowSchema, registerChecks);
}

/** Reads a payment list from an XLSX workbook (first sheet), like `readPaymentsCsv`. */
export function readPaymentsXlsx(bytes: Uint8Array): ReadResult<PaymentRow> {
  const { records, notes } = sheetRecords(bytes);
  return readRecords(records, notes, paymentColumns, paymentRowSchema, paymentChecks);
}

/** Streams a register (danh sách đối tượng) CSV: `readRegisterCsv`'s rules, a chunk at a time. */
export function streamRegisterCsv(
  source: TableSource,
  options: StreamOptions<RegisterRow>,
): Promise<ValidationReport> {
  return streamTable(source, registerColumns, registerRowSchema, registerChecks, options);
}

/** Streams a payment list (danh sách chi trả) CSV: `readPaymentsCsv`'s rules, a chunk at a time. */
export function streamPaymentsCsv(
  source: TableSource,
  options: StreamOptions<PaymentRow>,
): Promise<ValidationReport> {
  return streamTable(source, paymentColumns, paymentRowSchema, paymentChecks, options);
}
