import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { open, stat, writeFile } from 'node:fs/promises';
import { foldDiacritics, formatNumber, type Language } from '@ansinh/core';
import {
  csvLines,
  parseCsv,
  type ReadResult,
  type RejectedRow,
  rejectedCells,
  rejectedHeader,
  streamPaymentsCsv,
  streamRegisterCsv,
  writeRejectedCsv,
} from '@ansinh/io';
import { loadPayments, loadRegister } from '../load-registers.js';
import type { Output } from '../output.js';
import { printIssues } from '../output-issues.js';
import { progress } from '../render/progress.js';
import { renderTextTable } from '../render/text-table.js';

/** Options of `ansinh validate`. */
export interface ValidateOptions {
  readonly file: string;
  readonly kind: 'register' | 'payments' | undefined;
  readonly rejected: string | undefined;
  readonly language: Language;
  readonly json: boolean;
  /** Read in chunks whatever the size (automatic above `streamAboveBytes`). */
  readonly stream: boolean;
}

/** CSV files larger than this are validated in chunks: 64 MiB. */
export const streamAboveBytes = 64 * 2 ** 20;

const kindOf = (header: readonly string[]): 'register' | 'payments' => {
  const folded = header.map(foldDiacritics);
  return folded.some((h) => h === 'ky chi tra' || h === 'hinh thuc chi tra') ? 'payments' : 'register';
};

/**
 * `ansinh validate FILE [--kind register|payments] [--rejected OUT]`: reads a register or payment list
 * and reports every row it refuses, with row, column, code and message; the counts add up to the input.
 * `--rejected` writes the refused rows back with their reasons. Exit 0 when every row is accepted, 1 when
 * any is rejected, 2 when the file cannot be read.
 */
export async function validate(options: ValidateOptions, out: Output): Promise<number> {
  if (!/\.xlsx$/iu.test(options.file)) {
    const size = await stat(options.file).then(
      (s) => s.size,
      () => undefined,
    );
    if (size !== undefined && (options.stream || size > streamAboveBytes))
      return validateStreamed(options, out);
  }
  const vi = options.language === 'vi';
  let kind = options.kind;
  const first = await loadRegister(options.file);
  if (!first.ok) {
    printIssues(out, first.issues);
    return 2;
  }
  if (kind === undefined) {
    kind = kindOf(first.text === '' ? first.result.header : (parseCsv(first.text).records[0]?.fields ?? []));
  }
  const loaded = kind === 'register' ? first : await loadPayments(options.file);
  if (!loaded.ok) {
    printIssues(out, loaded.issues);
    return 2;
  }
  const result = loaded.result as ReadResult<unknown>;
  const issues = result.rejected.flatMap((r) => r.issues);
  if (options.rejected !== undefined && result.rejected.length > 0) {
    await writeFile(options.rejected, writeRejectedCsv(result));
  }
  if (options.json) {
    out.print(
      JSON.stringify(
        {
          file: options.file,
          kind,
          inputRows: result.inputRows,
          accepted: result.accepted.length,
          rejected: result.rejected.length,
          notes: result.notes,
          issues,
        },
        null,
        2,
      ),
    );
  } else {
    const n = (x: number) => formatNumber(x, options.language);
    printSummary(out, options, kind, false, {
      inputRows: result.inputRows,
      accepted: result.accepted.length,
      rejected: result.rejected.length,
      notes: result.notes,
    });
    if (issues.length > 0) {
      const shown = issues.slice(0, 50);
      out.print('');
      out.print(
        renderTextTable(
          [
            { heading: vi ? 'Dòng' : 'Row', maxWidth: 6 },
            { heading: vi ? 'Cột' : 'Column', maxWidth: 20 },
            { heading: vi ? 'Mã lỗi' : 'Code', maxWidth: 24 },
            { heading: vi ? 'Chi tiết' : 'Message', maxWidth: 70 },
          ],
          shown.map((i) => [String(i.row), i.column, i.code, i.message]),
          out.columns,
        ),
      );
      if (issues.length > shown.length) {
        out.print(
          vi
            ? `… và ${n(issues.length - shown.length)} lỗi nữa (--json để xem hết).`
            : `… and ${n(issues.length - shown.length)} more (--json for all).`,
        );
      }
      printRejectedFile(out, options);
    }
  }
  return result.rejected.length > 0 ? 1 : 0;
}

