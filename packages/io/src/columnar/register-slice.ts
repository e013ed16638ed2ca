// One slice of a register read on a worker thread for `readRegisterColumnar`: from the start of a line
// to the start of another, its rows judged by the rules on a row's own fields as the main thread would
// judge them; what it sends back is its counts, its rejected rows, the keys of the rules that look back
// over the file (for the main thread to apply in file order) and the accepted people in columns.
import { open } from 'node:fs/promises';
import {
  createRegisterColumns,
  type RegisterColumns,
  type RegisterRow,
  registerColumnsReads,
} from '@ansinh/core';
import { CsvSplitter } from '../csv/csv-splitter.js';
import { filePieces } from '../read/file-pieces.js';
import { registerListSchema } from '../read/read-register.js';
import { createLineFeeder } from '../read/stream-table.js';
import type { ListOptions } from '../validate/list-schema.js';
import { createOnceNotes, type OnceNotes, onceNotesBuffers } from '../validate/once-notes.js';
import { readingAs } from '../validate/row-checks.js';
import type { RowCheck } from '../validate/row-validator.js';
import type { RejectedRow, ValidationReport } from '../validate/table-issues.js';
import { createTableReader } from '../validate/table-reader.js';

/** A slice of a register for a worker thread: bytes `start` to `end`, each the start of a line. */
export interface RegisterSliceJob {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  /** Whether the slice ends the file. */
  readonly last: boolean;
  readonly list: ListOptions;
  readonly lane: boolean | undefined;
  /** The rows the slice is expected to hold (a size hint). */
  readonly expectedRows: number | undefined;
}

/**
 * Why a slice read on a worker thread was not taken in, so that the main thread read it (and the rest of
 * the file) itself: a quoted field open across the cut; a heading, a total or the first row in force at
 * the cut, or at the end of the slice; the header not read alike; the slice's first line not the line
 * the main thread counted (a carriage return alone ends a line the worker did not count); the worker
 * could not read its slice (`detail` says why: a broken file is then named by the main thread).
 */
export type SliceMisfit =
  | 'quote_open_at_cut'
  | 'heading_at_cut'
  | 'heading_at_slice_end'
  | 'header_not_alike'
  | 'line_not_counted'
  | 'worker_failed';

/** What a worker thread sends back for its slice (or why it could not read it). */
export type RegisterSliceMessage =
  | { readonly ok: false; readonly detail: string }
  | {
      readonly ok: true;
      /** The line the slice starts on (line feeds before it, counted) and the line after its last. */
      readonly startLine: number;
      readonly endLine: number;
      /** The line feeds in the slice (`endLine - startLine` but for lone carriage returns). */
      readonly feeds: number;
      /** The last line of the records the header settled on (`TableReader.boundary`). */
      readonly settledAt: number;
      /** Whether the body is plain at the end of the slice (the next slice may then be taken in). */
      readonly plainEnd: boolean;
      /** The slice's report: its counts, by the rules on a row's own fields. */
      readonly report: ValidationReport;
      /** Every rejected row, in file order. */
      readonly rejected: readonly RejectedRow[];
      /**
       * Every row that reached the rules: its line, its keys under each look-back rule, and the index of its
       * person in `people` (-1 when rejected).
       */
      readonly checked: OnceNotes;
      readonly people: RegisterColumns;
    };

/** Bytes read at a time: as the main thread reads, so that the header settles on the same text. */
const pieceBytes = 1 << 20;

/** Lines before a byte offset: 1 + the line feeds before it (the line a record there starts on). */
async function lineAt(file: string, offset: number): Promise<number> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(4 << 20);
    let line = 1;
    for (let at = 0; at < offset; ) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, offset - at), at);
      if (bytesRead === 0) break;
      for (let i = buffer.indexOf(0x0a, 0); i !== -1 && i < bytesRead; i = buffer.indexOf(0x0a, i + 1))
        line += 1;
      at += bytesRead;
    }
    return line;
  } finally {
    await handle.close();
  }
}

/** Reads a slice of a register (`RegisterSliceJob`), as the main thread would read those lines. */
export async function readRegisterSlice(job: RegisterSliceJob): Promise<RegisterSliceMessage> {
  const { parts } = registerListSchema;
  if (parts === undefined) return { ok: false, detail: 'the register schema has no parts' };
  const { local, once } = parts;
  const startLine = await lineAt(job.file, job.start);
  // Every row that reaches the rules: its line, its keys under the look-back rules, and where it went.
  const notes = createOnceNotes(once, { expected: job.expectedRows });
  // The rules on a row's own fields and notes of the look-back rules' keys: what the list's check reads.
  const check: RowCheck<RegisterRow> = readingAs((row, line, seen) => {
    const own = local(row, line, seen);
    notes.note(row, line);
    return own;
  }, registerListSchema.check);
  const people = createRegisterColumns();
  const rejected: RejectedRow[] = [];
  const reader = createTableReader(
    { ...registerListSchema, check },
    {
      // An accepted row is the one whose rules ran last: where it went is noted against it.
      accept: (row) => notes.accepted(people.add(row)),
      copies: true,
      // The columns read only what they keep: names, villages and the like stay unmade.
      reads: registerColumnsReads,
      reject: (row) => rejected.push(row),
    },
    { ...job.list, keepRejected: 0, keepStructure: 1_000, from: startLine, lane: job.lane },
  );
  // The start of the file, read as the main thread reads it, until the header is settled.
  const head = new CsvSplitter();
  const headFeeder = createLineFeeder(reader, head);
  for await (const piece of filePieces(job.file, { start: 0, end: job.start, size: pieceBytes })) {
    headFeeder.bytes(piece);
    if (reader.header !== undefined) break;
  }
  if (reader.header === undefined) return { ok: false, detail: 'the header did not settle before the slice' };
  const splitter = new CsvSplitter({ delimiter: head.delimiter, line: startLine });
  const feeder = createLineFeeder(reader, splitter);
  // A byte that is not UTF-8 is named on its line in the file.
  feeder.skipLines(0, startLine - 1);
  let feeds = 0;
  for await (const bytes of filePieces(job.file, { start: job.start, end: job.end, size: pieceBytes })) {
    for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) feeds += 1;
    feeder.bytes(bytes);
  }
  feeder.end();
  if (job.last) {
    reader.push(splitter.end(reader.lineTaker(splitter.delimiter)), splitter.delimiter);
    reader.end();
  } else if (splitter.pending) return { ok: false, detail: 'a quoted field is open at the end of the slice' };
  const boundary = reader.boundary();
  return {
    ok: true,
    startLine,
    endLine: splitter.line,
    feeds,
    settledAt: boundary.settledAt ?? -1,
    plainEnd: boundary.plain,
    report: reader.report([]),
    rejected,
    checked: notes.done(),
    people: people.done(),
  };
}

/** The buffers of a slice's message, for a worker thread to move them, not copy them. */
export function registerSliceBuffers(message: RegisterSliceMessage): ArrayBuffer[] {
  if (!message.ok) return [];
  const p = message.people;
  return [
    ...onceNotesBuffers(message.checked),
    p.keys.bytes.buffer,
    p.keys.ends.buffer,
    p.commune.buffer,
    p.birthYear.buffer,
    p.female.buffer,
    p.category.buffer,
    p.amountVnd.buffer,
    p.sinceDay.buffer,
    p.untilDay.buffer,
    p.accountDay.buffer,
  ] as ArrayBuffer[];
}
