// The published package, as a user gets it: built by tsup (global setup), packed by npm, linted by publint and
// @arethetypeswrong/cli, installed into an empty project and imported from ESM and from CommonJS.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string) => join(packageDir, '../../node_modules/.bin', name);
const work = mkdtempSync(join(tmpdir(), 'ansinh-pack-'));
let tarball = '';

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  // dist/ is built by the global setup (scripts/vitest-global-setup.ts).
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], packageDir)) as {
    filename: string;
  }[];
  tarball = join(work, packed?.filename ?? '');
});

describe('the built @ansinh/core in a bundle', () => {
  it('tree-shakes: a bundle of ratePercent alone holds neither zod nor the schemas, under 10 KB', async () => {
    const { build } = await import('esbuild');
    const entry = join(work, 'entry.mjs');
    writeFileSync(
      entry,
      "import { rate, ratePercent } from '@ansinh/core';\nconsole.log(ratePercent(rate(1, 3)));\n",
    );
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'node',
      nodePaths: [join(packageDir, '..')],
      alias: { '@ansinh/core': join(packageDir, 'dist/index.js') },
    });
    const [output] = result.outputFiles;
    expect(output?.contents.length).toBeLessThan(10_000);
    expect(output?.text).not.toContain('ZodObject');
  });
});

describe('the packed @ansinh/core tarball', () => {
  it('passes publint --strict', () => {
    expect(run(bin('publint'), ['run', tarball, '--strict'], work)).toContain('All good!');
  });

  it('passes @arethetypeswrong/cli for node10, node16 (ESM and CJS) and bundlers', () => {
    const report = run(bin('attw'), [tarball, '--format', 'json'], work);
    const json = JSON.parse(report) as { analysis: { problems: unknown[] } };
    expect(json.analysis.problems).toEqual([]);
  });

  it('installs into an empty project and works from ESM and from CommonJS', () => {
    const consumer = join(work, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    run('npm', ['install', tarball, '--no-audit', '--no-fund', '--loglevel=error'], consumer);
    writeFileSync(
      join(consumer, 'esm.mjs'),
      "import { formatPercent, rate, ratePercent } from '@ansinh/core';\n" +
        "console.log(formatPercent(ratePercent(rate(17472, 17475)), 'vi'));\n",
    );
    writeFileSync(
      join(consumer, 'cjs.cjs'),
      "const { formatPercent, rate, ratePercent } = require('@ansinh/core');\n" +
        "console.log(formatPercent(ratePercent(rate(17328, 17475)), 'en'));\n",
    );
    expect(run('node', ['esm.mjs'], consumer).trim()).toBe('99,98%');
    expect(run('node', ['cjs.cjs'], consumer).trim()).toBe('99.16%');
  });
});
