import {
  type ColumnarRegister,
  createColumnarBuilder,
  type PaymentRow,
  type PaymentTally,
  paymentRowSchema,
  type RegisterRow,
  registerRowSchema,
} from '@ansinh/core';
import type { RejectedRow } from './read-table.js';
import { paymentColumns, registerColumns } from './register-columns.js';
import { paymentChecks, registerChecks } from './row-checks.js';
import { type StreamOptions, type StreamReport, streamTable, type TableSource } from './stream-table.js';

/** Streams a register (danh sách đối tượng) CSV: `readRegisterCsv`'s rules, a chunk at a time. */
export function streamRegisterCsv(
  source: TableSource,
  options: StreamOptions<RegisterRow>,
): Promise<StreamReport> {
  return streamTable(source, registerColumns, registerRowSchema, registerChecks, options);
}

/** Streams a payment list (danh sách chi trả) CSV: `readPaymentsCsv`'s rules, a chunk at a time. */
export function streamPaymentsCsv(
  source: TableSource,
  options: StreamOptions<PaymentRow>,
): Promise<StreamReport> {
  return streamTable(source, paymentColumns, paymentRowSchema, paymentChecks, options);
}

/** What `readColumnar` gives: the columns and the complete validation report of every file. */
export interface ColumnarRead {
  readonly columns: ColumnarRegister;
  readonly register: StreamReport;
  /** One report per payment file, in the order given. */
  readonly payments: readonly StreamReport[];
  /** What became of the accepted payments of each file (stored, or counted under a reason). */
  readonly paymentTallies: readonly PaymentTally[];
}

const addTallies = (a: PaymentTally, b: PaymentTally): PaymentTally => ({
  rows: a.rows + b.rows,
  stored: a.stored + b.stored,
  notPaid: a.notPaid + b.notPaid,
  outsideMonths: a.outsideMonths + b.outsideMonths,
  unmatched: a.unmatched + b.unmatched,
  duplicate: a.duplicate + b.duplicate,
});

/**
 * Reads a register and its payment lists from CSV files of any size into columns for the analyses at
 * national scale (`columnarCoverageRates`, `columnarSeries`, `columnarResidual`): every file streamed and
 * fully validated, accepted rows moved into a `createColumnarBuilder` a chunk at a time, rejected rows
 * handed to `onRejected` with the file they came from. Memory holds the columns (about 30 bytes a person
 * and 5 a person-month), the register's keys, and one chunk. O(rows).
 */
export async function readColumnar(options: {
  readonly register: TableSource;
  readonly payments: readonly TableSource[];
  readonly from: string;
  readonly to: string;
  readonly parentOf?: (communeCode: string) => string;
  readonly chunkRows?: number;
  readonly onRejected?: (file: 'register' | number, rows: readonly RejectedRow[]) => void | Promise<void>;
  readonly onProgress?: (file: 'register' | number, done: number, total: number | undefined) => void;
}): Promise<ColumnarRead> {
  const builder = createColumnarBuilder({
    from: options.from,
    to: options.to,
    ...(options.parentOf === undefined ? {} : { parentOf: options.parentOf }),
  });
  const common = (file: 'register' | number) => ({
    ...(options.chunkRows === undefined ? {} : { chunkRows: options.chunkRows }),
    onRejected: (rows: readonly RejectedRow[]) => options.onRejected?.(file, rows),
    onProgress: (done: number, total: number | undefined) => options.onProgress?.(file, done, total),
  });
  const register = await streamRegisterCsv(options.register, {
    ...common('register'),
    onAccepted: (rows) => builder.addRegister(rows),
  });
  const payments: StreamReport[] = [];
  const paymentTallies: PaymentTally[] = [];
  for (const [index, source] of options.payments.entries()) {
    let tally: PaymentTally = {
      rows: 0,
      stored: 0,
      notPaid: 0,
      outsideMonths: 0,
      unmatched: 0,
      duplicate: 0,
    };
    payments.push(
      await streamPaymentsCsv(source, {
        ...common(index),
        onAccepted: (rows) => {
          tally = addTallies(tally, builder.addPayments(rows));
        },
      }),
    );
    paymentTallies.push(tally);
  }
  return { columns: builder.finish(), register, payments, paymentTallies };
}
