// Runs the tasks of one tool, timing each, and reports events as it goes (the worker prints them).
import type { BenchData } from './bench-data.js';
import { fingerprint, type TaskKey } from './tasks.js';
import { type BenchToolName, loadTool } from './tool-registry.js';

/** What a tool run reports: a task starts, a task ends with its timing and answer's fingerprint. */
export type ToolEvent =
  | { readonly type: 'start'; readonly task: TaskKey }
  | {
      readonly type: 'result';
      readonly task: TaskKey;
      readonly medianMs: number;
      readonly samplesMs: readonly number[];
      readonly digest: string;
      readonly size: number;
    }
  | { readonly type: 'error'; readonly task: TaskKey; readonly message: string }
  | { readonly type: 'done'; readonly peakRssMiB: number };

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * Runs (a) `readRuns` times, loads once, then (b), (c), (d) `runs` times each; every answer is
 * fingerprinted after its timing stops. Stops at the first error, reporting it.
 */
export async function runTool(
  name: BenchToolName,
  data: BenchData,
  options: { readonly runs: number; readonly readRuns: number; readonly emit: (event: ToolEvent) => void },
): Promise<void> {
  const tool = await loadTool(name, data);
  // Each step: its task, how many timed runs, the timed work, and untimed preparation before it.
  const plan: [TaskKey, number, () => Promise<unknown>, (() => Promise<void>)?][] = [
    ['a', options.readRuns, () => tool.readRegister()],
    ['load', 1, () => tool.load()],
    ['b', options.runs, () => tool.monthRates()],
    ['c', options.runs, () => tool.provinceSeries()],
    ['d', options.runs, () => tool.residual()],
  ];
  const save = tool.saveForReload?.bind(tool);
  if (save !== undefined) {
    let reopen: () => Promise<unknown> = () => Promise.reject(new Error('not saved'));
    plan.push([
      'reload',
      options.runs,
      () => reopen(),
      async () => {
        reopen = await save();
      },
    ]);
  }
  let loadMs: number | undefined;
  try {
    for (const [task, runs, work, prepare] of plan) {
      options.emit({ type: 'start', task });
      const samplesMs: number[] = [];
      let answer: unknown;
      try {
        await prepare?.();
        for (let i = 0; i < runs; i += 1) {
          const start = performance.now();
          answer = await work();
          samplesMs.push(performance.now() - start);
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        options.emit({
          type: 'error',
          task,
          message: message.length > 300 ? `${message.slice(0, 300)} …` : message,
        });
        return;
      }
      const print = task === 'load' ? { digest: '', size: 0 } : fingerprint(task, answer);
      options.emit({ type: 'result', task, medianMs: median(samplesMs), samplesMs, ...print });
      if (task === 'load') loadMs = samplesMs[0];
      // From files to the first answer: the load and the first (b) right after it, one after the other.
      const first = samplesMs[0];
      if (task === 'b' && loadMs !== undefined && first !== undefined) {
        const total = loadMs + first;
        options.emit({
          type: 'result',
          task: 'first',
          medianMs: total,
          samplesMs: [total],
          ...fingerprint('first', answer),
        });
      }
    }
  } finally {
    await tool.close();
  }
}
