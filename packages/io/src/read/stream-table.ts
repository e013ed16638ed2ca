import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { csvNotes } from '../csv/csv-notes.js';
import { CsvFormatError, CsvSplitter } from '../csv/csv-splitter.js';
import { createTextDecoder, type TextEncoding, TextEncodingError } from '../text/decode-text.js';
import type { ListOptions, ListSchema } from '../validate/list-schema.js';
import type { UnderstoodColumn } from '../validate/match-columns.js';
import type { RejectedRow, ValidationReport } from '../validate/table-issues.js';
import { createTableReader } from '../validate/table-reader.js';
import { looksLikeWorkbook, WorkbookError } from '../xlsx/check-workbook.js';
import { sheetRecords } from '../xlsx/sheet-records.js';

/** An XLSX workbook, by its file name. */
export const isWorkbookPath = (path: string): boolean => /\.xlsx$/iu.test(path);

/** Whether a file holds a workbook whatever its name (its first bytes). */
async function workbookBytes(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(8);
    await handle.read(head, 0, 8, 0);
    return looksLikeWorkbook(head);
  } finally {
    await handle.close();
  }
}

/** Where `streamTable` reads from: a file path (CSV, or an XLSX workbook by its extension), or pieces of UTF-8 bytes or text. */
export type TableSource = string | AsyncIterable<Uint8Array | string>;

/** What `streamTable` does with rows as it goes. */
export interface StreamOptions<T> extends ListOptions {
  /**
   * The encoding of a file's bytes (UTF-8 by default, read strictly: a byte that is not UTF-8 throws
   * `TextEncodingError` naming its line). Text pieces are taken as they are.
   */
  readonly encoding?: TextEncoding | undefined;
  /** Accepted rows, a chunk at a time; read on only once the returned promise settles. */
  readonly onAccepted: (rows: readonly T[]) => void | Promise<void>;
  /** Rejected rows with their reasons, a chunk at a time (to write them out: nothing is lost). */
  readonly onRejected?: (rows: readonly RejectedRow[]) => void | Promise<void>;
  /**
   * The header as the file has it and every column with the field it was taken for, once found (before
   * any row is handed on).
   */
  readonly onHeader?: (
    header: readonly string[],
    columns: readonly UnderstoodColumn[],
  ) => void | Promise<void>;
  /** At most this many rows per chunk handed on (default 65 536). */
  readonly chunkRows?: number;
  /** Rejected rows kept whole in the report as examples (default 1 000); all are counted. */
  readonly keepRejected?: number;
  /** Progress in bytes; `total` is known for files. */
  readonly onProgress?: (done: number, total: number | undefined) => void;
  /**
   * Whether lines whose cells are all in their column's canonical form are read from the line's text
   * (`compileLane`; default true), as registers and payment lists are written by ansinh and most systems.
   * The rows, reasons and report are the same either way: false reads every row through the full rules.
   */
  readonly lane?: boolean;
}

/** Text fed at a time while a file's header is not yet settled. */
const settleSlice = 1 << 18;

/** An array in pieces of at most `size` (the array itself when it fits). */
function chunksOf<T>(rows: T[], size: number): T[][] {
  if (rows.length <= size) return rows.length === 0 ? [] : [rows];
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}

async function* piecesOf(
  source: TableSource,
  encoding: TextEncoding | undefined,
): AsyncGenerator<{ text: string; bytes: number }> {
  const decoder = createTextDecoder(encoding);
  const iterable = typeof source === 'string' ? createReadStream(source, { highWaterMark: 1 << 22 }) : source;
  for await (const piece of iterable as AsyncIterable<Uint8Array | string>) {
    yield typeof piece === 'string'
      ? { text: piece, bytes: piece.length }
      : { text: decoder.write(piece), bytes: piece.byteLength };
  }
  const rest = decoder.end();
  if (rest !== '') yield { text: rest, bytes: 0 };
}

/**
 * Reads a CSV table larger than memory in pieces: the text is split as it arrives (`CsvSplitter`) and fed
 * to the same driver as `readTable` (`createTableReader`), accepted rows handed to `onAccepted` and
 * rejected ones to `onRejected` at most `chunkRows` at a time, so memory holds one piece of the file plus
 * what `check` remembers (the keys of a register, about 100 bytes a row). The report counts every record
 * and every issue by code: `inputRows = accepted + rejected + skipped + structure`, always. O(rows ×
 * columns).
 */
export async function streamTable<T>(
  source: TableSource,
  list: ListSchema<T>,
  options: StreamOptions<T>,
): Promise<ValidationReport> {
  try {
    return await streamList(source, list, options);
  } catch (error) {
    // A broken file says which file it is (the line is already in the error).
    if (
      error instanceof CsvFormatError ||
      error instanceof TextEncodingError ||
      error instanceof WorkbookError
    )
      error.file ??= options.fileName ?? (typeof source === 'string' ? source : undefined);
    throw error;
  }
}

async function streamList<T>(
  source: TableSource,
  list: ListSchema<T>,
  options: StreamOptions<T>,
): Promise<ValidationReport> {
  const chunkRows = Math.max(1, options.chunkRows ?? 65_536);
  const total = typeof source === 'string' ? (await stat(source)).size : undefined;
  const splitter = new CsvSplitter();
  let accepted: T[] = [];
  let rejected: RejectedRow[] = [];
  const reader = createTableReader(
    list,
    { accept: (row) => accepted.push(row), reject: (row) => rejected.push(row) },
    {
      ...options,
      fileName: options.fileName ?? (typeof source === 'string' ? basename(source) : undefined),
      keepRejected: options.keepRejected ?? 1_000,
      keepStructure: 1_000,
    },
  );
  let headerGiven = false;
  const handOn = async () => {
    if (!headerGiven && reader.header !== undefined) {
      headerGiven = true;
      await options.onHeader?.(reader.header, reader.columns);
    }
    const [rows, refused] = [accepted, rejected];
    accepted = [];
    rejected = [];
    for (const chunk of chunksOf(rows, chunkRows)) await options.onAccepted(chunk);
    for (const chunk of chunksOf(refused, chunkRows)) await options.onRejected?.(chunk);
  };
  if (typeof source === 'string' && (isWorkbookPath(source) || (await workbookBytes(source)))) {
    // A workbook is read whole (a sheet holds at most about a million rows) and fed to the same driver.
    const sheet = sheetRecords(await readFile(source));
    reader.push(sheet.records);
    reader.end();
    await handOn();
    options.onProgress?.(total ?? 0, total);
    return reader.report(sheet.notes);
  }
  let bytes = 0;
  for await (const piece of piecesOf(source, options.encoding)) {
    bytes += piece.bytes;
    // Until the header is settled the text goes in slices, so the lane takes the lines after it.
    for (let at = 0; at < piece.text.length; ) {
      const taker = reader.lineTaker(splitter.delimiter);
      const size = reader.header === undefined ? settleSlice : piece.text.length;
      const text = at === 0 && size >= piece.text.length ? piece.text : piece.text.slice(at, at + size);
      reader.push(splitter.push(text, taker));
      at += text.length;
    }
    await handOn();
    options.onProgress?.(bytes, total);
  }
  reader.push(splitter.end(reader.lineTaker(splitter.delimiter)));
  reader.end();
  await handOn();
  return reader.report(csvNotes(splitter));
}
