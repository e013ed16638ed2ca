import type { RegisterRow } from '@ansinh/core';
import { writeSheet } from '../xlsx/write-sheet.js';
import { registerTable, type WriteOptions } from './write-register.js';

/**
 * Writes a register as an XLSX workbook (one sheet, `Danh sách`), with the same Vietnamese headers as the
 * CSV; CCCD and account numbers masked unless `reveal`; the notice (such as "synthetic data") as a first
 * row when given, which the readers skip as a row above the header.
 */
export function writeRegisterXlsx(rows: readonly RegisterRow[], options: WriteOptions = {}): Uint8Array {
  const table = registerTable(rows, options);
  return writeSheet('Danh sách', [
    ...(options.comment === undefined ? [] : [[options.comment]]),
    table.header,
    ...table.rows.map((row) => row.map((cell) => (cell === undefined ? '' : String(cell)))),
  ]);
}
