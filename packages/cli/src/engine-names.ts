/** How `ansinh rates` computes: rows in memory, columns streamed from the files, or DuckDB over them. */
export const engines = ['rows', 'columns', 'duckdb'] as const;

/** An engine of `engines`. */
export type Engine = (typeof engines)[number];
