// DuckDB (@duckdb/node-api): read_csv into typed tables, then SQL written as a DuckDB user would write it.
// Its reader checks types (dates, integers), not ansinh's rules. The SQL deliberately does not come from
// ansinh's coverageRules (io's ruleSql does that, over the canonical files validation writes): a peer is
// an independent implementation, and the bench compares every tool's answers with the reference's, so a
// definition that drifts shows as a disagreement. The bench files have one line per person and month, so
// the join needs no folding of second lines.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastDayOf } from '@ansinh/core';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { type BenchData, benchMonth } from '../bench-data.js';
import type { BenchTool, UnitCount } from '../tasks.js';

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

const registerTypes = `{
  'Mã đối tượng': 'VARCHAR', 'Số CCCD': 'VARCHAR', 'Mã xã': 'VARCHAR', 'Số tài khoản': 'VARCHAR',
  'Năm sinh': 'INTEGER', 'Mức trợ cấp': 'BIGINT', 'Hưởng từ ngày': 'DATE', 'Dừng hưởng từ ngày': 'DATE',
  'Ngày mở tài khoản': 'DATE'
}`;
const paymentTypes = `{
  'Mã đối tượng': 'VARCHAR', 'Kỳ chi trả': 'VARCHAR', 'Hình thức chi trả': 'VARCHAR', 'Trạng thái': 'VARCHAR',
  'Số tiền': 'BIGINT', 'Người nhận': 'VARCHAR'
}`;

/** SQL for the register as a table, from its CSV. */
export const registerTableSql = (file: string) =>
  `CREATE OR REPLACE TABLE register AS SELECT * FROM read_csv(${quote(file)}, header = true, comment = '#', types = ${registerTypes})`;

/**
 * DuckDB as a user would run it (`joined: false`): tables of the files, payments found by beneficiary key
 * in each query. With `joined: true`, the work ansinh's load does is done at load too: each register row
 * numbered, each paid payment joined to its person once (`paid(person, month, account)`), the queries
 * joining on those numbers. Both take the memory limit the benchmark gives every tool
 * (`ANSINH_BENCH_MEMORY_MIB`, as Node's heap limit).
 */
