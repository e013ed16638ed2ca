import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { synthesizeDistrict } from '@ansinh/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  type ColumnSpec,
  type ListSchema,
  plainList,
  type RejectedRow,
  type RowCheck,
  streamTable,
  writeRegisterCsv,
} from '../src/index.js';
import type { LaneLine } from '../src/validate/canonical-lane.js';
import { always } from '../src/validate/form-tests.js';
import { compileFill, loopFill } from '../src/validate/repeat-judge.js';
import { units } from './fixtures.js';

/** A list of its own: a code, an amount of at most 1.000 and a kind, the village from the heading over it. */
const schema = z.object({
  id: z.string().min(1),
  amountVnd: z.int().nonnegative().max(1_000),
  kind: z.enum(['a', 'b']),
  village: z.string().optional(),
});
type Row = z.infer<typeof schema>;

const columns: readonly ColumnSpec[] = [
  { field: 'id', headers: ['Mã'], required: true, read: (t) => ({ ok: true, value: t }), canonical: 'code' },
  {
    field: 'amountVnd',
    headers: ['Số tiền'],
    required: true,
    read: (t) =>
      /^\d+$/u.test(t)
        ? { ok: true, value: Number(t) }
        : { ok: false, code: 'invalid_value', params: { field: 'amountVnd', detail: t } },
    canonical: 'digits',
  },
  {
    field: 'kind',
    headers: ['Loại'],
    required: true,
    read: (t) =>
      t === 'A' || t === 'B'
        ? { ok: true, value: t.toLowerCase() }
        : { ok: false, code: 'invalid_value', params: { field: 'kind', detail: t } },
    canonical: 'label',
  },
];

/** An id may appear once. */
const once: RowCheck<Row> = (row, line, seen) => {
  const earlier = seen.get(row.id);
  if (earlier !== undefined)
    return [{ row: line, column: 'Mã', code: 'duplicate_beneficiary', params: { id: row.id, earlier } }];
  seen.set(row.id, line);
  return [];
};

/** The plain list with a derivation that reads the heading over the row, and code and amount varying. */
const list: ListSchema<Row> = {
  ...plainList(columns, schema, once),
  derive: () => (values, _raw, context) => {
    if (context.village !== undefined) values.village = context.village;
    return { assumptions: [], issues: [] };
  },
  varying: () => ['id', 'amountVnd'],
};

async function* inPieces(text: string, size: number) {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

async function read(text: string, lane: boolean) {
  const rows: Row[] = [];
  const rejected: RejectedRow[] = [];
  const report = await streamTable(inPieces(text, 1 << 12), list, {
    lane,
    onAccepted: (chunk) => {
      rows.push(...chunk);
    },
    onRejected: (chunk) => {
      rejected.push(...chunk);
    },
  });
  return { rows, rejected, report };
}

/** Long first lines: the header settles within them and the lane takes the lines after. */
const prefix = Array.from({ length: 300 }, (_, i) => `P${i},1,A,${'x'.repeat(4_000)}`);

describe('lines spelt alike but for their varying cells', () => {
  it('are judged as the full rules judge them: the schema on each amount, the headings over each line, the look-back rule', async () => {
    const line = fc
      .tuple(
        fc.constantFrom('D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'),
        fc.constantFrom('5', '1000', '1001', '2000', '0', '007'),
        fc.constantFrom('A', 'B', 'C'),
      )
      .map((cells) => cells.join(','));
    const heading = fc.constantFrom('Thôn 1,,', 'Thôn 2,,', 'Xóm Đông,,');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof({ weight: 5, arbitrary: line }, { weight: 1, arbitrary: heading }), {
          minLength: 1,
          maxLength: 50,
        }),
        async (body) => {
          const text = ['Mã,Số tiền,Loại,Ghi chú', ...prefix, ...body].join('\n');
          const [lane, full] = [await read(text, true), await read(text, false)];
          expect(lane.rows).toEqual(full.rows);
          expect(lane.rejected).toEqual(full.rejected);
          expect(lane.report).toEqual(full.report);
        },
      ),
      { numRuns: 80, seed: 3 },
    );
  });

  it('keep the heading they were read under and the amount they give', async () => {
    const text = [
      'Mã,Số tiền,Loại,Ghi chú',
      ...prefix,
      'Thôn 1,,',
      'D1,5,A',
      'D2,6,A',
      'Thôn 2,,',
      'D3,7,A',
      'D4,2000,A',
    ].join('\n');
    const { rows, rejected } = await read(text, true);
    expect(rows.slice(-3)).toEqual([
      { id: 'D1', amountVnd: 5, kind: 'a', village: 'Thôn 1' },
      { id: 'D2', amountVnd: 6, kind: 'a', village: 'Thôn 1' },
      { id: 'D3', amountVnd: 7, kind: 'a', village: 'Thôn 2' },
    ]);
    expect(rejected.map((r) => [r.cells['Số tiền'], r.issues.map((i) => i.code)])).toEqual([
      ['2000', ['invalid_value']],
    ]);
  });
});

