// The national benchmark: one shared data set, each tool in its own process with a time limit, answers
// checked equal across tools, medians, ratios to DuckDB and peak memory printed as a table.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchData, type BenchScale, benchData } from './bench-data.js';
import type { ToolEvent } from './run-tool.js';
import { type TaskKey, taskNames } from './tasks.js';
import type { BenchToolName } from './tool-registry.js';

/** What happened to one tool. */
export interface ToolRun {
  readonly tool: BenchToolName;
  readonly results: Partial<Record<TaskKey, Extract<ToolEvent, { type: 'result' }>>>;
  /** Where and why it stopped, when it did not finish: out of memory, over time, or an error. */
  readonly stopped?: { readonly task: TaskKey | 'start'; readonly why: string };
  readonly peakRssMiB?: number;
  readonly seconds: number;
}

/** The benchmark's outcome. */
export interface BenchOutcome {
  readonly data: BenchData;
  readonly runs: readonly ToolRun[];
  /** Answers that differ from the reference's (DuckDB's): empty when all agree. */
  readonly disagreements: readonly Disagreement[];
}

/** One tool's answer to one task differing from the reference tool's. */
export interface Disagreement {
  readonly task: TaskKey;
  readonly tool: BenchToolName;
  readonly reference: BenchToolName;
  readonly text: string;
}

const workerPath = join(dirname(fileURLToPath(import.meta.url)), 'worker.ts');

function runWorker(
  tool: BenchToolName,
  options: {
    scale: BenchScale;
    seed: number;
    runs: number;
    readRuns: number;
    timeoutSeconds: number;
    heapMiB: number;
    dataRoot: string | undefined;
    built: boolean;
    log: (line: string) => void;
  },
): Promise<ToolRun> {
  const started = performance.now();
  const args = [
    `--max-old-space-size=${options.heapMiB}`,
    // The packages as built (`npm run build`), as a user of the published ones runs them (their worker
    // threads plain JavaScript), or from their TypeScript sources through tsx.
    ...(options.built ? [] : ['--conditions=@ansinh/source']),
    '--import',
    'tsx',
    workerPath,
    `--tool=${tool}`,
    `--scale=${options.scale}`,
    `--seed=${options.seed}`,
    `--runs=${options.runs}`,
    `--read-runs=${options.readRuns}`,
    ...(options.dataRoot === undefined ? [] : [`--data=${options.dataRoot}`]),
  ];
  // Every tool gets the same memory limit: Node's heap, and DuckDB's own limit (read by its tool).
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ANSINH_BENCH_MEMORY_MIB: String(options.heapMiB) },
  });
  const results: ToolRun['results'] = {};
  let current: TaskKey | 'start' = 'start';
  let stopped: ToolRun['stopped'];
  let peakRssMiB: number | undefined;
  let stderr = '';
  let pending = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text: string) => {
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.trim() === '') continue;
      const event = JSON.parse(line) as ToolEvent;
      if (event.type === 'start') {
        current = event.task;
        options.log(`  ${tool}: ${taskNames[event.task]} …`);
      } else if (event.type === 'result') {
        results[event.task] = event;
        options.log(`  ${tool}: ${taskNames[event.task]}: ${event.medianMs.toFixed(0)} ms`);
      } else if (event.type === 'error') stopped = { task: event.task, why: `error: ${event.message}` };
      else peakRssMiB = event.peakRssMiB;
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    stderr = (stderr + text).slice(-4_000);
  });
  // Peak memory as the kernel counts it (VmHWM), sampled each second: a tool stopped for time or memory
  // cannot report its own. Linux only; elsewhere the tool's own report is all there is.
  let sampledPeakMiB: number | undefined;
  const sampler = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kib = Number(/VmHWM:\s+(\d+) kB/u.exec(status)?.[1]);
      if (Number.isFinite(kib)) sampledPeakMiB = Math.max(sampledPeakMiB ?? 0, kib / 1024);
    } catch {
      // The process has ended.
    }
  }, 1_000);
  const timer = setTimeout(() => {
    stopped = { task: current, why: `over the time limit of ${options.timeoutSeconds} s` };
    child.kill('SIGKILL');
  }, options.timeoutSeconds * 1000);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(sampler);
      peakRssMiB ??= sampledPeakMiB;
      if (stopped === undefined && code !== 0) {
        const oom =
          /heap out of memory|Array buffer allocation failed|Invalid array length|std::bad_alloc|Map maximum size/u.test(
            stderr,
          );
        stopped = {
          task: current,
          why: oom
            ? `out of memory (JavaScript heap limit ${options.heapMiB} MiB)`
            : `exited with ${signal ?? code}: ${stderr.trim().split('\n').slice(-3).join(' / ')}`,
        };
      }
      resolve({
        tool,
        results,
        ...(stopped === undefined ? {} : { stopped }),
        ...(peakRssMiB === undefined ? {} : { peakRssMiB }),
        seconds: (performance.now() - started) / 1000,
      });
    });
  });
}

