import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import {
  describeAssumption,
  describeIssue,
  describeNote,
  formatNumber,
  type Language,
  maskName,
  maskPersonalNumbers,
  messagesIn,
} from '@ansinh/core';
import {
  csvLines,
  type RejectedRow,
  rejectedCells,
  rejectedHeader,
  type TextEncoding,
  type UnderstoodColumn,
  type ValidationReport,
} from '@ansinh/io';
import { loadUnits } from '../load-dataset.js';
import type { Output } from '../output.js';
import { printIssues } from '../output-issues.js';
import { type ListKindName, readListFile } from '../read-list-file.js';
import { progress } from '../render/progress.js';
import { renderTextTable } from '../render/text-table.js';
import { outputProblem } from '../same-file.js';

/** What `validate` and `inspect` may be told about a file that it may not say itself. */
export interface ListCommandOptions {
  readonly file: string;
  readonly kind: ListKindName | undefined;
  /** Headers to fields (`--columns`). */
  readonly columns: Readonly<Record<string, string>> | undefined;
  readonly period: string | undefined;
  readonly commune: string | undefined;
  readonly encoding: TextEncoding | undefined;
  readonly units: string;
  readonly reveal: boolean;
  readonly language: Language;
  readonly json: boolean;
}

/** Options of `ansinh validate`. */
export interface ValidateOptions extends ListCommandOptions {
  readonly rejected: string | undefined;
}

/** Issues shown in full in the table (all are counted by code). */
const shownIssues = 50;

/** The fields whose cells name a person. */
const nameFields = new Set(['fullName', 'receiverName', 'authorisedReceiver']);

/**
 * A rejected row's cells as they may be written: names (by the field their column was taken for) to
 * initials and personal numbers (CCCD, accounts, also where a shifted column put them) masked, unless
 * `reveal`.
 */
function maskedRow(row: RejectedRow, names: ReadonlySet<string>, reveal: boolean): RejectedRow {
  if (reveal) return row;
  const cells: Record<string, string> = {};
  for (const [header, value] of Object.entries(row.cells))
    cells[header] = names.has(header) && value.trim() !== '' ? maskName(value) : maskPersonalNumbers(value);
  return { ...row, cells };
}

/** Reads a list file for `validate` and `inspect`: the units loaded, progress shown, rows handed on. */
export async function readForCommand(
  options: ListCommandOptions,
  out: Output,
  onRejected?: (rows: readonly RejectedRow[]) => Promise<void>,
  onHeader?: (header: readonly string[], columns: readonly UnderstoodColumn[]) => void,
) {
  const messages = messagesIn(options.language);
  const units = await loadUnits(options.units);
  if (!units.ok) {
    printIssues(out, units.issues);
    return undefined;
  }
  const bar = progress(out, messages.common.validating);
  const read = await readListFile(options.file, options.kind, {
    units: units.data,
    columns: options.columns,
    period: options.period,
    commune: options.commune,
    encoding: options.encoding,
    ...(onRejected === undefined ? {} : { onRejected }),
    ...(onHeader === undefined ? {} : { onHeader }),
    onProgress: (done, total) => bar(done, total ?? done),
  });
  if (!read.ok) {
    printIssues(out, read.issues);
    return undefined;
  }
  return read;
}

/** The report's issues, assumptions and notes with their messages, for `--json`. */
export function reportJson(
  file: string,
  kind: ListKindName,
  encoding: string,
  report: ValidationReport,
  options: ListCommandOptions,
) {
  const messages = messagesIn(options.language);
  const quoted = options.reveal ? (text: string) => text : maskPersonalNumbers;
  const issues = report.rejectedSample.flatMap((r) => r.issues);
  const issueTotal = Object.values(report.issueCounts).reduce((s, x) => s + x, 0);
  return {
    file,
    kind,
    encoding,
    inputRows: report.inputRows,
    accepted: report.accepted,
    rejected: report.rejected,
    skipped: report.skipped,
    structure: report.structure,
    structureCounts: report.structureCounts,
    facts: report.facts,
    fileIssues: report.fileIssues.map((issue) => ({
      ...issue,
      message: quoted(describeIssue(issue, messages)),
    })),
    assumptions: report.assumptions.map((a) => ({ ...a, message: describeAssumption(a, messages) })),
    notes: report.notes.map((note) => ({ ...note, message: describeNote(note, messages) })),
    issueCounts: report.issueCounts,
    issues: issues.map((issue) => ({
      ...issue,
      params: options.reveal ? issue.params : JSON.parse(quoted(JSON.stringify(issue.params))),
      message: quoted(describeIssue(issue, messages)),
    })),
    issuesComplete: issues.length === issueTotal,
  };
}

/** Prints the lines every list command starts with: the counts, the file's facts, assumptions, notes. */
export function printReportHead(
  out: Output,
  options: ListCommandOptions,
  kind: ListKindName,
  encoding: string,
  report: ValidationReport,
) {
  const messages = messagesIn(options.language);
  const n = (x: number) => formatNumber(x, options.language);
  out.print(
    messages.validate.summary(options.file, messages.kinds[kind], {
      rows: n(report.inputRows),
      accepted: n(report.accepted),
      rejected: n(report.rejected),
      skipped: n(report.skipped),
      structure: n(report.structure),
    }),
  );
  const { facts } = report;
  out.print(
    messages.validate.facts({
      commune:
        facts.commune === undefined
          ? undefined
          : `${facts.commune.name}${facts.commune.code === undefined || facts.commune.code === facts.commune.name ? '' : ` (${facts.commune.code})`}`,
      period: facts.period?.period,
      periodFrom: facts.period?.from,
      title: facts.title,
      encoding,
    }),
  );
  if (report.assumptions.length > 0) {
    out.print(messages.validate.assumptionsHeading);
    for (const a of report.assumptions)
      out.print(messages.validate.assumption(describeAssumption(a, messages), n(a.rows)));
  }
  for (const note of report.notes) out.print(`${messages.common.note}: ${describeNote(note, messages)}`);
}

