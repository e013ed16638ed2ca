import { type AssumptionOf, InvalidArgumentError } from '@ansinh/core';
import type { ByteLineTaker, CsvRecord, LineTaker } from '../csv/csv-splitter.js';
import { findHeaderRecord, headerBlock, headerWindow } from '../layout/header-block.js';
import {
  type BodyClassifier,
  createBodyClassifier,
  type RowContext,
  type StructureRow,
} from '../layout/read-layout.js';
import { labelOf, type StructureKind, structureOf } from '../layout/structure-rows.js';
import { titleFacts } from '../layout/title-facts.js';
import { legacyFontOf } from '../text/decode-text.js';
import { type ByteLane, compileByteLane } from './byte-lane.js';
import {
  type CanonicalLane,
  compileLane,
  type LaneLine,
  maxCanonical,
  maxPlainText,
} from './canonical-lane.js';
import { acceptsAnyCode, compileFieldSpecs, compileFieldTests } from './compiled-schema.js';
import { narrowFieldTest, numeralLengths } from './form-tests.js';
import type { ListOptions, ListSchema } from './list-schema.js';
import { headerKey, matchColumns, nearestHeader } from './match-columns.js';
import { createRepeatJudge } from './repeat-judge.js';
import { resolveCommune } from './resolve-commune.js';
import { type CellBytes, checkReads, composeLineChecks } from './row-checks.js';
import { createRowJudge, createRowMemory, type RowMemory, type RowVerdict } from './row-validator.js';
import type {
  AssumptionMade,
  FileFacts,
  RejectedRow,
  RowIssue,
  TableNote,
  ValidationReport,
} from './table-issues.js';

/** Characters of the file's start the legacy-encoding check looks at: about a megabyte. */
const legacyWindow = 1 << 20;

/**
 * The text the legacy-encoding check reads: the file's lines from its start, each line's fields joined by
 * spaces, lines by line feeds, cut at `legacyWindow` characters exactly. Then the verdict does not
 * depend on how much of the file a reader had when its header settled (a whole file in memory, or the
 * pieces of a stream, whose last one may run past the window): every reader of a file reads the same
 * window. `held`: batches of lines held as bytes after the records, in file order, with their text where
 * they may hold a mark (a batch without adds nothing to the count: its lines are lines of their own).
 */
function legacyText(
  records: readonly CsvRecord[],
  held: readonly { readonly text: string | undefined; readonly chars: number }[],
): string {
  const parts: string[] = [];
  let room = legacyWindow;
  for (const record of records) {
    if (room <= 0) return parts.join('\n');
    const text = record.fields.join(' ');
    parts.push(text.length > room ? text.slice(0, room) : text);
    room -= text.length + 1;
  }
  for (const batch of held) {
    if (room <= 0) break;
    // A batch's text is its lines as records would give them: its length is its characters but one.
    if (batch.text !== undefined)
      parts.push(batch.text.length > room ? batch.text.slice(0, room) : batch.text);
    room -= batch.chars;
  }
  return parts.join('\n');
}

/** What a `TableReader` does with each row as it is judged. */
export interface TableSink<T> {
  /** An accepted row; with `copies`, the object is the reader's own, and may hold the next row after. */
  readonly accept: (row: T) => void;
  /**
   * Whether `accept` reads what it needs of a row during the call and keeps nothing of the object: rows
   * judged by their spelling (`createRepeatJudge`) are then made in one object per spelling, not one
   * per line.
   */
  readonly copies?: boolean;
  readonly reject: (row: RejectedRow) => void;
  /**
   * Fields of the `code` form the sink can read from a line's bytes, and how it takes such a row: a lane
   * on bytes then makes no string of them where the list's rules allow it (`composeLineChecks`), and an
   * accepted row whose verdict is `fromLine` comes with its line, those fields of the row holding another
   * line's values (read them from `cells`, during the call only).
   */
  readonly fromLine?: {
    readonly fields: ReadonlySet<string>;
    readonly accept: (row: T, cells: CellBytes) => void;
  };
  /**
   * With `copies`: the only fields of an accepted row `accept` (and `fromLine.accept`) read. A varying
   * field neither they nor the list's rules read (`checkReads`), whose test takes any value of its form,
   * is then checked on a line's bytes and not made: the row holds another line's value there. All are
   * read when absent.
   */
  readonly reads?: ReadonlySet<string>;
}

