// The published @ansinh/io, as a stranger gets it: built by tsup (global setup), packed with pnpm (so
// `workspace:*` becomes a version), linted by publint and @arethetypeswrong/cli, installed with plain npm
// into an empty project next to @ansinh/core, and used from ESM and CommonJS in plain Node: no tsx, no
// DuckDB installed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const packages = join(dirname(fileURLToPath(import.meta.url)), '../..');
const root = join(packages, '..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const work = mkdtempSync(join(tmpdir(), 'ansinh-io-pack-'));
const consumer = join(work, 'consumer');
const tarballs: Record<string, string> = {};

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The pnpm the project pins (`packageManager`), through npx as the set-up runs it. */
const pnpm = (args: string[], cwd: string) => {
  const manifest = JSON.parse(run('node', ['-p', 'JSON.stringify(require("./package.json"))'], root)) as {
    packageManager: string;
  };
  return run('npx', ['--yes', manifest.packageManager, ...args], cwd);
};

beforeAll(() => {
  for (const name of ['core', 'io']) {
    pnpm(['pack', '--pack-destination', work], join(packages, name));
    const { version } = JSON.parse(readFileSync(join(packages, name, 'package.json'), 'utf8')) as {
      version: string;
    };
    tarballs[name] = join(work, `ansinh-${name}-${version}.tgz`);
  }
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  run(
    'npm',
    ['install', tarballs.core ?? '', tarballs.io ?? '', '--no-audit', '--no-fund', '--loglevel=error'],
    consumer,
  );
});

describe('the packed @ansinh/io tarball', () => {
  it('names versions, not workspace links, and passes publint --strict and @arethetypeswrong/cli', () => {
    const manifest = run('tar', ['-xzOf', tarballs.io ?? '', 'package/package.json'], work);
    expect(manifest).not.toContain('workspace:');
    expect(run(bin('publint'), ['run', tarballs.io ?? '', '--strict'], work)).toContain('All good!');
    const report = JSON.parse(run(bin('attw'), [tarballs.io ?? '', '--format', 'json'], work)) as {
      analysis: { problems: unknown[] };
    };
    expect(report.analysis.problems).toEqual([]);
  });

  it('reads an office list from ESM and from CommonJS without loading SheetJS', () => {
    const list =
      'Tháng 02 năm 2025\\nSTT,Họ và tên,Năm sinh,Số CCCD,Mã xã\\n1,Phan Văn Khải,1940,034040111222,13054\\n';
    writeFileSync(
      join(consumer, 'esm.mjs'),
      `import { readRegisterCsv } from '@ansinh/io';\nconst read = readRegisterCsv('${list}');\nconsole.log(read.accepted[0].sex, read.report.inputRows);\n`,
    );
    writeFileSync(
      join(consumer, 'cjs.cjs'),
      `const { readRegisterCsv } = require('@ansinh/io');\nconst read = readRegisterCsv('${list}');\n` +
        "const sheetjs = Object.keys(require.cache).some((file) => file.includes('xlsx'));\n" +
        'console.log(read.accepted[0].since, sheetjs);\n',
    );
    expect(run('node', ['esm.mjs'], consumer).trim()).toBe('male 3');
    expect(run('node', ['cjs.cjs'], consumer).trim()).toBe('2025-02-01 false');
  });

  it('reads payment files in worker threads from the built worker, and says DuckDB is missing', () => {
    const register = 'Mã đối tượng,Họ và tên,Năm sinh,Mã xã,Hưởng từ ngày\nA1,An,1950,13054,2024-01-01\n';
    const payments =
      'Mã đối tượng,Kỳ chi trả,Hình thức chi trả,Trạng thái,Số tiền,Người nhận\nA1,2025-01,Qua tài khoản,Đã chi,500000,Đối tượng\n';
    writeFileSync(join(consumer, 'register.csv'), register);
    writeFileSync(join(consumer, 'payments.csv'), payments);
    writeFileSync(
      join(consumer, 'workers.mjs'),
      "import { readColumnar, validateForDuckdb, duckdbCoverage } from '@ansinh/io';\n" +
        "const read = await readColumnar({ register: 'register.csv', payments: ['payments.csv', 'payments.csv'], from: '2025-01', to: '2025-01', workers: 2 });\n" +
        'console.log(read.payments.map((p) => p.accepted).join(","));\n' +
        "const files = await validateForDuckdb({ register: 'register.csv', payments: 'payments.csv' });\n" +
        "try { await duckdbCoverage(files, '2025-01'); } catch (error) { console.log(error.name); } finally { files.remove(); }\n",
    );
    expect(run('node', ['workers.mjs'], consumer).trim().split('\n')).toEqual(['1,1', 'MissingDuckdbError']);
  });
});