export function duckdbTool(data: BenchData, options: { readonly joined?: boolean } = {}): BenchTool {
  const joined = options.joined === true;
  let connection: DuckDBConnection | undefined;
  let saved: string | undefined;
  let instance: DuckDBInstance | undefined;
  const limit = Number(process.env.ANSINH_BENCH_MEMORY_MIB);
  const configure = async (c: DuckDBConnection) => {
    if (Number.isSafeInteger(limit) && limit > 0) await c.run(`SET memory_limit = '${limit}MiB'`);
  };
  const db = async () => {
    if (connection === undefined) {
      instance = await DuckDBInstance.create(':memory:');
      connection = await instance.connect();
      await configure(connection);
    }
    return connection;
  };
  // The person's key in the queries: the beneficiary code, or the register row's number when joined.
  const key = joined ? 'person' : '"Mã đối tượng"';
  const rowsOn = async (c: DuckDBConnection, sql: string) => (await c.runAndReadAll(sql)).getRowObjects();
  const rows = async (sql: string) => rowsOn(await db(), sql);
  const paidView = joined
    ? `CREATE OR REPLACE VIEW paid_account AS SELECT person AS id, month FROM paid WHERE account`
    : `CREATE OR REPLACE VIEW paid_account AS
        SELECT "Mã đối tượng" AS id, "Kỳ chi trả" AS month FROM payments
        WHERE "Trạng thái" = 'Đã chi' AND "Hình thức chi trả" = 'Qua tài khoản'`;
  const monthRatesOn = async (c: DuckDBConnection) => {
    const result = await rowsOn(
      c,
      `WITH active AS (
          SELECT r.${key} AS id, r."Mã xã" AS commune, c."Mã tỉnh" AS province
          FROM register r JOIN communes c ON c."Mã xã" = r."Mã xã"
          WHERE r."Hưởng từ ngày" <= ${end} AND (r."Dừng hưởng từ ngày" IS NULL OR r."Dừng hưởng từ ngày" > ${end})),
        counted AS (
          SELECT a.commune, a.province, p.id IS NOT NULL AS paid
          FROM active a LEFT JOIN (SELECT id FROM paid_account WHERE month = ${quote(benchMonth)}) p ON p.id = a.id)
        SELECT 'c' AS level, commune AS unit, count(*) AS n, count(*) FILTER (WHERE paid) AS paid FROM counted GROUP BY commune
        UNION ALL
        SELECT 'p', province, count(*), count(*) FILTER (WHERE paid) FROM counted GROUP BY province`,
    );
    return {
      communes: toCounts(result.filter((r) => r.level === 'c')),
      provinces: toCounts(result.filter((r) => r.level === 'p')),
    };
  };
  const months = `(VALUES ${data.months.map((m) => `(${quote(m)}, DATE ${quote(lastDayOf(m))})`).join(', ')}) AS m(month, end_day)`;
  const end = `DATE ${quote(lastDayOf(benchMonth))}`;
  const toCounts = (result: Record<string, unknown>[]): UnitCount[] =>
    result.map((r) => ({ unit: String(r.unit), paid: Number(r.paid), onRegister: Number(r.n) }));
  return {
    name: joined ? 'DuckDB, joined at load' : 'DuckDB',
    async readRegister() {
      await (await db()).run(registerTableSql(data.register));
      const [summary] = await rows(
        `SELECT count(*) AS n, count(DISTINCT "Mã xã") AS communes, sum("Mức trợ cấp") AS vnd FROM register`,
      );
      return {
        rows: Number(summary?.n),
        communes: Number(summary?.communes),
        amountVnd: Number(summary?.vnd),
      };
    },
    async load() {
      const c = await db();
      await c.run(registerTableSql(data.register));
      // One INSERT per file: read_csv over the list of 12 files took ten times as long here (11.1 s against
      // 1.1 s at province scale, DuckDB 1.5.6, 2 threads).
      await c.run(`CREATE OR REPLACE TABLE payments (
        "Mã đối tượng" VARCHAR, "Kỳ chi trả" VARCHAR, "Hình thức chi trả" VARCHAR, "Trạng thái" VARCHAR,
        "Số tiền" BIGINT, "Người nhận" VARCHAR)`);
      for (const file of data.payments) {
        await c.run(
          `INSERT INTO payments BY NAME SELECT * FROM read_csv(${quote(file)}, header = true, comment = '#', types = ${paymentTypes})`,
        );
      }
      await c.run(
        `CREATE OR REPLACE TABLE communes AS SELECT * FROM read_csv(${quote(data.communes)}, header = true, all_varchar = true)`,
      );
      if (joined) {
        // Each person numbered, each paid payment joined to its person once, the lists' rows dropped.
        await c.run(
          'CREATE OR REPLACE TABLE register AS SELECT row_number() OVER () AS person, * FROM register',
        );
        await c.run(`CREATE OR REPLACE TABLE paid AS
          SELECT r.person, p."Kỳ chi trả" AS month, p."Hình thức chi trả" = 'Qua tài khoản' AS account,
            p."Số tiền" AS amount, p."Người nhận" = 'Người được ủy quyền' AS authorised
          FROM payments p JOIN register r ON r."Mã đối tượng" = p."Mã đối tượng"
          WHERE p."Trạng thái" = 'Đã chi'`);
        await c.run('DROP TABLE payments');
      }
      await c.run(paidView);
    },
    async monthRates() {
      return monthRatesOn(await db());
    },
    async provinceSeries() {
      const result = await rows(`
        WITH active AS (
          SELECT m.month, r.${key} AS id, c."Mã tỉnh" AS province
          FROM register r JOIN communes c ON c."Mã xã" = r."Mã xã" CROSS JOIN ${months}
          WHERE r."Hưởng từ ngày" <= m.end_day AND (r."Dừng hưởng từ ngày" IS NULL OR r."Dừng hưởng từ ngày" > m.end_day))
        SELECT a.month, a.province AS unit, count(*) AS n, count(p.id) AS paid
        FROM active a LEFT JOIN paid_account p ON p.id = a.id AND p.month = a.month
        GROUP BY a.month, a.province`);
      return toCounts(result).map((r, i) => ({ ...r, month: String(result[i]?.month) }));
    },
    async residual() {
      const result = await rows(`
        SELECT r."Mã đối tượng" AS id FROM register r
        LEFT JOIN (SELECT id FROM paid_account WHERE month = ${quote(benchMonth)}) p ON p.id = r.${key}
        WHERE r."Hưởng từ ngày" <= ${end} AND (r."Dừng hưởng từ ngày" IS NULL OR r."Dừng hưởng từ ngày" > ${end})
          AND p.id IS NULL`);
      return result.map((r) => String(r.id));
    },
    async saveForReload() {
      // DuckDB's own format: the tables copied into a database file, reopened by a new instance.
      saved = mkdtempSync(join(tmpdir(), 'ansinh-bench-'));
      const file = join(saved, 'bench.duckdb');
      const c = await db();
      await c.run(`ATTACH ${quote(file)} AS saved`);
      for (const table of ['register', joined ? 'paid' : 'payments', 'communes']) {
        await c.run(`CREATE TABLE saved.${table} AS SELECT * FROM ${table}`);
      }
      await c.run('DETACH saved');
      return async () => {
        const reopened = await DuckDBInstance.create(file);
        const connection = await reopened.connect();
        try {
          await configure(connection);
          await connection.run(paidView.replace('CREATE OR REPLACE VIEW', 'CREATE OR REPLACE TEMP VIEW'));
          return await monthRatesOn(connection);
        } finally {
          connection.closeSync();
          reopened.closeSync();
        }
      };
    },
    async close() {
      if (saved !== undefined) rmSync(saved, { recursive: true, force: true });
      connection?.closeSync();
      instance?.closeSync();
    },
  };
}
