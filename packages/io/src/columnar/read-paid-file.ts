// One payment file read for `readColumnar`'s threads: streamed and validated exactly as
// `streamPaymentsCsv` does, its paid payments moved into columns as each row is judged. Used by the
// payment worker threads and by the main thread once it has read the register.
import { createPaidColumns, type PackedKeys, type PaymentRow } from '@ansinh/core';
import { streamPaymentsCsv } from '../read/read-register.js';
import type { ListOptions } from '../validate/list-schema.js';
import type { RejectedRow, ValidationReport } from '../validate/table-issues.js';

/** A payment file to read. */
export interface PaymentJob {
  readonly index: number;
  readonly file: string;
  readonly chunkRows: number | undefined;
  readonly list: ListOptions | undefined;
}

/** A payment file read: its report, its paid payments in columns, and what was counted, not stored. */
export interface PaymentFileDone {
  readonly report: ValidationReport;
  readonly ids: PackedKeys;
  readonly month: Uint8Array;
  readonly cell: Uint8Array;
  readonly vnd: Uint32Array;
  readonly rows: number;
  readonly notPaid: number;
  readonly outsideMonths: number;
}

/** A read of a payment file stopped by its caller (another file failed first). */
export class ReadStoppedError extends Error {
  constructor(readonly file: string) {
    super(`${file}: read stopped`);
    this.name = 'ReadStoppedError';
  }
}

/** The field whose cells the paid columns take from a line's bytes (`TableSink.fromLine`). */
const codeField: ReadonlySet<string> = new Set(['beneficiaryId']);

/** Progress is passed on at most once a this many rows (and at the end). */
const progressEvery = 1 << 24;

/**
 * Reads one payment file (`job`) for the months of `monthIndex`: every row judged by the payment list's
 * rules, each accepted row moved into columns (no row object is kept), rejected rows and progress handed
 * on as they come. Throws as `streamPaymentsCsv` throws for a file that cannot be read. O(rows).
 */
export async function readPaidFile(
  job: PaymentJob,
  monthIndex: ReadonlyMap<string, number>,
  on: {
    readonly rejected: (rows: readonly RejectedRow[]) => void | Promise<void>;
    readonly progress: (done: number, total: number | undefined) => void;
    /** Asked before each row is handed on: `true` ends the read with `ReadStoppedError`. */
    readonly stopped?: () => boolean;
  },
): Promise<PaymentFileDone> {
  const paid = createPaidColumns(monthIndex);
  let rows = 0;
  let lastProgress = 0;
  const report = await streamPaymentsCsv(job.file, {
    ...job.list,
    ...(job.chunkRows === undefined ? {} : { chunkRows: job.chunkRows }),
    onRow: (payment: PaymentRow) => {
      if (on.stopped?.() === true) throw new ReadStoppedError(job.file);
      rows += 1;
      paid.add(payment);
    },
    // A line spelt as one before: its code packed from its bytes, no string made of it.
    onRowFromLine: {
      fields: codeField,
      accept: (payment, cells) => {
        if (on.stopped?.() === true) throw new ReadStoppedError(job.file);
        rows += 1;
        const column = cells.columnOf('beneficiaryId');
        paid.addWithKeyBytes(payment, cells.buffer(), cells.cellStart(column), cells.cellEnd(column));
      },
    },
    onRejected: (rejected) => {
      if (on.stopped?.() === true) throw new ReadStoppedError(job.file);
      return on.rejected(rejected);
    },
    onProgress: (done, total) => {
      if (done - lastProgress < progressEvery && done !== total) return;
      lastProgress = done;
      on.progress(done, total);
    },
  });
  const { ids, month, cell, vnd, notPaid, outsideMonths } = paid.done();
  // The columns are views of larger arrays: copied to size, to be held until merged (or moved from a
  // worker thread). The keys are the packer's own copy.
  return {
    report,
    ids,
    month: month.slice(),
    cell: cell.slice(),
    vnd: vnd.slice(),
    rows,
    notPaid,
    outsideMonths,
  };
}
