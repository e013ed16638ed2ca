import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  adminUnitSetSchema,
  columnarCoverage,
  coverageRates,
  noDay,
  synthesizeColumnar,
  synthesizeDistrict,
} from '@ansinh/core';
import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';

import {
  arqueroCoverage,
  columnarToArquero,
  coverageRecords,
  danfoCoverage,
  fromArquero,
  fromDanfo,
  toArquero,
  toDanfo,
} from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const units = adminUnitSetSchema.parse(
  JSON.parse(readFileSync(join(root, 'datasets/admin-units/tien-hai-units.json'), 'utf8')),
).units;
const district = synthesizeDistrict(units, { seed: 2025 });
const records = coverageRecords(coverageRates(district.register, district.payments, '2025-01', { units }));

describe('coverage records in arquero and danfo', () => {
  it('round-trips through an arquero table and sums to the district', () => {
    const table = toArquero(records);
    expect(fromArquero(table)).toEqual(records);
    const total = table
      .rollup({ n: aq.op.sum('beneficiaries'), paid: aq.op.sum('paidThroughAccount') })
      .objects()[0];
    expect(total).toEqual({ n: 17_475, paid: 17_328 });
  });

  it('round-trips through a danfojs-node DataFrame', () => {
    const frame = toDanfo(records);
    expect(frame.shape).toEqual([28, Object.keys(records[0] ?? {}).length]);
    expect(fromDanfo(frame)).toEqual(records);
  });
});

describe('columnarToArquero(register)', () => {
  it('gives arquero the columns, and arquero counts the same coverage as columnarCoverage', () => {
    const register = synthesizeColumnar({ beneficiaries: 20_000, communes: 30, seed: 4 });
    const month = '2025-01';
    const end = Math.round(Date.parse('2025-01-31T00:00:00Z') / 86_400_000);
    const counts = columnarToArquero(register)
      .params({ end, none: noDay })
      .filter(
        (d: { sinceDay: number; untilDay: number }, $: { end: number }) =>
          d.sinceDay <= $.end && d.untilDay > $.end,
      )
      .derive({
        holder: (d: { accountDay: number }, $: { end: number }) => (d.accountDay <= $.end ? 1 : 0),
      })
      .groupby('commune')
      .rollup({ n: aq.op.count(), accounts: aq.op.sum('holder') })
      .orderby('commune')
      .objects() as { commune: string; n: number; accounts: number }[];
    const ours = columnarCoverage(register, month);
    expect(counts.map((c) => c.n)).toEqual(Array.from(ours.onRegister).filter((n) => n > 0));
    expect(counts.map((c) => c.accounts)).toEqual(
      Array.from(ours.accountHolders).filter((_, i) => (ours.onRegister[i] ?? 0) > 0),
    );
  });
});

describe('arqueroCoverage(register, month) and danfoCoverage(register, month)', () => {
  it('count exactly what columnarCoverage counts', () => {
    const register = synthesizeColumnar({ beneficiaries: 30_000, communes: 25, seed: 8 });
    const ours = columnarCoverage(register, '2024-12');
    const present = (values: Uint32Array) =>
      Array.from(values).filter((_, i) => (ours.onRegister[i] ?? 0) > 0);
    for (const peer of [arqueroCoverage(register, '2024-12'), danfoCoverage(register, '2024-12')]) {
      expect(peer.onRegister).toEqual(present(ours.onRegister));
      expect(peer.accountHolders).toEqual(present(ours.accountHolders));
    }
  });
});
