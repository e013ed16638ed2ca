// Benchmark task (b) of the national-scale issue: per-commune coverage of one month, on one synthetic
// register, by ansinh (columns), arquero, danfojs-node and DuckDB, in the same run, checked to agree.
// Prints medians over the runs, the ratio of each to DuckDB, and the process's peak memory. Not a test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { type ColumnarRegister, columnarCoverage, synthesizeColumnar, syntheticScales } from '@ansinh/core';
import { arqueroCoverage, danfoCoverage, type FrameCoverage } from '@ansinh/frames';
import { DuckDBInstance } from '@duckdb/node-api';

/** Sizes the benchmark runs at: `tiny` is the smoke run CI makes. */
export const benchScales = {
  tiny: { beneficiaries: 5_000, communes: 20 },
  province: syntheticScales.province,
  national: syntheticScales.national,
} as const;

export type BenchScale = keyof typeof benchScales;

/** One tool's result: its median time and its counts, to compare. */
export interface ToolResult {
  readonly tool: string;
  readonly medianMs: number;
  readonly coverage: FrameCoverage;
}

const month = '2025-01';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function time(runs: number, work: () => Promise<FrameCoverage> | FrameCoverage) {
  const samples: number[] = [];
  let coverage: FrameCoverage | undefined;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    coverage = await work();
    samples.push(performance.now() - start);
  }
  return { medianMs: median(samples), coverage: coverage as FrameCoverage };
}

function ansinhCoverage(register: ColumnarRegister): FrameCoverage {
  const counted = columnarCoverage(register, month);
  const keep = counted.communes.map((_, i) => (counted.onRegister[i] ?? 0) > 0);
  return {
    commune: counted.communes.filter((_, i) => keep[i]),
    onRegister: Array.from(counted.onRegister).filter((_, i) => keep[i]),
    accountHolders: Array.from(counted.accountHolders).filter((_, i) => keep[i]),
  };
}

/** Loads the register's columns into DuckDB once (through a CSV file), and returns the query to time. */
async function duckdbSetup(register: ColumnarRegister) {
  const dir = mkdtempSync(join(tmpdir(), 'ansinh-bench-'));
  const file = join(dir, 'register.csv');
  const lines = ['commune,since_day,until_day,account_day'];
  for (let i = 0; i < register.size; i += 1) {
    lines.push(
      `${register.communes[register.commune[i] ?? 0]},${register.sinceDay[i]},${register.untilDay[i]},${register.accountDay[i]}`,
    );
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const loadStart = performance.now();
  await connection.run(`CREATE TABLE register AS SELECT * FROM read_csv('${file}', header = true)`);
  const loadMs = performance.now() - loadStart;
  rmSync(dir, { recursive: true, force: true });
  const end = Math.round(Date.UTC(2025, 0, 31) / 86_400_000);
  const query = async (): Promise<FrameCoverage> => {
    const result = await connection.runAndReadAll(`
      SELECT commune, count(*) AS n, count(*) FILTER (WHERE account_day <= ${end}) AS accounts
      FROM register WHERE since_day <= ${end} AND until_day > ${end}
      GROUP BY commune ORDER BY commune`);
    const rows = result.getRowObjects();
    return {
      commune: rows.map((r) => String(r.commune)),
      onRegister: rows.map((r) => Number(r.n)),
      accountHolders: rows.map((r) => Number(r.accounts)),
    };
  };
  return {
    query,
    loadMs,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * Runs task (b) at a scale: each tool counts who is on the register and who holds an account, per
 * commune, for 1/2025. Throws when any tool disagrees with ansinh.
 */
export async function runCoverageBench(
  scale: BenchScale,
  runs: number,
): Promise<{ results: ToolResult[]; duckdbLoadMs: number; peakRssMiB: number }> {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const register = synthesizeColumnar({ ...benchScales[scale], seed: 1 });
  sample();
  const duck = await duckdbSetup(register);
  sample();
  const results: ToolResult[] = [];
  try {
    for (const [tool, work] of [
      ['ansinh (columns)', () => ansinhCoverage(register)],
      ['arquero', () => arqueroCoverage(register, month)],
      ['danfojs-node', () => danfoCoverage(register, month)],
      ['DuckDB (in memory)', duck.query],
    ] as const) {
      const measured = await time(runs, work);
      sample();
      results.push({ tool, ...measured });
    }
  } finally {
    duck.close();
  }
  const [reference] = results;
  for (const result of results) {
    if (JSON.stringify(result.coverage) !== JSON.stringify(reference?.coverage)) {
      throw new Error(`${result.tool} disagrees with ${reference?.tool}`);
    }
  }
  return { results, duckdbLoadMs: duck.loadMs, peakRssMiB: peak / 2 ** 20 };
}

if (process.argv[1]?.endsWith('coverage.ts')) {
  const scale = (process.argv.find((a) => a.startsWith('--scale='))?.slice(8) ?? 'province') as BenchScale;
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
  if (!(scale in benchScales))
    throw new Error(`--scale must be one of ${Object.keys(benchScales).join(', ')}`);
  const { results, duckdbLoadMs, peakRssMiB } = await runCoverageBench(scale, runs);
  const duck = results.find((r) => r.tool.startsWith('DuckDB'))?.medianMs ?? Number.NaN;
  console.log(
    `machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}`,
  );
  console.log(
    `task (b): coverage per commune, 1/2025, ${scale} (${benchScales[scale].beneficiaries} rows), median of ${runs} runs; all tools agree`,
  );
  for (const r of results) {
    console.log(
      `${r.tool.padEnd(20)} ${r.medianMs.toFixed(1).padStart(9)} ms   × DuckDB ${(r.medianMs / duck).toFixed(2)}`,
    );
  }
  console.log(
    `DuckDB load of the register (read_csv, not in the ratio): ${duckdbLoadMs.toFixed(0)} ms; peak RSS of the run ${peakRssMiB.toFixed(0)} MiB`,
  );
}