/** Runs the benchmark: data first (generated once per scale and seed), then each tool in turn. */
export async function runBench(options: {
  readonly scale: BenchScale;
  readonly seed?: number;
  readonly runs?: number;
  readonly readRuns?: number;
  readonly tools?: readonly BenchToolName[];
  readonly timeoutSeconds?: number;
  readonly heapMiB?: number;
  readonly dataRoot?: string;
  /** Run ansinh's packages as built (`npm run build` first), not from their sources (default false). */
  readonly built?: boolean;
  readonly log?: (line: string) => void;
}): Promise<BenchOutcome> {
  const log = options.log ?? (() => {});
  const seed = options.seed ?? 1;
  let shown = -1;
  const data = await benchData(options.scale, seed, {
    ...(options.dataRoot === undefined ? {} : { root: options.dataRoot }),
    onProgress: (done, total) => {
      const percent = Math.floor((done / total) * 10) * 10;
      if (percent !== shown) {
        shown = percent;
        log(`Đang ghi dữ liệu / writing data: ${percent}%`);
      }
    },
  });
  const runs: ToolRun[] = [];
  for (const tool of options.tools ?? (['ansinh', 'duckdb', 'arquero', 'danfo'] as const)) {
    log(`${tool} …`);
    runs.push(
      await runWorker(tool, {
        scale: options.scale,
        seed,
        runs: options.runs ?? 3,
        readRuns: options.readRuns ?? 1,
        timeoutSeconds: options.timeoutSeconds ?? 900,
        heapMiB: options.heapMiB ?? 16_384,
        dataRoot: options.dataRoot,
        built: options.built ?? false,
        log,
      }),
    );
  }
  const disagreements: Disagreement[] = [];
  for (const task of ['a', 'b', 'c', 'd', 'reload', 'first'] as const) {
    const answers = runs.flatMap((r) => {
      const result = r.results[task];
      return result === undefined ? [] : [{ tool: r.tool, digest: result.digest, size: result.size }];
    });
    // DuckDB is the reference when it ran; otherwise the first tool that did.
    const reference = answers.find((a) => a.tool === 'duckdb') ?? answers[0];
    for (const other of answers) {
      if (reference !== undefined && other.digest !== reference.digest) {
        disagreements.push({
          task,
          tool: other.tool,
          reference: reference.tool,
          text: `${taskNames[task]}: ${other.tool} (${other.size} rows, ${other.digest}) ≠ ${reference.tool} (${reference.size} rows, ${reference.digest})`,
        });
      }
    }
  }
  return { data, runs, disagreements };
}

const ms = (value: number | undefined) =>
  value === undefined ? '—' : value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`;

/** The outcome as a Markdown table (tasks × tools: median, ratio to DuckDB), with the machine and data. */
export function benchTable(outcome: BenchOutcome, command: string): string {
  const { data, runs } = outcome;
  const duck = runs.find((r) => r.tool === 'duckdb');
  const lines = [
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.versions.node}, ${process.platform}.`,
    `Data: ${data.scale}, seed ${data.seed}: register ${data.registerRows.toLocaleString('en')} rows, payment lists ${data.paymentRows.toLocaleString('en')} rows in ${data.payments.length} files, ${(data.bytes / 2 ** 20).toFixed(0)} MiB of CSV.`,
    `Command: \`${command}\``,
    '',
    `| task | ${runs.map((r) => r.tool).join(' | ')} |`,
    `|---|${runs.map(() => '---:').join('|')}|`,
  ];
  for (const task of ['a', 'load', 'first', 'b', 'c', 'd', 'reload'] as const) {
    if (runs.every((r) => r.results[task] === undefined)) continue;
    const base = duck?.results[task]?.medianMs;
    const cells = runs.map((r) => {
      const result = r.results[task];
      if (result === undefined) return r.stopped?.task === task ? 'stopped' : '—';
      const ratio = base === undefined ? '' : ` (×${(result.medianMs / base).toFixed(2)})`;
      return `${ms(result.medianMs)}${ratio}`;
    });
    lines.push(`| ${taskNames[task]} | ${cells.join(' | ')} |`);
  }
  lines.push(
    `| peak memory (RSS) | ${runs.map((r) => (r.peakRssMiB === undefined ? '—' : `${(r.peakRssMiB / 1024).toFixed(2)} GiB`)).join(' | ')} |`,
  );
  lines.push('');
  for (const run of runs) {
    if (run.stopped !== undefined)
      lines.push(
        `- ${run.tool} stopped at ${run.stopped.task === 'start' ? 'start' : taskNames[run.stopped.task]}: ${run.stopped.why} (after ${run.seconds.toFixed(0)} s).`,
      );
  }
  lines.push(
    outcome.disagreements.length === 0
      ? '- Every tool that finished a task gave the same answer (fingerprints of the sorted answers compared).'
      : outcome.disagreements.map((d) => `- DISAGREEMENT: ${d.text}`).join('\n'),
  );
  return `${lines.join('\n')}\n`;
}
