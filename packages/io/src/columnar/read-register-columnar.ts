import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import {
  type ColumnarBuilder,
  createRegisterColumns,
  type RegisterColumns,
  type RegisterRow,
  registerColumnsReads,
} from '@ansinh/core';
import { type CsvRecord, CsvSplitter } from '../csv/csv-splitter.js';
import { expectedLines } from '../read/expected-lines.js';
import { registerListSchema, streamRegisterCsv } from '../read/read-register.js';
import {
  fileEncoding,
  isWorkbookFile,
  type SliceDriver,
  type SliceState,
  type StreamOptions,
  streamTableInSlices,
  type TableSource,
} from '../read/stream-table.js';
import type { ListOptions } from '../validate/list-schema.js';
import { createOnceNotes, findRepeats, type OnceNotes } from '../validate/once-notes.js';
import { type OnceRule, readingAs } from '../validate/row-checks.js';
import { createRowMemory, type RowCheck, rawCells } from '../validate/row-validator.js';
import type { AssumptionMade, RejectedRow, RowIssue, ValidationReport } from '../validate/table-issues.js';
import type { RegisterSliceMessage, SliceMisfit } from './register-slice.js';
import { borrowWorker, giveBack, type LentWorker, stopWorker, warmIdleThreads } from './worker-pool.js';

/**
 * The bytes the main thread reads while a new worker starts (about 0,4 s at province scale, most of it
 * loading the packages), counts the lines before its slice and settles the header. Measured on the
 * province benchmark's register (64 MB, one worker): 8 MiB left the main thread waiting about 0,3 s for
 * the worker; 14, 18 and 22 MiB read it in 1,47–1,55, 1,40–1,47 and 1,43–1,46 s (warm runs).
 */
const headStartBytes = 18 << 20;

/**
 * The same for a worker kept from an earlier read (`worker-pool.ts`), which begins its slice after
 * counting the lines before it and settling the header only.
 */
const warmHeadStartBytes = 4 << 20;

/** People held in columns on one thread before they are handed to the builder. */
const sequentialPart = 1 << 16;

/** The smallest slice worth a thread: below it, starting the thread costs more than it saves. */
const defaultSliceBytes = 8 << 20;

/** Where the first line at or after `offset` starts (`size` when none does). */
async function lineStartFrom(file: string, offset: number, size: number): Promise<number> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(1 << 16);
    for (let at = offset - 1; at < size; at += buffer.length) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, at);
      if (bytesRead === 0) break;
      const newline = buffer.subarray(0, bytesRead).indexOf(0x0a);
      if (newline !== -1) return at + newline + 1;
    }
    return size;
  } finally {
    await handle.close();
  }
}

const assumptionKey = (a: AssumptionMade) => JSON.stringify([a.code, a.params]);

/**
 * Reads and validates a register CSV into `builder` (`ColumnarBuilder.addRegister`), with `workers`
 * worker threads beside the main one for a large UTF-8 file. The file is cut at line starts into one
 * slice a thread; the main thread reads the first, each worker a later one by the rules on a row's own
 * fields, and the main thread takes each slice in, in file order, only where it can verify the slice was
 * read as it would have read it (the same header, the line it starts on, no quoted field or heading
 * across the cut). The rules that look back over the file (a CCCD, a beneficiary key listed once) are
 * applied to every part together, in file order, from hashes each thread sorts (`findRepeats`), so a
 * duplicate across slices is found as in one pass. A slice it cannot verify it reads itself, from there
 * on. The accepted rows, the rejected rows with their reasons and the report are those of
 * `streamRegisterCsv` (tested equal), and so is the error of a file that cannot be read (what was handed
 * to the builder before an error is not: threads read on in other pieces, and one thread hands its people
 * on 65 536 at a time, so a file of more than 65 536 communes that is also broken further on is named for
 * the break). In slices, the rejected rows are
 * held until the file is read, then passed to `onRejected` in line order: a file most of whose rows are
 * refused holds them all (read it with `workers: 0` to pass them on as they come). One thread, small
 * files, workbooks, text pieces and other encodings are read in one pass (`streamRegisterCsv`). O(rows).
 */
