import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesizeDistrict, toColumnar } from '@ansinh/core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type CoverageData,
  coverageOf,
  residualOf,
  toParquet,
  writePaymentsCsv,
  writeRegisterCsv,
} from '../src/index.js';
import { units } from './fixtures.js';

const district = synthesizeDistrict(units, { seed: 2025 });
const scratch = mkdtempSync(join(tmpdir(), 'ansinh-coverage-of-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// The province of each commune of 2024-07 … 2025-06 (a 2025 commune reuses code 12970).
const communes = new Map(
  units
    .filter((u) => u.level === 'commune' && (u.validFrom === null || u.validFrom <= '2025-06-30'))
    .map((u) => [u.code, u]),
);
const parents = new Map(
  [...communes.values()].map((commune) => [
    commune.code,
    units.find((u) => u.code === commune.parentCode && u.level === 'district')?.parentCode ?? '',
  ]),
);

// The payment lists as two files, one per half-year, as a province might receive them.
const files = {
  register: join(scratch, 'register.csv'),
  payments: [join(scratch, 'payments-2024.csv'), join(scratch, 'payments-2025.csv')],
};
writeFileSync(files.register, writeRegisterCsv(district.register, { reveal: true, comment: 'SYNTHETIC' }));
writeFileSync(
  files.payments[0] as string,
  writePaymentsCsv(district.payments.filter((p) => p.period < '2025-01')),
);
writeFileSync(
  files.payments[1] as string,
  writePaymentsCsv(district.payments.filter((p) => p.period >= '2025-01')),
);

describe('coverageOf(data, period, { by }) and residualOf(data, period)', () => {
  it('give the same answers from rows, columns, CSV files and Parquet files (DuckDB, 256 MB memory limit)', async () => {
    const parquet = {
      register: join(scratch, 'register.parquet'),
      payments: [join(scratch, 'payments-2024.parquet'), join(scratch, 'payments-2025.parquet')],
    };
    await toParquet(files.register, parquet.register);
    for (const [i, file] of files.payments.entries()) await toParquet(file, parquet.payments[i] as string);
    const sources: [string, CoverageData][] = [
      ['rows', { kind: 'rows', register: district.register, payments: district.payments, units }],
      [
        'columns',
        {
          kind: 'columns',
          columns: toColumnar(district.register, district.payments, '2024-07', '2025-06', {
            parentOf: (code) => parents.get(code) ?? '',
          }),
        },
      ],
      ['csv', { kind: 'files', files, parents, memoryLimit: '256MB' }],
      ['parquet', { kind: 'files', files: parquet, parents, memoryLimit: '256MB' }],
    ];
    for (const month of ['2024-07', '2025-01', '2025-06']) {
      for (const by of ['commune', 'province'] as const) {
        const [reference, ...others] = await Promise.all(
          sources.map(([, data]) => coverageOf(data, month, { by })),
        );
        others.forEach((answer, k) => {
          expect(answer, `${sources[k + 1]?.[0]} ${month} by ${by}`).toEqual(reference);
        });
      }
      const [listed, ...otherLists] = await Promise.all(sources.map(([, data]) => residualOf(data, month)));
      otherLists.forEach((answer, k) => {
        expect(answer, `${sources[k + 1]?.[0]} residual ${month}`).toEqual(listed);
      });
    }
  }, 120_000);

  it("reproduces the article's 17.328 paid through an account of 17.475, straight from the files", async () => {
    const [province] = await coverageOf({ kind: 'files', files, parents }, '2025-01', { by: 'province' });
    expect(province?.paidThroughAccountRate).toEqual({ numerator: 17_328, denominator: 17_475 });
    expect(province?.accountRate).toEqual({ numerator: 17_472, denominator: 17_475 });
    expect(await residualOf({ kind: 'files', files }, '2025-01')).toHaveLength(147);
  });
});
