import {
  type AdminUnit,
  describeIssue,
  type Language,
  messagesIn,
  type PaymentRow,
  type RegisterRow,
} from '@ansinh/core';
import type { ValidationReport } from '@ansinh/io';
import type { Output } from './output.js';
import { printIssues } from './output-issues.js';
import { readListFile } from './read-list-file.js';

/** What an input file gave: its rows counted, every issue counted by code. */
export interface InputSummary {
  readonly file: string;
  readonly inputRows: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly skipped: number;
  readonly structure: number;
  readonly issueCounts: Readonly<Record<string, number>>;
  /** What made the file unreadable as a list (then none of its rows count). */
  readonly fileIssues: ValidationReport['fileIssues'];
}

/** A file's summary from its validation report. */
export const summaryOf = (file: string, report: ValidationReport): InputSummary => ({
  file,
  inputRows: report.inputRows,
  accepted: report.accepted,
  rejected: report.rejected,
  skipped: report.skipped,
  structure: report.structure,
  issueCounts: report.issueCounts,
  fileIssues: report.fileIssues,
});

/** A register and its payment lists read, with the period to compute (asked, or the latest paid). */
export interface LoadedLists {
  readonly register: RegisterRow[];
  readonly payments: PaymentRow[];
  readonly period: string;
  readonly inputs: InputSummary[];
}

/**
 * Reads a register and one or more payment lists (CSV or XLSX, as ansinh writes them or as offices keep
 * them) through the one reader, every row accepted or rejected. A file that cannot be read, or cannot be
 * read as a list (missing what the analysis needs), is said on standard error and nothing is returned
 * (the command exits 2); so is a period that no file gives.
 */
export async function loadLists(
  registerFile: string,
  paymentFiles: readonly string[],
  units: readonly AdminUnit[],
  period: string | undefined,
  language: Language,
  out: Output,
): Promise<LoadedLists | undefined> {
  const messages = messagesIn(language);
  const list = { units, period };
  const register: RegisterRow[] = [];
  const payments: PaymentRow[] = [];
  const reads = [
    await readListFile(registerFile, 'register', {
      ...list,
      onAccepted: (rows) => {
        for (const row of rows) register.push(row as RegisterRow);
      },
    }),
  ];
  for (const file of paymentFiles)
    reads.push(
      await readListFile(file, 'payments', {
        ...list,
        onAccepted: (rows) => {
          for (const row of rows) payments.push(row as PaymentRow);
        },
      }),
    );
  const files = [registerFile, ...paymentFiles];
  const inputs: InputSummary[] = [];
  let refused = false;
  reads.forEach((read, i) => {
    const file = files[i] ?? '';
    if (!read.ok) {
      printIssues(out, read.issues);
      refused = true;
      return;
    }
    for (const issue of read.report.fileIssues) out.error(`${file}: ${describeIssue(issue, messages)}`);
    if (read.report.fileIssues.length > 0) refused = true;
    inputs.push(summaryOf(file, read.report));
  });
  if (refused) return undefined;
  const periods = [...new Set(payments.map((p) => p.period))].sort();
  // Without payment lists, the register's own period (its title or file name) is the month.
  const registerPeriod = reads[0]?.ok === true ? reads[0].report.facts.period?.period : undefined;
  const chosen = period ?? periods.at(-1) ?? registerPeriod;
  if (chosen === undefined) {
    out.error(messages.common.noPeriod);
    return undefined;
  }
  return { register, payments, period: chosen, inputs };
}