export async function readRegisterColumnar(
  source: TableSource,
  builder: ColumnarBuilder,
  options: Omit<StreamOptions<RegisterRow>, 'onAccepted' | 'onRow' | 'onRowReads' | 'onRowFromLine'> & {
    /**
     * Worker threads beside the main one (default 0: one thread), kept for the next read once done
     * (`closeWorkerThreads`).
     */
    readonly workers?: number;
    /** The smallest slice given to a thread, in bytes (default 8 MiB). */
    readonly sliceBytes?: number;
    /**
     * Whether the worker threads are kept for the next read once done (default true); false stops them, so
     * that no idle thread holds memory while the caller goes on (`readColumnar` reading payments).
     */
    readonly keepThreads?: boolean;
    /**
     * Each slice read by a worker thread, in file order, once the main thread has come to it: taken in,
     * or read again here from there on, and why (the answer is the same either way; only the time is not).
     * Where the file is cut depends on whether the threads were kept from an earlier read.
     */
    readonly onSlice?: (slice: {
      readonly start: number;
      readonly end: number;
      readonly taken: boolean;
      readonly reason: SliceMisfit | undefined;
      /** What the worker said, when it failed. */
      readonly detail?: string;
    }) => void;
  } = {},
): Promise<ValidationReport> {
  const {
    workers = 0,
    sliceBytes = defaultSliceBytes,
    keepThreads = true,
    onSlice: _onSlice,
    ...rest
  } = options;
  // The index of the people's keys made as large as the register at once (a hint: see expectedLines).
  const expected = typeof source === 'string' ? await expectedLines(source) : undefined;
  if (expected !== undefined) builder.reserve(expected);
  // On one thread: each accepted row into columns as it is judged (rows spelt alike share one object, and
  // cells the columns do not keep are not made), handed to the builder a part at a time.
  // The file's encoding, once told here (`fileEncoding`), given to the one pass rather than told again.
  let encoding = rest.encoding;
  const sequential = async () => {
    let people = createRegisterColumns();
    const report = await streamRegisterCsv(source, {
      ...rest,
      encoding,
      onRow: (row) => {
        if (people.add(row) + 1 < sequentialPart) return;
        builder.addRegisterColumns(people.done());
        people = createRegisterColumns();
      },
      onRowReads: registerColumnsReads,
      // Rows are the columns' only: none from a line (a caller's, past the types, is not heard).
      onRowFromLine: undefined,
    });
    builder.addRegisterColumns(people.done());
    return report;
  };
  // A file that cannot be read fails as on one thread.
  const file = typeof source === 'string' ? await stat(source).catch(() => undefined) : undefined;
  const parts = registerListSchema.parts;
  if (
    typeof source !== 'string' ||
    file?.isFile() !== true ||
    parts === undefined ||
    (await isWorkbookFile(source))
  )
    return sequential();
  // Slices are read from UTF-8 bytes; a file in another encoding, or holding a legacy font's letters, is
  // decoded in one pass.
  encoding ??= await fileEncoding(source);
  if (encoding !== 'utf8') return sequential();
  const size = file.size;
  const count = Math.min(workers + 1, Math.floor(size / Math.max(1, sliceBytes)));
  // One thread, or a file too small to cut: read in one pass, rejected rows passed on as they come.
  if (count < 2) return sequential();
  // The main thread's slice is longer by what a worker spends before its first row (starting, counting
  // lines, settling the header) and the main thread after its last (taking the slices in): less when
  // the threads are kept from an earlier read.
  const early = warmIdleThreads() >= count - 1 ? warmHeadStartBytes : headStartBytes;
  const head = Math.min(size / count, early * (count - 1));
  const first = (size + head) / count;
  const bounds = [0];
  for (let k = 1; k < count; k += 1) {
    const cut = first + ((k - 1) * (size - first)) / (count - 1);
    const start = await lineStartFrom(source, Math.floor(cut), size);
    if (start > (bounds.at(-1) ?? 0) && start < size) bounds.push(start);
  }
  bounds.push(size);
  const list = { ...rest, fileName: rest.fileName ?? source.split(/[\\/]/u).at(-1) };
  const jobs = bounds.slice(1, -1).map((start, i) => ({
    file: source,
    start,
    end: bounds[i + 2] as number,
    last: i + 2 === bounds.length - 1,
    list: listOptionsOf(list),
    lane: rest.lane,
    expectedRows:
      expected === undefined ? undefined : (expected * ((bounds[i + 2] as number) - start)) / size,
  }));
  // The threads, kept from an earlier read where there are some. A thread that cannot start: those lent
  // are given back, and the file is read on one thread.
  const lent: LentWorker[] = [];
  try {
    for (const _ of jobs) lent.push(borrowWorker());
  } catch (error) {
    for (const thread of lent) giveBack(thread);
    if (!(error instanceof Error)) throw error;
    return sequential();
  }
  // Each thread's answer. A thread that answered is given back to the pool (it has no job left); one that
  // did not (still reading, failed, stopped) is stopped.
  const threads = jobs.map((job, k) => {
    const entry = { thread: lent[k] as LentWorker, answered: false, released: false };
    const result = new Promise<RegisterSliceMessage>((resolve) => {
      entry.thread.listen({
        message: (message: RegisterSliceMessage) => {
          entry.answered = true;
          resolve(message);
        },
        error: (error) => resolve({ ok: false, detail: error.message }),
        exit: () => resolve({ ok: false, detail: 'the worker stopped' }),
      });
    });
    return { entry, result, job };
  });
  const stop = () =>
    Promise.all(
      threads.map(async ({ entry }) => {
        if (entry.released) return;
        entry.released = true;
        if (entry.answered && keepThreads) giveBack(entry.thread);
        else await stopWorker(entry.thread);
      }),
    );
  // A job that cannot be sent (a caller's option that cannot be copied to a thread): the threads are
  // stopped, and the file is read on one thread.
  try {
    for (const { entry, job } of threads) entry.thread.send({ kind: 'register-slice', job });
  } catch (error) {
    await stop();
    if (!(error instanceof Error)) throw error;
    return sequential();
  }
  const { local, once } = parts;
  const memory = createRowMemory(expected);
  const merge = createSliceMerge(source, once, rest);
  // The main thread's rows, judged by the rules on their own fields, in parts cut where a slice is taken
  // in; the look-back rules are applied to every part together once the file is read.
  let mine = merge.open(0, 1, expected === undefined ? undefined : (expected * (bounds[1] as number)) / size);
  // The rules on a row's own fields and notes of the look-back rules' keys: what the list's check reads.
  const check: RowCheck<RegisterRow> = readingAs((row, line, seen) => {
    const own = local(row, line, seen);
    mine.notes.note(row, line);
    return own;
  }, registerListSchema.check);
  let failed = false;
  const driver: SliceDriver = {
    next: (at) => (failed ? size : (bounds.find((b) => b > at) ?? size)),
    end: (state) => merge.saw(state),
    async take(at, state) {
      merge.saw(state);
      const k = bounds.indexOf(at);
      const thread = threads[k - 1];
      // Where a record ends here, the main thread's part ends too: its people go to the builder while the
      // worker reads on (what the look-back rules refuse in it depends on it and the parts before it only).
      const clean = !state.pending && state.reader.boundary().plain;
      if (clean) {
        merge.close(mine, at);
        await merge.settle(builder);
      }
      const message = thread === undefined ? undefined : await thread.result;
      const [start, end] = [bounds[k] as number, bounds[k + 1] as number];
      const why: SliceMisfit | undefined =
        message?.ok === true ? merge.misfit(message, state, k === bounds.length - 2) : 'worker_failed';
      if (why !== undefined || message === undefined || !message.ok) {
        failed = true;
        if (clean) mine = merge.open(at, state.line);
        await stop();
        const detail = message === undefined ? 'no thread read it' : message.ok ? undefined : message.detail;
        options.onSlice?.({
          start,
          end,
          taken: false,
          reason: why,
          ...(detail === undefined ? {} : { detail }),
        });
        return undefined;
      }
      merge.take(message, start, end, state);
      mine = merge.open(end, message.endLine);
      options.onSlice?.({ start, end, taken: true, reason: undefined });
      return { to: end, lines: message.endLine - message.startLine, feeds: message.feeds };
    },
  };
  try {
    const { onRejected: _onRejected, keepRejected: _keepRejected, ...reading } = rest;
    const report = await streamTableInSlices(
      source,
      { ...registerListSchema, check },
      {
        ...reading,
        memory,
        keepRejected: 0,
        onRow: (row) => mine.notes.accepted(mine.people.add(row)),
        // The columns read only what they keep: names, villages and the like stay unmade.
        onRowReads: registerColumnsReads,
        onRowFromLine: undefined,
        onRejected: (rows) => merge.rejectedHere(rows),
      },
      driver,
    );
    merge.close(mine, size);
    return await merge.finish(report, builder);
  } finally {
    await stop();
  }
}

