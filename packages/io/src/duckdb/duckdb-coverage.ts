import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { lastDayOf, type PaymentsOffRegister, type UnitCoverage } from '@ansinh/core';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

/** Register and payment-list files for DuckDB: CSV as ansinh writes them, or Parquet made by `toParquet`. */
export interface DuckdbFiles {
  readonly register: string;
  /** One file or several (one a month, say); each `.csv` or `.parquet`. */
  readonly payments: string | readonly string[];
}

/** How DuckDB runs: grouping, and the memory it may use before it spills to disk. */
export interface DuckdbOptions {
  /** `commune` (default) or `province`, through `parents`. */
  readonly by?: 'commune' | 'province';
  /** The province of each commune code, for `by: 'province'` (codes not listed group under `''`). */
  readonly parents?: ReadonlyMap<string, string>;
  /** DuckDB's `memory_limit`, such as `'1GB'`: above it, joins and aggregates spill to `tempDirectory`. */
  readonly memoryLimit?: string;
  /** Where spilled data go (default: a fresh folder under the system's temporary directory). */
  readonly tempDirectory?: string;
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** A table expression reading one file, CSV or Parquet by its extension, every column as text. */
function scan(file: string): string {
  return extname(file).toLowerCase() === '.parquet'
    ? `read_parquet(${quote(file)})`
    : `read_csv(${quote(file)}, header = true, comment = '#', all_varchar = true)`;
}

/** Several files as one table: a UNION ALL of single-file scans (a list in read_csv was 10× slower). */
function scanAll(files: string | readonly string[]): string {
  const list = typeof files === 'string' ? [files] : files;
  return list.length === 1
    ? scan(list[0] ?? '')
    : `(${list.map((file) => `SELECT * FROM ${scan(file)}`).join(' UNION ALL ')})`;
}

async function withDuckdb<T>(
  options: DuckdbOptions,
  work: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  const instance = await DuckDBInstance.create(':memory:', {
    ...(options.memoryLimit === undefined ? {} : { memory_limit: options.memoryLimit }),
    temp_directory: options.tempDirectory ?? mkdtempSync(join(tmpdir(), 'ansinh-duckdb-')),
  });
  const connection = await instance.connect();
  try {
    if (options.parents !== undefined) {
      await connection.run('CREATE TABLE parents (commune VARCHAR PRIMARY KEY, parent VARCHAR)');
      const appender = await connection.createAppender('parents');
      for (const [commune, parent] of options.parents) {
        appender.appendVarchar(commune);
        appender.appendVarchar(parent);
        appender.endRow();
      }
      appender.closeSync();
    }
    return await work(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The register's people on it at the end of a month, with the payments of that month, as SQL. */
function monthSql(files: DuckdbFiles, period: string, options: DuckdbOptions): string {
  const end = lastDayOf(period);
  const unit =
    options.by === 'province'
      ? options.parents === undefined
        ? `''`
        : `coalesce((SELECT parent FROM parents WHERE parents.commune = a.commune), '')`
      : 'a.commune';
  return `
    WITH r AS (
      SELECT "Mã đối tượng" AS id, "Mã xã" AS commune, "Hưởng từ ngày" AS since,
             NULLIF("Dừng hưởng từ ngày", '') AS until, NULLIF("Ngày mở tài khoản", '') AS opened
      FROM ${scan(files.register)}
    ),
    active AS (SELECT * FROM r WHERE since <= '${end}' AND (until IS NULL OR until > '${end}')),
    -- Each person's paid lines of the month as one (personMonths in @ansinh/core): paid twice is paid once.
    p AS (
      SELECT "Mã đối tượng" AS id,
             bool_or("Hình thức chi trả" = 'Qua tài khoản') AS through_account,
             bool_or("Người nhận" = 'Người được ủy quyền') AS by_receiver,
             sum(CAST("Số tiền" AS BIGINT)) AS amount
      FROM ${scanAll(files.payments)}
      WHERE "Kỳ chi trả" = '${period}' AND "Trạng thái" = 'Đã chi'
      GROUP BY "Mã đối tượng"
    )
    SELECT ${unit} AS unit,
           count(*) AS n,
           count(*) FILTER (WHERE a.opened IS NOT NULL AND a.opened <= '${end}') AS accounts,
           count(p.id) FILTER (WHERE p.through_account) AS paid,
           coalesce(sum(p.amount), 0) AS vnd,
           coalesce(sum(p.amount) FILTER (WHERE p.through_account), 0) AS vnd_account,
           count(p.id) AS payments,
           count(p.id) FILTER (WHERE p.by_receiver) AS by_receiver
    FROM active a LEFT JOIN p ON p.id = a.id
    GROUP BY unit`;
}

/**
 * The same coverage as `coverageRates` (by commune, or by province through `parents`), computed by DuckDB
 * SQL straight over register and payment-list files, CSV or Parquet, so the files need not fit in
 * memory: DuckDB streams them, and with `memoryLimit` spills what it must to disk. Same definitions: on
 * the register at the end of the month, an account opened by then, payments of the month with status
 * paid. Validate the files first (`ansinh validate`, `streamRegisterCsv`): this path reads, it does not
 * check. Ordered by unit code. A test checks it equals the in-memory paths on the calibrated district.
 */
export async function duckdbCoverage(
  files: DuckdbFiles,
  period: string,
  options: DuckdbOptions = {},
): Promise<UnitCoverage[]> {
  return withDuckdb(options, async (connection) => {
    const result = await connection.runAndReadAll(monthSql(files, period, options));
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
  });
}

/**
 * Who was not paid through an account in a month (the residual list), as beneficiary keys ordered by
 * commune then key, computed by DuckDB over the files: the same people as `residualLists` and
 * `columnarResidual`.
 */
export async function duckdbResidual(
  files: DuckdbFiles,
  period: string,
  options: Pick<DuckdbOptions, 'memoryLimit' | 'tempDirectory'> = {},
): Promise<{ readonly id: string; readonly communeCode: string }[]> {
  const end = lastDayOf(period);
  return withDuckdb(options, async (connection) => {
    const result = await connection.runAndReadAll(`
      SELECT r."Mã đối tượng" AS id, r."Mã xã" AS commune
      FROM ${scan(files.register)} r
      WHERE r."Hưởng từ ngày" <= '${end}'
        AND (NULLIF(r."Dừng hưởng từ ngày", '') IS NULL OR r."Dừng hưởng từ ngày" > '${end}')
        AND r."Mã đối tượng" NOT IN (
          SELECT "Mã đối tượng" FROM ${scanAll(files.payments)}
          WHERE "Kỳ chi trả" = '${period}' AND "Trạng thái" = 'Đã chi' AND "Hình thức chi trả" = 'Qua tài khoản')
      ORDER BY commune, id`);
    return result.getRowObjects().map((row) => ({ id: String(row.id), communeCode: String(row.commune) }));
  });
}

/**
 * The paid lines of a month that no coverage counts, by DuckDB over the files: to a key the register does
 * not hold, or to someone on it who is not on the register at the end of the month. The same counts as
 * `paymentsOffRegister` gives from the rows.
 */
export async function duckdbPaymentsOffRegister(
  files: DuckdbFiles,
  period: string,
  options: Pick<DuckdbOptions, 'memoryLimit' | 'tempDirectory'> = {},
): Promise<PaymentsOffRegister> {
  const end = lastDayOf(period);
  return withDuckdb(options, async (connection) => {
    const result = await connection.runAndReadAll(`
      WITH r AS (
        SELECT "Mã đối tượng" AS id,
               bool_or("Hưởng từ ngày" <= '${end}'
                       AND (NULLIF("Dừng hưởng từ ngày", '') IS NULL OR "Dừng hưởng từ ngày" > '${end}')) AS active
        FROM ${scan(files.register)} GROUP BY "Mã đối tượng"
      ),
      p AS (
        SELECT "Mã đối tượng" AS id, CAST("Số tiền" AS BIGINT) AS amount
        FROM ${scanAll(files.payments)}
        WHERE "Kỳ chi trả" = '${period}' AND "Trạng thái" = 'Đã chi'
      )
      SELECT CASE WHEN r.id IS NULL THEN 'unknown' ELSE 'off' END AS kind,
             count(*) AS lines, count(DISTINCT p.id) AS people, coalesce(sum(p.amount), 0) AS vnd
      FROM p LEFT JOIN r ON r.id = p.id
      WHERE r.id IS NULL OR NOT r.active
      GROUP BY kind`);
    const found = new Map(result.getRowObjects().map((row) => [String(row.kind), row]));
    const summary = (kind: string) => {
      const row = found.get(kind);
      return {
        lines: Number(row?.lines ?? 0),
        people: Number(row?.people ?? 0),
        vnd: Number(row?.vnd ?? 0),
      };
    };
    return { period, unknownKey: summary('unknown'), notOnRegister: summary('off') };
  });
}

/**
 * Converts a register or payment-list CSV into Parquet with the same columns, all as text (so codes keep
 * their leading zeros and `duckdbCoverage` reads both alike): smaller, and read many times faster.
 * Streams through DuckDB, so the file need not fit in memory.
 */
export async function toParquet(csv: string, parquet: string, options: DuckdbOptions = {}): Promise<void> {
  await withDuckdb(options, async (connection) => {
    await connection.run(`COPY (SELECT * FROM ${scan(csv)}) TO ${quote(parquet)} (FORMAT parquet)`);
  });
}
