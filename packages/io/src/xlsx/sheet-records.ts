import type { NoteOf } from '@ansinh/core';
import { read, utils } from '@e965/xlsx';
import type { CsvRecord } from '../csv/parse-csv.js';

/**
 * The rows of a workbook's first sheet as text cells, as Excel displays them, numbered from 1 like the
 * sheet's rows; the readers find the header among them (title rows and merged banner rows above it are
 * skipped and noted).
 */
export function sheetRecords(bytes: Uint8Array): { records: CsvRecord[]; notes: NoteOf[] } {
  const workbook = read(bytes, { type: 'array', cellDates: false });
  const name = workbook.SheetNames[0];
  const sheet = name === undefined ? undefined : workbook.Sheets[name];
  if (sheet === undefined) return { records: [], notes: [{ code: 'no_sheet', params: {} }] };
  const rows = utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: '', blankrows: true });
  return {
    records: rows.map((row, i) => ({ line: i + 1, fields: row.map((cell) => String(cell ?? '')) })),
    notes: [{ code: 'sheet', params: { name: name ?? '' } }],
  };
}