/** The options a worker thread needs to read as the main thread reads (no functions: they are copied). */
function listOptionsOf(options: ListOptions): ListOptions {
  const { units, columns, period, commune, fileName } = options;
  return { units, columns, period, commune, fileName } as ListOptions;
}

/** The parts of a report that slices add up. */
interface Tally {
  inputRows: number;
  accepted: number;
  rejected: number;
  skipped: number;
  structure: number;
  structureCounts: Record<string, number>;
  structureSample: ValidationReport['structureSample'][number][];
  issueCounts: Record<string, number>;
  assumptions: Map<string, AssumptionMade>;
  order: string[];
}

/** A part of the file read by one thread, its rows judged by the rules on their own fields. */
interface Part {
  /** Where it starts: a byte, and the line there. */
  readonly start: number;
  readonly startLine: number;
  /** Where it ends (the byte after). */
  readonly end: number;
  readonly notes: OnceNotes;
  readonly people: RegisterColumns;
  /** The rows the rules on their own fields refused (the main thread's are all in one list). */
  readonly rejected: readonly RejectedRow[];
}

/** A part the main thread is reading. */
interface OpenPart {
  readonly start: number;
  readonly startLine: number;
  readonly notes: ReturnType<typeof createOnceNotes<RegisterRow>>;
  readonly people: ReturnType<typeof createRegisterColumns>;
}

