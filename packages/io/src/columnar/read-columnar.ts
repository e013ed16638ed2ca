import {
  type ColumnarBuilder,
  type ColumnarRegister,
  columnarNotOnRegister,
  createColumnarBuilder,
  monthsBetween,
  type PaymentsOffRegister,
  type PaymentTally,
} from '@ansinh/core';
import { streamPaymentsCsv } from '../read/read-register.js';
import type { TableSource } from '../read/stream-table.js';
import type { ListOptions } from '../validate/list-schema.js';
import type { RejectedRow, ValidationReport } from '../validate/table-issues.js';
import { type PaymentFileDone, ReadStoppedError, readPaidFile } from './read-paid-file.js';
import { readRegisterColumnar } from './read-register-columnar.js';
import { errorOfThread, type ThreadError } from './thread-error.js';
import { borrowWorker, giveBack, stopWorker } from './worker-pool.js';

/** What `readColumnar` gives: the columns and the complete validation report of every file. */
export interface ColumnarRead {
  readonly columns: ColumnarRegister;
  readonly register: ValidationReport;
  /** One report per payment file, in the order given. */
  readonly payments: readonly ValidationReport[];
  /** What became of the accepted payments of each file (stored, or counted under a reason). */
  readonly paymentTallies: readonly PaymentTally[];
  /** The paid lines of a month that no coverage counts, as `paymentsOffRegister` gives them from rows. */
  readonly paymentsOffRegister: (month: string) => PaymentsOffRegister;
}

/** The columns and how to count a month's payments outside coverage, once the builder is done. */
function finished(builder: ColumnarBuilder): Pick<ColumnarRead, 'columns' | 'paymentsOffRegister'> {
  const columns = builder.finish();
  return {
    columns,
    paymentsOffRegister: (month) => ({
      period: month,
      unknownKey: builder.unknownKeys(month),
      notOnRegister: columnarNotOnRegister(columns, month),
    }),
  };
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
  readonly provinceOf?: (communeCode: string) => string;
  readonly chunkRows?: number;
  /** What the caller knows of the files that they may not say (units, column map, period, commune). */
  readonly list?: ListOptions;
  readonly onRejected?: (file: 'register' | number, rows: readonly RejectedRow[]) => void | Promise<void>;
  readonly onProgress?: (file: 'register' | number, done: number, total: number | undefined) => void;
  /**
   * Threads beside the main one (default 0: everything on the main thread): the register is read by the
   * main thread and `workers - 1` worker threads (`readRegisterColumnar`), while one more worker thread
   * reads the first payment files; once the register is read, its threads read payment files too, so
   * that `workers` threads read them, each file merged by the main thread, in order. The register read,
   * beside one worker, the main thread also reads the files it has not begun. Each file is validated
   * exactly as on the main thread. Measured on the national benchmark (docs/benchmarks.md). A choice,
   * not a default: each worker holds a file's look-back memory of its own, and the register's rejected
   * rows are held until it is read (`readRegisterColumnar`). The threads are kept for the next read once
   * done (`closeWorkerThreads`).
   */
  readonly workers?: number;
}): Promise<ColumnarRead> {
  const builder = createColumnarBuilder({
    from: options.from,
    to: options.to,
    ...(options.provinceOf === undefined ? {} : { provinceOf: options.provinceOf }),
  });
  const common = (file: 'register' | number) => ({
    ...options.list,
    ...(options.chunkRows === undefined ? {} : { chunkRows: options.chunkRows }),
    onRejected: (rows: readonly RejectedRow[]) => options.onRejected?.(file, rows),
    onProgress: (done: number, total: number | undefined) => options.onProgress?.(file, done, total),
  });
  const workers = Math.min(options.workers ?? 0, options.payments.length);
  if (workers > 0 && options.payments.every((source) => typeof source === 'string')) {
    const files = options.payments as readonly string[];
    // One payment thread starts on the first files while the register is read by the main thread and
    // `workers - 1` more: a payment thread that has finished its file waits for the register (a payment
    // needs its person's row), and the register's threads then have the cores. Once the register is read,
    // its threads read payment files too, warm, rather than new threads started for them: a thread begun
    // costs its start and its warming up (measured at province scale: docs/benchmarks.md).
    const registerThreads = Math.max(0, (options.workers ?? 0) - 1);
    const pool = readPaymentsInWorkers(files, options, Math.max(1, workers - registerThreads));
    const payments: ValidationReport[] = [];
    const paymentTallies: PaymentTally[] = [];
    let here: Promise<void> | undefined;
    try {
      pool.start();
      const register = await readRegisterColumnar(options.register, builder, {
        ...common('register'),
        workers: registerThreads,
        // Kept where they go on to read payment files; stopped where there are fewer files than threads,
        // so that no idle thread holds its memory through the payments.
        keepThreads: registerThreads <= workers - 1,
      });
      // The register's threads, given back to the pool, read payment files from here on.
      pool.grow(Math.min(registerThreads, workers - 1));
      // The register read, beside a lone worker, the main thread reads the files it has not begun, one at a
      // time, while it merges (a file is merged between the reads of pieces of another). Not beside two or
      // more: measured, it gave no time at national scale with two workers (48 s either way) and a third
      // file's look-back memory and columns at once (60,7 million payments: peak 3,02 GiB against 2,97).
      if (workers === 1)
        here = (async () => {
          for (;;) {
            // As a worker does: no more files finished and not merged than the pool holds.
            await pool.room();
            const index = pool.take();
            if (index === undefined) return;
            await pool.readHere(index);
          }
        })();
      for (let index = 0; index < files.length; index += 1) {
        const done = await pool.result(index);
        const stored = builder.addPaid(done.ids, done.month, done.cell, done.vnd);
        pool.merged();
        payments.push(done.report);
        paymentTallies.push({
          rows: done.rows,
          notPaid: done.notPaid,
          outsideMonths: done.outsideMonths,
          ...stored,
        });
      }
      return { ...finished(builder), register, payments, paymentTallies };
    } finally {
      // No more files for the main thread; one it is reading stops at its next row.
      await pool.close();
      await here;
    }
  }
  const register = await readRegisterColumnar(options.register, builder, common('register'));
  const payments: ValidationReport[] = [];
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
  return { ...finished(builder), register, payments, paymentTallies };
}

