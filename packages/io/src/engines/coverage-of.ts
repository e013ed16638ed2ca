import {
  type AdminUnit,
  beneficiaryIdsAt,
  type ColumnarRegister,
  type CoverageLevel,
  columnarCoverageRates,
  columnarResidual,
  coverageRates,
  createUnitMap,
  InvalidArgumentError,
  lastDayOf,
  type PaymentRow,
  type RegisterRow,
  residualLists,
  type UnitCoverage,
  type UnitMap,
} from '@ansinh/core';
import { duckdbCoverage, duckdbResidual } from '../duckdb/duckdb-coverage.js';
import type { DuckdbSessionOptions } from '../duckdb/duckdb-session.js';
import type { ValidatedFiles } from '../duckdb/validated-files.js';

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
  | ({ readonly kind: 'files'; readonly files: ValidatedFiles } & DuckdbSessionOptions);

/**
 * Coverage rates of a month by commune or any level of a unit map, one API over the three paths:
 * `coverageRates` on rows, `columnarCoverageRates` on columns, `duckdbCoverage` on validated files. The
 * answers are the same (tests check all three on the calibrated district and on generated messy files);
 * only where the data live changes. Every path groups through the one `unitMap`.
 *
 * @example (await coverageOf({ kind: 'rows', register: district.register, payments: district.payments }, '2025-01'))[0].unitCode; // => '12970'
 */
export async function coverageOf(
  data: CoverageData,
  period: string,
  options: { readonly by?: CoverageLevel; readonly unitMap?: UnitMap } = {},
): Promise<UnitCoverage[]> {
  const by = options.by ?? 'commune';
  const unitMap =
    options.unitMap ??
    (data.kind === 'rows' && data.units !== undefined
      ? createUnitMap(data.units, lastDayOf(period))
      : undefined);
  if (by !== 'commune' && unitMap === undefined)
    throw new InvalidArgumentError(
      'coverageOf',
      `coverage by ${by} needs a unit map (unitMap, or units with the rows)`,
      `tính theo ${by} cần bản đồ đơn vị (unitMap, hoặc units kèm các dòng)`,
    );
  if (data.kind === 'rows') {
    return coverageRates(data.register, data.payments, period, {
      by,
      ...(unitMap === undefined ? {} : { unitMap }),
    });
  }
  if (data.kind === 'columns')
    return columnarCoverageRates(data.columns, period, { by, ...(unitMap === undefined ? {} : { unitMap }) });
  const { kind: _, files, ...session } = data;
  return duckdbCoverage(files, period, {
    ...session,
    ...(unitMap === undefined || by === 'commune' ? {} : { unitOf: unitMap.table(by) }),
  });
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
    const rows = columnarResidual(columns, period).notPaidThroughAccount;
    const ids = beneficiaryIdsAt(columns, rows);
    list = Array.from(rows, (i, k) => ({
      id: ids[k] as string,
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