/**
 * Takes slices read by worker threads into the main thread's reading, and the look-back rules over the
 * whole file at the end: checks that a slice was read as the main thread would have read it, keeps the
 * parts in file order (the main thread's, cut where a slice is taken in, and the slices'), then finds the
 * keys that came before (`findRepeats`, all parts together, in file order), turns the rows they name into
 * rejected rows, hands the people on in file order and the rejected rows in line order, and adds the counts
 * up.
 */
function createSliceMerge(
  file: string,
  once: readonly OnceRule<RegisterRow>[],
  options: Omit<StreamOptions<RegisterRow>, 'onAccepted' | 'onRow'>,
) {
  const keepRejected = options.keepRejected ?? 1_000;
  const chunkRows = Math.max(1, options.chunkRows ?? 65_536);
  const tally: Tally = {
    inputRows: 0,
    accepted: 0,
    rejected: 0,
    skipped: 0,
    structure: 0,
    structureCounts: {},
    structureSample: [],
    issueCounts: {},
    assumptions: new Map(),
    order: [],
  };
  const parts: Part[] = [];
  // Parts handed on to the builder; the rows turned into rejected rows, and issues added to rows refused.
  let settled = 0;
  const turned: RejectedRow[] = [];
  const added = new Map<number, RowIssue[]>();
  const mainRejected: RejectedRow[] = [];
  let seen: SliceState | undefined;
  const noteOrder = (assumptions: readonly AssumptionMade[]) => {
    for (const a of assumptions) {
      const key = assumptionKey(a);
      if (!tally.order.includes(key)) tally.order.push(key);
    }
  };
  const add = (into: Record<string, number>, from: Readonly<Record<string, number | undefined>>) => {
    for (const [key, n] of Object.entries(from)) into[key] = (into[key] ?? 0) + (n ?? 0);
  };
  /**
   * The look-back rules over the parts read so far (in file order): each part not yet handed on has the
   * rows a key named before turned into rejected rows (or their issues added), and its people handed on
   * to the builder. A part's verdicts depend on it and the parts before it only.
   */
  const settle = async (builder: ColumnarBuilder): Promise<void> => {
    if (settled === parts.length) return;
    const repeats = findRepeats(
      once,
      parts.map((part) => part.notes),
      settled,
    );
    for (let p = settled; p < parts.length; p += 1) {
      const part = parts[p] as Part;
      const found = repeats[p - settled] as Map<number, RowIssue[]>;
      const drop = new Set<number>();
      const lines = new Map<number, RowIssue[]>();
      for (const [row, issues] of found) {
        for (const issue of issues) tally.issueCounts[issue.code] = (tally.issueCounts[issue.code] ?? 0) + 1;
        const line = part.notes.lines[row] as number;
        const person = part.notes.acceptedAs[row] as number;
        if (person >= 0) {
          drop.add(person);
          lines.set(line, issues);
        } else added.set(line, issues);
      }
      if (lines.size > 0) {
        const cells = await cellsOf(file, part, seen, lines);
        for (const [line, issues] of lines) turned.push({ row: line, cells: cells.get(line) ?? {}, issues });
      }
      tally.accepted -= lines.size;
      tally.rejected += lines.size;
      builder.addRegisterColumns(part.people, drop.size === 0 ? undefined : drop);
    }
    settled = parts.length;
  };
  const same = (a: ValidationReport, b: ValidationReport) =>
    JSON.stringify([a.header, a.columns, a.facts, a.fileIssues]) ===
    JSON.stringify([b.header, b.columns, b.facts, b.fileIssues]);
  return {
    /** A part the main thread reads from `start`, on line `startLine`. */
    open(start: number, startLine: number, expectedRows?: number): OpenPart {
      return {
        start,
        startLine,
        notes: createOnceNotes(once, { expected: expectedRows }),
        people: createRegisterColumns(),
      };
    },
    /** The main thread's part ends at `end`. */
    close(part: OpenPart, end: number): void {
      const notes = part.notes.done();
      if (notes.lines.length === 0) return;
      parts.push({
        start: part.start,
        startLine: part.startLine,
        end,
        notes,
        people: part.people.done(),
        rejected: [],
      });
    },
    /** The main thread's reading as it stands at a cut (its header and delimiter, to split lines again). */
    saw(state: SliceState): void {
      seen = state;
    },
    /** Rows the main thread's rules refused. */
    rejectedHere(rows: readonly RejectedRow[]): void {
      for (const row of rows) mainRejected.push(row);
    },
    /** Why a slice read elsewhere cannot be taken in here (`undefined`: it can). */
    misfit(
      message: Extract<RegisterSliceMessage, { ok: true }>,
      state: SliceState,
      last: boolean,
    ): SliceMisfit | undefined {
      const here = state.reader.boundary();
      if (state.pending) return 'quote_open_at_cut';
      if (!here.plain) return 'heading_at_cut';
      if (here.settledAt !== message.settledAt || !same(state.reader.report([]), message.report))
        return 'header_not_alike';
      if (state.line !== message.startLine) return 'line_not_counted';
      if (!last && !message.plainEnd) return 'heading_at_slice_end';
      return undefined;
    },
    /** A slice read by a worker thread, its counts added (the look-back rules come at the end). */
    take(
      message: Extract<RegisterSliceMessage, { ok: true }>,
      start: number,
      end: number,
      state: SliceState,
    ): void {
      noteOrder(state.reader.report([]).assumptions);
      const { report } = message;
      parts.push({
        start,
        startLine: message.startLine,
        end,
        notes: message.checked,
        people: message.people,
        rejected: message.rejected,
      });
      tally.inputRows += report.inputRows;
      tally.accepted += report.accepted;
      tally.rejected += report.rejected;
      tally.skipped += report.skipped;
      tally.structure += report.structure;
      add(tally.structureCounts, report.structureCounts);
      tally.structureSample.push(...report.structureSample);
      add(tally.issueCounts, report.issueCounts);
      noteOrder(report.assumptions);
      for (const a of report.assumptions) {
        const key = assumptionKey(a);
        const known = tally.assumptions.get(key);
        tally.assumptions.set(key, known === undefined ? a : { ...known, rows: known.rows + a.rows });
      }
    },
    /**
     * The look-back rules over every part, the people handed on, the rejected rows passed on, and the
     * main thread's report with the slices' counts added.
     */
    settle,
    /**
     * The parts not yet settled settled, the rejected rows passed on in line order, and the main thread's
     * report with the slices' counts added.
     */
    async finish(main: ValidationReport, builder: ColumnarBuilder): Promise<ValidationReport> {
      await settle(builder);
      // Every rejected row, the main thread's and the slices', in line order.
      const rejected: RejectedRow[] = [];
      for (const list of [mainRejected, ...parts.map((part) => part.rejected)])
        for (const row of list) {
          const more = added.get(row.row);
          rejected.push(more === undefined ? row : { ...row, issues: [...row.issues, ...more] });
        }
      // One at a time: a spread of every row turned away passes as many arguments, past what a call takes.
      for (const row of turned) rejected.push(row);
      rejected.sort((a, b) => a.row - b.row);
      for (let i = 0; i < rejected.length; i += chunkRows)
        await options.onRejected?.(rejected.slice(i, i + chunkRows));
      noteOrder(main.assumptions);
      const assumptions = new Map(tally.assumptions);
      for (const a of main.assumptions) {
        const key = assumptionKey(a);
        const known = assumptions.get(key);
        assumptions.set(key, known === undefined ? a : { ...known, rows: known.rows + a.rows });
      }
      const structureCounts: Record<string, number> = { ...tally.structureCounts };
      add(structureCounts, main.structureCounts);
      const issueCounts: Record<string, number> = { ...tally.issueCounts };
      add(issueCounts, main.issueCounts);
      return {
        ...main,
        inputRows: main.inputRows + tally.inputRows,
        accepted: main.accepted + tally.accepted,
        rejected: main.rejected + tally.rejected,
        skipped: main.skipped + tally.skipped,
        structure: main.structure + tally.structure,
        structureCounts,
        structureSample: [...main.structureSample, ...tally.structureSample]
          .sort((a, b) => a.line - b.line)
          .slice(0, 1_000),
        issueCounts,
        rejectedSample: rejected.slice(0, keepRejected),
        assumptions: tally.order.map((key) => assumptions.get(key) as AssumptionMade),
      };
    },
  };
}