/** The one driver every reader goes through: records in, in file order; verdicts out; a report at the end. */
export interface TableReader {
  /**
   * Takes the next records of the file; rows are judged once the header is settled. `delimiter`: the one
   * the records were split by, when they come from CSV text; the records held while the header settles
   * are then judged by the lane where they are in form (as their lines would have been).
   */
  push(records: readonly CsvRecord[], delimiter?: string): void;
  /** The file has ended: settles the header if it was not yet, and judges what was held back. */
  end(): void;
  /** The header as the file has it, once settled (`undefined` before). */
  readonly header: readonly string[] | undefined;
  /** Every column with the field it was taken for, once settled (`[]` before). */
  readonly columns: ValidationReport['columns'];
  /** The report so far; complete after `end`. */
  report(notes: readonly TableNote[]): ValidationReport;
  /**
   * Once the header is settled, a taker of lines in canonical form for a splitter with this delimiter
   * (`compileLane`): each row it takes is judged as `push` would judge it (the same checks, counts and
   * order). `undefined` before, and for files the lane does not cover.
   */
  lineTaker(delimiter: string): LineTaker | undefined;
  /**
   * `lineTaker` for lines of a UTF-8 file given as bytes (`compileByteLane`): the rows it takes are judged
   * as `push` would judge them. The caller pushes every record split before a line before it has the line
   * taken (`ByteLineTaker`).
   */
  byteTaker(delimiter: string): ByteLineTaker | undefined;
  /**
   * Where the lines fed as text while the header settles are as UTF-8 bytes, for a feeder that kept them
   * (`createLineFeeder`): `lookup(line)` gives the bytes of line `line` without its line break (no quote
   * and no carriage return in them), or `undefined`. The records held while the header settled are then
   * judged by the lane on bytes where their lines are in form (`byteTaker`), as the lines after them are;
   * the others as before. The rows, reasons and report are the same either way.
   */
  keepLineBytes(lookup: (line: number) => LineBytes | undefined): void;
  /**
   * Whether a feeder may hold the next lines as their bytes while the header settles (`hold`): the header
   * is not settled, the records pushed fill the window the header is looked for in, and one of them is not
   * blank, so no line after them can be part of the header or above it.
   */
  holding(): boolean;
  /**
   * While `holding`: the next `count` lines, up to line `last`, are held by the caller rather than pushed
   * as records. They count towards what settles the header as their records would (`text`: each line's
   * fields joined by spaces, lines by line feeds, for the legacy check, which counts nothing in a text
   * without its marks; `chars`: each line's length and one more, as a record counts), at the same points:
   * a batch is what one `push` of the splitter's records would have been.
   * True when the header settled with them: the caller then gives their lines to the lanes (`byteTaker`,
   * or as text), in order, before any line after them. Refuses a batch once settled
   * (`InvalidArgumentError`).
   */
  hold(batch: {
    /** Left out where the lines hold no mark the legacy check counts (`mayHoldLegacyMarks`). */
    readonly text?: string | undefined;
    readonly chars: number;
    readonly count: number;
    readonly last: number;
  }): boolean;
  /**
   * The lines held are no longer held (the caller pushes their records instead, batch by batch, as it
   * would have): what they counted towards settling the header is taken back.
   */
  release(): void;
  /**
   * What a slice of the file read from here on by another reader (made with `from`) assumes of this
   * one: the header settled on the records up to line `settledAt` (`undefined` before), and the body
   * `plain` (no heading or total in force, the first row under the header past).
   */
  boundary(): { readonly settledAt: number | undefined; readonly plain: boolean };
  /**
   * Rows judged so far by a lane, from their line's text or bytes or from a record held while the header
   * settled (counted among accepted and rejected).
   */
  readonly laneRows: number;
}

/** A line as the bytes `bytes[start, end)`, without its line break. */
export interface LineBytes {
  readonly bytes: Buffer;
  readonly start: number;
  readonly end: number;
}

/**
 * Whether a record split from a line without quotes could be the line `bytes[start, end)`: as many fields
 * as the line has delimiters and one, and as many UTF-16 code units as its UTF-8 bytes make. A check that
 * the bytes a feeder gives for a record's line are that line's (`TableReader.keepLineBytes`): a record
 * they do not fit is read from its text.
 */
