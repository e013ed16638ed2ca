// A worker thread of `readRegisterColumnar` and `readColumnar`, kept between reads (`worker-pool.ts`): it
// takes one job at a time, a slice of a register or a payment file, and answers it. What it sends back is
// moved, not copied, where it is typed arrays.
import { parentPort } from 'node:worker_threads';
import { type PaymentJob, readPaidFile } from './read-paid-file.js';
import { type RegisterSliceJob, readRegisterSlice, registerSliceBuffers } from './register-slice.js';
import { threadError } from './thread-error.js';
import type { PoolJob } from './worker-pool.js';

async function paymentFile(months: readonly string[], job: PaymentJob): Promise<void> {
  // The builder's months, each to its index (a dozen: made again for each file).
  const monthIndex = new Map(months.map((m, i) => [m, i]));
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
    parentPort?.postMessage({ type: 'failed', index: job.index, error: threadError(error) });
  }
}

async function registerSlice(job: RegisterSliceJob): Promise<void> {
  try {
    const message = await readRegisterSlice(job);
    parentPort?.postMessage(message, registerSliceBuffers(message));
  } catch (error) {
    parentPort?.postMessage({ ok: false, detail: error instanceof Error ? error.message : String(error) });
  }
}

parentPort?.on('message', (message: PoolJob) => {
  if (message.kind === 'register-slice') void registerSlice(message.job);
  else void paymentFile(message.months, message.job);
});
