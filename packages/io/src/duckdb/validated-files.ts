import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PaymentRow, RegisterRow } from '@ansinh/core';
import { csvLines } from '../csv/write-csv.js';
import { streamPaymentsCsv, streamRegisterCsv } from '../read/read-register.js';
import type { ListOptions } from '../validate/list-schema.js';
import type { RejectedRow, ValidationReport } from '../validate/table-issues.js';
import { paymentTable, registerTable } from '../write/write-register.js';
import { toParquet } from './duckdb-session.js';

declare const validatedBrand: unique symbol;

/**
 * A register and payment lists that validation has read and written again in the canonical form (the
 * headers, dates and labels ansinh writes), with the report of every input file. Only
 * `validateForDuckdb` makes one, so no file reaches SQL unvalidated.
 */
export interface ValidatedFiles {
  readonly register: string;
  readonly payments: readonly string[];
  /** The report of the register file given, then of each payment file, in order. */
  readonly reports: { readonly register: ValidationReport; readonly payments: readonly ValidationReport[] };
  /** Deletes the canonical files (they live in a temporary folder of their own). */
  readonly remove: () => void;
  readonly [validatedBrand]: true;
}

/** Register and payment-list files as given: CSV in any layout the readers accept. */
export interface InputFiles {
  readonly register: string;
  /** One file or several (one a month, say). */
  readonly payments: string | readonly string[];
}

async function writeLines(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

async function close(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

/**
 * Reads a register and its payment lists through the same validation as every other path (streamed, any
 * size) and writes the accepted rows in the canonical form to a temporary folder, for DuckDB to read:
 * whatever the input's headers, date formats and labels, SQL sees only validated rows in one form.
 * Personal numbers are masked in these files (SQL needs none of them). Rejected rows go to `onRejected`
 * and are counted in the reports. Call `remove` when done. O(rows).
 */
export async function validateForDuckdb(
  files: InputFiles,
  options: {
    readonly onRejected?: (file: string, rows: readonly RejectedRow[]) => void | Promise<void>;
    readonly onProgress?: (file: string, done: number, total: number | undefined) => void;
    /** Hand DuckDB Parquet rather than CSV (converted after validation: smaller, read faster). */
    readonly parquet?: boolean;
    /** What the caller knows of the files that they may not say (units, column map, period, commune). */
    readonly list?: ListOptions;
  } = {},
): Promise<ValidatedFiles> {
  const dir = mkdtempSync(join(tmpdir(), 'ansinh-canonical-'));
  const payments = typeof files.payments === 'string' ? [files.payments] : [...files.payments];
  try {
    const registerOut = join(dir, 'register.csv');
    const registerStream = createWriteStream(registerOut, { mode: 0o600 });
    await writeLines(registerStream, csvLines([registerTable([]).header]));
    const register = await streamRegisterCsv(files.register, {
      ...options.list,
      onAccepted: (rows: readonly RegisterRow[]) =>
        writeLines(registerStream, csvLines(registerTable(rows).rows)),
      onRejected: (rows) => options.onRejected?.(files.register, rows),
      onProgress: (done, total) => options.onProgress?.(files.register, done, total),
    });
    await close(registerStream);
    const paymentOuts: string[] = [];
    const paymentReports: ValidationReport[] = [];
    for (const [index, file] of payments.entries()) {
      const out = join(dir, `payments-${index + 1}.csv`);
      const stream = createWriteStream(out, { mode: 0o600 });
      await writeLines(stream, csvLines([paymentTable([]).header]));
      paymentReports.push(
        await streamPaymentsCsv(file, {
          ...options.list,
          onAccepted: (rows: readonly PaymentRow[]) => writeLines(stream, csvLines(paymentTable(rows).rows)),
          onRejected: (rows) => options.onRejected?.(file, rows),
          onProgress: (done, total) => options.onProgress?.(file, done, total),
        }),
      );
      await close(stream);
      paymentOuts.push(out);
    }
    const asParquet = async (csv: string) => {
      if (options.parquet !== true) return csv;
      const parquet = csv.replace(/\.csv$/u, '.parquet');
      await toParquet(csv, parquet);
      rmSync(csv);
      return parquet;
    };
    if (paymentOuts.length === 0) {
      // No payment list: one with no lines, so that SQL always has a payments table to read.
      const none = join(dir, 'payments-none.csv');
      const stream = createWriteStream(none, { mode: 0o600 });
      await writeLines(stream, csvLines([paymentTable([]).header]));
      await close(stream);
      paymentOuts.push(none);
    }
    const canonicalPayments: string[] = [];
    for (const file of paymentOuts) canonicalPayments.push(await asParquet(file));
    return {
      register: await asParquet(registerOut),
      payments: canonicalPayments,
      reports: { register, payments: paymentReports },
      remove: () => rmSync(dir, { recursive: true, force: true }),
    } as unknown as ValidatedFiles;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
