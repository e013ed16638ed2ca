import {
  type AdminUnit,
  beneficiaryIdAt,
  type ColumnarRegister,
  columnarCoverageRates,
  columnarResidual,
  coverageRates,
  type PaymentRow,
  type RegisterRow,
  residualLists,
  type UnitCoverage,
} from '@ansinh/core';
import {
  type DuckdbFiles,
  type DuckdbOptions,
  duckdbCoverage,
  duckdbResidual,
} from '../duckdb/duckdb-coverage.js';

/**
 * Data to analyse, wherever they are: rows in memory (a district), columns in memory (a province or the
 * country), or files DuckDB reads without loading them (larger than memory, CSV or Parquet).
 */
export type CoverageData =
  | {
      readonly kind: 'rows';
      readonly register: readonly RegisterRow[];
      readonly payments: readonly PaymentRow[];
      /** Needed for `by: 'province'`. */
      readonly units?: readonly AdminUnit[];
    }
  | { readonly kind: 'columns'; readonly columns: ColumnarRegister }
  | ({ readonly kind: 'files'; readonly files: DuckdbFiles } & Omit<DuckdbOptions, 'by'>);

/**
 * Coverage rates of a month by commune or province, one API over the three paths: `coverageRates` on
 * rows, `columnarCoverageRates` on columns, `duckdbCoverage` on files. The answers are the same (a test
 * checks all three on the calibrated district); only where the data live changes.
 *
 * @example await coverageOf({ kind: 'rows', register: district.register, payments: district.payments }, '2025-01');
 */
export async function coverageOf(
  data: CoverageData,
  period: string,
  options: { readonly by?: 'commune' | 'province' } = {},
): Promise<UnitCoverage[]> {
  const by = options.by ?? 'commune';
  if (data.kind === 'rows') {
    return coverageRates(data.register, data.payments, period, {
      by,
      ...(data.units === undefined ? {} : { units: data.units }),
    });
  }
  if (data.kind === 'columns') return columnarCoverageRates(data.columns, period, { by });
  const { kind: _, files, ...duckdb } = data;
  return duckdbCoverage(files, period, { ...duckdb, by });
}

/**
 * The residual list of a month (on the register, not paid through an account) as beneficiary keys with
 * their commune, ordered by commune then key, over any of the three paths. Names and other details are
 * in the register: look them up, masked, with `residualLists` for a commune's visits.
 */
export async function residualOf(
  data: CoverageData,
  period: string,
): Promise<{ readonly id: string; readonly communeCode: string }[]> {
  let list: { id: string; communeCode: string }[];
  if (data.kind === 'rows') {
    list = residualLists(data.register, data.payments, period).notPaidThroughAccount.map((e) => ({
      id: e.id,
      communeCode: e.communeCode,
    }));
  } else if (data.kind === 'columns') {
    const { columns } = data;
    list = Array.from(columnarResidual(columns, period).notPaidThroughAccount, (i) => ({
      id: beneficiaryIdAt(columns, i),
      communeCode: columns.communes[columns.commune[i] ?? 0] ?? '',
    }));
  } else {
    return duckdbResidual(data.files, period, data);
  }
  return list.sort((a, b) =>
    a.communeCode < b.communeCode
      ? -1
      : a.communeCode > b.communeCode
        ? 1
        : a.id < b.id
          ? -1
          : a.id > b.id
            ? 1
            : 0,
  );
}