/**
 * The cells of the given lines of a part of the file, as a rejected row gives them: the part split again
 * from its start up to the last of them (rows a look-back rule refuses are few).
 */
async function cellsOf(
  file: string,
  part: Part,
  state: SliceState | undefined,
  lines: ReadonlyMap<number, unknown>,
): Promise<Map<number, Record<string, string>>> {
  const splitter = new CsvSplitter({
    delimiter: (state?.delimiter ?? ',') as ',' | ';' | '\t',
    line: part.startLine,
  });
  // The text as it is, a byte-order mark at a line's start included (as the splitter kept it); read in
  // pieces, keeping only the lines asked for, up to the last of them (a part may be larger than a string).
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const header = state?.reader.header ?? [];
  let last = 0;
  for (const line of lines.keys()) if (line > last) last = line;
  const cells = new Map<number, Record<string, string>>();
  const keep = (records: readonly CsvRecord[]) => {
    for (const record of records)
      if (lines.has(record.line)) cells.set(record.line, rawCells(header, record.fields));
  };
  for await (const piece of createReadStream(file, {
    start: part.start,
    end: part.end - 1,
    highWaterMark: 1 << 20,
  })) {
    keep(splitter.push(decoder.decode(piece as Buffer, { stream: true })));
    if (splitter.line > last || cells.size === lines.size) return cells;
  }
  keep(splitter.push(decoder.decode()));
  keep(splitter.end());
  return cells;
}
