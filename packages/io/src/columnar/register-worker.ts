// A worker thread of `readRegisterColumnar`: reads one slice of a register (from the start of a line to
// the start of another), judging its rows by the rules on a row's own fields as the main thread would,
// and sends back its counts, its rejected rows, the keys of the rules that look back over the file (for
// the main thread to apply in file order) and the accepted people in columns.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { createRegisterColumns, type RegisterRow, registerColumnsReads } from '@ansinh/core';
import { CsvSplitter } from '../csv/csv-splitter.js';
import { registerListSchema } from '../read/read-register.js';
import { createLineFeeder } from '../read/stream-table.js';
import type { ListOptions } from '../validate/list-schema.js';
import { createOnceNotes, onceNotesBuffers } from '../validate/once-notes.js';
import { readingAs } from '../validate/row-checks.js';
import type { RowCheck } from '../validate/row-validator.js';
import type { RejectedRow } from '../validate/table-issues.js';
import { createTableReader } from '../validate/table-reader.js';
import type { RegisterSliceJob, RegisterSliceMessage } from './read-register-columnar.js';

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

async function readSlice(job: RegisterSliceJob): Promise<RegisterSliceMessage> {
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
  for await (const piece of createReadStream(job.file, {
    start: 0,
    end: job.start - 1,
    highWaterMark: pieceBytes,
  })) {
    headFeeder.bytes(piece as Buffer);
    if (reader.header !== undefined) break;
  }
  if (reader.header === undefined) return { ok: false, detail: 'the header did not settle before the slice' };
  const splitter = new CsvSplitter({ delimiter: head.delimiter, line: startLine });
  const feeder = createLineFeeder(reader, splitter);
  // A byte that is not UTF-8 is named on its line in the file.
  feeder.skipLines(0, startLine - 1);
  let feeds = 0;
  for await (const piece of createReadStream(job.file, {
    start: job.start,
    end: job.end - 1,
    highWaterMark: pieceBytes,
  })) {
    const bytes = piece as Buffer;
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

const job = workerData as RegisterSliceJob & { list: ListOptions };
readSlice(job).then(
  (message) => {
    if (!message.ok) {
      parentPort?.postMessage(message);
      return;
    }
    const p = message.people;
    parentPort?.postMessage(message, [
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
    ] as ArrayBuffer[]);
  },
  (error: unknown) => {
    parentPort?.postMessage({ ok: false, detail: error instanceof Error ? error.message : String(error) });
  },
);
