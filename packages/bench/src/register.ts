// Times `readRegisterColumnar` alone on one register file, with the threads asked for: wall time, the
// process's CPU time (user and system, every thread), and where the file was cut. A diagnostic for
// docs/benchmarks.md (where a register line's time goes), not a benchmark: it has no peer. Runs the built
// packages (`npm run build` first).
//
//   npm run register --prefix packages/bench -- --file .cache/bench/national-seed1-real/register.csv --workers 1 --runs 3
import { createColumnarBuilder } from '@ansinh/core';
import { readRegisterColumnar } from '@ansinh/io';
import { diagnosticArgs } from './diagnostic-args.js';

const { file, workers, runs } = diagnosticArgs({
  path: 'file',
  numbers: { workers: { fallback: 1, least: 0 }, runs: { fallback: 3, least: 1 } },
  usage: 'usage: --file <register.csv> [--workers <n ≥ 0>] [--runs <n ≥ 1>]',
});
for (let run = 1; run <= runs; run += 1) {
  const builder = createColumnarBuilder({ from: '2024-07', to: '2025-06' });
  const started = performance.now();
  const cpu = process.cpuUsage();
  const slices: string[] = [];
  const report = await readRegisterColumnar(file, builder, {
    workers,
    onSlice: (s) =>
      slices.push(`${s.start}–${s.end} ${s.taken ? 'taken' : `read again (${s.reason ?? s.detail})`}`),
  }).catch((error: unknown) => {
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
  const used = process.cpuUsage(cpu);
  const ms = (n: number) => `${Math.round(n)} ms`;
  console.log(
    `run ${run}: ${ms(performance.now() - started)} wall, CPU ${ms(used.user / 1000)} user + ${ms(used.system / 1000)} system;` +
      ` ${report.accepted} accepted, ${report.rejected} rejected; slices: ${slices.join(', ') || 'none'}`,
  );
}