describe.each([
  ["compiled for a lane's slots (compileFill)", compileFill],
  ['as a loop over the fields (loopFill)', loopFill],
])("the fill of a template's row, %s", (_, made) => {
  const makeFill = (
    varying: string[],
    slots: number[],
    tests: ((value: unknown) => boolean)[],
    defers: boolean[],
    unread: boolean[],
  ) => made({ varying, slots, tests, defers, unread });
  /** A lane of three slots: values, and which slots stayed in the line's bytes. */
  const laneOf = (values: readonly unknown[], deferred: readonly number[] = []) =>
    ({
      valueAt: (slot: number) => (slot < 0 ? undefined : values[slot]),
      deferredAt: (slot: number) => deferred.includes(slot),
    }) as unknown as LaneLine;
  const isCode = (value: unknown) => typeof value === 'string' && value.length > 0;
  const small = (value: unknown) => typeof value === 'number' && value <= 1_000;

  it('stores each value that passes its test under its own field, names of any spelling included', () => {
    const fill = makeFill(['id', 'the "amount"\n'], [2, 0], [isCode, small], [false, false], [false, false]);
    const row: Record<string, unknown> = { id: 'old', kept: true };
    expect(fill(row, laneOf([700, 'x', 'DT-9']))).toBe(0);
    expect(row).toEqual({ id: 'DT-9', 'the "amount"\n': 700, kept: true });
  });

  it('ends with -1 at the first value that fails its test, and keeps the value of an empty cell', () => {
    const fill = makeFill(['id', 'amountVnd'], [0, 1], [isCode, small], [false, false], [false, false]);
    const row: Record<string, unknown> = { id: 'old', amountVnd: 5 };
    expect(fill(row, laneOf([undefined, 2_000]))).toBe(-1);
    expect(row).toEqual({ id: 'old', amountVnd: 5 });
    expect(fill(row, laneOf([undefined, 20]))).toBe(0);
    expect(row).toEqual({ id: 'old', amountVnd: 20 });
  });

  it('says a row is from its line when a field stayed in the bytes, and skips a cell nobody reads', () => {
    const fill = makeFill(
      ['id', 'name', 'amountVnd'],
      [0, 1, 2],
      [() => false, () => false, small],
      [true, false, false],
      [false, true, false],
    );
    const row: Record<string, unknown> = {};
    // Neither the deferred code nor the unread name is tested (both tests refuse everything).
    expect(fill(row, laneOf(['DT-1', 'Lan', 9], [0, 1]))).toBe(1);
    expect(row).toEqual({ amountVnd: 9 });
    // Made from the line after all, each is tested as any value.
    expect(fill(row, laneOf(['DT-1', 'Lan', 9], [1]))).toBe(-1);
    expect(fill({}, laneOf(['DT-1', 'Lan', 9], [0]))).toBe(-1);
  });
});

