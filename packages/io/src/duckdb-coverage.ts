import { lastDayOf, type UnitCoverage } from '@ansinh/core';
import { DuckDBInstance } from '@duckdb/node-api';

const quote = (path: string) => `'${path.replaceAll("'", "''")}'`;

/**
 * The same coverage as `coverageRates(…, { by: 'commune' })`, computed by DuckDB SQL straight over the
 * register and payment-list CSV files (as ansinh writes them: Vietnamese headers, ISO dates, whole dong),
 * so the files need not fit in memory: DuckDB streams them. Same definitions: on the register at the end
 * of the month, an account opened by then, payments of the month with status paid. Validate the files
 * first (`ansinh validate`); this path reads, it does not check.
 *
 * A test checks the result equals the in-memory path on the calibrated district.
 */
export async function duckdbCoverage(
  files: { readonly register: string; readonly payments: string },
  period: string,
): Promise<UnitCoverage[]> {
  const end = lastDayOf(period);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const sql = `
      WITH r AS (
        SELECT "Mã đối tượng" AS id, "Mã xã" AS commune, "Hưởng từ ngày" AS since,
               NULLIF("Dừng hưởng từ ngày", '') AS until, NULLIF("Ngày mở tài khoản", '') AS opened
        FROM read_csv(${quote(files.register)}, header = true, comment = '#', all_varchar = true)
      ),
      active AS (
        SELECT * FROM r WHERE since <= '${end}' AND (until IS NULL OR until > '${end}')
      ),
      p AS (
        SELECT "Mã đối tượng" AS id, "Hình thức chi trả" AS channel, CAST("Số tiền" AS BIGINT) AS amount,
               "Người nhận" AS receiver
        FROM read_csv(${quote(files.payments)}, header = true, comment = '#', all_varchar = true)
        WHERE "Kỳ chi trả" = '${period}' AND "Trạng thái" = 'Đã chi'
      )
      SELECT a.commune,
             count(*) AS n,
             count(*) FILTER (WHERE a.opened IS NOT NULL AND a.opened <= '${end}') AS accounts,
             count(p.id) FILTER (WHERE p.channel = 'Qua tài khoản') AS paid,
             coalesce(sum(p.amount), 0) AS vnd,
             coalesce(sum(p.amount) FILTER (WHERE p.channel = 'Qua tài khoản'), 0) AS vnd_account,
             count(p.id) AS payments,
             count(p.id) FILTER (WHERE p.receiver = 'Người được ủy quyền') AS by_receiver
      FROM active a LEFT JOIN p ON p.id = a.id
      GROUP BY a.commune
      ORDER BY a.commune`;
    const result = await connection.runAndReadAll(sql);
    return result.getRowObjects().map((row) => {
      const n = (key: string) => Number(row[key] ?? 0);
      return {
        unitCode: String(row.commune),
        period,
        accountRate: { numerator: n('accounts'), denominator: n('n') },
        paidThroughAccountRate: { numerator: n('paid'), denominator: n('n') },
        paidThroughAccountValueShare: { numerator: n('vnd_account'), denominator: n('vnd') },
        authorisedReceiverShare: { numerator: n('by_receiver'), denominator: n('payments') },
      };
    });
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
