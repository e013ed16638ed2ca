import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';

/** How DuckDB runs: the memory it may use before it spills to disk, and where it spills. */
export interface DuckdbSessionOptions {
  /** DuckDB's `memory_limit`, such as `'1GB'`: above it, joins and aggregates spill to `tempDirectory`. */
  readonly memoryLimit?: string;
  /** Where spilled data go (default: a fresh folder under the system's temporary directory). */
  readonly tempDirectory?: string;
}

/** Text as an SQL string literal. */
export const sqlText = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** A name as an SQL identifier (a canonical header such as `Mã đối tượng`). */
export const sqlName = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** A table expression reading one file, CSV or Parquet by its extension, every column as text. */
export function scan(file: string): string {
  return extname(file).toLowerCase() === '.parquet'
    ? `read_parquet(${sqlText(file)})`
    : `read_csv(${sqlText(file)}, header = true, comment = '#', all_varchar = true)`;
}

/** Several files as one table: a UNION ALL of single-file scans (a list in read_csv was 10× slower). */
export function scanAll(files: readonly string[]): string {
  return files.length === 1
    ? scan(files[0] ?? '')
    : `(${files.map((file) => `SELECT * FROM ${scan(file)}`).join(' UNION ALL ')})`;
}

/** DuckDB is not installed: it is an optional peer dependency of @ansinh/io, needed only by its engine. */
export class MissingDuckdbError extends Error {
  constructor() {
    super(
      'DuckDB chưa được cài (cần cho các phép tính bằng DuckDB): npm install @duckdb/node-api / DuckDB is not installed (the DuckDB engine needs it): npm install @duckdb/node-api',
    );
    this.name = 'MissingDuckdbError';
  }
}

/** `@duckdb/node-api`, loaded the first time DuckDB is used (reading a CSV never loads it). */
async function duckdb(): Promise<typeof import('@duckdb/node-api')> {
  try {
    return await import('@duckdb/node-api');
  } catch (error) {
    if (
      (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' ||
      (error as { code?: string }).code === 'MODULE_NOT_FOUND'
    )
      throw new MissingDuckdbError();
    throw error;
  }
}

/**
 * Loads DuckDB, or throws `MissingDuckdbError` when it is not installed: call it before long work whose
 * end needs DuckDB, so that a user learns it is missing before the files are read.
 */
export async function requireDuckdb(): Promise<void> {
  await duckdb();
}

/** Runs `work` on a fresh in-memory DuckDB, closed afterwards whatever happens. */
export async function withDuckdb<T>(
  options: DuckdbSessionOptions,
  work: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  const { DuckDBInstance } = await duckdb();
  const instance = await DuckDBInstance.create(':memory:', {
    ...(options.memoryLimit === undefined ? {} : { memory_limit: options.memoryLimit }),
    temp_directory: options.tempDirectory ?? mkdtempSync(join(tmpdir(), 'ansinh-duckdb-')),
  });
  const connection = await instance.connect();
  try {
    return await work(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/**
 * Converts a CSV into Parquet with the same columns, all as text (so codes keep their leading zeros):
 * smaller, and read many times faster. Streams through DuckDB.
 */
export async function toParquet(
  csv: string,
  parquet: string,
  options: DuckdbSessionOptions = {},
): Promise<void> {
  await withDuckdb(options, async (connection) => {
    await connection.run(`COPY (SELECT * FROM ${scan(csv)}) TO ${sqlText(parquet)} (FORMAT parquet)`);
  });
}
