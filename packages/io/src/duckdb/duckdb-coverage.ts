import {
  coverageRules,
  lastDayOf,
  type PaymentsOffRegister,
  type RuleParams,
  type UnitCoverage,
} from '@ansinh/core';
import type { DuckDBConnection } from '@duckdb/node-api';
import { canonicalHeader } from '../write/write-register.js';
import { type DuckdbSessionOptions, scan, scanAll, sqlName, withDuckdb } from './duckdb-session.js';
import { ruleSql } from './rule-sql.js';
import type { ValidatedFiles } from './validated-files.js';

/** How DuckDB groups and runs. */
export interface DuckdbOptions extends DuckdbSessionOptions {
  /** The unit each commune code counts under (itself, its district, its province…); codes not listed
   * count under themselves. Without it, communes are the units. */
  readonly unitOf?: ReadonlyMap<string, string>;
}

const col = (field: string) => sqlName(canonicalHeader(field));

async function loadUnitMap(connection: DuckDBConnection, unitOf: ReadonlyMap<string, string>): Promise<void> {
  await connection.run('CREATE TABLE unit_of (commune VARCHAR PRIMARY KEY, unit VARCHAR)');
  const appender = await connection.createAppender('unit_of');
  for (const [commune, unit] of unitOf) {
    appender.appendVarchar(commune);
    appender.appendVarchar(unit);
    appender.endRow();
  }
  appender.closeSync();
}

/**
 * The people on the register at the end of the month and each one's counted lines folded into one
 * (`personMonths`: paid twice is paid once), as SQL built from `coverageRules`.
 */
function monthSql(files: ValidatedFiles, params: RuleParams, grouped: boolean): string {
  const unit = grouped
    ? `coalesce((SELECT unit FROM unit_of WHERE unit_of.commune = a.commune), a.commune)`
    : 'a.commune';
  return `
    WITH a AS (
      SELECT ${col('id')} AS id, ${col('communeCode')} AS commune,
             ${ruleSql(coverageRules.holdsAccount, params)} AS holds_account
      FROM ${scan(files.register)}
      WHERE ${ruleSql(coverageRules.onRegister, params)}
    ),
    p AS (
      SELECT ${col('beneficiaryId')} AS id,
             bool_or(${ruleSql(coverageRules.throughAccount, params)}) AS through_account,
             bool_or(${ruleSql(coverageRules.byAuthorisedReceiver, params)}) AS by_receiver,
             sum(CAST(${col('amountVnd')} AS BIGINT)) AS amount
      FROM ${scanAll(files.payments)}
      WHERE ${ruleSql(coverageRules.countedLine, params)}
      GROUP BY 1
    )
    SELECT ${unit} AS unit,
           count(*) AS n,
           count(*) FILTER (WHERE a.holds_account) AS accounts,
           count(p.id) FILTER (WHERE p.through_account) AS paid,
           coalesce(sum(p.amount), 0) AS vnd,
           coalesce(sum(p.amount) FILTER (WHERE p.through_account), 0) AS vnd_account,
           count(p.id) AS payments,
           count(p.id) FILTER (WHERE p.by_receiver) AS by_receiver
    FROM a LEFT JOIN p ON p.id = a.id
    GROUP BY 1`;
}

const paramsOf = (period: string): RuleParams => ({ period, monthEnd: lastDayOf(period) });

/**
 * The same coverage as `coverageRates`, computed by DuckDB over files that `validateForDuckdb` validated
 * and wrote in the canonical form, so they need not fit in memory: DuckDB streams them, and with
 * `memoryLimit` spills what it must to disk. The SQL is generated from `coverageRules`, the rules the
 * rows follow. By commune, or by the units of `unitOf`; ordered by unit code.
 */
export async function duckdbCoverage(
  files: ValidatedFiles,
  period: string,
  options: DuckdbOptions = {},
): Promise<UnitCoverage[]> {
  return withDuckdb(options, (connection) => coverageIn(connection, files, period, options));
}

