// Times one `readColumnar` of a benchmark's register and payment lists with `--workers` threads, in this
// process, as the national benchmark's load does (its threads begun for it, or kept from the run before:
// `--runs` above 1): wall and CPU time (every thread), and the process's peak memory. A diagnostic for
// docs/benchmarks.md (run it in a fresh process for a cold load), not a benchmark: it has no peer. Runs
// the built packages (`npm run build` first).
//
//   npm run load --prefix packages/bench -- --dir .cache/bench/province-seed1-real --workers 2
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { closeWorkerThreads, readColumnar } from '@ansinh/io';
import { diagnosticArgs } from './diagnostic-args.js';

const { dir, workers, runs } = diagnosticArgs({
  path: 'dir',
  numbers: { workers: { fallback: 2, least: 0 }, runs: { fallback: 1, least: 1 } },
  usage: 'usage: --dir <benchmark data directory> [--workers <n ≥ 0>] [--runs <n ≥ 1>]',
});
const payments = (() => {
  try {
    return readdirSync(dir)
      .filter((name) => /^payments-\d{4}-\d{2}\.csv$/u.test(name))
      .sort()
      .map((name) => join(dir, name));
  } catch (error) {
    console.error(`${dir}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
})();
for (let run = 1; run <= runs; run += 1) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const read = await readColumnar({
    register: join(dir, 'register.csv'),
    payments,
    from: '2024-07',
    to: '2025-06',
    workers,
    // Each file as it is done, on standard error: a national load takes most of a minute.
    onProgress: (file, done, total) => {
      if (total !== undefined && done >= total)
        console.error(
          `  ${file === 'register' ? 'register' : `payments ${file + 1}/${payments.length}`} read`,
        );
    },
  }).catch((error: unknown) => {
    console.error(`${dir}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
  const used = process.cpuUsage(cpu);
  const rows = read.payments.reduce((sum, report) => sum + report.accepted, 0);
  console.log(
    `run ${run}: ${Math.round(performance.now() - started)} ms wall, CPU ${Math.round((used.user + used.system) / 1000)} ms;` +
      ` ${read.register.accepted} people, ${rows} payments, peak ${(process.resourceUsage().maxRSS / 2 ** 20).toFixed(2)} GiB`,
  );
}
await closeWorkerThreads();
