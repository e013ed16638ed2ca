import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUnitMap, lastDayOf, synthesizeDistrict, toColumnar } from '@ansinh/core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type CoverageData,
  coverageOf,
  residualOf,
  validateForDuckdb,
  writePaymentsCsv,
  writeRegisterCsv,
} from '../src/index.js';
import { units } from './fixtures.js';

const district = synthesizeDistrict(units, { seed: 2025 });
const scratch = mkdtempSync(join(tmpdir(), 'ansinh-coverage-of-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

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

describe('coverageOf(data, period, { by, unitMap }) and residualOf(data, period)', () => {
  it('give the same answers from rows, columns, and validated CSV or Parquet files (DuckDB, 256 MB memory limit)', async () => {
    const csv = await validateForDuckdb(files);
    const parquet = await validateForDuckdb(files, { parquet: true });
    expect(parquet.register).toMatch(/\.parquet$/u);
    const sources: [string, CoverageData][] = [
      ['rows', { kind: 'rows', register: district.register, payments: district.payments, units }],
      [
        'columns',
        {
          kind: 'columns',
          columns: toColumnar(district.register, district.payments, '2024-07', '2025-06'),
        },
      ],
      ['csv', { kind: 'files', files: csv, memoryLimit: '256MB' }],
      ['parquet', { kind: 'files', files: parquet, memoryLimit: '256MB' }],
    ];
    for (const month of ['2024-07', '2025-01', '2025-06']) {
      const unitMap = createUnitMap(units, lastDayOf(month));
      for (const by of ['commune', 'district', 'province', 'unit-2025'] as const) {
        const [reference, ...others] = await Promise.all(
          sources.map(([, data]) => coverageOf(data, month, { by, unitMap })),
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
    csv.remove();
    parquet.remove();
  });

  it("round trip: gives back straight from the files the article's 17.328 of 17.475 the district was generated to", async () => {
    const validated = await validateForDuckdb(files);
    const unitMap = createUnitMap(units, lastDayOf('2025-01'));
    const [province] = await coverageOf({ kind: 'files', files: validated }, '2025-01', {
      by: 'province',
      unitMap,
    });
    expect(province?.paidThroughAccountRate).toEqual({ numerator: 17_328, denominator: 17_475 });
    expect(province?.accountRate).toEqual({ numerator: 17_472, denominator: 17_475 });
    expect(await residualOf({ kind: 'files', files: validated }, '2025-01')).toHaveLength(147);
    validated.remove();
  });
});
