// The tools the national benchmark compares, by name.
import type { BenchData } from './bench-data.js';
import type { BenchTool } from './tasks.js';
import { ansinhTool } from './tools/ansinh.js';
import { arqueroTool } from './tools/arquero.js';
import { danfoTool } from './tools/danfo.js';
import { duckdbTool } from './tools/duckdb.js';

export const benchTools = {
  ansinh: ansinhTool,
  duckdb: duckdbTool,
  'duckdb-joined': (data: BenchData) => duckdbTool(data, { joined: true }),
  arquero: arqueroTool,
  danfo: danfoTool,
} as const satisfies Record<string, (data: BenchData) => BenchTool>;

export type BenchToolName = keyof typeof benchTools;
