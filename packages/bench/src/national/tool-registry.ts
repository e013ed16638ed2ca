// The tools the national benchmark compares, by name. Each is loaded only where it runs (`loadTool`): a
// tool's process holds its own library, not its peers' (danfojs-node with TensorFlow, arquero, DuckDB's
// binding), so that neither its time (a larger heap to collect) nor its peak memory carries theirs.
import type { BenchData } from './bench-data.js';
import type { BenchTool } from './tasks.js';

type ToolMaker = (data: BenchData) => BenchTool;

export const benchTools = {
  ansinh: async () => (await import('./tools/ansinh.js')).ansinhTool,
  duckdb: async () => (await import('./tools/duckdb.js')).duckdbTool,
  'duckdb-joined': async () => {
    const { duckdbTool } = await import('./tools/duckdb.js');
    return (data: BenchData) => duckdbTool(data, { joined: true });
  },
  arquero: async () => (await import('./tools/arquero.js')).arqueroTool,
  danfo: async () => (await import('./tools/danfo.js')).danfoTool,
} as const satisfies Record<string, () => Promise<ToolMaker>>;

export type BenchToolName = keyof typeof benchTools;

/** The tool of this name, its library loaded now. */
export async function loadTool(name: BenchToolName, data: BenchData): Promise<BenchTool> {
  return (await benchTools[name]())(data);
}
