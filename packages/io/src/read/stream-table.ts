import { isUtf8 } from 'node:buffer';
import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { csvNotes } from '../csv/csv-notes.js';
import { CsvFormatError, CsvSplitter } from '../csv/csv-splitter.js';
import {
  createTextDecoder,
  detectEncoding,
  encodingWindowBytes,
  type TextEncoding,
  TextEncodingError,
} from '../text/decode-text.js';
import { type LegacyEncoding, mayHoldLegacyMarks } from '../text/detect-legacy-encoding.js';
import { utf16Offsets, utf16Units } from '../text/utf16-units.js';
import type { ListOptions, ListSchema } from '../validate/list-schema.js';
import type { UnderstoodColumn } from '../validate/match-columns.js';
import { createRowMemory, type RowMemory } from '../validate/row-validator.js';
import type { RejectedRow, ValidationReport } from '../validate/table-issues.js';
import { createTableReader, type TableReader, type TableSink } from '../validate/table-reader.js';
import { looksLikeWorkbook, WorkbookError } from '../xlsx/check-workbook.js';
import { sheetRecords } from '../xlsx/sheet-records.js';
import { expectedLines } from './expected-lines.js';
import { filePieces } from './file-pieces.js';

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

/**
 * The encoding of a text file, told from its start (`detectEncoding`): UTF-8 when the start is in no
 * encoding known, so that reading it strictly names the line of its first byte that is not.
 */
export async function fileEncoding(path: string): Promise<TextEncoding> {
  const handle = await open(path, 'r');
  try {
    // A byte past the window tells whether the window is the whole file.
    const start = new Uint8Array(encodingWindowBytes + 1);
    const { bytesRead } = await handle.read(start, 0, start.length, 0);
    const found = detectEncoding(start.subarray(0, bytesRead));
    return found.ok ? found.encoding : 'utf8';
  } finally {
    await handle.close();
  }
}

/** Whether a file holds a workbook, by its name or its first bytes. */
export async function isWorkbookFile(path: string): Promise<boolean> {
  return isWorkbookPath(path) || (await workbookBytes(path));
}

/** Where `streamTable` reads from: a file path (CSV, or an XLSX workbook by its extension), or pieces of UTF-8 bytes or text. */
export type TableSource = string | AsyncIterable<Uint8Array | string>;

/** What `streamTable` does with rows as it goes. */
export interface StreamOptions<T> extends ListOptions {
  /**
   * The encoding of a file's bytes. By default a file at a path is read in the encoding its first
   * megabyte tells (`fileEncoding`), bytes given in pieces as UTF-8; UTF-8 is read strictly (a byte that
   * is not UTF-8 throws `TextEncodingError` naming its line). Text pieces are taken as they are.
   */
  readonly encoding?: TextEncoding | undefined;
  /**
   * Accepted rows, a chunk at a time; read on only once the returned promise settles. Without it and
   * without `onRow`, only the report is made (every row still judged and counted).
   */
  readonly onAccepted?: (rows: readonly T[]) => void | Promise<void>;
  /**
   * Each accepted row as it is judged, in place of `onAccepted` (which then gets none): the object may
   * hold the next row after the call, so keep what you need of it, not the object. Rows spelt alike are
   * then made in one object, not one per line (the fastest way to move rows into columns).
   */
  readonly onRow?: (row: T) => void;
  /**
   * With `onRow`: code fields the caller reads from a line's bytes (`TableSink.fromLine`), and how it takes
   * a row accepted so, those fields of it holding another line's values.
   */
  readonly onRowFromLine?: TableSink<T>['fromLine'];
  /**
   * With `onRow`: the only fields of a row `onRow` reads. A name, a village or another varying text that
   * neither it nor the list's rules read is then checked on a line's bytes and not made: in the row it
   * holds another line's value (`TableSink.reads`).
   */
  readonly onRowReads?: ReadonlySet<string>;
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

/**
 * Bytes read from a file at a time: the rows of a piece are handed on before the next is read, and rows
 * that die young cost the garbage collector little (4 MiB pieces made a payment list 25% slower).
 */
const pieceBytes = 1 << 20;

/** Text fed at a time while a file's header is not yet settled. */
const settleSlice = 1 << 18;

/**
 * The bytes of the lines fed while the header settles that a feeder keeps (about a megabyte of text
 * settles it; a file of a few very long lines may take more, and its rows are then judged as records).
 */
const maxKeptBytes = 4 << 20;

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
  const iterable = typeof source === 'string' ? filePieces(source, { size: pieceBytes }) : source;
  for await (const piece of iterable as AsyncIterable<Uint8Array | string>) {
    yield typeof piece === 'string'
      ? { text: piece, bytes: piece.length }
      : { text: decoder.write(piece), bytes: piece.byteLength };
  }
  const rest = decoder.end();
  if (rest !== '') yield { text: rest, bytes: 0 };
}

