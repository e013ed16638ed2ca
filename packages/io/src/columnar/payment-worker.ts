// A worker thread of `readColumnar`: streams and validates one payment file at a time, exactly as
// `streamPaymentsCsv` does on the main thread, and sends back the paid payments in columns.
import { parentPort, workerData } from 'node:worker_threads';
import { createPaidColumns, type PaymentRow } from '@ansinh/core';
import { streamPaymentsCsv } from '../read/read-register.js';
import type { ListOptions } from '../validate/list-schema.js';

/** A file to read. */
export interface PaymentJob {
  readonly index: number;
  readonly file: string;
  readonly chunkRows: number | undefined;
  readonly list: ListOptions | undefined;
}

const months = (workerData as { months: readonly string[] }).months;
const monthIndex = new Map(months.map((m, i) => [m, i]));

parentPort?.on('message', async (job: PaymentJob) => {
  const paid = createPaidColumns(monthIndex);
  let rows = 0;
  let lastProgress = 0;
  try {
    const report = await streamPaymentsCsv(job.file, {
      ...job.list,
      ...(job.chunkRows === undefined ? {} : { chunkRows: job.chunkRows }),
      // Each row moved into the columns as it is judged: no row object is kept.
      onRow: (payment: PaymentRow) => {
        rows += 1;
        paid.add(payment);
      },
      onRejected: (rejected) =>
        parentPort?.postMessage({ type: 'rejected', index: job.index, rows: rejected }),
      onProgress: (done, total) => {
        if (done - lastProgress < 1 << 24 && done !== total) return;
        lastProgress = done;
        parentPort?.postMessage({ type: 'progress', index: job.index, done, total });
      },
    });
    const { ids, notPaid, outsideMonths, ...columns } = paid.done();
    const sent = { month: columns.month.slice(), cell: columns.cell.slice(), vnd: columns.vnd.slice() };
    // The keys' arrays are the packer's own (`done` copies them out), so they are moved, not copied.
    const keys = [ids.bytes.buffer, ids.ends.buffer] as ArrayBuffer[];
    parentPort?.postMessage(
      { type: 'done', index: job.index, report, ids, ...sent, rows, notPaid, outsideMonths },
      [...keys, sent.month.buffer, sent.cell.buffer, sent.vnd.buffer],
    );
  } catch (error) {
    parentPort?.postMessage({
      type: 'failed',
      index: job.index,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