/**
 * `ansinh validate` for a CSV of any size: streamed (`streamRegisterCsv`, `streamPaymentsCsv`), with a
 * progress bar, the rejected rows written to `--rejected` a chunk at a time, and a report that counts every
 * row and every issue by code; the table and `--json` show the first 1 000 rejected rows in full.
 */
async function validateStreamed(options: ValidateOptions, out: Output): Promise<number> {
  const vi = options.language === 'vi';
  const n = (x: number) => formatNumber(x, options.language);
  let kind = options.kind;
  if (kind === undefined) {
    const handle = await open(options.file, 'r');
    const start = Buffer.alloc(1 << 16);
    const { bytesRead } = await handle.read(start, 0, start.length, 0);
    await handle.close();
    // The first complete line that is not a comment is the header (a cut character at the end is harmless).
    kind = kindOf(parseCsv(start.subarray(0, bytesRead).toString('utf8')).records[0]?.fields ?? []);
  }
  // The rejected-rows file is opened with the first rejected rows, so a clean file leaves none behind.
  let rejectedFile: WriteStream | undefined;
  let header: readonly string[] = [];
  const bar = progress(out, vi ? 'Đang kiểm tra / Validating' : 'Validating');
  const streamOptions = {
    onHeader: (found: readonly string[]) => {
      header = found;
    },
    onAccepted: () => {},
    onRejected: async (rows: readonly RejectedRow[]) => {
      if (options.rejected === undefined) return;
      if (rejectedFile === undefined) {
        rejectedFile = createWriteStream(options.rejected);
        rejectedFile.write(`\ufeff${csvLines([rejectedHeader(header)])}`);
      }
      if (!rejectedFile.write(csvLines(rejectedCells(header, rows)))) await once(rejectedFile, 'drain');
    },
    onProgress: (done: number, total: number | undefined) => bar(done, total ?? done),
  };
  const report =
    kind === 'register'
      ? await streamRegisterCsv(options.file, streamOptions)
      : await streamPaymentsCsv(options.file, streamOptions);
  const written = rejectedFile as WriteStream | undefined;
  if (written !== undefined) {
    written.end();
    await once(written, 'finish');
  }
  const shown = report.rejectedSample.flatMap((r) => r.issues);
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
          notes: report.notes,
          issueCounts: report.issueCounts,
          issues: shown,
          issuesComplete: shown.length === issueTotal,
        },
        null,
        2,
      ),
    );
    return report.rejected > 0 ? 1 : 0;
  }
  printSummary(out, options, kind, true, report);
  const codes = Object.entries(report.issueCounts).sort(([, a], [, b]) => b - a);
  if (codes.length > 0) {
    out.print('');
    out.print(
      renderTextTable(
        [
          { heading: vi ? 'Mã lỗi' : 'Code', maxWidth: 28 },
          { heading: vi ? 'Số lần' : 'Count', maxWidth: 12 },
        ],
        codes.map(([code, count]) => [code, n(count)]),
        out.columns,
      ),
    );
    printRejectedFile(out, options);
  }
  return report.rejected > 0 ? 1 : 0;
}

/** The line that accounts for every row (`N rows = a accepted + r rejected`), then the file's notes. */
function printSummary(
  out: Output,
  options: ValidateOptions,
  kind: 'register' | 'payments',
  streamed: boolean,
  counts: { inputRows: number; accepted: number; rejected: number; notes: readonly string[] },
): void {
  const vi = options.language === 'vi';
  const n = (x: number) => formatNumber(x, options.language);
  const what = vi ? (kind === 'register' ? 'danh sách đối tượng' : 'danh sách chi trả') : kind;
  const how = streamed ? (vi ? ', đọc từng phần' : ', read in chunks') : '';
  out.print(
    vi
      ? `${options.file} (${what}${how}): ${n(counts.inputRows)} dòng = ${n(counts.accepted)} nhận + ${n(counts.rejected)} loại.`
      : `${options.file} (${what}${how}): ${n(counts.inputRows)} rows = ${n(counts.accepted)} accepted + ${n(counts.rejected)} rejected.`,
  );
  for (const note of counts.notes) out.print(`${vi ? 'Ghi chú' : 'Note'}: ${note}`);
}

/** Where the rejected rows were written, when `--rejected` was given. */
function printRejectedFile(out: Output, options: ValidateOptions): void {
  if (options.rejected === undefined) return;
  out.print(
    options.language === 'vi'
      ? `Các dòng bị loại, kèm lý do: ${options.rejected}`
      : `Rejected rows with their reasons: ${options.rejected}`,
  );
}
