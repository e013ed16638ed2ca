import { neutraliseCell } from '../csv/write-csv.js';
import { sheetJs } from './sheetjs.js';

/**
 * A workbook of one sheet with the given rows of text cells (the first row usually the header), each
 * cell neutralised against formulas (`neutraliseCell`) as in a CSV.
 */
export function writeSheet(name: string, rows: readonly (readonly string[])[]): Uint8Array {
  const { utils, write } = sheetJs();
  const sheet = utils.aoa_to_sheet(rows.map((row) => row.map(neutraliseCell)));
  const workbook = utils.book_new();
  utils.book_append_sheet(workbook, sheet, name);
  // SheetJS gives an ArrayBuffer for `type: 'array'`.
  return new Uint8Array(write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
