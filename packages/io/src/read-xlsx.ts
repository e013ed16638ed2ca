import { type PaymentRow, paymentRowSchema, type RegisterRow, registerRowSchema } from '@ansinh/core';
import { read, utils } from '@e965/xlsx';
import type { CsvRecord } from './parse-csv.js';
import { type ReadResult, readRecords } from './read-table.js';
import { paymentColumns, registerColumns } from './register-columns.js';
import { paymentChecks, registerChecks } from './row-checks.js';

/**
 * The rows of a workbook's first sheet as text cells, as Excel displays them; `readRecords` finds the header
 * among them (title rows and merged banner rows above it are skipped and noted).
 */
function sheetRecords(bytes: Uint8Array): { records: CsvRecord[]; notes: string[] } {
  const workbook = read(bytes, { type: 'array', cellDates: false });
  const name = workbook.SheetNames[0];
  const sheet = name === undefined ? undefined : workbook.Sheets[name];
  if (sheet === undefined) return { records: [], notes: ['the workbook has no sheet'] };
  const rows = utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: '', blankrows: true });
  return {
    records: rows.map((row, i) => ({ line: i + 1, fields: row.map((cell) => String(cell ?? '')) })),
    notes: [`sheet "${name}"`],
  };
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
