import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type ColumnarRegister,
  type PaymentRow,
  type RegisterRow,
  syntheticPaymentRow,
  syntheticRegisterRow,
} from '@ansinh/core';
import { csvLines } from '../csv/write-csv.js';
import { paymentTable, registerTable } from './write-register.js';

/** The files `writeSyntheticFiles` wrote. */
export interface SyntheticFiles {
  readonly register: string;
  /** One payment list per month, `payments-YYYY-MM.csv`, in month order. */
  readonly payments: readonly string[];
  readonly registerRows: number;
  readonly paymentRows: number;
}

async function writeInChunks(
  path: string,
  head: string,
  size: number,
  lines: (from: number, to: number) => string,
  onProgress: (done: number) => void,
): Promise<void> {
  const out = createWriteStream(path);
  out.write(head);
  const step = 50_000;
  for (let from = 0; from < size; from += step) {
    const to = Math.min(size, from + step);
    if (!out.write(lines(from, to))) await once(out, 'drain');
    onProgress(to);
  }
  out.end();
  await once(out, 'finish');
}

/**
 * Writes a generated columnar register to `dir` in the format offices use and `readRegisterCsv` reads:
 * `register.csv` with every column (invented names and CCCD numbers that fit each person, in full because
 * nobody is real) and one payment list a month. Each file starts with the `comment` line saying it is
 * synthetic. Written a chunk at a time: memory does not grow with the register. O(size × months).
 */
export async function writeSyntheticFiles(
  register: ColumnarRegister,
  dir: string,
  options: { readonly comment: string; readonly onProgress?: (done: number, total: number) => void },
): Promise<SyntheticFiles> {
  await mkdir(dir, { recursive: true });
  const head = (header: readonly string[]) => `\ufeff# ${options.comment}\n${csvLines([header])}`;
  const total = register.size * (1 + register.months.length);
  const file = join(dir, 'register.csv');
  const rowsOf = (from: number, to: number) => {
    const rows: RegisterRow[] = [];
    for (let i = from; i < to; i += 1) rows.push(syntheticRegisterRow(register, i));
    return rows;
  };
  await writeInChunks(
    file,
    head(registerTable([]).header),
    register.size,
    (from, to) => csvLines(registerTable(rowsOf(from, to), { reveal: true }).rows),
    (done) => options.onProgress?.(done, total),
  );
  const payments: string[] = [];
  let paymentRows = 0;
  for (const [m, month] of register.months.entries()) {
    const path = join(dir, `payments-${month}.csv`);
    await writeInChunks(
      path,
      head(paymentTable([]).header),
      register.size,
      (from, to) => {
        const rows: PaymentRow[] = [];
        for (let i = from; i < to; i += 1) {
          const payment = syntheticPaymentRow(register, m, i);
          if (payment !== undefined) rows.push(payment);
        }
        paymentRows += rows.length;
        return csvLines(paymentTable(rows).rows);
      },
      (done) => options.onProgress?.(register.size * (m + 1) + done, total),
    );
    payments.push(path);
  }
  return { register: file, payments, registerRows: register.size, paymentRows };
}