/**
 * Feeds a file's pieces to a table reader through a splitter, in file order. Text pieces are split as
 * they come; until the header is settled they go in slices, so the lane takes the lines after it. UTF-8
 * bytes go in whole lines (a line cut between pieces waits for its end, up to a megabyte; a longer one is
 * fed as text). While the header settles (about a megabyte of text), runs of lines without a quote or a
 * carriage return are kept as bytes: once the records pushed fill the header's window, the lines after
 * them are held as bytes rather than split (`TableReader.hold`), in the batches the splitter would have
 * given, and the records held before them are judged from their bytes (`TableReader.keepLineBytes`).
 * Once the reader's header is settled and it has a lane for bytes (`TableReader.byteTaker`), each run of
 * whole lines is checked to be UTF-8, and a line the lane fits is judged from its bytes and never
 * decoded; the others are decoded in runs and split as text. `end` feeds what is left; the caller then
 * ends the splitter.
 */
export function createLineFeeder(
  reader: TableReader,
  splitter: CsvSplitter,
  /**
   * `hold: false`: lines before the header settles are all split into records, none held as bytes
   * (`TableReader.hold`); the rows, reasons and report are the same (a test holds the two alike).
   */
  options: { readonly hold?: boolean } = {},
): {
  bytes(piece: Uint8Array): void;
  text(piece: string): void;
  end(): void;
  /**
   * Lines read elsewhere come next (the feeder holds no part of a line, the splitter no text): `count` as
   * the splitter counts lines, `feeds` the line feeds among them (a lone carriage return ends a line too).
   */
  skipLines(count: number, feeds?: number): void;
} {
  // While the header settles: whether any text was fed yet (the file's first slice is fed finer), and the
  // batches of lines held as bytes, not split (`TableReader.hold`), with the lines among them.
  let fedText = false;
  let holding: { readonly feeds: number; readonly bytes: Buffer }[] = [];
  let heldLines = 0;
  const feed = (text: string) => {
    fedText = true;
    for (let at = 0; at < text.length; ) {
      const taker = reader.lineTaker(splitter.delimiter);
      const size = reader.header === undefined ? settleSlice : text.length;
      const slice = at === 0 && size >= text.length ? text : text.slice(at, at + size);
      reader.push(splitter.push(slice, taker), splitter.delimiter);
      at += slice.length;
    }
  };
  const decoder = createTextDecoder('utf8');
  // The text of a batch of a region kept while the header settles (checked to be UTF-8 first, cut at line
  // ends): its lines are counted by `decoder` as they are pushed or taken.
  const plainText = new TextDecoder('utf-8', { ignoreBOM: true });
  // The regions fed as text while the header settles, copied (a source may reuse its buffer), where each
  // of their lines is one record: no quote, no carriage return, and the splitter holding nothing before
  // them (so that `line` is the number of their first line). The records held while the header settles
  // are judged from these bytes (`TableReader.keepLineBytes`); they are let go once it is settled.
  let kept: { readonly bytes: Buffer; readonly line: number }[] = [];
  let keptBytes = 0;
  // Where the lines are looked up from: a kept region, a byte in it, and the line there (rows are asked
  // for in file order, so each region is walked once).
  let keptRegion = -1;
  let keptAt = 0;
  let keptLine = 0;
  reader.keepLineBytes((line) => {
    for (;;) {
      const here = kept[keptRegion];
      if (here === undefined || keptAt >= here.bytes.length) {
        // On to the next region kept (a line of a region not kept has no bytes here).
        const next = kept[keptRegion + 1];
        if (next === undefined || line < next.line) return undefined;
        keptRegion += 1;
        keptAt = 0;
        keptLine = next.line;
        continue;
      }
      if (line < keptLine) return undefined;
      const feed = here.bytes.indexOf(0x0a, keptAt);
      const end = feed === -1 ? here.bytes.length : feed;
      if (line === keptLine) return { bytes: here.bytes, start: keptAt, end };
      keptAt = end + 1;
      keptLine += 1;
    }
  });
  /** The lines held are pushed as records after all, batch by batch, as they would have been. */
  const release = () => {
    if (holding.length === 0) return;
    const batches = holding;
    holding = [];
    heldLines = 0;
    reader.release();
    for (const batch of batches) {
      reader.push(
        splitter.push(plainText.decode(batch.bytes), reader.lineTaker(splitter.delimiter)),
        splitter.delimiter,
      );
      decoder.skipLines(batch.feeds);
    }
  };
  /**
   * A region kept while the header settles, fed in the batches `feed` would push (its text cut where each
   * slice of `settleSlice` characters ends, at the end of the last line ended in it; the file's first
   * slice cut finer, as the header cannot settle in it), the line the file ends with, unended, as a batch
   * of its own, as the splitter gives it at the end. Once the reader is `holding`, the batches are held
   * as bytes instead of split into records, and, once the header settles, given to the lanes as any lines
   * after it are; the rest of the region too.
   */
  const settleIn = (region: Buffer, first: boolean) => {
    // The ends of the slices `feed` would push, as code units of the text, found on the bytes
    // (`utf16Offsets`): the text of a batch is made only where it is split into records, where its lines
    // may hold a legacy letter (`mayHoldLegacyMarks`), or where it is let go (`release`).
    const marks: number[] = first ? [1 << 12, 1 << 14, 1 << 16] : [];
    for (let boundary = settleSlice; boundary < region.length; boundary += settleSlice) marks.push(boundary);
    // In order, as `utf16Offsets` takes them (the finer cuts come first while they are below a slice).
    marks.sort((a, b) => a - b);
    const { at, units } = utf16Offsets(region, marks);
    const cuts: number[] = [];
    const add = (byte: number) => {
      const cut = byte <= 0 ? 0 : region.lastIndexOf(0x0a, byte - 1) + 1;
      if (cut > (cuts.at(-1) ?? 0)) cuts.push(cut);
    };
    marks.forEach((mark, k) => {
      if (mark < units) add(at[k] as number);
    });
    add(region.length);
    if ((cuts.at(-1) ?? 0) < region.length) cuts.push(region.length);
    let fromByte = 0;
    for (const toByte of cuts) {
      if (reader.header !== undefined) break;
      const bytes = region.subarray(fromByte, toByte);
      const ended = region[toByte - 1] === 0x0a;
      let feeds = 0;
      for (let i = region.indexOf(0x0a, fromByte); i !== -1 && i < toByte; i = region.indexOf(0x0a, i + 1))
        feeds += 1;
      if (holding.length > 0 || reader.holding()) {
        const count = feeds + (ended ? 0 : 1);
        holding.push({ feeds, bytes });
        heldLines += count;
        const settled = reader.hold({
          // A line's fields joined by spaces, as its record's would be (no quote in it), where the lines
          // may hold a legacy letter; and its length and one more, as a record counts its fields' lengths
          // and one more each.
          text: mayHoldLegacyMarks(region, fromByte, toByte)
            ? plainText.decode(ended ? bytes.subarray(0, -1) : bytes).replaceAll(splitter.delimiter, ' ')
            : undefined,
          chars: utf16Units(region, fromByte, toByte) + (ended ? 0 : 1),
          count,
          last: splitter.line + heldLines - 1,
        });
        if (settled) {
          const batches = holding;
          holding = [];
          heldLines = 0;
          for (const held of batches) lines(held.bytes);
        }
      } else {
        reader.push(
          splitter.push(plainText.decode(bytes), reader.lineTaker(splitter.delimiter)),
          splitter.delimiter,
        );
        decoder.skipLines(feeds);
      }
      fromByte = toByte;
    }
    // Settled in this region: the rest of it is read as any lines after the header.
    if (fromByte < region.length) lines(region.subarray(fromByte));
  };
  /**
   * Bytes decoded and fed as text: after the lines held, which go first (so that the decoder has counted
   * their line feeds when it names the line of a bad byte).
   */
  const feedBytes = (bytes: Buffer) => {
    release();
    feed(decoder.write(bytes));
  };
  const lines = (region: Buffer) => {
    const taker =
      splitter.started && reader.header !== undefined ? reader.byteTaker(splitter.delimiter) : undefined;
    if (taker === undefined || !isUtf8(region)) {
      if (reader.header === undefined) {
        if (
          options.hold !== false &&
          keptBytes + region.length <= maxKeptBytes &&
          !splitter.pending &&
          region.indexOf(0x22) === -1 &&
          region.indexOf(0x0d) === -1 &&
          isUtf8(region)
        ) {
          // Kept (a source may reuse its buffer), its lines numbered past those held.
          const bytes = Buffer.from(region);
          kept.push({ bytes, line: splitter.line + heldLines });
          keptBytes += bytes.length;
          const first = !fedText;
          fedText = true;
          settleIn(bytes, first);
          return;
        }
      } else kept = [];
      // Not yet settled, or not for the lane: decoded whole (a bad byte throws, naming its line).
      feedBytes(region);
      return;
    }
    kept = [];
    // The lines not taken, from `run` on, are decoded and split together before the next line taken.
    let run = -1;
    // Lines taken and not yet counted by the splitter and the decoder (counted together, before a run is
    // split and at the region's end), and the number of the next line.
    let taken = 0;
    let line = splitter.line;
    const count = () => {
      if (taken === 0) return;
      splitter.skipLines(taken);
      decoder.skipLines(taken);
      taken = 0;
    };
    const flush = (to: number) => {
      if (run < 0) return;
      count();
      feedBytes(region.subarray(run, to));
      run = -1;
      line = splitter.line;
    };
    // Whether the splitter holds a quoted field open (from the last region, or from the run flushed last):
    // then only a line with a quote can close it, and the lines up to it join the run without being
    // looked at (splitting them one at a time would read the open field again each time: quadratic).
    let open = splitter.pending;
    // The first quote and the first carriage return at or after where they were last looked for (-1: none
    // to the region's end), so that the lane is told a line holds neither without looking at each byte:
    // each is looked for again only once passed, so the region is searched once for each (linear).
    let quote = -2;
    let ret = -2;
    for (let at = 0; at < region.length; ) {
      if (open) {
        if (quote !== -1 && quote < at) quote = region.indexOf(0x22, at);
        if (run < 0) run = at;
        if (quote === -1) break;
        const newline = region.indexOf(0x0a, quote);
        at = newline === -1 ? region.length : newline + 1;
        flush(at);
        open = splitter.pending;
        continue;
      }
      const newline = region.indexOf(0x0a, at);
      const next = newline === -1 ? region.length : newline + 1;
      // A carriage return before the line feed ends the line (Windows); anywhere else the lane refuses.
      const cut = newline === -1 ? region.length : newline;
      const end = newline !== -1 && cut > at && region[cut - 1] === 0x0d ? cut - 1 : cut;
      if (quote !== -1 && quote < at) quote = region.indexOf(0x22, at);
      if (ret !== -1 && ret < at) ret = region.indexOf(0x0d, at);
      const plain = (quote === -1 || quote >= end) && (ret === -1 || ret >= end);
      // The line's number is known here unless lines before it wait to be split (`run`).
      if (taker.fits(region, at, end, plain, run < 0 ? line : undefined)) {
        // Only a run split here can leave a quoted field open.
        if (run >= 0) {
          flush(at);
          open = splitter.pending;
        }
        if (open)
          // The lines before left a quoted field open: this line is part of it (it holds no quote).
          run = at;
        else {
          taker.take(line);
          line += 1;
          taken += 1;
        }
      } else if (run < 0) run = at;
      at = next;
    }
    flush(region.length);
    count();
  };
  /** The held part of a line not ended yet, in pieces (joined once: copying it at each piece is quadratic). */
  let carry: Buffer[] = [];
  let carried = 0;
  const hold = (bytes: Buffer) => {
    // Copied: a source may reuse its buffer.
    carry.push(Buffer.from(bytes));
    carried += bytes.length;
  };
  const held = (): Buffer => {
    const whole = carry.length === 1 ? (carry[0] as Buffer) : Buffer.concat(carry);
    carry = [];
    carried = 0;
    return whole;
  };
  /** A line longer than a megabyte is not held: the splitter takes it as text (and bounds it). */
  const holdOrFeed = () => {
    if (carried > 1 << 20) feedBytes(held());
  };
  return {
    bytes(piece) {
      let bytes = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
      if (carried > 0) {
        // The line begun in an earlier piece, ended in this one.
        const first = bytes.indexOf(0x0a) + 1;
        if (first === 0) {
          hold(bytes);
          holdOrFeed();
          return;
        }
        hold(bytes.subarray(0, first));
        lines(held());
        bytes = bytes.subarray(first);
      }
      const cut = bytes.lastIndexOf(0x0a) + 1;
      if (cut > 0) lines(bytes.subarray(0, cut));
      if (cut < bytes.length) hold(bytes.subarray(cut));
      holdOrFeed();
    },
    text(piece) {
      if (carried > 0) feedBytes(held());
      release();
      feed(piece);
    },
    end() {
      if (carried > 0) lines(held());
      // The file ended before the header settled: the lines held are pushed, and settle it at the end.
      release();
      const rest = decoder.end();
      if (rest !== '') feed(rest);
    },
    skipLines(count, feeds = count) {
      release();
      splitter.skipLines(count);
      decoder.skipLines(feeds);
    },
  };
}

