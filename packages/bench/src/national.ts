// `npm run bench:national -- [--scale=tiny|province|national] [--runs=N] [--read-runs=N] [--tools=a,b]
// [--timeout=SECONDS] [--memory=MiB] [--built]`: the national-scale benchmark (every tool gets the same
// memory limit, 16 GiB by default). Prints the Markdown table docs/benchmarks.md keeps. `--built` runs
// ansinh's packages as built (`npm run build` first), as the published packages run.
// Exit 1 when ansinh's answer differs from DuckDB's; a peer that differs is reported, not fatal.
import type { BenchScale } from './national/bench-data.js';
import { benchScales } from './national/bench-data.js';
import { benchTable, runBench } from './national/run-bench.js';
import { type BenchToolName, benchTools } from './national/tool-registry.js';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const scale = (arg('scale') ?? 'province') as BenchScale;
if (!(scale in benchScales)) {
  console.error(`--scale must be one of ${Object.keys(benchScales).join(', ')}`);
  process.exit(2);
}
const tools = (arg('tools')?.split(',') ?? Object.keys(benchTools)) as BenchToolName[];
const unknown = tools.filter((t) => !(t in benchTools));
if (unknown.length > 0) {
  console.error(
    `unknown tool(s) ${unknown.join(', ')}; expected some of ${Object.keys(benchTools).join(', ')}`,
  );
  process.exit(2);
}
const outcome = await runBench({
  scale,
  runs: Number(arg('runs') ?? 3),
  readRuns: Number(arg('read-runs') ?? 1),
  tools,
  timeoutSeconds: Number(arg('timeout') ?? 900),
  ...(arg('memory') === undefined ? {} : { heapMiB: Number(arg('memory')) }),
  built: process.argv.includes('--built'),
  log: (line) => console.error(line),
});
const command = `npm run bench:national -- ${process.argv.slice(2).join(' ')}`.trim();
console.log(benchTable(outcome, command));
process.exit(outcome.disagreements.some((d) => d.tool === 'ansinh') ? 1 : 0);
