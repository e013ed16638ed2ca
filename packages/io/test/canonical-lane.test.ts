import { type PaymentRow, paymentRowSchema } from '@ansinh/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CsvSplitter,
  createTableReader,
  paymentChecks,
  type RejectedRow,
  streamPaymentsCsv,
} from '../src/index.js';
import { paymentListSchema } from '../src/read/read-register.js';

/** A stream of text pieces of the given size. */
async function* inPieces(text: string, size: number) {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

/** A payment list read with and without the lane: its rows, rejected rows and report. */
async function readBothWays(text: string, piece = 1 << 12) {
  const read = async (lane: boolean) => {
    const rows: PaymentRow[] = [];
    const rejected: RejectedRow[] = [];
    const report = await streamPaymentsCsv(inPieces(text, piece), {
      lane,
      chunkRows: 7,
      onAccepted: (chunk) => {
        rows.push(...chunk);
      },
      onRejected: (chunk) => {
        rejected.push(...chunk);
      },
    });
    return { rows, rejected, report };
  };
  return { lane: await read(true), full: await read(false) };
}

const header = 'Mã đối tượng,Kỳ chi trả,Hình thức chi trả,Trạng thái,Số tiền,Người nhận';
const canonical = 'DT-0001,2025-01,Qua tài khoản,Đã chi,750000,Đối tượng';

/** The rows the lane judged when the text is read as `streamTable` reads it (the lane after the header). */
function laneRowsOf(text: string): number {
  const splitter = new CsvSplitter();
  const reader = createTableReader(paymentListSchema, { accept: () => {}, reject: () => {} });
  for (let at = 0; at < text.length; at += 1 << 16)
    reader.push(splitter.push(text.slice(at, at + (1 << 16)), reader.lineTaker(splitter.delimiter)));
  reader.push(splitter.end(reader.lineTaker(splitter.delimiter)));
  reader.end();
  return reader.laneRows;
}

/** Cells of each column, in canonical form and not, as offices and systems write them. */
const cells = {
  id: [
    'DT-0001',
    'DT-0002',
    'DT-0003',
    'TB.2019/44',
    'A1',
    ' DT-0001',
    'DT 0004',
    'ĐT-0005',
    '',
    'Cộng',
    "'=7",
  ],
  period: ['2025-01', '2025-02', '01/2025', 'tháng 1/2025', '202501', '2025-13', '2025-1', ''],
  channel: ['Qua tài khoản', 'Tiền mặt', 'QUA TÀI KHOẢN', 'qua tai khoan', '1', 'Séc', ''],
  status: ['Đã chi', 'Chưa chi', 'Trả lại', 'đã chi', 'Xong', ''],
  amount: ['750000', '0', '000750000', '750.000', '750,000', '1,25', '1234567890123456', '-5', ''],
  receiver: ['Đối tượng', 'Người được ủy quyền', 'Trần Thị Bình', 'ĐỐI TƯỢNG', ''],
};

const line = fc
  .tuple(
    fc.constantFrom(...cells.id),
    fc.constantFrom(...cells.period),
    fc.constantFrom(...cells.channel),
    fc.constantFrom(...cells.status),
    fc.constantFrom(...cells.amount),
    fc.constantFrom(...cells.receiver),
    fc.constantFrom('', ',ghi chú', ',"a, b"', ''),
  )
  .map(([id, period, channel, status, amount, receiver, extra]) =>
    [id, period, channel, status, amount, receiver].join(',').concat(extra),
  );

/** Lines that are not people: headings, totals, signatures, blanks. */
const structure = fc.constantFrom(
  'Tổng cộng,,,,1.500.000,',
  'Thôn 1,,,,,',
  '',
  'Người lập biểu,,,,,Kế toán',
  '1,2,3,4,5,6',
);

describe('the canonical lane of a payment list', () => {
  it('takes a line in canonical form and leaves any other to the full rules', () => {
    const splitter = new CsvSplitter();
    const reader = createTableReader(paymentListSchema, { accept: () => {}, reject: () => {} });
    reader.push(splitter.push(`${header}\n`));
    reader.push(splitter.end());
    reader.end();
    const taker = reader.lineTaker(',');
    expect(taker).toBeDefined();
    const takes = (text: string) => taker?.take(text, 0, text.length, 2, []);
    expect(takes('DT-0001,2025-01,Qua tài khoản,Đã chi,750000,Đối tượng')).toBe(true);
    expect(takes('DT-0002,2025-01,Tiền mặt,Chưa chi,0,Người được ủy quyền,ghi chú')).toBe(true);
    // A month written otherwise, an amount grouped, a receiver by name, a code with a space.
    expect(takes('DT-0003,01/2025,Qua tài khoản,Đã chi,750000,Đối tượng')).toBe(false);
    expect(takes('DT-0003,2025-01,Qua tài khoản,Đã chi,750.000,Đối tượng')).toBe(false);
    expect(takes('DT-0003,2025-01,Qua tài khoản,Đã chi,750000,Trần Thị Bình')).toBe(false);
    expect(takes('DT 0003,2025-01,Qua tài khoản,Đã chi,750000,Đối tượng')).toBe(false);
    expect(takes('DT-0003,2025-01,Qua tài khoản,Đã chi,750000')).toBe(false);
  });

  it('gives the rows the schema gives, with the same rule against paying a person twice', () => {
    const rows: PaymentRow[] = [];
    const rejected: RejectedRow[] = [];
    const reader = createTableReader(paymentListSchema, {
      accept: (row) => rows.push(row),
      reject: (row) => rejected.push(row),
    });
    const splitter = new CsvSplitter();
    reader.push(splitter.push(`${header}\n`));
    reader.push(splitter.end());
    reader.end();
    const taker = reader.lineTaker(',');
    const first = 'DT-0001,2025-01,Qua tài khoản,Đã chi,750000,Đối tượng';
    expect(taker?.take(first, 0, first.length, 2, [])).toBe(true);
    expect(taker?.take(first, 0, first.length, 3, [])).toBe(true);
    expect(rows).toEqual([paymentRowSchema.parse(rows[0])]);
    expect(rows[0]).toEqual({
      beneficiaryId: 'DT-0001',
      period: '2025-01',
      channel: 'account',
      status: 'paid',
      amountVnd: 750_000,
      receivedBy: 'beneficiary',
    });
    expect(rejected.map((r) => [r.row, r.issues.map((i) => [i.code, i.params])])).toEqual([
      [3, [['duplicate_payment', { id: 'DT-0001', period: '2025-01', earlier: 2 }]]],
    ]);
    expect(paymentChecks).toBe(paymentListSchema.check);
  });

  it('is not used for a list it does not cover: other columns, legacy letters, a file-level problem', () => {
    const laneOf = (text: string) => {
      const splitter = new CsvSplitter();
      const reader = createTableReader(paymentListSchema, { accept: () => {}, reject: () => {} });
      reader.push(splitter.push(text));
      reader.push(splitter.end());
      reader.end();
      return reader.lineTaker(',');
    };
    expect(laneOf(`${header}\n`)).toBeDefined();
    // A name column (the receiver may be derived from it), an amount in thousands, no amount at all.
    expect(laneOf(`${header},Họ và tên\n`)).toBeUndefined();
    expect(laneOf(`${header.replace('Số tiền', 'Số tiền (nghìn đồng)')}\n`)).toBeUndefined();
    expect(laneOf('Mã đối tượng,Kỳ chi trả,Hình thức chi trả,Trạng thái,Người nhận\n')).toBeUndefined();
    // TCVN3 letters typed into a Unicode file: every row carries that issue.
    expect(
      laneOf(`${header}\n${'DT-1,2025-01,Qua tµi kho¶n,§· chi,1,§èi t­îng\n'.repeat(3)}`),
    ).toBeUndefined();
  });

  it('reads any list, in any pieces, to the same rows, rejected rows and report as the full rules', async () => {
    // A megabyte of rows first (a note column makes them long): the header settles there, as in a real
    // list, and the lane takes the lines after it.
    const note = 'x'.repeat(2_000);
    const prefix = Array.from(
      { length: 700 },
      (_, i) => `P-${i},2025-01,Qua tài khoản,Đã chi,1000,Đối tượng,${note}`,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            { weight: 6, arbitrary: line },
            { weight: 1, arbitrary: structure },
            { weight: 1, arbitrary: fc.constant(canonical) },
          ),
          { maxLength: 60 },
        ),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 1, max: 300 }),
        async (body, newline, piece) => {
          const text = ['Danh sách chi trả tháng 1/2025', header, ...prefix, ...body].join(newline);
          const { lane, full } = await readBothWays(text, piece * 97);
          if (body.includes(canonical)) expect(laneRowsOf(text)).toBeGreaterThan(0);
          expect(lane.rows).toEqual(full.rows);
          expect(lane.rejected).toEqual(full.rejected);
          expect(lane.report).toEqual(full.report);
        },
      ),
      { numRuns: 60, seed: 14 },
    );
  });

  it('reads a list of thousands of lines, most canonical, as the full rules do (after the first megabyte too)', async () => {
    // Past the megabyte a reader looks at before settling the header, where the lane starts taking lines.
    const lines = [header];
    for (let i = 0; i < 30_000; i += 1) {
      const id = `DT-${String(i % 29_000).padStart(6, '0')}`;
      const amount = i % 997 === 0 ? '750.000' : String(500_000 + (i % 7) * 1000);
      const status = i % 13 === 0 ? 'Chưa chi' : 'Đã chi';
      lines.push(`${id},2025-01,Qua tài khoản,${status},${amount},Đối tượng`);
      if (i % 5000 === 4999) lines.push(`Cộng thôn ${i},,,,,`);
    }
    const { lane, full } = await readBothWays(lines.join('\n'), 1 << 16);
    expect(laneRowsOf(lines.join('\n'))).toBeGreaterThan(10_000);
    expect(lane.report.accepted).toBeGreaterThan(28_000);
    expect(lane.report.rejected).toBe(1000);
    expect(lane.rows).toEqual(full.rows);
    expect(lane.rejected).toEqual(full.rejected);
    expect(lane.report).toEqual(full.report);
  });
});