function sameLine(record: CsvRecord, line: LineBytes, separator: number): boolean {
  const { bytes, start, end } = line;
  let units = 0;
  let delimiters = 0;
  for (let i = start; i < end; i += 1) {
    const b = bytes[i] as number;
    // A lead byte of four makes a surrogate pair; continuation bytes make nothing of their own.
    if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
    if (b === separator) delimiters += 1;
  }
  if (delimiters !== record.fields.length - 1) return false;
  let length = delimiters;
  for (const field of record.fields) length += field.length;
  return length === units;
}

/** Options of `createTableReader`. */
export interface TableReaderOptions extends ListOptions {
  /** Rejected rows kept whole in the report (all by default); every one is counted. */
  readonly keepRejected?: number | undefined;
  /** Structure rows kept whole in the report (all by default); every one is counted. */
  readonly keepStructure?: number | undefined;
  /**
   * Whether rows in canonical form may be judged from the line's text (`lineTaker`; default true). The
   * rows, reasons and report are the same either way; false makes every row take the full rules.
   */
  readonly lane?: boolean | undefined;
  /**
   * The line a slice of the file starts on, when the reader reads only from there (a worker thread's
   * slice): the records before it are read to settle the header and are neither judged nor counted, and
   * the body is taken as already begun, with no heading in force.
   */
  readonly from?: number | undefined;
  /** The file's memory for the rules that look back over it (a new one by default). */
  readonly memory?: RowMemory | undefined;
}

/**
 * Whether a record fills what only a person's row fills: a name, with a year of birth, a CCCD or a
 * beneficiary code beside it, or, in a list without names, a beneficiary code beside a month or an amount,
 * in the columns the header gave them. Totals and headings fill a name cell at most.
 */
function personLike(
  positions: ReadonlyMap<string, number>,
): (
  cell: (index: number) => string,
  digitIn?: (index: number) => boolean,
  coded?: (index: number) => boolean,
) => boolean {
  const name = positions.get('fullName');
  // Beside the name, a value of the kind its column holds: a year or a date, a CCCD, a code with digits.
  const beside = [
    ...['birthYear', 'birthMale', 'birthFemale'].map(
      (f) => [positions.get(f), /\d{4}|\d{1,2}[/.-]\d/u] as const,
    ),
    [positions.get('nationalId'), /\d{9}/u] as const,
    ...['id', 'beneficiaryId'].map((f) => [positions.get(f), /\d/u] as const),
  ].filter((pair): pair is readonly [number, RegExp] => pair[0] !== undefined);
  // A list without names (a payment list by code): a code in its column beside a month or an amount.
  const code = positions.get('beneficiaryId') ?? positions.get('id');
  const figures = ['period', 'amountVnd', 'paidVnd', 'monthlyAmountVnd']
    .map((f) => positions.get(f))
    .filter((i) => i !== undefined);
  const byCode = (cell: (index: number) => string, digitIn: (index: number) => boolean) =>
    code !== undefined && codeLike(cell(code)) && figures.some(digitIn);
  // A lane that read the code cell in its form (`LaneLine.coded`: a code as `codeLike` takes one) asks
  // for no text: the row is a person's when a figure beside it has a digit, the name left unread.
  return (cell, digitIn = (i) => /\d/u.test(cell(i)), coded) =>
    (coded !== undefined && code !== undefined && coded(code) && figures.some(digitIn)) ||
    (name !== undefined &&
      cell(name).trim() !== '' &&
      beside.some(([i, looks]) => looks.test(cell(i).replace(/\s/gu, '')))) ||
    byCode(cell, digitIn);
}

/**
 * A beneficiary's code as systems write it: one word of letters and digits (`SYN-00000001`, `DT.2024/15`)
 * with a digit in it. Totals, headings and signatures have spaces or no digit in that column.
 */
const codeLike = (text: string): boolean =>
  text.length <= 64 && /\d/u.test(text) && (asciiCode.test(text) || anyCode.test(text));
/** The same shapes, ASCII only: most codes, tested without Unicode properties. */
const asciiCode = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const anyCode = /^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u;

