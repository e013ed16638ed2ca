import { writeFile } from 'node:fs/promises';
import { foldDiacritics, formatNumber, type Language } from '@ansinh/core';
import { parseCsv, type ReadResult, writeRejectedCsv } from '@ansinh/io';
import { loadPayments, loadRegister } from '../load-registers.js';
import type { Output } from '../output.js';
import { printIssues } from '../output-issues.js';
import { renderTextTable } from '../render/text-table.js';

/** Options of `ansinh validate`. */
export interface ValidateOptions {
  readonly file: string;
  readonly kind: 'register' | 'payments' | undefined;
  readonly rejected: string | undefined;
  readonly language: Language;
  readonly json: boolean;
}

/**
 * `ansinh validate FILE [--kind register|payments] [--rejected OUT]`: reads a register or payment list
 * and reports every row it refuses, with row, column, code and message; the counts add up to the input.
 * `--rejected` writes the refused rows back with their reasons. Exit 0 when every row is accepted, 1 when
 * any is rejected, 2 when the file cannot be read.
 */
export async function validate(options: ValidateOptions, out: Output): Promise<number> {
  const vi = options.language === 'vi';
  let kind = options.kind;
  const first = await loadRegister(options.file);
  if (!first.ok) {
    printIssues(out, first.issues);
    return 2;
  }
  if (kind === undefined) {
    const header =
      first.text === ''
        ? first.result.header.map(foldDiacritics)
        : (parseCsv(first.text).records[0]?.fields.map(foldDiacritics) ?? []);
    kind = header.some((h) => h === 'ky chi tra' || h === 'hinh thuc chi tra') ? 'payments' : 'register';
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
    out.print(
      vi
        ? `${options.file} (${kind === 'register' ? 'danh sách đối tượng' : 'danh sách chi trả'}): ${n(result.inputRows)} dòng = ${n(result.accepted.length)} nhận + ${n(result.rejected.length)} loại.`
        : `${options.file} (${kind}): ${n(result.inputRows)} rows = ${n(result.accepted.length)} accepted + ${n(result.rejected.length)} rejected.`,
    );
    for (const note of result.notes) out.print(`${vi ? 'Ghi chú' : 'Note'}: ${note}`);
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
      if (options.rejected !== undefined) {
        out.print(
          vi
            ? `Các dòng bị loại, kèm lý do: ${options.rejected}`
            : `Rejected rows with their reasons: ${options.rejected}`,
        );
      }
    }
  }
  return result.rejected.length > 0 ? 1 : 0;
}
