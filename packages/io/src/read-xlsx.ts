import { type PaymentRow, paymentRowSchema, type RegisterRow, registerRowSchema } from '@ansinh/core';
import { read, utils } from '@e965/xlsx';
import type { CsvRecord } from './parse-csv.js';
import { type ReadResult, readRecords } from './read-table.js';
import { paymentColumns, registerColumns } from './register-columns.js';
import { paymentChecks, registerChecks } from './row-checks.js';

/**
 * The rows of a workbook's first sheet as text cells, as Excel displays them, from the first row that
 * looks like a header (so title rows and merged banner rows above it are skipped and noted).
 */
function sheetRecords(
  bytes: Uint8Array,
  headers: readonly string[],
): { records: CsvRecord[]; notes: string[] } {
  const workbook = read(bytes, { type: 'array', cellDates: false });
  const name = workbook.SheetNames[0];
  const sheet = name === undefined ? undefined : workbook.Sheets[name];
  if (sheet === undefined) return { records: [], notes: ['the workbook has no sheet'] };
  const rows = utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: '', blankrows: true });
  const wanted = new Set(headers.map((h) => h.toLowerCase()));
  const headerIndex = rows.findIndex((row) =>
    row.some((cell) => wanted.has(String(cell).trim().toLowerCase())),
  );
  const start = Math.max(0, headerIndex);
  const notes = [`sheet "${name}"`];
  if (start > 0) notes.push(`${start} row(s) above the header skipped`);
  return {
    records: rows
      .slice(start)
      .map((row, i) => ({ line: start + i + 1, fields: row.map((cell) => String(cell ?? '')) })),
    notes,
  };
}

/** Reads a register from an XLSX workbook (first sheet), like `readRegisterCsv`. */
export function readRegisterXlsx(bytes: Uint8Array): ReadResult<RegisterRow> {
  const { records, notes } = sheetRecords(
    bytes,
    registerColumns.flatMap((c) => c.headers),
  );
  return readRecords(records, notes, registerColumns, registerRowSchema, registerChecks);
}

/** Reads a payment list from an XLSX workbook (first sheet), like `readPaymentsCsv`. */
export function readPaymentsXlsx(bytes: Uint8Array): ReadResult<PaymentRow> {
  const { records, notes } = sheetRecords(
    bytes,
    paymentColumns.flatMap((c) => c.headers),
  );
  return readRecords(records, notes, paymentColumns, paymentRowSchema, paymentChecks);
}
