import type { RegisterRow } from '@ansinh/core';
import { utils, write } from '@e965/xlsx';
import { registerTable, type WriteOptions } from './write-register.js';

/**
 * Writes a register as an XLSX workbook (one sheet, `Danh sách`), with the same Vietnamese headers as the
 * CSV; CCCD and account numbers masked unless `reveal`; the notice (such as "synthetic data") as a first
 * row when given, which the readers skip as a row above the header.
 */
export function writeRegisterXlsx(rows: readonly RegisterRow[], options: WriteOptions = {}): Uint8Array {
  const table = registerTable(rows, options);
  const sheet = utils.aoa_to_sheet([
    ...(options.comment === undefined ? [] : [[options.comment]]),
    table.header,
    ...table.rows.map((row) => row.map((cell) => (cell === undefined ? '' : String(cell)))),
  ]);
  const workbook = utils.book_new();
  utils.book_append_sheet(workbook, sheet, 'Danh sách');
  return write(workbook, { type: 'array', bookType: 'xlsx' }) as Uint8Array;
}
