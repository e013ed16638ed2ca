// The bench at a tiny size, as CI runs it: every tool gives the same counts (timings are not checked).
import { describe, expect, it } from 'vitest';
import { runCoverageBench } from '../src/coverage.js';

describe('runCoverageBench(tiny)', () => {
  it('ansinh, arquero, danfojs-node and DuckDB agree on coverage per commune', async () => {
    const { results } = await runCoverageBench('tiny', 1);
    expect(results.map((r) => r.tool)).toEqual([
      'ansinh (columns)',
      'arquero',
      'danfojs-node',
      'DuckDB (in memory)',
    ]);
    expect(
      results.every((r) => r.coverage.onRegister.length === results[0]?.coverage.onRegister.length),
    ).toBe(true);
  }, 120_000);
});
