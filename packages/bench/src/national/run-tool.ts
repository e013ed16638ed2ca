// Runs the tasks of one tool, timing each, and reports events as it goes (the worker prints them).
import type { BenchData } from './bench-data.js';
import { fingerprint, type TaskKey } from './tasks.js';
import { type BenchToolName, benchTools } from './tool-registry.js';

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
  const tool = benchTools[name](data);
  const plan: [TaskKey, number, () => Promise<unknown>][] = [
    ['a', options.readRuns, () => tool.readRegister()],
    ['load', 1, () => tool.load()],
    ['b', options.runs, () => tool.monthRates()],
    ['c', options.runs, () => tool.provinceSeries()],
    ['d', options.runs, () => tool.residual()],
  ];
  try {
    for (const [task, runs, work] of plan) {
      options.emit({ type: 'start', task });
      const samplesMs: number[] = [];
      let answer: unknown;
      try {
        for (let i = 0; i < runs; i += 1) {
          const start = performance.now();
          answer = await work();
          samplesMs.push(performance.now() - start);
        }
      } catch (error) {
        options.emit({
          type: 'error',
          task,
          message: error instanceof Error ? error.message : String(error),
        });
        return;
      }
      const print = task === 'load' ? { digest: '', size: 0 } : fingerprint(task, answer);
      options.emit({ type: 'result', task, medianMs: median(samplesMs), samplesMs, ...print });
    }
  } finally {
    await tool.close();
  }
}
