// Times one payment list read `--runs` times in one process as `readColumnar` reads it on a thread
// (`streamPaymentsCsv`, codes taken from the lines' bytes into a month's columns): wall and CPU time of
// each read, then the least and the median of the reads after the first `--warm`. A diagnostic for
// docs/benchmarks.md (a file read once pays for its first megabyte and its code's warming up; later reads
// show the lines' own cost), not a benchmark: it has no peer. Runs the built packages (`npm run build`
// first).
//
//   npm run payments --prefix packages/bench -- --file .cache/bench/province-seed1-real/payments-2024-07.csv --runs 16
import { createPaidColumns, monthsBetween } from '@ansinh/core';
import { streamPaymentsCsv } from '@ansinh/io';
import { diagnosticArgs } from './diagnostic-args.js';

const { file, runs, warm } = diagnosticArgs({
  path: 'file',
  numbers: { runs: { fallback: 16, least: 1 }, warm: { fallback: 6, least: 0 } },
  usage: 'usage: --file <payments.csv> [--runs <n ≥ 1>] [--warm <n ≥ 0>]',
});
const months = new Map(monthsBetween('2024-07', '2025-06').map((month, i) => [month, i]));
const times: number[] = [];
for (let run = 1; run <= runs; run += 1) {
  const paid = createPaidColumns(months);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const report = await streamPaymentsCsv(file, {
    onRow: (row) => paid.add(row),
    onRowFromLine: {
      fields: new Set(['beneficiaryId']),
      accept: (row, cells) => {
        const code = cells.columnOf('beneficiaryId');
        paid.addWithKeyBytes(row, cells.buffer(), cells.cellStart(code), cells.cellEnd(code));
      },
    },
  }).catch((error: unknown) => {
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  times.push(ms);
  console.log(
    `run ${run}: ${Math.round(ms)} ms wall, CPU ${Math.round((used.user + used.system) / 1000)} ms;` +
      ` ${report.accepted} accepted, ${report.rejected} rejected`,
  );
}
const later = times.slice(warm).sort((a, b) => a - b);
if (later.length > 0)
  console.log(
    `after the first ${warm}: least ${Math.round(later[0] ?? 0)} ms, median ${Math.round(later[Math.floor(later.length / 2)] ?? 0)} ms`,
  );