async function coverageIn(
  connection: DuckDBConnection,
  files: ValidatedFiles,
  period: string,
  options: DuckdbOptions,
): Promise<UnitCoverage[]> {
  const params = paramsOf(period);
  if (options.unitOf !== undefined) await loadUnitMap(connection, options.unitOf);
  const result = await connection.runAndReadAll(monthSql(files, params, options.unitOf !== undefined));
  return result
    .getRowObjects()
    .map((row) => {
      const n = (key: string) => Number(row[key] ?? 0);
      return {
        unitCode: String(row.unit),
        period,
        accountRate: { numerator: n('accounts'), denominator: n('n') },
        paidThroughAccountRate: { numerator: n('paid'), denominator: n('n') },
        paidThroughAccountValueShare: { numerator: n('vnd_account'), denominator: n('vnd') },
        authorisedReceiverShare: { numerator: n('by_receiver'), denominator: n('payments') },
      };
    })
    .sort((a, b) => a.unitCode.localeCompare(b.unitCode));
}

/**
 * Who was not paid through an account in a month (the residual list), as beneficiary keys ordered by
 * commune then key, by DuckDB over validated files: the same people as `residualLists` and
 * `columnarResidual`.
 */
export async function duckdbResidual(
  files: ValidatedFiles,
  period: string,
  options: DuckdbSessionOptions = {},
): Promise<{ readonly id: string; readonly communeCode: string }[]> {
  const params = paramsOf(period);
  return withDuckdb(options, async (connection) => {
    const result = await connection.runAndReadAll(`
      SELECT ${col('id')} AS id, ${col('communeCode')} AS commune
      FROM ${scan(files.register)}
      WHERE ${ruleSql(coverageRules.onRegister, params)}
        AND ${col('id')} NOT IN (
          SELECT ${col('beneficiaryId')} FROM ${scanAll(files.payments)}
          WHERE ${ruleSql(coverageRules.countedLine, params)} AND ${ruleSql(coverageRules.throughAccount, params)})
      ORDER BY commune, id`);
    return result.getRowObjects().map((row) => ({ id: String(row.id), communeCode: String(row.commune) }));
  });
}

/**
 * The counted lines of a month that no coverage counts, by DuckDB over validated files: to a key the
 * register does not hold, or to someone on it who is not on the register at the end of the month. The
 * same counts as `paymentsOffRegister` gives from the rows.
 */
export async function duckdbPaymentsOffRegister(
  files: ValidatedFiles,
  period: string,
  options: DuckdbSessionOptions = {},
): Promise<PaymentsOffRegister> {
  return withDuckdb(options, (connection) => offRegisterIn(connection, files, period));
}

async function offRegisterIn(
  connection: DuckDBConnection,
  files: ValidatedFiles,
  period: string,
): Promise<PaymentsOffRegister> {
  const params = paramsOf(period);
  const result = await connection.runAndReadAll(`
    WITH r AS (
      SELECT ${col('id')} AS id, bool_or(${ruleSql(coverageRules.onRegister, params)}) AS active
      FROM ${scan(files.register)} GROUP BY 1
    ),
    p AS (
      SELECT ${col('beneficiaryId')} AS id, CAST(${col('amountVnd')} AS BIGINT) AS amount
      FROM ${scanAll(files.payments)}
      WHERE ${ruleSql(coverageRules.countedLine, params)}
    )
    SELECT CASE WHEN r.id IS NULL THEN 'unknown' ELSE 'off' END AS kind,
           count(*) AS lines, count(DISTINCT p.id) AS people, coalesce(sum(p.amount), 0) AS vnd
    FROM p LEFT JOIN r ON r.id = p.id
    WHERE r.id IS NULL OR NOT r.active
    GROUP BY kind`);
  const found = new Map(result.getRowObjects().map((row) => [String(row.kind), row]));
  const summary = (kind: string) => {
    const row = found.get(kind);
    return { lines: Number(row?.lines ?? 0), people: Number(row?.people ?? 0), vnd: Number(row?.vnd ?? 0) };
  };
  return { period, unknownKey: summary('unknown'), notOnRegister: summary('off') };
}

/**
 * A month's coverage (`duckdbCoverage`) and the counted lines outside it (`duckdbPaymentsOffRegister`)
 * in one DuckDB session: what `ansinh rates --engine duckdb` prints.
 */
export async function duckdbMonth(
  files: ValidatedFiles,
  period: string,
  options: DuckdbOptions = {},
): Promise<{ readonly coverage: UnitCoverage[]; readonly offRegister: PaymentsOffRegister }> {
  return withDuckdb(options, async (connection) => ({
    coverage: await coverageIn(connection, files, period, options),
    offRegister: await offRegisterIn(connection, files, period),
  }));
}