/**
 * `ansinh validate FILE [--kind register|payments] [--rejected OUT] [--columns MAP] [--period YYYY-MM]
 * [--commune CODE] [--encoding ENC] [--reveal]`: reads a register or payment list (CSV of any size,
 * streamed, or XLSX; as ansinh writes it or as an office keeps it) and reports every record: accepted,
 * rejected with row, column, code and message, skipped (blank) or structure (title, headings, totals,
 * signatures), the counts adding up to the input; the file's commune, period and every assumption made.
 * `--rejected` writes the refused rows back with their reasons, names and personal numbers masked unless
 * `--reveal`. Exit 0 when every row is accepted, 1 when any is rejected or none is accepted, 2 when the
 * file cannot be read as a list (unreadable, no known encoding, missing what the analysis needs).
 */
export async function validate(options: ValidateOptions, out: Output): Promise<number> {
  const messages = messagesIn(options.language);
  if (options.rejected !== undefined) {
    const problem = outputProblem(options.rejected, [options.file]);
    if (problem !== undefined) {
      out.error(
        problem === 'input'
          ? messages.common.outputIsInput(options.rejected)
          : messages.common.outputUnwritable(options.rejected, problem),
      );
      return 2;
    }
  }
  let rejectedFile: WriteStream | undefined;
  let header: readonly string[] = [];
  let names: ReadonlySet<string> = new Set();
  const writeRejected = async (rows: readonly RejectedRow[]) => {
    if (options.rejected === undefined || rows.length === 0) return;
    // Opened with the first rejected rows, so a clean file leaves none behind; its columns are the
    // row's own cells (duplicate headers and extra cells kept, as the reader named them).
    if (rejectedFile === undefined) {
      header = Object.keys(rows[0]?.cells ?? {});
      rejectedFile = createWriteStream(options.rejected);
      rejectedFile.write(`\ufeff${csvLines([rejectedHeader(header)])}`);
    }
    const masked = rows.map((r) => maskedRow(r, names, options.reveal));
    const lines = rejectedCells(header, masked, options.language).map((row) =>
      row.map((cell) => (options.reveal ? cell : maskPersonalNumbers(cell))),
    );
    if (!rejectedFile.write(csvLines(lines))) await once(rejectedFile, 'drain');
  };
  const read = await readForCommand(options, out, writeRejected, (_, columns) => {
    names = new Set(
      columns
        .filter((c) => c.field !== undefined && nameFields.has(c.field))
        .map((c) => c.header || `#${c.index + 1}`),
    );
  });
  // A clean file still gets its (empty) rejected-rows file, so no stale one from an earlier run is left.
  if (read !== undefined && rejectedFile === undefined && options.rejected !== undefined) {
    rejectedFile = createWriteStream(options.rejected);
    rejectedFile.write(`\ufeff${csvLines([rejectedHeader(read.report.header)])}`);
  }
  const written = rejectedFile as WriteStream | undefined;
  if (written !== undefined) {
    written.end();
    await once(written, 'finish');
  }
  if (read === undefined) return 2;
  const { report, kind, encoding } = read;
  if (options.json) {
    out.print(JSON.stringify(reportJson(options.file, kind, encoding, report, options), null, 2));
    return exitCode(report);
  }
  const n = (x: number) => formatNumber(x, options.language);
  printReportHead(out, options, kind, encoding, report);
  const quoted = options.reveal ? (text: string) => text : maskPersonalNumbers;
  if (report.fileIssues.length > 0) {
    for (const issue of report.fileIssues)
      out.error(`${options.file}: ${quoted(describeIssue(issue, messages))}`);
    out.error(messages.validate.fileRefused(options.file));
    return 2;
  }
  const issues = report.rejectedSample.flatMap((r) => r.issues);
  const issueTotal = Object.values(report.issueCounts).reduce((s, x) => s + x, 0);
  if (report.accepted === 0) out.error(messages.validate.nothingAccepted(options.file));
  if (issueTotal === 0) return exitCode(report);
  const h = messages.validate.headings;
  const shown = issues.slice(0, shownIssues);
  out.print('');
  out.print(
    renderTextTable(
      [
        { heading: h.row, maxWidth: 6 },
        { heading: h.column, maxWidth: 20 },
        { heading: h.code, maxWidth: 24 },
        { heading: h.message, maxWidth: 70 },
      ],
      shown.map((i) => [String(i.row), i.column, i.code, quoted(describeIssue(i, messages))]),
      out.columns,
    ),
  );
  if (issueTotal > shown.length) out.print(messages.common.moreWithJson(n(issueTotal - shown.length)));
  const codes = Object.entries(report.issueCounts).sort(([, a], [, b]) => b - a);
  out.print('');
  out.print(
    renderTextTable(
      [
        { heading: h.code, maxWidth: 28 },
        { heading: h.count, maxWidth: 12 },
      ],
      codes.map(([code, count]) => [code, n(count)]),
      out.columns,
    ),
  );
  if (options.rejected !== undefined && report.rejected > 0) {
    out.print(messages.validate.rejectedWritten(options.rejected));
    if (!options.reveal) out.print(messages.validate.rejectedMasked);
  }
  return exitCode(report);
}

/** 2 when the file could not be read as a list, 1 when a row was rejected or none accepted, else 0. */
export function exitCode(report: ValidationReport): number {
  if (report.fileIssues.length > 0) return 2;
  return report.rejected > 0 || report.accepted === 0 ? 1 : 0;
}
