// A worker thread of `readColumnar`: reads one payment file at a time (`readPaidFile`), exactly as
// `streamPaymentsCsv` does on the main thread, and sends back the paid payments in columns.
import { parentPort, workerData } from 'node:worker_threads';
import { type PaymentJob, readPaidFile } from './read-paid-file.js';

const months = (workerData as { months: readonly string[] }).months;
const monthIndex = new Map(months.map((m, i) => [m, i]));

parentPort?.on('message', async (job: PaymentJob) => {
  try {
    const { ids, month, cell, vnd, ...done } = await readPaidFile(job, monthIndex, {
      rejected: (rows) => parentPort?.postMessage({ type: 'rejected', index: job.index, rows }),
      progress: (count, total) =>
        parentPort?.postMessage({ type: 'progress', index: job.index, done: count, total }),
    });
    // The columns are views of larger arrays: copied to size, then moved. The keys' arrays are the
    // packer's own (`done` copies them out), so they are moved, not copied.
    const sent = { month: month.slice(), cell: cell.slice(), vnd: vnd.slice() };
    const keys = [ids.bytes.buffer, ids.ends.buffer] as ArrayBuffer[];
    parentPort?.postMessage({ type: 'done', index: job.index, ids, ...sent, ...done }, [
      ...keys,
      sent.month.buffer,
      sent.cell.buffer,
      sent.vnd.buffer,
    ]);
  } catch (error) {
    parentPort?.postMessage({
      type: 'failed',
      index: job.index,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
