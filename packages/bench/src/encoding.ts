// Times telling the encoding of every CSV file of a benchmark's data (`fileEncoding`: a megabyte read
// and judged a file), the step every reader takes before a file's first row. A diagnostic for
// docs/benchmarks.md, not a benchmark: it has no peer. Runs the built packages (`npm run build` first).
//
//   npm run encoding --prefix packages/bench -- --dir .cache/bench/province-seed1-real --runs 9
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileEncoding } from '@ansinh/io';
import { diagnosticArgs } from './diagnostic-args.js';

const { dir, runs } = diagnosticArgs({
  path: 'dir',
  numbers: { runs: { fallback: 9, least: 1 } },
  usage: 'usage: --dir <benchmark data directory> [--runs <n ≥ 1>]',
});
const files = (() => {
  try {
    return readdirSync(dir)
      .filter((name) => name === 'register.csv' || /^payments-\d{4}-\d{2}\.csv$/u.test(name))
      .sort()
      .map((name) => join(dir, name));
  } catch (error) {
    console.error(`${dir}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
})();
const times: number[] = [];
const found = new Map<string, number>();
for (let run = 1; run <= runs; run += 1) {
  const started = performance.now();
  for (const file of files) {
    const encoding = await fileEncoding(file);
    if (run === 1) found.set(encoding, (found.get(encoding) ?? 0) + 1);
  }
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
console.log(
  `${files.length} files (${[...found].map(([e, n]) => `${n} ${e}`).join(', ')}): all told in ${(times[0] ?? 0).toFixed(1)} ms at least, ${median.toFixed(1)} ms the median of ${runs}`,
);
