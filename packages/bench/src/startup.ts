// `npm run startup --prefix packages/bench [-- --runs=N]`: how long the `ansinh` command takes from start to
// answer, as a user runs it: the built bin (`node packages/cli/dist/bin.js`, what `npx ansinh` runs from the
// published package) for `check` and for `--version`, against Node starting and doing nothing (the floor no
// command can beat) and against the same `check` run from the sources through tsx (how a clone ran it
// before the CLI was built), in the same run, alternating. Each run is a fresh process; the answer of every
// run is checked before it counts. Prints medians, the fastest run and ratios; not a test. Build first:
// `npm run build --prefix packages/core && … --prefix packages/io && … --prefix packages/viz &&
// … --prefix packages/cli` (the script says so when the build is missing).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Number(arg('runs') ?? 21);
if (!Number.isSafeInteger(runs) || runs < 1) {
  console.error('--runs must be a positive integer');
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = join(root, 'packages/cli/dist/bin.js');
if (!existsSync(bin)) {
  console.error(
    `${bin} is missing: build first with npm run build --prefix packages/core (then io, viz, cli).`,
  );
  process.exit(2);
}
const claim = '17.328/17.475 = 99,16%';

interface Variant {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  /** What the run must print for its time to count. */
  readonly answer: (stdout: string, status: number | null) => boolean;
}

const consistent = (stdout: string, status: number | null) => status === 0 && stdout.includes('99,16%');
const variants: readonly Variant[] = [
  {
    name: 'node -e 0 (Node alone, the floor)',
    command: process.execPath,
    args: ['-e', '0'],
    answer: (_, s) => s === 0,
  },
  {
    name: 'ansinh --version (built)',
    command: process.execPath,
    args: [bin, '--version'],
    answer: (o, s) => s === 0 && o.startsWith('ansinh '),
  },
  {
    name: `ansinh check "${claim}" (built)`,
    command: process.execPath,
    args: [bin, 'check', claim],
    answer: consistent,
  },
  {
    name: `ansinh check "${claim}" (sources, tsx)`,
    command: join(root, 'node_modules/.bin/tsx'),
    args: ['--conditions=@ansinh/source', join(root, 'packages/cli/src/bin.ts'), 'check', claim],
    answer: consistent,
  },
];

const times = new Map<string, number[]>(variants.map((v) => [v.name, []]));
for (let run = -2; run < runs; run += 1) {
  for (const variant of variants) {
    const start = process.hrtime.bigint();
    const result = spawnSync(variant.command, [...variant.args], { encoding: 'utf8', cwd: root });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (!variant.answer(result.stdout, result.status)) {
      console.error(
        `${variant.name}: wrong answer (exit ${result.status}): ${result.stdout}${result.stderr}`,
      );
      process.exit(1);
    }
    if (run >= 0) times.get(variant.name)?.push(ms); // two warm-up rounds fill the file cache
  }
  process.stderr.write(`\rrun ${Math.max(0, run + 1)}/${runs}`);
}
process.stderr.write('\n');

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const floor = median(times.get(variants[0]?.name ?? '') ?? []);
const builtCheck = median(times.get(variants[2]?.name ?? '') ?? []);
console.log(
  `Node ${process.versions.node}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB; ${runs} runs each, alternating, after 2 warm-up rounds\n`,
);
console.log('| command | median ms | fastest ms | × Node alone | × built check |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const variant of variants) {
  const values = times.get(variant.name) ?? [];
  const m = median(values);
  console.log(
    `| ${variant.name} | ${m.toFixed(0)} | ${Math.min(...values).toFixed(0)} | ×${(m / floor).toFixed(2)} | ×${(m / builtCheck).toFixed(2)} |`,
  );
}