/** The facts of a file: its title lines and name, the caller's options first. */
function factsOf(records: readonly CsvRecord[], options: ListOptions, period: string | undefined) {
  const title = titleFacts(records, options.fileName);
  const fileIssues: RowIssue[] = [];
  let commune: FileFacts['commune'];
  if (options.commune !== undefined) commune = { name: options.commune, code: options.commune };
  else if (title.commune !== undefined) {
    // The first commune named that the unit list knows (a banner may name the district's office first).
    const date = period === undefined ? undefined : `${period}-28`;
    const hints = { district: title.district?.name, province: title.province?.name };
    const matches = title.communes.map((place) => ({
      place,
      match: resolveCommune(place.name, options.units ?? [], date, { ...hints, type: place.type }),
    }));
    const found = matches.find((m) => m.match.kind === 'found');
    const first = found ?? matches[0];
    const place = first?.place ?? title.commune;
    const match = first?.match ?? { kind: 'none' as const };
    commune = { name: place.name, code: match.kind === 'found' ? match.code : undefined };
    if (match.kind === 'ambiguous') {
      const candidates = match.candidates.map((u) => `${u.name} ${u.code}`).join(', ');
      fileIssues.push({
        row: place.line,
        column: '',
        code: 'commune_ambiguous',
        params: { name: place.name, candidates },
      });
    } else if (match.kind === 'none') {
      fileIssues.push({
        row: place.line,
        column: '',
        code: 'commune_not_found',
        params: { name: place.name },
      });
    }
  }
  const facts: FileFacts = {
    title: title.title,
    kind: title.kind,
    commune,
    // The file's own period (its title, then its name) first; the caller's when the file gives none.
    period:
      title.period !== undefined
        ? { period: title.period.period, from: title.period.from }
        : options.period === undefined
          ? undefined
          : { period: options.period, from: 'option' },
  };
  return { facts, communeIssues: fileIssues };
}

/**
 * Makes the driver that reads a table's records into rows of a list schema, whoever feeds it: `readTable`
 * and `readRecords` give it the whole file at once, `streamTable` a piece at a time, the XLSX readers a
 * sheet's rows. Records are held until the header is settled (the first 43 records and about a megabyte
 * of text, or the end of the file). Then, as an office keeps a list: the title lines above the header give
 * the file's facts (commune, period, kind); the header may span three rows (`headerBlock`); columns are
 * matched to fields (`matchColumns`, the caller's column map first); a file that cannot give what its
 * analysis needs gets one file-level issue. Every record below is then structure (headings, totals,
 * signatures: counted and kept), blank (skipped), or a row judged by one `createRowValidator` with the
 * headings over it, its missing fields derived and each assumption counted. So a file read whole and
 * read in chunks gives the same rows, the same reasons and the same report. O(rows × columns).
 */
