import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import {
  describeIssue,
  describeNote,
  foldDiacritics,
  formatNumber,
  type Language,
  messagesIn,
} from '@ansinh/core';
import {
  csvLines,
  parseCsv,
  type RejectedRow,
  rejectedCells,
  rejectedHeader,
  streamPaymentsCsv,
  streamRegisterCsv,
  type TableSource,
  type ValidationReport,
} from '@ansinh/io';
import { readInput } from '../load-dataset.js';
import { loadPayments, loadRegister } from '../load-registers.js';
import type { Output } from '../output.js';
import { printIssues } from '../output-issues.js';
import { progress } from '../render/progress.js';
import { renderTextTable } from '../render/text-table.js';
import { sameFile } from '../same-file.js';

/** Options of `ansinh validate`. */
export interface ValidateOptions {
  readonly file: string;
  readonly kind: 'register' | 'payments' | undefined;
  readonly rejected: string | undefined;
  readonly language: Language;
  readonly json: boolean;
}

/** CSV files up to this size are read whole and their encoding checked before validation: 64 MiB. */
const checkedWholeBytes = 64 * 2 ** 20;

/** Issues shown in full in the table (all are counted by code). */
const shownIssues = 50;

const kindOf = (header: readonly string[]): 'register' | 'payments' => {
  const folded = header.map(foldDiacritics);
  return folded.some((h) => h === 'ky chi tra' || h === 'hinh thuc chi tra') ? 'payments' : 'register';
};

/** The first record of a CSV file that is not a comment: its header (a cut character at the end is harmless). */
async function csvHeader(file: string): Promise<readonly string[]> {
  const handle = await open(file, 'r');
  try {
    const start = Buffer.alloc(1 << 16);
    const { bytesRead } = await handle.read(start, 0, start.length, 0);
    return parseCsv(start.subarray(0, bytesRead).toString('utf8')).records[0]?.fields ?? [];
  } finally {
    await handle.close();
  }
}

/**
 * `ansinh validate FILE [--kind register|payments] [--rejected OUT]`: reads a register or payment list
 * (CSV of any size, streamed; or XLSX) and reports every row it refuses, with row, column, code and
 * message, in one report shape whatever the file: the counts add up to the input, every issue is counted
 * by code, the first rejected rows are shown whole. `--rejected` writes the refused rows back with their
 * reasons. Exit 0 when every row is accepted, 1 when any is rejected, 2 when the file cannot be read.
 */
export async function validate(options: ValidateOptions, out: Output): Promise<number> {
  const messages = messagesIn(options.language);
  if (options.rejected !== undefined && sameFile(options.rejected, options.file)) {
    out.error(messages.common.outputIsInput(options.rejected));
    return 2;
  }
  let rejectedFile: WriteStream | undefined;
  let header: readonly string[] = [];
  const writeRejected = async (rows: readonly RejectedRow[]) => {
    if (options.rejected === undefined || rows.length === 0) return;
    // Opened with the first rejected rows, so a clean file leaves none behind.
    if (rejectedFile === undefined) {
      rejectedFile = createWriteStream(options.rejected);
      rejectedFile.write(`\ufeff${csvLines([rejectedHeader(header)])}`);
    }
    if (!rejectedFile.write(csvLines(rejectedCells(header, rows, options.language))))
      await once(rejectedFile, 'drain');
  };
  let kind = options.kind;
  let report: ValidationReport;
  if (/\.xlsx$/iu.test(options.file)) {
    const first = await loadRegister(options.file);
    if (!first.ok) {
      printIssues(out, first.issues);
      return 2;
    }
    kind ??= kindOf(first.result.header);
    const loaded = kind === 'register' ? first : await loadPayments(options.file);
    if (!loaded.ok) {
      printIssues(out, loaded.issues);
      return 2;
    }
    header = loaded.result.header;
    await writeRejected(loaded.result.rejected);
    report = loaded.result.report;
  } else {
    // A file that fits in memory is read and its encoding checked first (refused, exit 2, when it is not
    // UTF-8 text); a larger one is streamed from disk. Either way the same driver judges every row.
    const size = await stat(options.file).then(
      (s) => s.size,
      () => undefined,
    );
    let source: TableSource = options.file;
    if (size === undefined || size <= checkedWholeBytes) {
      const read = await readInput(options.file, 'utf8');
      if (!read.ok) {
        printIssues(out, read.issues);
        return 2;
      }
      source = (async function* () {
        yield read.data;
      })();
      kind ??= kindOf(parseCsv(read.data.slice(0, 1 << 16)).records[0]?.fields ?? []);
    } else kind ??= kindOf(await csvHeader(options.file));
    const bar = progress(out, messages.common.validating);
    const streamOptions = {
      onHeader: (found: readonly string[]) => {
        header = found;
      },
      onAccepted: () => {},
      onRejected: writeRejected,
      onProgress: (done: number, total: number | undefined) => bar(done, total ?? done),
    };
    report =
      kind === 'register'
        ? await streamRegisterCsv(source, streamOptions)
        : await streamPaymentsCsv(source, streamOptions);
  }
  const written = rejectedFile as WriteStream | undefined;
  if (written !== undefined) {
    written.end();
    await once(written, 'finish');
  }
  const issues = report.rejectedSample.flatMap((r) => r.issues);
  const issueTotal = Object.values(report.issueCounts).reduce((s, x) => s + x, 0);
  if (options.json) {
    out.print(
      JSON.stringify(
        {
          file: options.file,
          kind,
          inputRows: report.inputRows,
          accepted: report.accepted,
          rejected: report.rejected,
          notes: report.notes.map((note) => ({ ...note, message: describeNote(note, messages) })),
          issueCounts: report.issueCounts,
          issues: issues.map((issue) => ({ ...issue, message: describeIssue(issue, messages) })),
          issuesComplete: issues.length === issueTotal,
        },
        null,
        2,
      ),
    );
    return report.rejected > 0 ? 1 : 0;
  }
  const n = (x: number) => formatNumber(x, options.language);
  out.print(
    messages.validate.summary(
      options.file,
      messages.kinds[kind],
      n(report.inputRows),
      n(report.accepted),
      n(report.rejected),
    ),
  );
  for (const note of report.notes) out.print(`${messages.common.note}: ${describeNote(note, messages)}`);
  if (issueTotal === 0) return 0;
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
      shown.map((i) => [String(i.row), i.column, i.code, describeIssue(i, messages)]),
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
  if (options.rejected !== undefined) out.print(messages.validate.rejectedWritten(options.rejected));
  return report.rejected > 0 ? 1 : 0;
}
