import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { PaymentJob } from './read-paid-file.js';
import type { RegisterSliceJob } from './register-slice.js';
import { startWorker } from './start-worker.js';

/** What a pooled thread is asked to do (`pool-worker.ts` answers it). */
export type PoolJob =
  | { readonly kind: 'register-slice'; readonly job: RegisterSliceJob }
  | { readonly kind: 'payment-file'; readonly months: readonly string[]; readonly job: PaymentJob };

/** What a borrower hears of its thread. */
export interface WorkerHandlers {
  /** A message of the thread (of the kind its job answers with: method syntax, so a handler names it). */
  message?(message: unknown): void;
  readonly error?: (error: Error) => void;
  readonly exit?: () => void;
}

/**
 * A worker thread lent by the pool: `warm` when it has sent a message before, on an earlier job (its
 * packages are loaded and its code compiled: it begins a job about 0,3 s sooner at province scale than a
 * thread just started).
 */
export interface LentWorker {
  readonly warm: boolean;
  /** Sends the thread a job. */
  readonly send: (job: PoolJob) => void;
  /** What the borrower hears of the thread from now on (in place of what it heard before). */
  readonly listen: (handlers: WorkerHandlers) => void;
}

/** A thread of the pool, with the one set of listeners it ever has (see `pooled`). */
interface Pooled extends LentWorker {
  readonly worker: Worker;
  /** Whether the thread has sent a message (its packages are loaded, and a job has begun there). */
  warm: boolean;
  /** Whether the thread has stopped (or failed): such a thread is never kept. */
  gone: boolean;
  timer: NodeJS.Timeout | undefined;
}

/** How long a thread no read uses is kept before it is stopped. */
const idleMs = 20_000;

/** Threads no read uses, kept for the next one. */
const idle: Pooled[] = [];

/**
 * A new thread. Its listeners are attached once and pass each event to its holder's handlers: removing a
 * worker's last `message` listener and adding one later lost the messages after it (Node 20, measured
 * here), so a borrower swaps handlers instead.
 */
function pooled(): Pooled {
  const worker = startWorker();
  let handlers: WorkerHandlers = {};
  const thread: Pooled = {
    worker,
    warm: false,
    gone: false,
    timer: undefined,
    send: (job) => worker.postMessage(job),
    listen: (next) => {
      handlers = next;
    },
  };
  worker.on('message', (message: unknown) => {
    thread.warm = true;
    handlers.message?.(message);
  });
  worker.on('error', (error: Error) => {
    thread.gone = true;
    handlers.error?.(error);
  });
  worker.on('exit', () => {
    thread.gone = true;
    handlers.exit?.();
  });
  return thread;
}

/** A kept thread leaves the pool and stops (it stopped or failed by itself, or waited too long). */
function leave(thread: Pooled): void {
  const at = idle.indexOf(thread);
  if (at >= 0) idle.splice(at, 1);
  if (thread.timer !== undefined) clearTimeout(thread.timer);
  thread.timer = undefined;
  thread.listen({});
  void thread.worker.terminate();
}

/**
 * A worker thread for a read (`readRegisterColumnar`, `readColumnar`): one kept from an earlier read when
 * there is one, else a new one. The borrower listens to it (`listen`), and gives it back (`giveBack`) once
 * it has answered every job it was sent, or stops it (`stopWorker`) when it may still be working. A thread
 * that cannot start throws, as `new Worker` does.
 */
export function borrowWorker(): LentWorker {
  const kept = idle.pop();
  if (kept === undefined) return pooled();
  if (kept.timer !== undefined) clearTimeout(kept.timer);
  kept.timer = undefined;
  kept.listen({});
  kept.worker.ref();
  return kept;
}

/** The pooled thread behind a lent one. */
const threadOf = (lent: LentWorker): Pooled => lent as Pooled;

/**
 * A thread that has answered every job it was sent, kept for the next read: it does not keep the process
 * alive, and is stopped after `idleMs` unused, or at once when more are kept than the machine has cores
 * (or when it has stopped or failed already). Its borrower hears no more of it; a thread that stops or
 * fails while kept leaves the pool.
 */
export function giveBack(lent: LentWorker): void {
  const kept = threadOf(lent);
  if (idle.includes(kept)) return;
  if (kept.gone || idle.length >= availableParallelism()) {
    leave(kept);
    return;
  }
  kept.listen({ error: () => leave(kept), exit: () => leave(kept) });
  kept.worker.unref();
  kept.timer = setTimeout(() => leave(kept), idleMs);
  kept.timer.unref();
  idle.push(kept);
}

/** Stops a lent thread that may still be working (a read that failed, or that no longer needs it). */
export async function stopWorker(lent: LentWorker): Promise<void> {
  const thread = threadOf(lent);
  thread.listen({});
  await thread.worker.terminate();
}

/**
 * Stops the worker threads kept between reads (`readRegisterColumnar`, `readColumnar` with `workers`):
 * they do not keep a process alive and stop by themselves after 20 seconds unused, so this is only for a
 * caller that wants their memory back at once. Threads lent to a read in progress are not touched.
 *
 * @example (await closeWorkerThreads(), idleWorkerThreads()); // => 0
 */
export async function closeWorkerThreads(): Promise<void> {
  const stopping = idle.splice(0).map((thread) => {
    if (thread.timer !== undefined) clearTimeout(thread.timer);
    thread.listen({});
    return thread.worker.terminate();
  });
  await Promise.all(stopping);
}

/**
 * Threads kept between reads, idle now.
 *
 * @example (await closeWorkerThreads(), idleWorkerThreads()); // => 0
 */
export function idleWorkerThreads(): number {
  return idle.length;
}

/** Idle threads that have done a job (their packages loaded, their code compiled). */
export function warmIdleThreads(): number {
  let warm = 0;
  for (const thread of idle) if (thread.warm) warm += 1;
  return warm;
}
