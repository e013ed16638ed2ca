import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ansinh-synth-'));
const register = join(dir, 'register.csv');
const payments = join(dir, 'payments.csv');

beforeAll(async () => {
  const { code } = await run('synth', '--out', dir, '--seed', '3');
  expect(code).toBe(0);
});

describe('ansinh synth --out DIR --seed N', () => {
  it('writes a register, payment lists and a manifest that all say they are synthetic', () => {
    expect(readFileSync(register, 'utf8')).toMatch(/^\ufeff# DỮ LIỆU TỔNG HỢP/u);
    expect(readFileSync(payments, 'utf8')).toMatch(/^\ufeff# DỮ LIỆU TỔNG HỢP/u);
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).toMatchObject({
      synthetic: true,
      seed: 3,
    });
  });
});

describe('ansinh rates and ansinh residual on the synthetic district', () => {
  it('round trip: gives back the 99,98% and 99,16% the district was generated to, in 1/2025', async () => {
    const { code, out } = await run(
      'rates',
      '--register',
      register,
      '--payments',
      payments,
      '--period',
      '2025-01',
      '--by',
      'district',
    );
    expect(code).toBe(0);
    expect(out).toMatch(/huyện Tiền Hải\s+│ 17\.475\s+│ 17\.472\s+│ 99,98%\s+│ 17\.328\s+│ 99,16%/u);
  });

  it('says how many more the district needs to reach a target: 147 for 100% paid through accounts (round trip on the generated district)', async () => {
    const { code, out } = await run(
      'rates',
      '--register',
      register,
      '--payments',
      payments,
      '--period',
      '2025-01',
      '--by',
      'district',
      '--target',
      '100',
      '--lang',
      'en',
    );
    expect(code).toBe(0);
    expect(out).toContain('Still needed');
    expect(out).toMatch(/99\.16%\s+│ [\d.]+%\s+│ 147/u);
  });

  it('gives the same rates with --engine columns (streamed) and --engine duckdb as in memory', async () => {
    const args = ['--register', register, '--payments', payments, '--period', '2025-01', '--json'];
    // Everything but the engine's name: units, the inputs' counts and the payments outside coverage.
    const answer = (text: string) => {
      const { engine: _, ...rest } = JSON.parse(text);
      return rest;
    };
    for (const by of ['commune', 'district', 'unit-2025']) {
      const rows = answer((await run('rates', ...args, '--by', by)).out);
      expect(rows.inputs).toHaveLength(2);
      for (const engine of ['columns', 'duckdb']) {
        const other = await run('rates', ...args, '--by', by, '--engine', engine);
        expect(other.code, `${engine} ${by}`).toBe(0);
        expect(answer(other.out), `${engine} ${by}`).toEqual(rows);
      }
    }
    const district = await run('rates', ...args.slice(0, -1), '--by', 'district', '--engine', 'columns');
    expect(district.out).toMatch(/17\.475\s+│ 17\.472\s+│ 99,98%\s+│ 17\.328\s+│ 99,16%/u);
  });

  it('refuses an unknown engine, and --engine columns without --period', async () => {
    const args = ['--register', register, '--payments', payments];
    expect(await run('rates', ...args, '--engine', 'spark')).toMatchObject({ code: 2 });
    const noPeriod = await run('rates', ...args, '--engine', 'columns', '--lang', 'en');
    expect(noPeriod.code).toBe(2);
    expect(noPeriod.err).toContain('needs --period');
  });

  it('round trip: gives back 100% for Tây Ninh in 1/2025 and Tây Lương in 12/2024', async () => {
    const january = JSON.parse(
      (await run('rates', '--register', register, '--payments', payments, '--period', '2025-01', '--json'))
        .out,
    );
    const december = JSON.parse(
      (await run('rates', '--register', register, '--payments', payments, '--period', '2024-12', '--json'))
        .out,
    );
    const tayNinh = january.units.find((u: { unitCode: string }) => u.unitCode === '12994');
    const tayLuong = december.units.find((u: { unitCode: string }) => u.unitCode === '12991');
    expect(tayNinh.accountRate).toEqual({ numerator: 376, denominator: 376 });
    expect(tayLuong.accountRate.numerator).toBe(tayLuong.accountRate.denominator);
    expect(tayLuong.accountRate.denominator).toBeGreaterThan(900);
  });

  it('round trip: lists the 3 without an account and 147 not paid through one the generator left, masked', async () => {
    const { code, out } = await run(
      'residual',
      '--register',
      register,
      '--payments',
      payments,
      '--period',
      '2025-01',
      '--lang',
      'en',
    );
    expect(code).toBe(0);
    expect(out).toContain('2025-01: 3 without an account; 147 not paid through an account.');
    expect(out).toMatch(/\*{8}\d{4}/u);
    expect(out).toContain('Names and CCCD numbers are masked');
  });
});

describe('ansinh validate FILE', () => {
  it('accepts the synthetic register whole and exits 0', async () => {
    const { code, out } = await run('validate', register, '--lang', 'en');
    expect(code).toBe(0);
    expect(out).toMatch(/rows = [\d,]+ accepted \+ 0 rejected/u);
  });

  it('reports rejected rows with row, column and code, writes them back, and exits 1', async () => {
    const lines = readFileSync(register, 'utf8').split('\n');
    const broken = [
      ...lines.slice(0, 4),
      lines[3] ?? '',
      (lines[4] ?? '').replace(/,034\d{9},/u, ',12345,'),
      '',
    ].join('\n');
    const file = join(dir, 'broken.csv');
    const rejectedFile = join(dir, 'rejected.csv');
    writeFileSync(file, broken);
    const { code, out } = await run('validate', file, '--rejected', rejectedFile, '--lang', 'en');
    expect(code).toBe(1);
    expect(out).toContain('rows = 2 accepted + 2 rejected');
    expect(out).toContain('duplicate_beneficiary');
    expect(out).toContain('national_id_format');
    expect(out).toContain('CCCD');
    expect(readFileSync(rejectedFile, 'utf8')).toContain('Lý do / Reason');
  });

  it('reports a payment list through the one reader: counts, issue codes, the rejected rows written back', async () => {
    const lines = readFileSync(payments, 'utf8').split('\n');
    const broken = [
      ...lines.slice(0, 3000),
      lines[2] ?? '',
      'TH-000002,13/2025,Tiền mặt,Đã chi,1,Đối tượng',
      ...lines.slice(3000),
    ];
    const file = join(dir, 'broken-payments.csv');
    writeFileSync(file, broken.join('\n'));
    const validated = await run('validate', file, '--json', '--rejected', join(dir, 'rejected.csv'));
    expect(validated.code).toBe(1);
    const report = JSON.parse(validated.out);
    expect(report.kind).toBe('payments');
    expect(report.inputRows).toBe(report.accepted + report.rejected + report.skipped + report.structure);
    // Every line but the synthetic-data comment: the header is structure, the people accepted or rejected.
    const header = broken.findIndex((l) => l.startsWith('Mã đối tượng'));
    expect(report.inputRows).toBe(broken.slice(header).filter((l) => l !== '').length);
    expect(report.structure).toBe(1);
    expect(report.rejected).toBe(2);
    expect(report.issueCounts).toEqual({ duplicate_payment: 1, invalid_period: 1 });
    expect(report.issues.map((i: { code: string }) => i.code).sort()).toEqual([
      'duplicate_payment',
      'invalid_period',
    ]);
    expect(report.issuesComplete).toBe(true);
    const rejected = readFileSync(join(dir, 'rejected.csv'), 'utf8');
    expect(rejected).toContain('TH-000002,13/2025');
    expect(rejected).toContain('cần tháng dạng 01/2025');
    const english = await run('validate', file, '--lang', 'en');
    expect(english.out).toMatch(/duplicate_payment\s+│ 1/u);
    expect(english.out).toContain('expected a month as 01/2025');
    const vietnamese = await run('validate', file);
    expect(vietnamese.out).toContain('cần tháng dạng 01/2025');
    expect(vietnamese.out).not.toContain('expected a month');
  });

  it('exits 2 on an unreadable file or bad usage', async () => {
    expect(await run('validate', '/nonexistent.csv')).toMatchObject({ code: 2 });
    expect(await run('rates', '--register', register)).toMatchObject({ code: 2 });
    expect(await run('synth')).toMatchObject({ code: 2 });
  });
});

describe('ansinh synth --scale province', () => {
  it('writes a full register, 12 payment lists, communes, coverage and a manifest, with progress', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ansinh-province-'));
    try {
      const { code, err } = await run('synth', '--out', out, '--scale', 'province', '--seed', '5');
      expect(code).toBe(0);
      expect(err).toContain('100%');
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
      expect(manifest).toMatchObject({ synthetic: true, rows: 300_000, communes: 260 });
      expect(manifest.files.payments).toHaveLength(12);
      expect(readFileSync(join(out, 'coverage.csv'), 'utf8').split('\n').length).toBe(2 + 1 + 260 * 12);
      // The files read back through the whole validation, and give the coverage the generator counted.
      const january = JSON.parse(
        (
          await run(
            'rates',
            '--register',
            join(out, 'register.csv'),
            '--payments',
            join(out, 'payments-2025-01.csv'),
            '--period',
            '2025-01',
            '--engine',
            'columns',
            '--json',
          )
        ).out,
      );
      const counted = readFileSync(join(out, 'coverage.csv'), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('2025-01,'))
        .map((line) => line.split(','));
      expect(january.units).toHaveLength(260);
      expect(
        january.units.map((u: { unitCode: string; paidThroughAccountRate: { numerator: number } }) => [
          u.unitCode,
          String(u.paidThroughAccountRate.numerator),
        ]),
      ).toEqual(counted.map((c) => [c[1], c[4]]));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
