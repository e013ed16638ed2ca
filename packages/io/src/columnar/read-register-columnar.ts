import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Worker } from 'node:worker_threads';
import type { ColumnarBuilder, RegisterColumns, RegisterRow } from '@ansinh/core';
import { type CsvRecord, CsvSplitter } from '../csv/csv-splitter.js';
import { expectedLines } from '../read/expected-lines.js';
import { registerListSchema, streamRegisterCsv } from '../read/read-register.js';
import {
  isWorkbookFile,
  type SliceDriver,
  type SliceState,
  type StreamOptions,
  streamTableInSlices,
  type TableSource,
} from '../read/stream-table.js';
import type { ListOptions } from '../validate/list-schema.js';
import { onceIssue, onceTables } from '../validate/row-checks.js';
import { createRowMemory, rawCells } from '../validate/row-validator.js';
import type { AssumptionMade, RejectedRow, RowIssue, ValidationReport } from '../validate/table-issues.js';
import { startWorker } from './start-worker.js';

/** A slice of a register for a worker thread: bytes `start` to `end`, each the start of a line. */
export interface RegisterSliceJob {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  /** Whether the slice ends the file. */
  readonly last: boolean;
  readonly list: ListOptions;
  readonly lane: boolean | undefined;
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
       * Every row that reached the rules: its line, its key (and scope) under each look-back rule, and the
       * index of its person in `people` (-1 when rejected).
       */
      readonly checked: {
        readonly lines: Int32Array;
        readonly keys: readonly (readonly (string | undefined)[])[];
        readonly scopes: readonly (readonly string[])[];
        readonly acceptedAs: Int32Array;
      };
      readonly people: RegisterColumns;
    };

/**
 * The bytes the main thread reads while a worker starts, counts the lines before its slice and settles the
 * header, and while it takes the slices in after (measured: about 0,35 s and 0,25 s against 1,9 s for a
 * 64 MB register, so about 8 MiB a worker).
 */
const headStartBytes = 8 << 20;

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
 * across the cut): it applies the rules that look back over the file (a CCCD, a beneficiary key listed
 * once) to the slice's rows in order, so a duplicate across slices is found as in one pass. A slice it
 * cannot verify it reads itself, from there on. The accepted rows, the rejected rows with their reasons
 * and the report are those of `streamRegisterCsv` (tested equal), and so is the error of a file that
 * cannot be read (what was handed on before an error is not: the main thread reads on in other pieces).
 * Small files, workbooks, text pieces and other encodings are read on the main thread. O(rows).
 */
