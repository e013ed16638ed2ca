// One tool of the national benchmark in its own process, so each tool's peak memory is its own and a tool
// that runs out of memory or time stops alone. Prints one JSON event per line.
import { type BenchScale, benchData } from './bench-data.js';
import { runTool } from './run-tool.js';
import type { BenchToolName } from './tool-registry.js';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const root = arg('data');
const data = await benchData(
  (arg('scale') ?? 'tiny') as BenchScale,
  Number(arg('seed') ?? 1),
  root === undefined ? {} : { root },
);
await runTool((arg('tool') ?? 'ansinh') as BenchToolName, data, {
  runs: Number(arg('runs') ?? 3),
  readRuns: Number(arg('read-runs') ?? 1),
  emit: (event) => process.stdout.write(`${JSON.stringify(event)}\n`),
});
process.stdout.write(
  `${JSON.stringify({ type: 'done', peakRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