describe('the compiled fill and the loop', () => {
  it('fill alike on any fields, slots, tests and lanes, names that are code or odd text included', () => {
    const names = fc.constantFrom(
      'id',
      'row',
      'lane',
      'tests',
      't0',
      'value',
      '__proto__',
      'constructor',
      'a"b',
      "a'b",
      'back\\slash',
      'line\u2028sep',
      'lone\ud800',
      '}); throw 1; ({',
    );
    const field = fc.record({
      name: names,
      slot: fc.integer({ min: -1, max: 5 }),
      // 10: a test every value passes (`always`), whose call a compiled fill leaves out.
      limit: fc.integer({ min: 0, max: 10 }),
      defer: fc.boolean(),
      unread: fc.boolean(),
    });
    const cell = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.constant(undefined));
    fc.assert(
      fc.property(
        fc.array(field, { maxLength: 6 }),
        fc.array(cell, { minLength: 6, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }),
        (fields, values, deferred) => {
          const made = {
            varying: fields.map((f) => f.name),
            slots: fields.map((f) => f.slot),
            tests: fields.map((f) =>
              f.limit === 10 ? always : (value: unknown) => typeof value === 'number' && value <= f.limit,
            ),
            defers: fields.map((f) => f.defer),
            unread: fields.map((f) => f.unread),
          };
          const lane = {
            valueAt: (slot: number) => (slot < 0 ? undefined : values[slot]),
            deferredAt: (slot: number) => deferred.includes(slot),
          } as unknown as LaneLine;
          const compiledRow = Object.create(null) as Record<string, unknown>;
          const loopRow = Object.create(null) as Record<string, unknown>;
          expect(compileFill(made)(compiledRow, lane)).toBe(loopFill(made)(loopRow, lane));
          expect({ ...compiledRow }).toEqual({ ...loopRow });
        },
      ),
      { numRuns: 3_000, seed: 9 },
    );
  });
});

describe('a register read where code cannot be compiled from strings', () => {
  it('is read as where it can: the same report and the same people', () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
    const scratch = mkdtempSync(join(tmpdir(), 'ansinh-eval-'));
    try {
      const file = join(scratch, 'register.csv');
      writeFileSync(
        file,
        writeRegisterCsv(synthesizeDistrict(units, { seed: 5 }).register, { reveal: true }),
      );
      const script = join(scratch, 'read.mts');
      writeFileSync(
        script,
        [
          `import { createColumnarBuilder } from ${JSON.stringify(join(root, 'packages/core/src/index.ts'))};`,
          `import { readRegisterColumnar } from ${JSON.stringify(join(root, 'packages/io/src/index.ts'))};`,
          `let compiles = true;`,
          `try { new Function('return 1'); } catch { compiles = false; }`,
          `const builder = createColumnarBuilder({ from: '2025-01', to: '2025-01' });`,
          `const report = await readRegisterColumnar(${JSON.stringify(file)}, builder, { workers: 0 });`,
          `const people = builder.finish();`,
          `console.log(JSON.stringify({ compiles, accepted: report.accepted, rejected: report.rejected, issues: report.issueCounts,`,
          `  born: Array.from(people.birthYear).reduce((a, b) => a + b, 0), since: Array.from(people.sinceDay).reduce((a, b) => a + b, 0) }));`,
        ].join('\n'),
      );
      const run = (flags: string) =>
        JSON.parse(
          execFileSync(join(root, 'node_modules/.bin/tsx'), ['--conditions=@ansinh/source', script], {
            cwd: join(root, 'packages/io'),
            encoding: 'utf8',
            timeout: 300_000,
            env: { ...process.env, NODE_OPTIONS: flags },
          }),
        ) as { compiles: boolean; accepted: number };
      const free = run('');
      const closed = run('--disallow-code-generation-from-strings');
      expect(free.compiles).toBe(true);
      expect(closed.compiles).toBe(false);
      expect(free.accepted).toBeGreaterThan(1_000);
      expect({ ...closed, compiles: true }).toEqual(free);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
