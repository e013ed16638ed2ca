// Every published package as a stranger gets it: built by tsup (global setup), packed with pnpm (so
// `workspace:*` becomes a version), linted by publint and @arethetypeswrong/cli, installed from the tarballs
// alone with plain npm into an empty project (peers from the registry), and there: imported from ESM and
// CommonJS in plain Node, type-checked under `node16` and `bundler` resolution with a strict tsconfig and
// without skipLibCheck, each README's TypeScript examples compiled and run, and the `ansinh` bin run.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const packagesDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
const root = join(packagesDir, '..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const work = mkdtempSync(join(tmpdir(), 'ansinh-installed-'));
const consumer = join(work, 'consumer');

/** The published packages: every folder of packages/ whose manifest is not private. */
const published = readdirSync(packagesDir)
  .map((folder) => ({
    folder,
    manifest: JSON.parse(readFileSync(join(packagesDir, folder, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      private?: boolean;
      exports: Record<string, unknown>;
      bin?: Record<string, string>;
    },
  }))
  .filter((p) => p.manifest.private !== true);

/** Every entry a consumer can import: `@ansinh/frames/arquero` as well as `@ansinh/frames`. */
const entries = published.flatMap(({ manifest }) =>
  Object.keys(manifest.exports)
    .filter((subpath) => subpath !== './package.json' && !subpath.includes('*'))
    .map((subpath) => (subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`)),
);

const tarball = (name: string) => {
  const p = published.find((candidate) => candidate.manifest.name === name);
  if (p === undefined) throw new Error(`${name} is not a published package`);
  return join(work, `${name.replace('@', '').replace('/', '-')}-${p.manifest.version}.tgz`);
};

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The pnpm the project pins (`packageManager`), through npx as the set-up runs it. */
function pnpm(args: string[], cwd: string): string {
  const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    packageManager: string;
  };
  return run('npx', ['--yes', packageManager, ...args], cwd);
}

/** Runs a TypeScript README block's `expression; // => expected` lines as checks, in an ES module. */
function readmeModule(code: string): string {
  const body = code
    .split('\n')
    .map((line) => {
      const check = /^(.+?); \/\/ => (.+)$/u.exec(line);
      return check
        ? `check(${check[1]}, ${check[2]}, ${JSON.stringify(check[1])});`
        : line.replace(/^import (.*) from '(@ansinh\/[^']+)';$/u, "import $1 from '$2';");
    })
    .join('\n');
  return `import { check } from './check.mjs';\n${body}\n`;
}

const readmes = published.flatMap(({ folder }) => {
  const text = readFileSync(join(packagesDir, folder, 'README.md'), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/gu)].map((match, i) => ({
    folder,
    file: `readme-${folder}-${i + 1}.mts`,
    code: match[1] ?? '',
  }));
});

/**
 * Declarations of the peers that do not type-check without skipLibCheck, whatever the consumer does (checked
 * with arquero 8.0.3, @uwdata/flechette 2.6.0 and danfojs-node 1.2.0): arquero's optional rest parameter,
 * flechette's implicit any, danfojs-node's types naming packages it does not install (request, papaparse,
 * plotly.js-dist-min). A consumer of @ansinh/frames keeps skipLibCheck on, or accepts these.
 */
const knownThirdParty = [
  'node_modules/arquero/dist/types/',
  'node_modules/@uwdata/flechette/dist/types/',
  'node_modules/danfojs-node/dist/',
];

/** tsc's error lines for a configuration of the consumer (continuation lines joined to their error). */
function typeErrors(config: string): string[] {
  const result = spawnSync(bin('tsc'), ['-p', config, '--noEmit', '--pretty', 'false'], {
    cwd: consumer,
    encoding: 'utf8',
  });
  return `${result.stdout}${result.stderr}`.split(/\n(?!\s)/u).filter((line) => line.trim() !== '');
}

let compiledOnce = false;
/** The README examples compiled to out/ by tsc (node16); the known peer errors above do not stop the emit. */
function compiled(): void {
  if (compiledOnce) return;
  for (const config of ['tsconfig.plain-node16.json', 'tsconfig.peers-node16.json'])
    spawnSync(bin('tsc'), ['-p', config], { cwd: consumer, encoding: 'utf8' });
  compiledOnce = true;
}

beforeAll(() => {
  for (const { folder } of published) pnpm(['pack', '--pack-destination', work], join(packagesDir, folder));
  mkdirSync(consumer);
  // A consumer that installs danfojs-node needs the same registry fixes as this workspace (the frames
  // README says so).
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      overrides: {
        '@uwdata/flechette': '2.6.0',
        xlsx: 'npm:@e965/xlsx@0.20.3',
        '@tensorflow/tfjs-node': 'npm:@tensorflow/tfjs@3.21.0',
      },
    }),
  );
  const peers = ['arquero@8.0.3', 'danfojs-node@1.2.0', '@types/node@20'];
  run(
    'npm',
    [
      'install',
      ...published.map(({ manifest }) => tarball(manifest.name)),
      ...peers,
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
    ],
    consumer,
  );
  // Where the README checks and the type-check consumers live.
  writeFileSync(
    join(consumer, 'check.mts'),
    [
      "import { deepStrictEqual } from 'node:assert';",
      'export function check(actual: unknown, expected: unknown, expression: string): void {',
      '  deepStrictEqual(actual, expected, expression);',
      '}',
      '',
    ].join('\n'),
  );
  for (const { file, code } of readmes) writeFileSync(join(consumer, file), readmeModule(code));
  writeFileSync(
    join(consumer, 'consumer.mts'),
    [
      "import { type Rate, type RegisterRow, rate, ratePercent, formatPercent } from '@ansinh/core';",
      "import { readRegisterCsv, type ReadResult } from '@ansinh/io';",
      "import { main, type Output } from '@ansinh/cli';",
      'const paid: Rate = rate(17328, 17475);',
      "export const printed: string = formatPercent(ratePercent(paid), 'vi');",
      "export const read: ReadResult<RegisterRow> = readRegisterCsv('Mã đối tượng,Họ và tên,Năm sinh,Mã xã\\n');",
      'const output: Output = { print: () => undefined, error: () => undefined };',
      "export const code: Promise<number> = main(['--version'], output);",
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(consumer, 'consumer-require.cts'),
    [
      "import core = require('@ansinh/core');",
      "import io = require('@ansinh/io');",
      "import cli = require('@ansinh/cli');",
      "export const percent: string = core.formatPercent(core.ratePercent(core.rate(1, 3)), 'en');",
      'export const kinds: readonly string[] = [typeof io.readRegisterCsv, typeof cli.main];',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(consumer, 'consumer-frames.mts'),
    [
      "import { rate } from '@ansinh/core';",
      "import { rateByUnitChart } from '@ansinh/viz';",
      "import { coverageRecords, type FlatRecord } from '@ansinh/frames/records';",
      "import { toArquero } from '@ansinh/frames/arquero';",
      "import { toDanfo } from '@ansinh/frames/danfo';",
      "export const chart = rateByUnitChart([{ name: 'Tây Ninh', rate: rate(376, 376) }], { target: '100' });",
      'export const records: FlatRecord[] = coverageRecords([]);',
      'export const rows: number = toArquero(records).numRows() + toDanfo([{ a: 1 }]).shape[0];',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(consumer, 'consumer-frames-require.cts'),
    [
      "import viz = require('@ansinh/viz');",
      "import frames = require('@ansinh/frames');",
      'export const kinds: readonly string[] = [typeof viz.renderSvg, typeof frames.toArquero];',
      '',
    ].join('\n'),
  );
  const strict = { strict: true, skipLibCheck: false, target: 'ES2022', types: ['node'] };
  const withPeers = new Set(['viz', 'frames']);
  const sources = (peers: boolean) => [
    'check.mts',
    ...(peers ? ['consumer-frames.mts'] : ['consumer.mts']),
    ...readmes.filter((r) => withPeers.has(r.folder) === peers).map((r) => r.file),
  ];
  for (const [name, peers] of [
    ['plain', false],
    ['peers', true],
  ] as const) {
    // vega's declarations (behind @ansinh/viz's chart type) name DOM types: a consumer of viz adds "DOM".
    const lib = peers ? ['ES2022', 'DOM'] : ['ES2022'];
    writeFileSync(
      join(consumer, `tsconfig.${name}-node16.json`),
      JSON.stringify({
        compilerOptions: { ...strict, lib, module: 'node16', moduleResolution: 'node16', outDir: 'out' },
        files: [...sources(peers), ...(peers ? [] : ['consumer-require.cts'])],
      }),
    );
    // CommonJS with arquero, which is an ES module only: Node >= 20.19 requires ES modules, and TypeScript
    // models that as `node20`; under node16 no CommonJS file can import arquero, ours or the consumer's.
    if (peers)
      writeFileSync(
        join(consumer, 'tsconfig.peers-node20.json'),
        JSON.stringify({
          compilerOptions: { ...strict, lib, module: 'node20', moduleResolution: 'node16', noEmit: true },
          files: ['consumer-frames-require.cts'],
        }),
      );
    writeFileSync(
      join(consumer, `tsconfig.${name}-bundler.json`),
      JSON.stringify({
        compilerOptions: { ...strict, lib, module: 'preserve', moduleResolution: 'bundler', noEmit: true },
        files: sources(peers),
      }),
    );
  }
});

describe('every published package, installed from its tarball', () => {
  it('is found: core, io, viz, frames and the command line', () => {
    expect(published.map((p) => p.manifest.name).sort()).toEqual([
      '@ansinh/cli',
      '@ansinh/core',
      '@ansinh/frames',
      '@ansinh/io',
      '@ansinh/viz',
    ]);
  });

  it.each(published.map((p) => p.manifest.name))(
    '%s names versions, not workspace links, and passes publint --strict and @arethetypeswrong/cli',
    (name) => {
      const manifest = run('tar', ['-xzOf', tarball(name), 'package/package.json'], work);
      expect(manifest).not.toContain('workspace:');
      // The workspace's export condition points at sources that are not shipped.
      expect(JSON.stringify((JSON.parse(manifest) as { exports: unknown }).exports)).not.toContain(
        '@ansinh/source',
      );
      expect(run(bin('publint'), ['run', tarball(name), '--strict'], work)).toContain('All good!');
      const report = JSON.parse(run(bin('attw'), [tarball(name), '--format', 'json'], work)) as {
        analysis: { problems: unknown[] };
      };
      expect(report.analysis.problems).toEqual([]);
    },
  );

  it.each(entries)('%s imports from ESM and from CommonJS in plain Node', (entry) => {
    const esm = run(
      'node',
      [
        '--input-type=module',
        '-e',
        `const m = await import('${entry}'); console.log(Object.keys(m).length);`,
      ],
      consumer,
    );
    const cjs = run('node', ['-e', `console.log(Object.keys(require('${entry}')).length);`], consumer);
    expect(Number(esm)).toBeGreaterThan(0);
    expect(Number(cjs)).toBe(Number(esm));
  });

  it.each(['node16', 'bundler'])(
    'core, io and the command line type-check in a strict consumer under %s resolution, without skipLibCheck',
    (resolution) => {
      expect(typeErrors(`tsconfig.plain-${resolution}.json`)).toEqual([]);
    },
  );

  it.each(['node16', 'bundler', 'node20'])(
    "viz and frames type-check under %s resolution: no error in @ansinh or the consumer, and the peers' own declarations fail only where known",
    (resolution) => {
      const errors = typeErrors(`tsconfig.peers-${resolution}.json`);
      const ours = errors.filter((line) => !knownThirdParty.some((prefix) => line.startsWith(prefix)));
      expect(ours).toEqual([]);
    },
  );

  it.each(readmes.map((r) => r.file))('the README example %s runs and gives what it says', (file) => {
    compiled();
    const result = spawnSync('node', [join('out', file.replace(/\.mts$/u, '.mjs'))], {
      cwd: consumer,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('runs `npx ansinh check "17.328/17.475 = 99,16%"` from the tarball: consistent, exit 0', () => {
    const result = spawnSync('npx', ['ansinh', 'check', '17.328/17.475 = 99,16%'], {
      cwd: consumer,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('nhất quán');
    expect(result.stdout).toContain('99,16%');
  });

  it('the bin says its version and exits 1 on an inconsistent percent, 2 on bad usage', () => {
    const cli = published.find((p) => p.manifest.name === '@ansinh/cli');
    const ansinh = (...args: string[]) =>
      spawnSync('npx', ['ansinh', ...args], { cwd: consumer, encoding: 'utf8' });
    expect(ansinh('--version').stdout.trim()).toBe(`ansinh ${cli?.manifest.version}`);
    expect(ansinh('check', '17.328/17.475 = 99,61%', '--lang', 'en').status).toBe(1);
    const misuse = ansinh('check', '--rounding', 'sideways', '1/2 = 50%');
    expect(misuse.status).toBe(2);
    expect(misuse.stderr).not.toMatch(/\n\s+at /u);
  });

  it('validates an office list with the default units shipped in the package', () => {
    writeFileSync(
      join(consumer, 'register.csv'),
      'DANH SÁCH ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI\nxã Tây Ninh, huyện Tiền Hải\nTháng 01 năm 2025\nSTT,Họ và tên,Năm sinh,Số CCCD\n1,Phan Văn Khải,1940,034040111222\n',
    );
    const result = spawnSync('npx', ['ansinh', 'validate', 'register.csv', '--json'], {
      cwd: consumer,
      encoding: 'utf8',
    });
    const report = JSON.parse(result.stdout) as { accepted: number; facts: { commune?: { code?: string } } };
    expect(report.accepted).toBe(1);
    expect(report.facts.commune?.code).toBe('12994');
  });
});