export async function readRegisterColumnar(
  source: TableSource,
  builder: ColumnarBuilder,
  options: Omit<StreamOptions<RegisterRow>, 'onAccepted' | 'onRow'> & {
    /** Worker threads beside the main one (default 0: one thread). */
    readonly workers?: number;
    /** The smallest slice given to a thread, in bytes (default 8 MiB). */
    readonly sliceBytes?: number;
    /**
     * Each slice read by a worker thread, in file order, once the main thread has come to it: taken in,
     * or read again here from there on, and why (the answer is the same either way; only the time is not).
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
  const { workers = 0, sliceBytes = defaultSliceBytes, onSlice: _onSlice, ...rest } = options;
  // The index of the people's keys made as large as the register at once (a hint: see expectedLines).
  const expected = typeof source === 'string' ? await expectedLines(source) : undefined;
  if (expected !== undefined) builder.reserve(expected);
  const sequential = () =>
    streamRegisterCsv(source, { ...rest, onAccepted: (rows) => builder.addRegister(rows) });
  // A file that cannot be read fails as on one thread.
  const file = typeof source === 'string' ? await stat(source).catch(() => undefined) : undefined;
  if (
    workers < 1 ||
    typeof source !== 'string' ||
    file?.isFile() !== true ||
    (rest.encoding !== undefined && rest.encoding !== 'utf8') ||
    (await isWorkbookFile(source))
  )
    return sequential();
  const size = file.size;
  const count = Math.min(workers + 1, Math.floor(size / Math.max(1, sliceBytes)));
  if (count < 2) return sequential();
  // The main thread's slice is longer by what a worker spends before its first row (starting, counting
  // lines, settling the header) and the main thread after its last (taking the slices in).
  const head = Math.min(size / count, headStartBytes * (count - 1));
  const first = (size + head) / count;
  const bounds = [0];
  for (let k = 1; k < count; k += 1) {
    const cut = first + ((k - 1) * (size - first)) / (count - 1);
    const start = await lineStartFrom(source, Math.floor(cut), size);
    if (start > (bounds.at(-1) ?? 0) && start < size) bounds.push(start);
  }
  bounds.push(size);
  if (bounds.length < 3) return sequential();
  const list = { ...rest, fileName: rest.fileName ?? source.split(/[\\/]/u).at(-1) };
  const jobs = bounds.slice(1, -1).map((start, i) => ({
    file: source,
    start,
    end: bounds[i + 2] as number,
    last: i + 2 === bounds.length - 1,
    list: listOptionsOf(list),
    lane: rest.lane,
  }));
  const threads: { worker: Worker; result: Promise<RegisterSliceMessage> }[] = [];
  const stop = () => Promise.all(threads.map((t) => t.worker.terminate()));
  try {
    for (const job of jobs) {
      const worker = startWorker('register-worker', job);
      const result = new Promise<RegisterSliceMessage>((resolve) => {
        worker.once('message', resolve);
        worker.once('error', (error) => resolve({ ok: false, detail: error.message }));
        worker.once('exit', () => resolve({ ok: false, detail: 'the worker stopped' }));
      });
      threads.push({ worker, result });
    }
  } catch (error) {
    // A thread that could not start: those started are stopped, and the file is read on one thread.
    await stop();
    threads.length = 0;
    if (!(error instanceof Error)) throw error;
    return sequential();
  }
  const memory = createRowMemory(expected);
  const merge = createSliceMerge(source, memory, rest);
  let failed = false;
  const driver: SliceDriver = {
    next: (at) => (failed ? size : (bounds.find((b) => b > at) ?? size)),
    async take(at, state) {
      const k = bounds.indexOf(at);
      const thread = threads[k - 1];
      const message = thread === undefined ? undefined : await thread.result;
      const [start, end] = [bounds[k] as number, bounds[k + 1] as number];
      const why: SliceMisfit | undefined =
        message?.ok === true ? merge.misfit(message, state, k === bounds.length - 2) : 'worker_failed';
      if (why !== undefined || message === undefined || !message.ok) {
        failed = true;
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
      await merge.take(message, start, end, state, builder);
      options.onSlice?.({ start, end, taken: true, reason: undefined });
      return { to: end, lines: message.endLine - message.startLine, feeds: message.feeds };
    },
  };
  try {
    const report = await streamTableInSlices(
      source,
      registerListSchema,
      { ...rest, memory, onAccepted: (rows) => builder.addRegister(rows) },
      driver,
    );
    return merge.finish(report);
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
  rejectedSample: RejectedRow[];
  assumptions: Map<string, AssumptionMade>;
  order: string[];
}

/**
 * Takes slices read by worker threads into the main thread's reading: checks that a slice was read as the
 * main thread would have read it, applies the look-back rules to its rows in order in the file's memory,
 * hands its rows on, and adds its counts to the report at the end.
 */
function createSliceMerge(
  file: string,
  memory: ReturnType<typeof createRowMemory>,
  options: Omit<StreamOptions<RegisterRow>, 'onAccepted' | 'onRow'>,
) {
  const once = registerListSchema.parts?.once ?? [];
  const tables = once.map((rule) => onceTables(memory, rule.name));
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
    rejectedSample: [],
    assumptions: new Map(),
    order: [],
  };
  const noteOrder = (assumptions: readonly AssumptionMade[]) => {
    for (const a of assumptions) {
      const key = assumptionKey(a);
      if (!tally.order.includes(key)) tally.order.push(key);
    }
  };
  const add = (into: Record<string, number>, from: Readonly<Record<string, number | undefined>>) => {
    for (const [key, n] of Object.entries(from)) into[key] = (into[key] ?? 0) + (n ?? 0);
  };
  const same = (a: ValidationReport, b: ValidationReport) =>
    JSON.stringify([a.header, a.columns, a.facts, a.fileIssues]) ===
    JSON.stringify([b.header, b.columns, b.facts, b.fileIssues]);
  return {
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
    async take(
      message: Extract<RegisterSliceMessage, { ok: true }>,
      start: number,
      end: number,
      state: SliceState,
      builder: ColumnarBuilder,
    ): Promise<void> {
      noteOrder(state.reader.report([]).assumptions);
      const { checked, report } = message;
      // The look-back rules, in file order: a row accepted there may be rejected here.
      const drop = new Set<number>();
      const turned = new Map<number, RowIssue[]>();
      const added = new Map<number, RowIssue[]>();
      for (let i = 0; i < checked.lines.length; i += 1) {
        const line = checked.lines[i] as number;
        let issues: RowIssue[] | undefined;
        for (let r = 0; r < once.length; r += 1) {
          const key = checked.keys[r]?.[i];
          if (key === undefined) continue;
          const rule = once[r] as (typeof once)[number];
          const scope = rule.scope === undefined ? '' : (checked.scopes[r]?.[i] ?? '');
          const issue = onceIssue(rule, tables[r] as Parameters<typeof onceIssue>[1], key, scope, line);
          if (issue === undefined) continue;
          issues ??= [];
          issues.push(issue);
        }
        if (issues === undefined) continue;
        for (const issue of issues) tally.issueCounts[issue.code] = (tally.issueCounts[issue.code] ?? 0) + 1;
        const person = checked.acceptedAs[i] as number;
        if (person >= 0) {
          drop.add(person);
          turned.set(line, issues);
        } else added.set(line, issues);
      }
      const cells = turned.size === 0 ? new Map() : await cellsOf(file, start, end, message, state, turned);
      const rejected: RejectedRow[] = message.rejected.map((row) => {
        const more = added.get(row.row);
        return more === undefined ? row : { ...row, issues: [...row.issues, ...more] };
      });
      for (const [line, issues] of turned) rejected.push({ row: line, cells: cells.get(line) ?? {}, issues });
      if (turned.size > 0) rejected.sort((a, b) => a.row - b.row);
      builder.addRegisterColumns(message.people, drop.size === 0 ? undefined : drop);
      tally.inputRows += report.inputRows;
      tally.accepted += report.accepted - turned.size;
      tally.rejected += report.rejected + turned.size;
      tally.skipped += report.skipped;
      tally.structure += report.structure;
      add(tally.structureCounts, report.structureCounts);
      tally.structureSample.push(...report.structureSample);
      add(tally.issueCounts, report.issueCounts);
      for (const row of rejected) {
        if (tally.rejectedSample.length >= keepRejected) break;
        tally.rejectedSample.push(row);
      }
      noteOrder(report.assumptions);
      for (const a of report.assumptions) {
        const key = assumptionKey(a);
        const known = tally.assumptions.get(key);
        tally.assumptions.set(key, known === undefined ? a : { ...known, rows: known.rows + a.rows });
      }
      for (let i = 0; i < rejected.length; i += chunkRows)
        await options.onRejected?.(rejected.slice(i, i + chunkRows));
    },
    /** The main thread's report with the slices taken in added. */
    finish(main: ValidationReport): ValidationReport {
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
        rejectedSample: [...main.rejectedSample, ...tally.rejectedSample]
          .sort((a, b) => a.row - b.row)
          .slice(0, keepRejected),
        assumptions: tally.order.map((key) => assumptions.get(key) as AssumptionMade),
      };
    },
  };
}

