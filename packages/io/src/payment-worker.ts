// A worker thread of `readColumnar`: streams and validates one payment file at a time, exactly as
// `streamPaymentsCsv` does on the main thread, and sends back the paid payments in columns.
import { parentPort, workerData } from 'node:worker_threads';
import { type PaymentRow, paymentCell } from '@ansinh/core';
import { streamPaymentsCsv } from './stream-register.js';

/** A file to read. */
export interface PaymentJob {
  readonly index: number;
  readonly file: string;
  readonly chunkRows: number | undefined;
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
      ...(job.chunkRows === undefined ? {} : { chunkRows: job.chunkRows }),
      onAccepted: (accepted: readonly PaymentRow[]) => {
        rows += accepted.length;
        month = grow(month, ids.length + accepted.length);
        cell = grow(cell, ids.length + accepted.length);
        vnd = grow(vnd, ids.length + accepted.length);
        for (const payment of accepted) {
          if (payment.status !== 'paid') {
            notPaid += 1;
            continue;
          }
          const m = monthIndex.get(payment.period);
          if (m === undefined) {
            outsideMonths += 1;
            continue;
          }
          const k = ids.length;
          ids.push(payment.beneficiaryId);
          month[k] = m;
          cell[k] = paymentCell(payment);
          vnd[k] = payment.amountVnd;
        }
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
