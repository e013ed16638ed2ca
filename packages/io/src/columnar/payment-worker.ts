// A worker thread of `readColumnar`: reads one payment file at a time (`readPaidFile`), exactly as
// `streamPaymentsCsv` does on the main thread, and sends back the paid payments in columns.
import { parentPort, workerData } from 'node:worker_threads';
import { type PaymentJob, readPaidFile } from './read-paid-file.js';

const months = (workerData as { months: readonly string[] }).months;
const monthIndex = new Map(months.map((m, i) => [m, i]));

parentPort?.on('message', async (job: PaymentJob) => {
  try {
    const done = await readPaidFile(job, monthIndex, {
      rejected: (rows) => parentPort?.postMessage({ type: 'rejected', index: job.index, rows }),
      progress: (count, total) =>
        parentPort?.postMessage({ type: 'progress', index: job.index, done: count, total }),
    });
    // Every array is the file's own (`readPaidFile` copies them to size): moved, not copied.
    const { ids, month, cell, vnd } = done;
    parentPort?.postMessage({ type: 'done', index: job.index, ...done }, [
      ids.bytes.buffer,
      ids.ends.buffer,
      month.buffer,
      cell.buffer,
      vnd.buffer,
    ] as ArrayBuffer[]);
  } catch (error) {
    parentPort?.postMessage({
      type: 'failed',
      index: job.index,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
