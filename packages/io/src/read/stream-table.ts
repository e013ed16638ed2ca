import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { z } from 'zod';
import { csvNotes } from '../csv/csv-notes.js';
import { CsvSplitter } from '../csv/csv-splitter.js';
import type { RowCheck } from '../validate/row-validator.js';
import type { ColumnSpec, RejectedRow, ValidationReport } from '../validate/table-issues.js';
import { createTableReader } from '../validate/table-reader.js';

/** Where `streamTable` reads from: a file path, or pieces of UTF-8 bytes or text. */
export type TableSource = string | AsyncIterable<Uint8Array | string>;

/** What `streamTable` does with rows as it goes. */
export interface StreamOptions<T> {
  /** Accepted rows, a chunk at a time; read on only once the returned promise settles. */
  readonly onAccepted: (rows: readonly T[]) => void | Promise<void>;
  /** Rejected rows with their reasons, a chunk at a time (to write them out: nothing is lost). */
  readonly onRejected?: (rows: readonly RejectedRow[]) => void | Promise<void>;
  /** The header as the file has it, once it is found (before any row is handed on). */
  readonly onHeader?: (header: readonly string[]) => void | Promise<void>;
  /** At most this many rows per chunk handed on (default 65 536). */
  readonly chunkRows?: number;
  /** Rejected rows kept whole in the report as examples (default 1 000); all are counted. */
  readonly keepRejected?: number;
  /** Progress in bytes; `total` is known for files. */
  readonly onProgress?: (done: number, total: number | undefined) => void;
}

/** An array in pieces of at most `size` (the array itself when it fits). */
function chunksOf<T>(rows: T[], size: number): T[][] {
  if (rows.length <= size) return rows.length === 0 ? [] : [rows];
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}

async function* piecesOf(source: TableSource): AsyncGenerator<{ text: string; bytes: number }> {
  const decoder = new TextDecoder('utf-8');
  const iterable = typeof source === 'string' ? createReadStream(source, { highWaterMark: 1 << 22 }) : source;
  for await (const piece of iterable as AsyncIterable<Uint8Array | string>) {
    yield typeof piece === 'string'
      ? { text: piece, bytes: piece.length }
      : { text: decoder.decode(piece, { stream: true }), bytes: piece.byteLength };
  }
  const rest = decoder.decode();
  if (rest !== '') yield { text: rest, bytes: 0 };
}

/**
 * Reads a CSV table larger than memory in pieces: the text is split as it arrives (`CsvSplitter`) and fed
 * to the same driver as `readTable` (`createTableReader`), accepted rows handed to `onAccepted` and
 * rejected ones to `onRejected` at most `chunkRows` at a time, so memory holds one piece of the file plus
 * what `check` remembers (the keys of a register, about 100 bytes a row). The report counts every row and
 * every issue by code: `inputRows = accepted + rejected`, always. O(rows × columns).
 */
export async function streamTable<T>(
  source: TableSource,
  columns: readonly ColumnSpec[],
  schema: z.ZodType<T>,
  check: RowCheck<T>,
  options: StreamOptions<T>,
): Promise<ValidationReport> {
  const chunkRows = Math.max(1, options.chunkRows ?? 65_536);
  const total = typeof source === 'string' ? (await stat(source)).size : undefined;
  const splitter = new CsvSplitter();
  let accepted: T[] = [];
  let rejected: RejectedRow[] = [];
  const reader = createTableReader(
    columns,
    schema,
    check,
    { accept: (row) => accepted.push(row), reject: (row) => rejected.push(row) },
    { keepRejected: options.keepRejected ?? 1_000 },
  );
  let headerGiven = false;
  const handOn = async () => {
    if (!headerGiven && reader.header !== undefined) {
      headerGiven = true;
      await options.onHeader?.(reader.header);
    }
    const [rows, refused] = [accepted, rejected];
    accepted = [];
    rejected = [];
    for (const chunk of chunksOf(rows, chunkRows)) await options.onAccepted(chunk);
    for (const chunk of chunksOf(refused, chunkRows)) await options.onRejected?.(chunk);
  };
  let bytes = 0;
  for await (const piece of piecesOf(source)) {
    bytes += piece.bytes;
    reader.push(splitter.push(piece.text));
    await handOn();
    options.onProgress?.(bytes, total);
  }
  reader.push(splitter.end());
  reader.end();
  await handOn();
  return reader.report(csvNotes(splitter));
}