type WorkerMessage =
  | ({ readonly type: 'done'; readonly index: number } & PaymentFileDone)
  | { readonly type: 'rejected'; readonly index: number; readonly rows: readonly RejectedRow[] }
  | {
      readonly type: 'progress';
      readonly index: number;
      readonly done: number;
      readonly total: number | undefined;
    }
  | { readonly type: 'failed'; readonly index: number; readonly error: ThreadError };

/**
 * Starts `count` worker threads reading the payment files in turn; `result(i)` settles when file `i` is
 * done, and the pool lets go of it (a national file's columns are about 90 MB: twelve kept to the end
 * were a gigabyte). Rejected rows and progress are passed on as they come.
 */
function readPaymentsInWorkers(
  files: readonly string[],
  options: {
    readonly from: string;
    readonly to: string;
    readonly chunkRows?: number;
    readonly list?: ListOptions;
    readonly onRejected?: (file: 'register' | number, rows: readonly RejectedRow[]) => void | Promise<void>;
    readonly onProgress?: (file: 'register' | number, done: number, total: number | undefined) => void;
  },
  count: number,
): {
  /** Hands the first files to the threads. */
  start: () => void;
  /**
   * Adds `count` threads (those kept from an earlier read first: `borrowWorker`), each given a file at
   * once. A thread that cannot start adds none.
   */
  grow: (count: number) => void;
  /** Settles once the pool may hold one more finished file (at once, or when one is merged). */
  room: () => Promise<void>;
  /**
   * The next file no thread has begun, now the main thread's to read (`undefined`: none left, or a file
   * has failed, or the pool is closed).
   */
  take: () => number | undefined;
  /**
   * Reads file `index` on the main thread as a worker would; its result (or failure, as thrown) comes by
   * `result`, so this never fails. Stops at its next row once a file before it has failed or the pool is
   * closed.
   */
  readHere: (index: number) => Promise<void>;
  result: (index: number) => Promise<PaymentFileDone>;
  merged: () => void;
  close: () => Promise<void>;
} {
  const settle: (
    | {
        promise: Promise<PaymentFileDone>;
        resolve: (done: PaymentFileDone) => void;
        reject: (error: unknown) => void;
      }
    | undefined
  )[] = files.map(() => {
    let resolve: (done: PaymentFileDone) => void = () => {};
    let reject: (error: unknown) => void = () => {};
    const promise = new Promise<PaymentFileDone>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    // Failures surface when the file's turn comes to be merged; until then they must not go unhandled.
    promise.catch(() => {});
    return { promise, resolve, reject };
  });
  // At most `held` files finished and not yet merged are held, and those being read when the last came
  // (by the workers or the main thread), so memory stays bounded while the main thread is still reading
  // the register: a thread with nowhere to put its next result waits before it begins a file. Two at
  // least: a lone worker that had to wait for its first file to be merged would stand idle while the main
  // thread reads the register (at province scale, most of that time).
  let held = Math.max(2, count);
  let next = 0;
  let unmerged = 0;
  let closed = false;
  // The first file that failed (-1: a thread did; the read fails when its turn comes to be merged). As on
  // one thread, which stops there, no file after it is begun, the main thread stops reading one, and the
  // caller's handlers hear no more of them.
  let failedAt = Number.POSITIVE_INFINITY;
  // A file the main thread stops comes after the one that failed, whose turn to be merged comes first
  // (a thread's failure fails every file at once).
  const fail = (index: number) => {
    failedAt = Math.min(failedAt, index);
  };
  const months = monthsBetween(options.from, options.to);
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const idle: (() => void)[] = [];
  // The caller's handling of each file's rejected rows, in turn; awaited when the file is merged, so that
  // a handler that fails fails the read, as on the main thread.
  const handled: Promise<void>[] = files.map(() => Promise.resolve());
  const start = () => {
    const lent = borrowWorker();
    const give = () => {
      if (next < files.length && !closed && failedAt === Number.POSITIVE_INFINITY) {
        thread.busy = true;
        lent.send({
          kind: 'payment-file',
          months,
          job: { index: next, file: files[next] as string, chunkRows: options.chunkRows, list: options.list },
        });
        next += 1;
      }
    };
    // A thread with a file sent and not answered (busy) is stopped at the end, one that stopped or failed
    // is let go, and one with no job is given back to the pool.
    const thread = { lent, busy: false, dead: false, give };
    const message = (message: WorkerMessage) => {
      if (message.type === 'done' || message.type === 'failed') thread.busy = false;
      if (message.type === 'rejected') {
        const before = handled[message.index] ?? Promise.resolve();
        const after = before.then(() =>
          message.index > failedAt ? undefined : options.onRejected?.(message.index, message.rows),
        );
        after.catch(() => fail(message.index));
        handled[message.index] = after;
      } else if (message.type === 'progress') {
        if (message.index <= failedAt) options.onProgress?.(message.index, message.done, message.total);
      } else if (message.type === 'failed') {
        // The error as the main thread would have thrown it, reading the file itself.
        const error = errorOfThread(message.error);
        fail(message.index);
        settle[message.index]?.reject(error);
        give();
      } else {
        settle[message.index]?.resolve(message);
        unmerged += 1;
        if (unmerged < held) give();
        else idle.push(give);
      }
    };
    lent.listen({
      message,
      error: (error) => {
        thread.dead = true;
        fail(-1);
        for (const s of settle) s?.reject(error);
      },
      // A thread that stops without a word (ended from outside, out of memory) fails the files not done.
      exit: () => {
        thread.dead = true;
        fail(-1);
        for (const s of settle) s?.reject(new Error('a payment worker thread stopped'));
      },
    });
    return thread;
  };
  const threads: ReturnType<typeof start>[] = [];
  try {
    for (let k = 0; k < count; k += 1) threads.push(start());
  } catch (error) {
    // A thread that could not start: those lent are given back before the error is passed on.
    for (const thread of threads) giveBack(thread.lent);
    throw error;
  }
  return {
    start: () => {
      for (const thread of threads) thread.give();
    },
    grow: (count) => {
      for (let k = 0; k < count && !closed; k += 1) {
        let thread: ReturnType<typeof start>;
        try {
          thread = start();
        } catch (error) {
          if (error instanceof Error) return;
          throw error;
        }
        threads.push(thread);
        held = Math.max(held, threads.length);
        if (unmerged < held) thread.give();
        else idle.push(thread.give);
      }
    },
    room: () =>
      unmerged < held || closed
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            idle.push(resolve);
          }),
    take: () => {
      if (closed || failedAt !== Number.POSITIVE_INFINITY || next >= files.length) return undefined;
      next += 1;
      return next - 1;
    },
    readHere: async (index) => {
      try {
        const done = await readPaidFile(
          { index, file: files[index] as string, chunkRows: options.chunkRows, list: options.list },
          monthIndex,
          {
            // Handed on and awaited as on one thread: a handler that fails fails the file.
            rejected: (rows) => options.onRejected?.(index, rows),
            progress: (count, total) => options.onProgress?.(index, count, total),
            stopped: () => closed || index > failedAt,
          },
        );
        settle[index]?.resolve(done);
        unmerged += 1;
      } catch (error) {
        if (!(error instanceof ReadStoppedError)) fail(index);
        settle[index]?.reject(error);
      }
    },
    result: async (index) => {
      // Let go once settled: the worker's message resolves the entry, which must be there until then.
      try {
        const done = await (settle[index]?.promise ??
          Promise.reject(new Error(`payment file ${index} taken twice`)));
        await handled[index];
        return done;
      } finally {
        settle[index] = undefined;
      }
    },
    merged: () => {
      unmerged -= 1;
      idle.pop()?.();
    },
    close: async () => {
      closed = true;
      // Whoever waits for room wakes, and finds the pool closed.
      for (const wake of idle.splice(0)) wake();
      await Promise.all(
        threads.map(async (t) => {
          if (t.busy || t.dead) await stopWorker(t.lent);
          else giveBack(t.lent);
        }),
      );
    },
  };
}
