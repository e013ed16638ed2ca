// The national benchmark at a tiny size, as CI runs it: the shared generator writes the files, every tool
// runs in its own process, and the answers are compared. Timings are printed by the bench, never checked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchData } from '../src/national/bench-data.js';
import { benchTable, runBench } from '../src/national/run-bench.js';
import { canonical, fingerprint } from '../src/national/tasks.js';

const root = mkdtempSync(join(tmpdir(), 'ansinh-bench-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('benchData(tiny)', () => {
  it('writes a register and 12 monthly payment lists once, and reuses them', async () => {
    const data = await benchData('tiny', 1, { root });
    expect(data.registerRows).toBe(4_000);
    expect(data.payments).toHaveLength(12);
    expect(await benchData('tiny', 1, { root })).toEqual(data);
  });
});

describe('runBench(tiny)', () => {
  it('runs every task on ansinh, DuckDB (also joined at load), arquero and danfojs-node, and they agree', async () => {
    const tools = ['ansinh', 'duckdb', 'duckdb-joined', 'arquero', 'danfo'] as const;
    const outcome = await runBench({ scale: 'tiny', runs: 1, dataRoot: root, timeoutSeconds: 240, tools });
    expect(outcome.runs.map((r) => r.tool)).toEqual(tools);
    for (const run of outcome.runs) {
      expect(run.stopped, run.tool).toBeUndefined();
      const reopens = run.tool !== 'arquero' && run.tool !== 'danfo';
      expect(Object.keys(run.results).sort(), run.tool).toEqual(
        reopens ? ['a', 'b', 'c', 'd', 'first', 'load', 'reload'] : ['a', 'b', 'c', 'd', 'first', 'load'],
      );
      const { load, b, first } = run.results;
      expect(first?.medianMs, run.tool).toBe((load?.samplesMs[0] ?? 0) + (b?.samplesMs[0] ?? 0));
      expect(run.peakRssMiB, run.tool).toBeGreaterThan(0);
    }
    // arquero reads like DuckDB; danfojs-node's reader can mangle a character split between two reads
    // (docs/benchmarks.md), so its agreement is reported by the bench, not asserted here.
    expect(outcome.disagreements.filter((d) => d.tool !== 'danfo')).toEqual([]);
    const table = benchTable(outcome, 'npm run bench:national -- --scale=tiny');
    expect(table).toContain('| (d) residual list, 1 month |');
    expect(table).toContain('| reopen saved state + (b) |');
    expect(table).toContain('| load + first answer (b) |');
    expect(table).toContain('register 4,000 rows');
  });
});

describe('fingerprint(task, answer)', () => {
  it('ignores the order of rows and keys, and sees a changed count', () => {
    const a = {
      communes: [
        { unit: '90001', paid: 3, onRegister: 4 },
        { unit: '90000', paid: 1, onRegister: 2 },
      ],
      provinces: [],
    };
    const b = {
      communes: [
        { onRegister: 2, paid: 1, unit: '90000' },
        { unit: '90001', paid: 3, onRegister: 4 },
      ],
      provinces: [],
    };
    expect(fingerprint('b', a)).toEqual(fingerprint('b', b));
    expect(canonical('d', ['SYN-2', 'SYN-1'])).toEqual(['SYN-1', 'SYN-2']);
    const changed = { ...b, communes: [{ unit: '90000', paid: 1, onRegister: 3 }, b.communes[1]] };
    expect(fingerprint('b', changed).digest).not.toBe(fingerprint('b', a).digest);
  });
});