export function createTableReader<T>(
  list: ListSchema<T>,
  sink: TableSink<T>,
  options: TableReaderOptions = {},
): TableReader {
  const keepRejected = options.keepRejected ?? Number.POSITIVE_INFINITY;
  const keepStructure = options.keepStructure ?? Number.POSITIVE_INFINITY;
  const issueCounts: Record<string, number> = {};
  const rejectedSample: RejectedRow[] = [];
  const structureSample: StructureRow[] = [];
  const structureCounts: Partial<Record<StructureKind, number>> = {};
  const assumptionRows = new Map<AssumptionOf, number>();
  let [accepted, rejected, skipped, structure, laneRows] = [0, 0, 0, 0, 0];
  // Lines before `from` settle the header only.
  const from = options.from ?? 0;
  // Records under the header the classifier has judged (a slice's body has begun before it).
  let body = options.from === undefined ? 0 : 1;
  let settledAt: number | undefined;
  let settled:
    | {
        readonly header: readonly string[];
        readonly judge: (record: CsvRecord, context: RowContext) => RowVerdict<T>;
        readonly classify: BodyClassifier;
        readonly fileIssues: readonly RowIssue[];
        readonly facts: FileFacts;
        readonly columns: ValidationReport['columns'];
        readonly lane: ((delimiter: string) => CanonicalLane | undefined) | undefined;
        readonly byteLane: ((delimiter: string) => ByteLane | undefined) | undefined;
        /** A judge of lines by their spelling for each lane (keys are the lane's own). */
        readonly judgeLine: () => ReturnType<typeof createRepeatJudge<T>>;
        readonly isPerson: ReturnType<typeof personLike>;
      }
    | undefined;
  const seen = options.memory ?? createRowMemory();
  const takers = new Map<string, LineTaker | undefined>();
  const byteTakers = new Map<string, ByteLineTaker | undefined>();
  let waiting: CsvRecord[] = [];
  let waitingChars = 0;
  // Where the lines fed while the header settles are as bytes (`keepLineBytes`).
  let lineBytes: ((line: number) => LineBytes | undefined) | undefined;
  // Lines held by the feeder while the header settles (`hold`): their batches (text for the legacy check
  // and characters, as `legacyText` reads them), their characters as counted in `waitingChars`, how many,
  // and the last one.
  let heldBatches: { readonly text: string | undefined; readonly chars: number }[] = [];
  let heldChars = 0;
  let heldCount = 0;
  let heldLast = 0;
  const settles = () => waiting.length + heldCount >= headerWindow + 3 && waitingChars >= legacyWindow;

  const noteStructure = (line: number, kind: StructureKind, text: string) => {
    if (line < from) return;
    if (kind === 'blank') {
      skipped += 1;
      return;
    }
    structure += 1;
    structureCounts[kind] = (structureCounts[kind] ?? 0) + 1;
    if (structureSample.length < keepStructure) structureSample.push({ line, kind, text });
  };
  const rejectRow = (row: RejectedRow) => {
    rejected += 1;
    for (const issue of row.issues) issueCounts[issue.code] = (issueCounts[issue.code] ?? 0) + 1;
    if (rejectedSample.length < keepRejected) rejectedSample.push(row);
    sink.reject(row);
  };
  const count = (judged: RowVerdict<T>, cells?: CellBytes) => {
    for (const assumption of judged.assumptions)
      assumptionRows.set(assumption, (assumptionRows.get(assumption) ?? 0) + 1);
    if (judged.ok) {
      accepted += 1;
      // Only a sink that takes rows from their lines has fields left in them (`fromLine`).
      if (judged.fromLine === true && cells !== undefined && sink.fromLine !== undefined)
        sink.fromLine.accept(judged.row, cells);
      else sink.accept(judged.row);
    } else rejectRow(judged.rejected);
  };
  const take = (records: readonly CsvRecord[], held?: (record: CsvRecord) => boolean) => {
    const { judge, classify, fileIssues, header } = settled as NonNullable<typeof settled>;
    for (const record of records) {
      if (record.line < from || held?.(record) === true) continue;
      body += 1;
      const verdict = classify(record);
      if (verdict.kind !== 'data') {
        noteStructure(record.line, verdict.kind, verdict.text);
        continue;
      }
      if (fileIssues.length > 0) {
        const cells: Record<string, string> = {};
        record.fields.forEach((f, i) => {
          cells[header[i] || `#${i + 1}`] = f;
        });
        rejectRow({
          row: record.line,
          cells,
          issues: fileIssues.map((issue) => ({ ...issue, row: record.line })),
        });
        continue;
      }
      count(judge(record, verdict.context));
    }
  };
  // The delimiter of the records pushed, when they come from CSV text.
  let delimiter: string | undefined;
  const settle = () => {
    const specs = list.columns;
    const known = new Set(specs.flatMap((s) => s.headers.map(headerKey)));
    const codes = new Set(specs.flatMap((s) => (s.codes ?? []).map((c) => c.toLowerCase())));
    const isKnown = (cell: string) => known.has(headerKey(cell)) || codes.has(cell.trim().toLowerCase());
    const found = findHeaderRecord(waiting, isKnown);
    const start =
      found >= 0
        ? found
        : Math.max(
            0,
            waiting.findIndex((r) => structureOf(r.fields) !== 'blank'),
          );
    const block = headerBlock(waiting, start);
    const layout = matchColumns(block.columns, specs, options.columns);
    const periodHint = titleFacts(waiting.slice(0, start), options.fileName).period?.period ?? options.period;
    const { facts, communeIssues } = factsOf(waiting.slice(0, start), options, periodHint);
    const has = new Set(layout.positions.keys());
    const missing = list.cannotHave(has, facts);
    const fileIssues: RowIssue[] = [];
    const legacy = legacyFontOf(legacyText(waiting, heldBatches));
    // A header in a legacy font not read back (something in the start is no legacy font's): say so first.
    if (legacy !== undefined && missing.length > 0)
      fileIssues.push({ row: 0, column: '', code: 'legacy_encoding', params: { encoding: legacy } });
    const { headers: absent, fields: shared } = layout.mapProblems;
    if (absent.length > 0 || shared.length > 0)
      fileIssues.push({
        row: 0,
        column: '',
        code: 'column_map_problem',
        params: {
          absent: absent.join(', '),
          shared: shared.join(', '),
          headers: layout.header.filter((h) => h !== '').join(', '),
        },
      });
    if (missing.length > 0) {
      const headers = layout.header.filter((h) => h !== '');
      const named = (field: string) => specs.find((s) => s.field === field);
      const nearest = missing
        .map((field) => {
          const spec = named(field);
          const near = spec === undefined ? undefined : nearestHeader(spec, headers);
          return near === undefined ? undefined : `${spec?.headers[0] ?? field} ← "${near}"`;
        })
        .filter((n) => n !== undefined);
      fileIssues.push({
        row: 0,
        column: '',
        code: 'missing_fields',
        params: {
          fields: missing.map((f) => `${named(f)?.headers[0] ?? f} (${f})`).join(', '),
          headers: headers.map((h) => `"${h}"`).join(', ') || '—',
          nearest: nearest.join('; '),
        },
      });
    }
    // The title's commune matters only where no column gives the commune.
    if (
      !has.has('communeCode') &&
      !has.has('communeName') &&
      list.cannotHave(new Set(), facts).includes('communeCode')
    )
      fileIssues.push(...communeIssues);
    waiting.slice(0, start).forEach((record) => {
      const blank = structureOf(record.fields) === 'blank';
      noteStructure(record.line, blank ? 'blank' : 'title', labelOf(record.fields));
    });
    waiting.slice(start, block.to).forEach((record) => {
      noteStructure(record.line, 'header', labelOf(record.fields));
    });
    const judge = createRowJudge(
      layout,
      specs,
      list.schema,
      list.check,
      legacy,
      list.derive({ facts, columns: has, units: options.units ?? [] }),
      seen,
    );
    const isPerson = personLike(layout.positions);
    // Lines spelt alike but for these fields are judged alike (when the schema's fields compile).
    const tests = compileFieldTests(list.schema);
    const varying =
      tests === undefined
        ? []
        : (list.varying?.(has) ?? []).filter((field) => has.has(field) && tests.has(field));
    // The varying fields' tests for the values a lane reads, narrowed by each one's form (`narrowFieldTest`).
    const fieldSpecs = compileFieldSpecs(list.schema);
    const laneTests = new Map<string, (value: unknown) => boolean>();
    for (const field of varying) {
      const test = tests?.get(field);
      if (test === undefined) continue;
      const json = fieldSpecs?.get(field);
      const read = specs.filter((s) => s.field === field);
      const form = read.length === 1 ? read[0]?.canonical : undefined;
      laneTests.set(
        field,
        json === undefined || form === undefined ? test : narrowFieldTest(json, form, read[0]?.emptyAs, test),
      );
    }
    const laneless = options.lane === false || legacy !== undefined || fileIssues.length > 0;
    const varyingSet = varying.length > 0 ? new Set(varying) : undefined;
    // Fields a lane on bytes may leave in the line for the sink: varying codes whose test takes any code,
    // which the list's rules can read from bytes.
    const deferrable = new Map<string, number>();
    for (const field of sink.fromLine?.fields ?? []) {
      const spec = specs.find((s) => s.field === field);
      const index = layout.positions.get(field);
      if (spec?.canonical === 'code' && index !== undefined && varyingSet?.has(field) === true)
        if (acceptsAnyCode(list.schema, field, maxCanonical)) deferrable.set(field, index);
    }
    const lineCheck = deferrable.size > 0 ? composeLineChecks(list.check, deferrable) : undefined;
    const deferred = lineCheck === undefined ? undefined : new Set(deferrable.keys());
    // Fields a lane on bytes may leave unmade, read neither by the sink nor by the list's rules: varying
    // codes and texts whose test takes any value of their form, and numerals whose test asks only their
    // length (`numeralLengths`), with the lengths their bytes must have.
    const sinkReads = sink.copies === true ? sink.reads : undefined;
    const ruleReads = sinkReads === undefined ? undefined : checkReads(list.check);
    const unmade = new Map<string, readonly [number, number]>();
    if (sinkReads !== undefined && ruleReads !== undefined)
      for (const field of varying) {
        if (sinkReads.has(field) || ruleReads.has(field) || deferred?.has(field) === true) continue;
        const form = specs.find((s) => s.field === field)?.canonical;
        const longest = form === 'code' ? maxCanonical : form === 'text' ? maxPlainText : 0;
        const json = fieldSpecs?.get(field);
        const lengths = form === undefined || json === undefined ? undefined : numeralLengths(json, form);
        if (longest > 0 && acceptsAnyCode(list.schema, field, longest)) unmade.set(field, [1, longest]);
        else if (lengths !== undefined) unmade.set(field, lengths);
      }
    const unmadeFields = new Set(unmade.keys());
    settled = {
      header: layout.header,
      judge: judge.record,
      judgeLine: () =>
        createRepeatJudge({
          reuse: sink.copies === true,
          judgeValues: judge.values,
          varying,
          fromVarying: list.fromVarying,
          tests: laneTests,
          check: list.check,
          seen,
          header: layout.header,
          lineCheck,
          deferred,
          unmade: unmadeFields,
        }),
      isPerson,
      classify: createBodyClassifier({
        isPerson: (fields) => isPerson((i) => fields[i] ?? ''),
        midBody: options.from !== undefined,
      }),
      fileIssues,
      facts,
      columns: layout.understood,
      // A lane judges rows that need nothing the full rules add: no legacy letters, no file-level issue.
      lane: laneless ? undefined : (delimiter) => compileLane(layout, specs, delimiter, varyingSet),
      byteLane: laneless
        ? undefined
        : (delimiter) => compileByteLane(layout, specs, delimiter, varyingSet, deferred, unmade),
    };
    const rows = waiting.slice(block.to);
    settledAt = heldCount > 0 ? heldLast : (waiting.at(-1)?.line ?? 0);
    waiting = [];
    heldBatches = [];
    take(rows, delimiter === undefined ? undefined : heldTaker(delimiter));
  };

  /**
   * A taker of the records held while the header settled, by the lane on their text (`lineTaker`'s
   * rules): a record whose cells hold no delimiter is its line again (quoted or not, the lane reads the
   * same cells), so these rows are judged as the lines after them are. `undefined` without a lane.
   */
  const heldTaker = (delimiter: string): ((record: CsvRecord) => boolean) | undefined => {
    const lane = settled?.lane?.(delimiter);
    if (lane === undefined) return undefined;
    const { person, judge } = laneJudge(lane);
    const fromText = (record: CsvRecord) => {
      if (record.fields.some((field) => field.includes(delimiter))) return false;
      const text = record.fields.join(delimiter);
      if (!lane.scan(text, 0, text.length) || !person()) return false;
      judge(record.line);
      return true;
    };
    // Where the feeder kept the lines' bytes, the lane on bytes, which reads the lines after them.
    const lookup = lineBytes;
    const bytes = lookup === undefined ? undefined : byteTakerOf(delimiter);
    if (lookup === undefined || bytes === undefined) return (record) => body !== 0 && fromText(record);
    const separator = delimiter.charCodeAt(0);
    return (record) => {
      if (body === 0) return false;
      const line = lookup(record.line);
      if (
        line !== undefined &&
        sameLine(record, line, separator) &&
        bytes.fits(line.bytes, line.start, line.end, true)
      ) {
        bytes.take(record.line);
        return true;
      }
      return fromText(record);
    };
  };

  /**
   * Whether the line a lane scanned is a person's, as the classifier would take it (a total or a heading
   * is left to it); and its judge, with the checks and counts `take` gives a judged row.
   */
  const laneJudge = (
    lane: LaneLine & { readonly digitIn?: (index: number) => boolean },
    cells?: CellBytes,
  ) => {
    const now = settled as NonNullable<typeof settled>;
    const { classify, isPerson } = now;
    const judgeLine = now.judgeLine();
    return {
      person: () => isPerson(lane.cell, lane.digitIn, lane.coded),
      judge(line: number) {
        if (line < from) return;
        laneRows += 1;
        count(judgeLine(line, lane, classify.person()), cells);
      },
    };
  };

  /** The taker of `lineTaker`: a lane's row gets the checks and counts `take` gives a judged row. */
  const makeTaker = (delimiter: string): LineTaker | undefined => {
    const lane = settled?.lane?.(delimiter);
    if (lane === undefined) return undefined;
    const { person, judge } = laneJudge(lane);
    return {
      take(text, start, end, line, earlier) {
        // The first row under the header may number the columns: the classifier judges it.
        if (body === 0 || !lane.scan(text, start, end) || !person()) return false;
        if (earlier.length > 0) take(earlier.splice(0));
        judge(line);
        return true;
      },
    };
  };

  /** The taker of `byteTaker`, made once a delimiter. */
  const byteTakerOf = (delimiter: string): ByteLineTaker | undefined => {
    if (settled === undefined) return undefined;
    if (!byteTakers.has(delimiter)) byteTakers.set(delimiter, makeByteTaker(delimiter));
    return byteTakers.get(delimiter);
  };

  /** The taker of `byteTaker`, as `makeTaker`'s (no records are held back when it is given a line). */
  const makeByteTaker = (delimiter: string): ByteLineTaker | undefined => {
    const lane = settled?.byteLane?.(delimiter);
    if (lane === undefined) return undefined;
    const { person, judge } = laneJudge(lane, lane);
    return {
      // A line before the slice's start is neither judged nor counted (`judge`): taken unread.
      fits: (bytes, start, end, plain, line) =>
        body !== 0 &&
        ((line !== undefined && line < from) || (lane.scan(bytes, start, end, plain) && person())),
      take: judge,
    };
  };

  return {
    boundary: () => ({
      settledAt,
      plain: settled !== undefined && body > 0 && settled.classify.plain(),
    }),
    lineTaker(delimiter) {
      if (settled === undefined) return undefined;
      if (!takers.has(delimiter)) takers.set(delimiter, makeTaker(delimiter));
      return takers.get(delimiter);
    },
    byteTaker: byteTakerOf,
    keepLineBytes(lookup) {
      lineBytes = lookup;
    },
    push(records, split) {
      if (records.length > 0) delimiter ??= split;
      if (settled !== undefined) {
        take(records);
        return;
      }
      for (const record of records) {
        waiting.push(record);
        for (const field of record.fields) waitingChars += field.length + 1;
      }
      if (settles()) settle();
    },
    holding: () =>
      settled === undefined &&
      delimiter !== undefined &&
      waiting.length >= headerWindow + 3 &&
      waiting.slice(0, headerWindow).some((r) => structureOf(r.fields) !== 'blank'),
    hold(batch) {
      if (settled !== undefined)
        throw new InvalidArgumentError(
          'TableReader.hold',
          'lines are held only while the header settles',
          'chỉ giữ dòng khi chưa xác định xong dòng tiêu đề',
        );
      heldBatches.push({ text: batch.text, chars: batch.chars });
      heldChars += batch.chars;
      waitingChars += batch.chars;
      heldCount += batch.count;
      heldLast = batch.last;
      if (!settles()) return false;
      settle();
      return true;
    },
    release() {
      waitingChars -= heldChars;
      heldBatches = [];
      heldChars = 0;
      heldCount = 0;
    },
    end() {
      if (settled === undefined) settle();
    },
    get header() {
      return settled?.header;
    },
    get laneRows() {
      return laneRows;
    },
    get columns() {
      return settled?.columns ?? [];
    },
    report(notes) {
      const assumptions: AssumptionMade[] = [...assumptionRows].map(
        ([a, rows]) => ({ ...a, rows }) as AssumptionMade,
      );
      return {
        inputRows: accepted + rejected + skipped + structure,
        accepted,
        rejected,
        skipped,
        structure,
        structureCounts: { ...structureCounts },
        structureSample: [...structureSample],
        issueCounts: { ...issueCounts },
        rejectedSample: [...rejectedSample],
        fileIssues: settled?.fileIssues ?? [],
        assumptions,
        facts: settled?.facts ?? { title: undefined, kind: undefined, commune: undefined, period: undefined },
        header: settled?.header ?? [],
        columns: settled?.columns ?? [],
        notes: [...notes],
      };
    },
  };
}
