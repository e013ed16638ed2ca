// A worker thread of `readColumnar`: streams and validates one payment file at a time, exactly as
// `streamPaymentsCsv` does on the main thread, and sends back the paid payments in columns.
import { parentPort, workerData } from 'node:worker_threads';
import { type PaymentRow, paidColumns } from '@ansinh/core';
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

function grow<T extends Uint8Array | Uint32Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

parentPort?.on('message', async (job: PaymentJob) => {
  const ids: string[] = [];
  let month = new Uint8Array(1 << 16);
  let cell = new Uint8Array(1 << 16);
  let vnd = new Uint32Array(1 << 16);
  let rows = 0;
  let notPaid = 0;
  let outsideMonths = 0;
  let lastProgress = 0;
  try {
    const report = await streamPaymentsCsv(job.file, {
      ...job.list,
      ...(job.chunkRows === undefined ? {} : { chunkRows: job.chunkRows }),
      onAccepted: (accepted: readonly PaymentRow[]) => {
        rows += accepted.length;
        const paid = paidColumns(accepted, monthIndex);
        notPaid += paid.notPaid;
        outsideMonths += paid.outsideMonths;
        const at = ids.length;
        month = grow(month, at + paid.ids.length);
        cell = grow(cell, at + paid.ids.length);
        vnd = grow(vnd, at + paid.ids.length);
        month.set(paid.month, at);
        cell.set(paid.cell, at);
        vnd.set(paid.vnd, at);
        for (const id of paid.ids) ids.push(id);
      },
      onRejected: (rejected) =>
        parentPort?.postMessage({ type: 'rejected', index: job.index, rows: rejected }),
      onProgress: (done, total) => {
        if (done - lastProgress < 1 << 24 && done !== total) return;
        lastProgress = done;
        parentPort?.postMessage({ type: 'progress', index: job.index, done, total });
      },
    });
    const n = ids.length;
    const columns = { month: month.slice(0, n), cell: cell.slice(0, n), vnd: vnd.slice(0, n) };
    parentPort?.postMessage(
      { type: 'done', index: job.index, report, ids, ...columns, rows, notPaid, outsideMonths },
      [columns.month.buffer, columns.cell.buffer, columns.vnd.buffer],
    );
  } catch (error) {
    parentPort?.postMessage({
      type: 'failed',
      index: job.index,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
