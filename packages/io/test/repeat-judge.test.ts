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
} from '../src/index.js';

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
