// Times `readRegisterColumnar` alone on one register file, with the threads asked for: wall time, the
// process's CPU time (user and system, every thread), and where the file was cut. A diagnostic for
// docs/benchmarks.md (where a register line's time goes), not a benchmark: it has no peer. Runs the built
// packages (`npm run build` first).
//
//   npm run register --prefix packages/bench -- --file .cache/bench/national-seed1-real/register.csv --workers 1 --runs 3
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createColumnarBuilder } from '@ansinh/core';
import { readRegisterColumnar } from '@ansinh/io';

// A flag the parser refuses (an unknown one, a value that looks like a flag) is a usage error, not a trace.
const { values } = (() => {
  try {
    return parseArgs({
      options: {
        file: { type: 'string' },
        workers: { type: 'string', default: '1' },
        runs: { type: 'string', default: '3' },
      },
    });
  } catch (error) {
    console.error(
      `${error instanceof Error ? error.message : String(error)}\nusage: --file <register.csv> [--workers <n ≥ 0>] [--runs <n ≥ 1>]`,
    );
    process.exit(2);
  }
})();
// A path as the caller wrote it, from where they ran npm (which runs the script in packages/bench).
const file =
  values.file === undefined ? undefined : resolve(process.env.INIT_CWD ?? process.cwd(), values.file);
const workers = Number(values.workers);
const runs = Number(values.runs);
if (file === undefined || !Number.isInteger(workers) || workers < 0 || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: --file <register.csv> [--workers <n ≥ 0>] [--runs <n ≥ 1>]');
  process.exit(2);
}
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
