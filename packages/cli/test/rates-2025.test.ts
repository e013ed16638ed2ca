// `ansinh rates --by commune-2025|province-2025` on a synthetic register of another province (Gia Lâm
// district, Hà Nội): the people of whole communes placed, those of split communes bounded, every engine
// alike, and the bounds checked against counts made here from the files' rows.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  onRegister,
  type PaymentRow,
  personMonths,
  type RegisterRow,
  readUnitsTable,
  synthesizeDistrict,
} from '@ansinh/core';
import { writePaymentsCsv, writeRegisterCsv } from '@ansinh/io';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

const root = join(import.meta.dirname, '../../..');
const units = readUnitsTable(readFileSync(join(root, 'datasets/admin-units/vietnam-units.csv'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'ansinh-2025-'));
const registerFile = join(dir, 'register.csv');
const paymentsFile = join(dir, 'payments.csv');
let register: readonly RegisterRow[] = [];
let payments: readonly PaymentRow[] = [];

beforeAll(() => {
  const district = synthesizeDistrict(units, {
    seed: 11,
    calibration: {
      districtCode: '018',
      month: '2025-01',
      beneficiaries: 900,
      accountHolders: 850,
      paidThroughAccount: 800,
      completeCommunes: [],
      from: '2025-01',
      to: '2025-01',
    },
  });
  register = district.register;
  payments = district.payments;
  writeFileSync(registerFile, writeRegisterCsv(register, { reveal: true }));
  writeFileSync(paymentsFile, writePaymentsCsv(payments));
});

interface Bounds {
  low: { numerator: number; denominator: number };
  high: { numerator: number; denominator: number };
}

/** `ansinh rates` over the register and one payment list with the national units, as it ends. */
const runRates = (payments: string, ...more: string[]) =>
  run('rates', '--register', registerFile, '--payments', payments, '--units', 'vietnam', ...more);

const rates = async (by: string, engine = 'rows', ...more: string[]) => {
  const result = await runRates(
    paymentsFile,
    '--period',
    '2025-01',
    '--by',
    by,
    '--engine',
    engine,
    '--json',
    ...more,
  );
  expect(result.code, result.err).toBe(0);
  return JSON.parse(result.out);
};

describe('ansinh rates on the 2025 communes of another province', () => {
  it('places whole communes, bounds the communes split ones went to, and counts every person once', async () => {
    const json = await rates('commune-2025');
    const unplaced = json.reform.unplaced as { oldCode: string; candidates: string[]; onRegister: number }[];
    // Cổ Bi, Phú Sơn, Đa Tốn and Bát Tràng were split without a commune named for all their people.
    expect(unplaced.map((u) => u.oldCode).sort()).toEqual(['00553', '00562', '00577', '00583']);
    expect(unplaced.find((u) => u.oldCode === '00553')?.candidates).toEqual(['00136', '00541', '00565']);
    // Counted here from the rows: who is on the register and who is paid through an account.
    const month = personMonths(payments, '2025-01');
    const tally = new Map<string, { n: number; paid: number }>();
    for (const row of register) {
      if (!onRegister(row, '2025-01')) continue;
      const t = tally.get(row.communeCode) ?? { n: 0, paid: 0 };
      t.n += 1;
      if (month.get(row.id)?.throughAccount === true) t.paid += 1;
      tally.set(row.communeCode, t);
    }
    const onAll = [...tally.values()].reduce((s, t) => s + t.n, 0);
    const placedPeople = (json.units as { unitCode: string; accountRate: { denominator: number } }[])
      .filter((u) => !u.unitCode.startsWith('?'))
      .reduce((s, u) => s + u.accountRate.denominator, 0);
    expect(placedPeople + unplaced.reduce((s, u) => s + u.onRegister, 0)).toBe(onAll);
    // xã Gia Lâm (00565): placed are Trâu Quỳ (split, all its people here), Dương Xá, Kiêu Kỵ, Kim Sơn;
    // it may take people of Cổ Bi, Phú Sơn, Đa Tốn and Bát Tràng.
    const placedHere = ['00565', '00571', '00580', '00598'].filter((c) =>
      units.some((u) => u.code === c && u.validTo !== null && u.parentCode === '018'),
    );
    const own = placedHere.reduce(
      (s, c) => ({ n: s.n + (tally.get(c)?.n ?? 0), paid: s.paid + (tally.get(c)?.paid ?? 0) }),
      {
        n: 0,
        paid: 0,
      },
    );
    const may = ['00553', '00562', '00577', '00583'].reduce(
      (s, c) => ({ n: s.n + (tally.get(c)?.n ?? 0), paid: s.paid + (tally.get(c)?.paid ?? 0) }),
      { n: 0, paid: 0 },
    );
    const giaLam = (json.reform.rates as { unitCode: string; paidThroughAccountRate: Bounds }[]).find(
      (r) => r.unitCode === '00565',
    );
    expect(giaLam?.paidThroughAccountRate.low).toEqual({
      numerator: own.paid,
      denominator: own.n + may.n - may.paid,
    });
    expect(giaLam?.paidThroughAccountRate.high).toEqual({
      numerator: own.paid + may.paid,
      denominator: own.n + may.paid,
    });
  });

  it('gives the same groups through the columns and DuckDB engines', async () => {
    const rows = await rates('commune-2025');
    const columns = await rates('commune-2025', 'columns');
    const duckdb = await rates('commune-2025', 'duckdb');
    const headcounts = (json: {
      units: { unitCode: string; accountRate: unknown; paidThroughAccountRate: unknown }[];
    }) => json.units.map((u) => [u.unitCode, u.accountRate, u.paidThroughAccountRate]);
    expect(headcounts(columns)).toEqual(headcounts(rows));
    expect(headcounts(duckdb)).toEqual(headcounts(rows));
    expect(columns.reform).toEqual(rows.reform);
  });

  it('rolls any province up without --units: the national units are the default for rollups', async () => {
    const given = await rates('commune-2025');
    const plain = await run(
      'rates',
      '--register',
      registerFile,
      '--payments',
      paymentsFile,
      '--period',
      '2025-01',
      '--by',
      'commune-2025',
      '--json',
    );
    expect(plain.code, plain.err).toBe(0);
    expect(JSON.parse(plain.out).reform).toEqual(given.reform);
  });

  it('rolls the whole district up to its 2025 province, Hà Nội', async () => {
    const json = await rates('province-2025');
    expect(json.units.map((u: { unitCode: string }) => u.unitCode)).toEqual(['01']);
  });

  it('places split communes by a village table, and refuses a table it cannot read with the line at fault', async () => {
    const villagesOf = (code: string) => [
      ...new Set(register.filter((r) => r.communeCode === code).map((r) => r.village)),
    ];
    const table = join(dir, 'villages.csv');
    const lines = ['Mã xã cũ,Thôn,Mã xã mới'];
    for (const [code, target] of [
      ['00553', '00565'],
      ['00562', '00562'],
      ['00577', '00577'],
      ['00583', '00565'],
    ] as const)
      for (const village of villagesOf(code)) lines.push(`${code},${village},${target}`);
    writeFileSync(table, `${lines.join('\n')}\n`);
    const json = await rates('commune-2025', 'rows', '--villages', table);
    expect(json.reform.unplaced).toEqual([]);
    const bad = join(dir, 'bad-villages.csv');
    writeFileSync(bad, 'Mã xã cũ,Thôn,Mã xã mới\n00553,Thôn 1,565\n');
    const refused = await runRates(paymentsFile, '--by', 'commune-2025', '--villages', bad);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(bad);
    expect(refused.err).toContain('line 2');
    const columns = await runRates(
      paymentsFile,
      '--period',
      '2025-01',
      '--engine',
      'columns',
      '--by',
      'commune-2025',
      '--villages',
      table,
    );
    expect(columns.code).toBe(2);
    expect(columns.err).toContain('--villages');
  });

  it('says so, and exits 1, when old commune codes are given for a month after the reform', async () => {
    const august = join(dir, 'payments-2025-08.csv');
    writeFileSync(august, writePaymentsCsv(payments.map((p) => ({ ...p, period: '2025-08' }))));
    const result = await runRates(august, '--period', '2025-08', '--by', 'province-2025', '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.err).toContain('not in the unit list');
  });

  it('refuses a village table that places a village twice under two spellings, or where nobody can go', async () => {
    const twice = join(dir, 'villages-twice.csv');
    writeFileSync(twice, 'Mã xã cũ,Thôn,Mã xã mới\n00553,Thôn 1,00136\n00553,THON 1,00541\n');
    const refusedTwice = await runRates(paymentsFile, '--by', 'commune-2025', '--villages', twice);
    expect(refusedTwice.code).toBe(2);
    expect(refusedTwice.err).toContain('line 3');
    expect(refusedTwice.err).toContain('line 2');
    const nowhere = join(dir, 'villages-nowhere.csv');
    writeFileSync(nowhere, 'Mã xã cũ,Thôn,Mã xã mới\n00571,Thôn 1,00136\n');
    const refused = await runRates(
      paymentsFile,
      '--period',
      '2025-01',
      '--by',
      'commune-2025',
      '--villages',
      nowhere,
    );
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(nowhere);
    expect(refused.err).toContain('00571');
  });
});
