import type { NoteOf } from '@ansinh/core';
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import type { CsvRecord } from '../csv/parse-csv.js';
import { encodingWindowBytes, legacyLettersFont } from '../text/decode-text.js';
import { windows1252Misfits } from '../text/detect-legacy-encoding.js';
import { fromLegacyLetters } from '../text/legacy-letters.js';
import { checkWorkbook, maxColumns, WorkbookError } from './check-workbook.js';
import { sheetJs } from './sheetjs.js';

/** Days from Excel's day 0 (1899-12-30, counting its false 29 February 1900) to 1970-01-01. */
const excelEpochDays = 25_569;

/** Excel shows a number in General format in scientific form from twelve digits on. */
const scientificFrom = 1e11;

/** An Excel date serial as `yyyy-mm-dd`. */
function isoOfSerial(serial: number): string {
  return new Date(Math.round((serial - excelEpochDays) * 86_400_000)).toISOString().slice(0, 10);
}

/**
 * A cell as text a reader can judge whatever the workbook's locale: a date cell as `yyyy-mm-dd` (not the
 * `m/d/yy` of an American format); a whole number from 1900 to 2100 in a date-formatted cell as the year
 * it is (a year typed into a date column would show as a day of 1905); a number of twelve digits or more
 * in General format as Excel shows it, in scientific form (`4.82E+13`), so that an account number stored
 * as a number is caught, as in a CSV Excel wrote; anything else as Excel displays it.
 */
export function cellText(cell: CellObject | undefined): string {
  if (cell === undefined || cell.v === undefined || cell.v === null) return '';
  if (cell.t === 'n' && typeof cell.v === 'number') {
    const format = typeof cell.z === 'string' ? cell.z : 'General';
    const dated = format !== 'General' && sheetJs().SSF.is_date(format) === true;
    if (dated && Number.isInteger(cell.v) && cell.v >= 1900 && cell.v <= 2100) return String(cell.v);
    if (dated) return isoOfSerial(cell.v);
    if (format === 'General' && Math.abs(cell.v) >= scientificFrom)
      return cell.v
        .toExponential(2)
        .replace(/\.?0+e/u, 'e')
        .toUpperCase()
        .replace(/E\+?/u, 'E+');
  }
  if (cell.t === 'd' && cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  return cell.w ?? String(cell.v);
}

/**
 * The rows of a sheet as text cells, numbered from 1 like the sheet's rows, empty rows kept: built from
 * the cells the sheet holds, not from the range it declares (a file of a few KB may declare A1:XFD1048576).
 * A cell beyond `maxColumns` throws `WorkbookError`.
 */
function recordsOf(sheet: WorkSheet): CsvRecord[] {
  const { utils } = sheetJs();
  const rows = new Map<number, Map<number, string>>();
  let lastRow = -1;
  for (const address of Object.keys(sheet)) {
    if (address.startsWith('!')) continue;
    const { r, c } = utils.decode_cell(address);
    if (c >= maxColumns) throw new WorkbookError('too_wide', address);
    const text = cellText(sheet[address] as CellObject);
    if (text === '') continue;
    let row = rows.get(r);
    if (row === undefined) {
      row = new Map();
      rows.set(r, row);
    }
    row.set(c, text);
    lastRow = Math.max(lastRow, r);
  }
  const records: CsvRecord[] = [];
  for (let r = 0; r <= lastRow; r += 1) {
    const row = rows.get(r);
    const width = row === undefined ? 0 : Math.max(...row.keys()) + 1;
    const fields: string[] = [];
    for (let c = 0; c < width; c += 1) fields.push(row?.get(c) ?? '');
    records.push({ line: r + 1, fields });
  }
  return records;
}

/**
 * The rows of a workbook's first sheet as text cells (`cellText`), numbered from 1 like the sheet's rows;
 * the readers find the header among them (title rows and merged banner rows above it are structure). The
 * bytes are checked first (`checkWorkbook`: a ZIP, not encrypted, inflating within its budget); a
 * workbook the library cannot open throws `WorkbookError` too, never "no rows".
 */
export function sheetRecords(bytes: Uint8Array): { records: CsvRecord[]; notes: NoteOf[] } {
  checkWorkbook(bytes);
  let workbook: WorkBook;
  try {
    workbook = sheetJs().read(bytes, { type: 'array', cellDates: false, cellNF: true });
  } catch {
    throw new WorkbookError('corrupt');
  }
  const name = workbook.SheetNames[0];
  const sheet = name === undefined ? undefined : workbook.Sheets[name];
  if (sheet === undefined) return { records: [], notes: [{ code: 'no_sheet', params: {} }] };
  const records = recordsOf(sheet);
  const notes: NoteOf[] = [{ code: 'sheet', params: { name: name ?? '' } }];
  const font = legacyLettersFont(windowOf(records));
  if (font === undefined) return { records, notes };
  return {
    // A row with a cell typed in Unicode (a header retyped) is kept as it is, as a CSV file's line is.
    records: records.map((record) =>
      record.fields.some((field) => windows1252Misfits(field).outside > 0)
        ? record
        : { line: record.line, fields: record.fields.map((field) => fromLegacyLetters(field, font)) },
    ),
    notes: [...notes, { code: 'legacy_letters_read', params: { encoding: font } }],
  };
}

/**
 * The text of a sheet's start a legacy font's letters are told from (`legacyLettersFont`), as a CSV file's
 * are from its first megabyte: its rows' cells joined by commas, rows by line breaks, up to as many
 * characters as that window has bytes.
 */
function windowOf(records: readonly CsvRecord[]): string {
  const lines: string[] = [];
  let room = encodingWindowBytes;
  for (const record of records) {
    if (room <= 0) break;
    const line = record.fields.join(',');
    lines.push(line.length > room ? line.slice(0, room) : line);
    room -= line.length + 1;
  }
  return lines.join('\n');
}