/** Where a file read in slices stands at the start of a slice: what the slice read elsewhere assumed. */
export interface SliceState {
  /** The line the next record starts on. */
  readonly line: number;
  /** Whether the splitter holds text (a quoted field open across the boundary). */
  readonly pending: boolean;
  readonly delimiter: string;
  readonly reader: TableReader;
}

/**
 * How a file is read in slices, some by other threads (`streamTableInSlices`): the main reader reads up
 * to `next(at)`; there `take` may take in the slice read elsewhere (its rows and counts merged in file
 * order), giving where it ended and how many lines it held, or leave it to be read here.
 */
export interface SliceDriver {
  next(at: number): number;
  take(
    at: number,
    state: SliceState,
  ): Promise<{ readonly to: number; readonly lines: number; readonly feeds: number } | undefined>;
  /** The reading as it stands once the whole file is read (its header and delimiter). */
  end?(state: SliceState): void;
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

/**
 * `streamTable` over a file read in slices (`SliceDriver`): the rows, reasons and report are those of
 * `streamTable` whenever the driver takes in only what it verified. UTF-8 files only.
 */
export async function streamTableInSlices<T>(
  path: string,
  list: ListSchema<T>,
  options: StreamOptions<T> & { readonly memory?: RowMemory },
  driver: SliceDriver,
): Promise<ValidationReport> {
  try {
    return await streamList(path, list, options, driver);
  } catch (error) {
    if (error instanceof CsvFormatError || error instanceof TextEncodingError)
      error.file ??= options.fileName ?? path;
    throw error;
  }
}

async function streamList<T>(
  source: TableSource,
  list: ListSchema<T>,
  options: StreamOptions<T> & { readonly memory?: RowMemory },
  driver?: SliceDriver,
): Promise<ValidationReport> {
  const chunkRows = Math.max(1, options.chunkRows ?? 65_536);
  const total = typeof source === 'string' ? (await stat(source)).size : undefined;
  // The look-back rules' tables made as large as the file's rows at once (a hint: see expectedLines).
  const expected =
    options.memory === undefined && typeof source === 'string' ? await expectedLines(source) : undefined;
  const splitter = new CsvSplitter();
  let accepted: T[] = [];
  let rejected: RejectedRow[] = [];
  const reader = createTableReader(
    list,
    options.onRow === undefined
      ? { accept: (row) => accepted.push(row), reject: (row) => rejected.push(row) }
      : {
          accept: options.onRow,
          copies: true,
          reject: (row) => rejected.push(row),
          ...(options.onRowFromLine === undefined ? {} : { fromLine: options.onRowFromLine }),
          ...(options.onRowReads === undefined ? {} : { reads: options.onRowReads }),
        },
    {
      ...options,
      memory: options.memory ?? (expected === undefined ? undefined : createRowMemory(expected)),
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
    for (const chunk of chunksOf(rows, chunkRows)) await options.onAccepted?.(chunk);
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
  const encoding =
    options.encoding ??
    (typeof source === 'string' && driver === undefined ? await fileEncoding(source) : undefined);
  if (driver !== undefined && typeof source === 'string') {
    // In slices: the main reader reads a region, then at its end the slice read elsewhere is taken in, or
    // the reading goes on here.
    const size = total ?? 0;
    const lines = createLineFeeder(reader, splitter);
    let at = 0;
    while (at < size) {
      if (at > 0) {
        const state = {
          line: splitter.line,
          pending: splitter.pending,
          delimiter: splitter.delimiter,
          reader,
        };
        const taken = await driver.take(at, state);
        if (taken !== undefined) {
          lines.skipLines(taken.lines, taken.feeds);
          bytes += taken.to - at;
          at = taken.to;
          options.onProgress?.(bytes, total);
          continue;
        }
      }
      const to = driver.next(at);
      for await (const piece of filePieces(source, { start: at, end: to, size: pieceBytes })) {
        lines.bytes(piece);
        bytes += piece.byteLength;
        await handOn();
        options.onProgress?.(bytes, total);
      }
      at = to;
    }
    lines.end();
    driver.end?.({ line: splitter.line, pending: splitter.pending, delimiter: splitter.delimiter, reader });
  } else if (encoding === undefined || encoding === 'utf8') {
    const lines = createLineFeeder(reader, splitter);
    const iterable = typeof source === 'string' ? filePieces(source, { size: pieceBytes }) : source;
    for await (const piece of iterable as AsyncIterable<Uint8Array | string>) {
      if (typeof piece === 'string') {
        lines.text(piece);
        bytes += piece.length;
      } else {
        lines.bytes(piece);
        bytes += piece.byteLength;
      }
      await handOn();
      options.onProgress?.(bytes, total);
    }
    lines.end();
  } else {
    const feeder = createLineFeeder(reader, splitter);
    for await (const piece of piecesOf(source, encoding)) {
      bytes += piece.bytes;
      feeder.text(piece.text);
      await handOn();
      options.onProgress?.(bytes, total);
    }
  }
  reader.push(splitter.end(reader.lineTaker(splitter.delimiter)), splitter.delimiter);
  reader.end();
  await handOn();
  const font: LegacyEncoding | undefined =
    encoding === 'utf8-tcvn3' ? 'tcvn3' : encoding === 'utf8-vni' ? 'vni' : undefined;
  return reader.report([
    ...csvNotes(splitter),
    ...(font === undefined ? [] : [{ code: 'legacy_letters_read' as const, params: { encoding: font } }]),
  ]);
}
