import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { z } from 'zod';
import { CsvSplitter } from './csv-splitter.js';
import { detectLegacyEncoding } from './detect-legacy-encoding.js';
import type { CsvRecord } from './parse-csv.js';
import { type ColumnSpec, csvNotes, findHeader, type RejectedRow } from './read-table.js';
import { createRowValidator, layoutHeader, type RowCheck } from './row-validator.js';

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
  /** Rows per chunk handed on (default 65 536). */
  readonly chunkRows?: number;
  /** Rejected rows kept whole in the report as examples (default 1 000); all are counted. */
  readonly keepRejected?: number;
  /** Progress in bytes; `total` is known for files. */
  readonly onProgress?: (done: number, total: number | undefined) => void;
}

/** The validation report of a streamed file: complete, whatever the file's size. */
export interface StreamReport {
  /** Data rows read (blank rows included): always `accepted + rejected`. */
  readonly inputRows: number;
  readonly accepted: number;
  readonly rejected: number;
  /** Every issue counted by its code (`required`, `invalid_date`, `duplicate_beneficiary`, …). */
  readonly issueCounts: Readonly<Record<string, number>>;
  /** The first `keepRejected` rejected rows, whole. */
  readonly rejectedSample: readonly RejectedRow[];
  readonly header: readonly string[];
  readonly notes: readonly string[];
}

/** Records read before the header is looked for (`findHeader` looks at the first ten). */
const headerWindow = 10;
/** Text the legacy-encoding check looks at: the first megabyte or so (see `streamTable`). */
const legacyWindow = 1 << 20;

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
 * Reads a CSV table larger than memory in chunks: the text is split as it arrives (`CsvSplitter`), each
 * row judged by the same validator as `readTable` (`createRowValidator`: column specs, schema, `check`
 * with its `seen` map across the whole file), accepted rows handed to `onAccepted` and rejected ones to
 * `onRejected` a chunk at a time, so memory holds one chunk plus what `check` remembers (the keys of a
 * register, about 100 bytes a row). The report counts every row and every issue by code: `inputRows =
 * accepted + rejected`, always. One difference from `readTable`: the check for TCVN3/VNI text read as
 * Unicode looks at the first megabyte, not the whole file. O(rows × columns).
 */
export async function streamTable<T>(
  source: TableSource,
  columns: readonly ColumnSpec[],
  schema: z.ZodType<T>,
  check: RowCheck<T>,
  options: StreamOptions<T>,
): Promise<StreamReport> {
  const chunkRows = options.chunkRows ?? 65_536;
  const keepRejected = options.keepRejected ?? 1_000;
  const total = typeof source === 'string' ? (await stat(source)).size : undefined;
  const splitter = new CsvSplitter();
  const issueCounts: Record<string, number> = {};
  const rejectedSample: RejectedRow[] = [];
  let accepted: T[] = [];
  let rejected: RejectedRow[] = [];
  let acceptedCount = 0;
  let rejectedCount = 0;
  let inputRows = 0;
  let header: readonly string[] = [];
  let notes: string[] = [];
  let judge: ((record: CsvRecord) => ReturnType<ReturnType<typeof createRowValidator<T>>>) | undefined;
  // Records held until the header and the legacy-encoding check are settled on the file's start.
  let waiting: CsvRecord[] = [];
  let waitingChars = 0;
  let bytes = 0;

  const settle = (final: boolean) => {
    if (!final && (waiting.length < headerWindow || waitingChars < legacyWindow)) return;
    const start = findHeader(waiting, columns);
    const head = waiting[start];
    const layout = layoutHeader(head?.fields ?? [], columns);
    header = layout.header;
    notes = csvNotes(splitter);
    if (start > 0) notes.push(`${start} row(s) above the header skipped`);
    const legacy = detectLegacyEncoding(waiting.map((r) => r.fields.join(' ')).join('\n'));
    judge = createRowValidator(layout, columns, schema, check, legacy);
    const body = waiting.slice(start + 1);
    waiting = [];
    return body;
  };
  const flush = async (force: boolean) => {
    if (accepted.length > 0 && (force || accepted.length >= chunkRows)) {
      const rows = accepted;
      accepted = [];
      await options.onAccepted(rows);
    }
    if (rejected.length > 0 && (force || rejected.length >= chunkRows)) {
      const rows = rejected;
      rejected = [];
      await options.onRejected?.(rows);
    }
  };
  const take = async (records: readonly CsvRecord[]) => {
    for (const record of records) {
      const verdict = (judge as NonNullable<typeof judge>)(record);
      inputRows += 1;
      if (verdict.ok) {
        acceptedCount += 1;
        accepted.push(verdict.row);
      } else {
        rejectedCount += 1;
        for (const issue of verdict.rejected.issues)
          issueCounts[issue.code] = (issueCounts[issue.code] ?? 0) + 1;
        if (rejectedSample.length < keepRejected) rejectedSample.push(verdict.rejected);
        rejected.push(verdict.rejected);
      }
      if (accepted.length >= chunkRows || rejected.length >= chunkRows) await flush(false);
    }
  };
  const handle = async (records: CsvRecord[], final: boolean) => {
    if (judge === undefined) {
      for (const record of records) {
        waiting.push(record);
        for (const field of record.fields) waitingChars += field.length + 1;
      }
      const body = settle(final);
      if (body !== undefined) {
        await options.onHeader?.(header);
        await take(body);
      }
    } else await take(records);
  };

  for await (const piece of piecesOf(source)) {
    bytes += piece.bytes;
    await handle(splitter.push(piece.text), false);
    options.onProgress?.(bytes, total);
  }
  await handle(splitter.end(), true);
  await flush(true);
  return {
    inputRows,
    accepted: acceptedCount,
    rejected: rejectedCount,
    issueCounts,
    rejectedSample,
    header,
    notes,
  };
}