/** The cells of the given lines of a slice, as a rejected row gives them (split again: this is rare). */
async function cellsOf(
  file: string,
  start: number,
  end: number,
  message: Extract<RegisterSliceMessage, { ok: true }>,
  state: SliceState,
  lines: ReadonlyMap<number, unknown>,
): Promise<Map<number, Record<string, string>>> {
  const splitter = new CsvSplitter({
    delimiter: state.delimiter as ',' | ';' | '\t',
    line: message.startLine,
  });
  // The text as it is, a byte-order mark at a line's start included (as the splitter kept it); read in
  // pieces, keeping only the lines asked for, up to the last of them (a slice may be larger than a string).
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const header = state.reader.header ?? [];
  const last = Math.max(...lines.keys());
  const cells = new Map<number, Record<string, string>>();
  const keep = (records: readonly CsvRecord[]) => {
    for (const record of records)
      if (lines.has(record.line)) cells.set(record.line, rawCells(header, record.fields));
  };
  for await (const piece of createReadStream(file, { start, end: end - 1, highWaterMark: 1 << 20 })) {
    keep(splitter.push(decoder.decode(piece as Buffer, { stream: true })));
    if (splitter.line > last) return cells;
  }
  keep(splitter.push(decoder.decode()));
  keep(splitter.end());
  return cells;
}
