import {
  createPaidColumns,
  normalizeText,
  type PaymentRow,
  paymentRowSchema,
  type RegisterRow,
  registerColumnsReads,
  registerRowSchema,
  synthesizeDistrict,
  unpackKeys,
} from '@ansinh/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CsvSplitter,
  createRowMemory,
  createTableReader,
  type ListOptions,
  type ListSchema,
  paymentChecks,
  paymentList,
  paymentOnce,
  type RejectedRow,
  registerList,
  registerOnce,
  registerRowChecks,
  registerRowReads,
  streamTable,
  type TableReader,
  TextEncodingError,
  writeRegisterCsv,
} from '../src/index.js';
import { paymentListSchema, readPaymentsCsv, registerListSchema } from '../src/read/read-register.js';
import { createLineFeeder } from '../src/read/stream-table.js';
import { firstInvalid } from '../src/text/decode-text.js';
import { mayBeLegacyLetters } from '../src/text/detect-legacy-encoding.js';
import { compileByteLane } from '../src/validate/byte-lane.js';
import { byteTests, isPlainTextBytes, readers } from '../src/validate/canonical-lane.js';
import { acceptsAnyCode } from '../src/validate/compiled-schema.js';
import { matchColumns } from '../src/validate/match-columns.js';
import { paymentColumns, registerColumns } from '../src/validate/register-columns.js';
import {
  checkReads,
  composeLineChecks,
  composeChecks as composeRowChecks,
  noRowChecks,
  readingAs,
} from '../src/validate/row-checks.js';
import { units } from './fixtures.js';

/** A stream of text pieces of the given size. */
async function* inPieces(text: string, size: number) {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

/** A stream of the text's UTF-8 bytes in pieces of the given size (cut anywhere, inside a letter too). */
async function* inBytePieces(text: string, size: number) {
  const bytes = new TextEncoder().encode(text);
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

/**
 * A list read three ways: as text with the lane (`lane`), as UTF-8 bytes with the lane on bytes (`bytes`),
 * and as text through the full rules only (`full`): its rows, rejected rows and report.
 */
async function readBothWays<T>(
  list: ListSchema<T>,
  text: string,
  piece = 1 << 12,
  options: ListOptions = {},
) {
  const read = async (lane: boolean, source: AsyncIterable<string | Uint8Array>) => {
    const rows: T[] = [];
    const rejected: RejectedRow[] = [];
    const report = await streamTable(source, list, {
      ...options,
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
  const full = await read(false, inPieces(text, piece));
  const bytes = await read(true, inBytePieces(text, piece));
  expect(bytes.rows).toEqual(full.rows);
  expect(bytes.rejected).toEqual(full.rejected);
  expect(bytes.report).toEqual(full.report);
  // A row at a time (`onRow`), where rows spelt alike share one object: each copied as it comes.
  const one: T[] = [];
  const report = await streamTable(inBytePieces(text, piece), list, {
    ...options,
    onRow: (row) => {
      one.push({ ...row });
    },
  });
  expect(one).toEqual(full.rows);
  expect(report).toEqual(full.report);
  return { lane: await read(true, inPieces(text, piece)), full, bytes };
}

const header = 'Mã đối tượng,Kỳ chi trả,Hình thức chi trả,Trạng thái,Số tiền,Người nhận';
const canonical = 'DT-0001,2025-01,Qua tài khoản,Đã chi,750000,Đối tượng';

/**
 * The rows the lane judged when the text is read as `streamTable` reads it (the lane after the header),
 * as text and as UTF-8 bytes in pieces of 64 KiB.
 */
function laneRowsOf<T>(text: string, list: ListSchema<T>): { text: number; bytes: number } {
  const count = (feed: (feeder: ReturnType<typeof createLineFeeder>) => void) => {
    const splitter = new CsvSplitter();
    const reader = createTableReader(list, { accept: () => {}, reject: () => {} });
    const feeder = createLineFeeder(reader, splitter);
    feed(feeder);
    feeder.end();
    reader.push(splitter.end(reader.lineTaker(splitter.delimiter)));
    reader.end();
    return reader.laneRows;
  };
  const bytes = new TextEncoder().encode(text);
  return {
    text: count((feeder) => {
      for (let at = 0; at < text.length; at += 1 << 16) feeder.text(text.slice(at, at + (1 << 16)));
    }),
    bytes: count((feeder) => {
      for (let at = 0; at < bytes.length; at += 1 << 16) feeder.bytes(bytes.subarray(at, at + (1 << 16)));
    }),
  };
}

/** Both lanes, on text and on bytes, judged more than `least` rows of the text. */
function expectLaneRows<T>(text: string, list: ListSchema<T>, least: number): void {
  const rows = laneRowsOf(text, list);
  expect(rows.text).toBeGreaterThan(least);
  expect(rows.bytes).toBeGreaterThan(least);
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
  // Characters beside the digits in ASCII ('/' and ':') too: a reader of bytes must refuse them.
  amount: [
    '750000',
    '0',
    '000750000',
    '750.000',
    '750,000',
    '1,25',
    '1234567890123456',
    '-5',
    '75/000',
    '75:0',
    '',
  ],
  receiver: ['Đối tượng', 'Người được ủy quyền', 'Trần Thị Bình', 'ĐỐI TƯỢNG', ''],
};

/** A payment line mostly canonical: the first cell of each column, up to two columns changed. */
const mostlyCanonical = fc.array(fc.tuple(fc.nat(5), fc.nat(10)), { maxLength: 2 }).map((changes) => {
  const columns = [cells.id, cells.period, cells.channel, cells.status, cells.amount, cells.receiver];
  const line = columns.map((c) => c[0] ?? '');
  for (const [column, pick] of changes) {
    const options = columns[column] ?? [];
    line[column] = options[pick % options.length] ?? '';
  }
  return line.join(',');
});

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

describe('the canonical lane', () => {
  it('takes a line in canonical form and leaves any other to the full rules', () => {
    const splitter = new CsvSplitter();
    const reader = createTableReader(paymentListSchema, { accept: () => {}, reject: () => {} });
    reader.push(splitter.push(`${header}\n${canonical.replace('DT-0001', 'DT-0000')}\n`));
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
    // A line short of a cell reads that cell as empty, as the full rules do; the derivations fill it.
    expect(takes('DT-0003,2025-01,Qua tài khoản,Đã chi,750000')).toBe(true);
  });

  it('gives the rows the schema gives, with the same rule against paying a person twice', () => {
    const rows: PaymentRow[] = [];
    const rejected: RejectedRow[] = [];
    const reader = createTableReader(paymentListSchema, {
      accept: (row) => rows.push(row),
      reject: (row) => rejected.push(row),
    });
    const splitter = new CsvSplitter();
    // The first row under a header is the classifier's to judge (it may number the columns).
    reader.push(splitter.push(`${header}\n1,2,3,4,5,6\n`));
    reader.push(splitter.end());
    reader.end();
    const taker = reader.lineTaker(',');
    expect(taker?.take('1,2,3,4,5,6', 0, 11, 3, [])).toBe(false);
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
    expect(paymentListSchema.parts?.once).toBe(paymentOnce);
  });

  it('remembers the payments of a file in its memory, or beside a plain Map a caller gives', () => {
    const row = paymentRowSchema.parse({
      beneficiaryId: 'DT-1',
      period: '2025-01',
      channel: 'cash',
      status: 'paid',
      amountVnd: 1,
      receivedBy: 'beneficiary',
    });
    for (const seen of [createRowMemory(), new Map<string, number>()]) {
      expect(paymentChecks(row, 2, seen)).toEqual([]);
      expect(paymentChecks({ ...row, period: '2025-02' }, 3, seen)).toEqual([]);
      expect(paymentChecks(row, 4, seen).map((i) => i.params)).toEqual([
        { id: 'DT-1', period: '2025-01', earlier: 2 },
      ]);
    }
    // Two files' memories are two: the same person paid once in each.
    expect(paymentChecks(row, 9, createRowMemory())).toEqual([]);
  });

  it('is not used for a list it does not cover: amounts in thousands, legacy letters, a file-level problem', () => {
    const laneOf = (text: string) => {
      const splitter = new CsvSplitter();
      const reader = createTableReader(paymentListSchema, { accept: () => {}, reject: () => {} });
      reader.push(splitter.push(text));
      reader.push(splitter.end());
      reader.end();
      return reader.lineTaker(',');
    };
    expect(laneOf(`${header}\n`)).toBeDefined();
    expect(laneOf(`${header},Họ và tên\n`)).toBeDefined();
    // An amount in thousands, no amount at all.
    expect(laneOf(`${header.replace('Số tiền', 'Số tiền (nghìn đồng)')}\n`)).toBeUndefined();
    expect(laneOf('Mã đối tượng,Kỳ chi trả,Hình thức chi trả,Trạng thái,Người nhận\n')).toBeUndefined();
    // A file in TCVN3 letters (but its header) not read back: every row carries that issue.
    expect(
      laneOf(`${header}\n${'DT-1,2025-01,Qua tµi kho¶n,§· chi,1,§èi t­îng\n'.repeat(10)}`),
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
            { weight: 3, arbitrary: line },
            { weight: 4, arbitrary: mostlyCanonical },
            { weight: 1, arbitrary: structure },
            { weight: 1, arbitrary: fc.constant(canonical) },
          ),
          { maxLength: 60 },
        ),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 1, max: 300 }),
        async (body, newline, piece) => {
          const text = ['Danh sách chi trả tháng 1/2025', header, ...prefix, ...body].join(newline);
          const { lane, full } = await readBothWays(paymentListSchema, text, piece * 97);
          if (body.includes(canonical)) expectLaneRows(text, paymentListSchema, 0);
          expect(lane.rows).toEqual(full.rows);
          expect(lane.rejected).toEqual(full.rejected);
          expect(lane.report).toEqual(full.report);
        },
      ),
      { numRuns: 60, seed: 14 },
    );
  });

  it("takes a line for a person's by its code in form and a figure beside it, as the classifier does", async () => {
    // A code in form with a month or an amount is a person's line; a code with no figure beside it, or a
    // code the lane does not read as one (a space or a letter beyond ASCII in it), is left to the
    // classifier: DT-0002, with its labels, is a person's row missing its figures; DT-0004 alone, a
    // signature.
    const lines = [
      canonical,
      'DT-0002,,Qua tài khoản,Đã chi,,Đối tượng',
      'DT 0003,2025-01,Qua tài khoản,Đã chi,750000,Đối tượng',
      'Tổng cộng,,,,1500000,',
      'DT-0004,,,,,',
      'ĐT-0005,2025-01,Qua tài khoản,Đã chi,750000,Đối tượng',
      canonical.replace('DT-0001', 'DT-0006'),
    ];
    const text = [header, ...lines].join('\n');
    const { lane, full, bytes } = await readBothWays(paymentListSchema, text);
    expect(full.report).toMatchObject({
      accepted: 4,
      rejected: 1,
      structureCounts: { header: 1, total: 1, signature: 1 },
    });
    expect(full.rejected.map((r) => r.row)).toEqual([3]);
    expect(lane.report).toEqual(full.report);
    expect(bytes.rows).toEqual(full.rows);
  });

  it('reads lists with an amount-paid column as the full rules do: the amount is then derived, not repeated', async () => {
    // Lines spelt alike but for code and amount are judged alike; where the amount paid gives the amount,
    // the amount is no longer one of those cells, and repeating a line's verdict would keep the wrong one.
    const paidLine = fc
      .tuple(
        fc.constantFrom('DT-1', 'DT-2', 'DT-3', 'DT-4', 'DT-5', ''),
        fc.constantFrom('750000', '500000', '0', '750.000'),
        fc.constantFrom('750000', '0', '', '1000'),
        fc.constantFrom('Đã chi', 'Chưa chi', ''),
      )
      .map(
        ([id, amount, paid, status]) => `${id},2025-01,Qua tài khoản,${status},${amount},Đối tượng,${paid}`,
      );
    const prefix = Array.from(
      { length: 400 },
      (_, i) => `P-${i},2025-01,Tiền mặt,Đã chi,1,Đối tượng,1,${'x'.repeat(3_000)}`,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof({ weight: 6, arbitrary: paidLine }, { weight: 1, arbitrary: structure }), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.boolean(),
        async (body, withStatus) => {
          const head = `${header},Số tiền đã chi,Ghi chú`;
          const lines = [head, ...prefix, ...body].map((l) =>
            withStatus
              ? l
              : l
                  .split(',')
                  .filter((_, i) => i !== 3)
                  .join(','),
          );
          const text = lines.join('\n');
          const { lane, full } = await readBothWays(paymentListSchema, text, 1 << 14);
          expectLaneRows(text, paymentListSchema, 0);
          expect(lane.rows).toEqual(full.rows);
          expect(lane.rejected).toEqual(full.rejected);
          expect(lane.report).toEqual(full.report);
        },
      ),
      { numRuns: 40, seed: 15 },
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
    const { lane, full } = await readBothWays(paymentListSchema, lines.join('\n'), 1 << 16);
    expectLaneRows(lines.join('\n'), paymentListSchema, 10_000);
    expect(lane.report.accepted).toBeGreaterThan(28_000);
    expect(lane.report.rejected).toBe(1000);
    expect(lane.rows).toEqual(full.rows);
    expect(lane.rejected).toEqual(full.rejected);
    expect(lane.report).toEqual(full.report);
  });
});

const registerHeader =
  'Mã đối tượng,Họ và tên,Năm sinh,Giới tính,Số CCCD,Mã xã,Thôn,Nhóm đối tượng,Trường hợp hưởng,Mức trợ cấp,Ngân hàng,Số tài khoản,Ngày mở tài khoản,Người được ủy quyền,Hưởng từ ngày,Dừng hưởng từ ngày,Lý do dừng,Khuyết tật nặng,Không đi lại được';

/** Cells of a register's columns as offices write them, canonical and not (CCCDs that fit and do not). */
const registerCells: readonly (readonly string[])[] = [
  ['DT-1', 'DT-2', 'DT-3', 'DT-1 ', ''],
  ['Đỗ Hữu Quân', 'Lê Thị Hoa', ' Trần  Văn Ba', 'Tổng cộng', ''],
  ['1980', '1956', '1850', '12/05/1956', '19800', '19:0', '195/', ''],
  ['Nam', 'Nữ', 'x', '1', 'nu', ''],
  ['001080000000', '001156000000', "'001080000000", '001 080 000000', '00108000000', ''],
  ['90083', '90001', 'Xã A', ''],
  ['Thôn 11', 'thôn  2', ''],
  ['Đối tượng bảo trợ xã hội hưởng trợ cấp hàng tháng', 'Người có công', 'Người cao tuổi', 'XYZ', ''],
  ['aged_80_plus_no_pension', 'Hệ số 1.5', ''],
  ['750000', '750.000', '1,25', ''],
  ['Vietcombank', ''],
  ['482947050809', '4829 4705 0809', '4.82E+13', '12345', ''],
  ['2015-03-12', '12/03/2015', '2015-02-29', '2016-02-29', '2015-13-01', ''],
  ['', 'Nguyễn Văn Con'],
  ['2015-03-12', '2024-02-30', '01/2015', ''],
  ['', '2014-01-01', '2025-06-30'],
  ['', 'Từ trần', 'abc'],
  ['', 'x', 'Có', 'maybe'],
  ['', 'x'],
];

const canonicalPerson =
  'DT-9,Lê Thị Hoa,1956,Nữ,001156000000,90083,Thôn 11,Người có công,,750000,Vietcombank,482947050809,2015-03-12,,2015-03-12,,,,x';

/**
 * A line that is mostly canonical: each column's first (canonical) cell, with up to three columns given
 * another of their cells, so that most lines are read by the lane and the rest by the full rules.
 */
const registerLine = fc
  .tuple(
    fc.array(fc.tuple(fc.nat(registerCells.length - 1), fc.nat(10)), { maxLength: 3 }),
    fc.constantFrom(0, 1),
  )
  .map(([changes, base]) => {
    const cells = registerCells.map((cells) => cells[base] ?? cells[0] ?? '');
    for (const [column, pick] of changes) {
      const options = registerCells[column] ?? [];
      cells[column] = options[pick % options.length] ?? '';
    }
    return cells.join(',');
  });

const registerStructure = fc.constantFrom(
  `Thôn 3${','.repeat(18)}`,
  `II. NGƯỜI CAO TUỔI${','.repeat(18)}`,
  `Tổng cộng,,,,,,,,,1.500.000${','.repeat(9)}`,
  '',
);

describe('the canonical lane on lines without the delimiter', () => {
  it('reads long runs of blank lines and lines of another delimiter as the full rules do', async () => {
    // Each such line was searched to the next delimiter, far below: a run of them took quadratic time.
    const lines = [
      header,
      ...Array.from({ length: 30_000 }, (_, i) => `${canonical.replace('0001', String(i))}`),
    ];
    lines.push(...Array.from({ length: 50_000 }, () => ''), canonical.replace('0001', 'X'));
    lines.push(...Array.from({ length: 2_000 }, (_, i) => `DT-${i};2025-01;Tiền mặt;Đã chi;1;Đối tượng`));
    const text = lines.join('\r\n');
    const { lane, full } = await readBothWays(paymentListSchema, text, 1 << 16);
    expectLaneRows(text, paymentListSchema, 5_000);
    expect(lane.report.skipped).toBe(50_000);
    expect(lane.rows).toEqual(full.rows);
    expect(lane.rejected).toEqual(full.rejected);
    expect(lane.report).toEqual(full.report);
  });
});

describe('the canonical lane of a register', () => {
  it('reads any register, in any pieces, to the same rows, rejected rows and report as the full rules', async () => {
    // A megabyte of rows first, so the header settles before the lines under test (a long unmapped note).
    const note = 'x'.repeat(2_000);
    const prefix = Array.from(
      { length: 700 },
      (_, i) => `P-${i},Lê Văn Tư,1980,Nam,,90083,Thôn 1,Người cao tuổi,,500000,,,,,2015-03-12,,,,,${note}`,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof({ weight: 6, arbitrary: registerLine }, { weight: 1, arbitrary: registerStructure }),
          {
            maxLength: 50,
          },
        ),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 1, max: 300 }),
        async (body, newline, piece) => {
          const text = [`${registerHeader},Ghi chú`, ...prefix, ...body, canonicalPerson].join(newline);
          const { lane, full } = await readBothWays(registerListSchema, text, piece * 97);
          expectLaneRows(text, registerListSchema, 0);
          expect(lane.rows).toEqual(full.rows);
          expect(lane.rejected).toEqual(full.rejected);
          expect(lane.report).toEqual(full.report);
        },
      ),
      { numRuns: 60, seed: 15 },
    );
  });

  it('reads the sex off the CCCD of each line whose sex cell is empty, though the lines are spelt alike', async () => {
    // Lines alike in every cell but their varying ones (code, name, CCCD): the second line's sex is not
    // the first line's, so its verdict cannot be the first one's repeated.
    const person = (id: string, cccd: string) =>
      `${id},Lê Thị Hoa,1956,,${cccd},90083,Thôn 11,Người có công,,750000,Vietcombank,482947050809,2015-03-12,,2015-03-12,,,,`;
    const text = [
      registerHeader,
      person('DT-1', '001056000001'),
      person('DT-2', '001156000002'),
      person('DT-3', '001056000003'),
      person('DT-4', '001156000004'),
    ].join('\n');
    const { lane, full, bytes } = await readBothWays(registerListSchema, text);
    expect(full.rows.map((r) => r.sex)).toEqual(['male', 'female', 'male', 'female']);
    expect(lane.rows).toEqual(full.rows);
    expect(lane.rejected).toEqual(full.rejected);
    expect(bytes.report).toEqual(full.report);
  });

  it('reads the year of birth off the CCCD of each line where the file has no year column, though the lines are spelt alike', async () => {
    const person = (id: string, cccd: string) =>
      `${id},Lê Thị Hoa,Nữ,${cccd},90083,Thôn 11,Người có công,,750000,,,,,2015-03-12,,,,`;
    const text = [
      registerHeader.replace('Năm sinh,', ''),
      person('DT-1', '001156000001'),
      person('DT-2', '001161000002'),
      person('DT-3', '001172000003'),
    ].join('\n');
    const { lane, full } = await readBothWays(registerListSchema, text);
    expect(full.rows.map((r) => r.birthYear)).toEqual([1956, 1961, 1972]);
    expect(full.rejected).toEqual([]);
    expect(lane.rows).toEqual(full.rows);
    expect(lane.report).toEqual(full.report);
  });

  it("starts each line at the file's period, or at its stop date when that comes first, though the lines are spelt alike", async () => {
    const person = (id: string, until: string) =>
      `${id},Lê Thị Hoa,1956,Nữ,,90083,Thôn 11,Người có công,,750000,,,,,${until},,,`;
    const text = [
      registerHeader.replace('Hưởng từ ngày,', ''),
      person('DT-1', '2025-03-01'),
      person('DT-2', '2024-12-15'),
      person('DT-3', '2025-02-01'),
    ].join('\n');
    const { lane, full } = await readBothWays(registerListSchema, text, 1 << 12, { period: '2025-01' });
    expect(full.rows.map((r) => r.since)).toEqual(['2025-01-01', '2024-12-15', '2025-01-01']);
    expect(lane.rows).toEqual(full.rows);
    expect(lane.report).toEqual(full.report);
  });

  it('reads back the register ansinh writes as the full rules do (a round trip, lane on and off)', async () => {
    const rows = synthesizeDistrict(units, { seed: 3 }).register;
    // Three copies under other codes, the copies without CCCD (a CCCD is one person's).
    const copies = [0, 1, 2].flatMap((copy) =>
      rows.map((r) => (copy === 0 ? r : { ...r, id: `${r.id}-${copy}`, nationalId: undefined })),
    );
    const text = writeRegisterCsv(copies, { reveal: true });
    expect(text.length).toBeGreaterThan(1 << 20);
    const { lane, full } = await readBothWays(registerListSchema, text, 1 << 16);
    expect(lane.report.issueCounts).toEqual({});
    expect(lane.rows).toEqual(full.rows);
    expect(lane.rejected).toEqual(full.rejected);
    expect(lane.report).toEqual(full.report);
  });
});

describe('codes, numerals and dates read from their bytes', () => {
  // Cells near each form: digits, dashes and letters in any order, dates of any year, month and day
  // (29 February of years that are and are not leap years), and any text.
  const nearForm = fc.oneof(
    fc.stringMatching(/^[0-9A-Za-z._/ -]{0,30}$/),
    // Codes about the longest a code may be (64 characters).
    fc.stringMatching(/^[0-9A-Za-z][0-9A-Za-z._/-]{58,68}$/),
    fc
      .tuple(fc.nat(9_999), fc.nat(14), fc.nat(33))
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
    fc.constantFrom(
      '2024-02-29',
      '2023-02-29',
      '1900-02-29',
      '2000-02-29',
      '2024-04-31',
      '2024-4-01',
      '０１２',
    ),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.stringMatching(/^[0-9]{20,26}$/),
    // A date with one character changed: each position of a date is tested.
    fc
      .tuple(fc.nat(9), fc.constantFrom('-', '/', '0', '9', 'a', ' ', 'ơ'))
      .map(([at, c]) => `2024-03-15`.slice(0, at) + c + `2024-03-15`.slice(at + 1)),
  );

  it('reads each as its reader reads its text: the same value, or none, for any cell read as each form', () => {
    fc.assert(
      fc.property(nearForm, fc.nat(3), (text, at) => {
        const bytes = Buffer.from([...Array(at).fill(0x2c), ...Buffer.from(text, 'utf8'), 0x2c]);
        for (const [form, inForm] of Object.entries(byteTests)) {
          const read = readers[form as keyof typeof readers](text, 0, text.length);
          const fromBytes = inForm(bytes, at, bytes.length - 1)
            ? bytes.toString('latin1', at, bytes.length - 1)
            : undefined;
          expect(fromBytes, `${form} of ${JSON.stringify(text)}`).toBe(read);
        }
      }),
      { numRuns: 5_000, seed: 7 },
    );
  });
});

describe('the lane on bytes, line by line', () => {
  /** A reader of a payment list settled on its header, and its taker of lines as bytes. */
  function byteTaker() {
    const splitter = new CsvSplitter();
    const reader = createTableReader(paymentListSchema, { accept: () => {}, reject: () => {} });
    reader.push(splitter.push(`${header}\n${canonical}\n`));
    reader.push(splitter.end());
    reader.end();
    const taker = reader.byteTaker(',');
    if (taker === undefined) throw new Error('no lane on bytes for a payment list');
    return taker;
  }
  const bytesOf = (text: string) => Buffer.from(text, 'utf8');

  it('refuses a line with a quote or a carriage return in it, whatever buffer and place the line comes in', () => {
    const taker = byteTaker();
    // A long line with no quote, then a short one with a quote in another buffer, further in than the
    // first line began: what the lane found in the first buffer says nothing of the second.
    const long = bytesOf(`${canonical},${'ghi chú dài '.repeat(12)}`);
    expect(taker.fits(long, 0, long.length)).toBe(true);
    const quoted = bytesOf('12345DT-0002,2025-01,"Qua tài khoản",Đã chi,750000,Đối tượng');
    expect(taker.fits(quoted, 5, quoted.length)).toBe(false);
    const returned = bytesOf('12345DT-0002,2025-01,Qua tài khoản,Đã chi\r,750000,Đối tượng');
    expect(taker.fits(returned, 5, returned.length)).toBe(false);
    // A carriage return as the line's last byte (a line break is not part of the line given).
    const last = bytesOf(`${canonical}\r`);
    expect(taker.fits(last, 0, last.length)).toBe(false);
    const closing = bytesOf(`${canonical}"`);
    expect(taker.fits(closing, 0, closing.length)).toBe(false);
    // Lines of one buffer looked at out of order: the second, then the first (its cells are found again),
    // then the first of another pair, which has a quote.
    const two = bytesOf(`DT-0003,2025-01,Qua tài khoản,Đã chi,750000,Đối tượng\n${canonical}`);
    const second = two.indexOf(0x0a) + 1;
    expect(taker.fits(two, second, two.length)).toBe(true);
    expect(taker.fits(two, 0, second - 1)).toBe(true);
    const pair = bytesOf(`DT-0003,2025-01,"Qua tài khoản",Đã chi,750000,Đối tượng\n${canonical}`);
    const after = pair.indexOf(0x0a) + 1;
    expect(taker.fits(pair, after, pair.length)).toBe(true);
    expect(taker.fits(pair, 0, after - 1)).toBe(false);
    // A quote after the line, in the same buffer, is the next line's, not this one's.
    const next = bytesOf(`${canonical}\nDT-0004,2025-01,"Qua tài khoản",Đã chi,750000,Đối tượng`);
    expect(taker.fits(next, 0, next.indexOf(0x0a))).toBe(true);
    expect(taker.fits(next, next.indexOf(0x0a) + 1, next.length)).toBe(false);
  });

  it("finds each line's cells, a line short of cells and lines without a delimiter among them", () => {
    const taker = byteTaker();
    const lines = [canonical, 'DT-0005,2025-01,Qua tài khoản,Đã chi,750000', 'không có dấu phẩy', canonical];
    const buffer = bytesOf(lines.join('\n'));
    const fits: boolean[] = [];
    let at = 0;
    for (const line of lines) {
      const end = at + Buffer.byteLength(line);
      fits.push(taker.fits(buffer, at, end));
      at = end + 1;
    }
    // The short line reads its last cell as empty (the full rules do too); the line without a delimiter is
    // no person's line: the full rules take it.
    expect(fits).toEqual([true, true, false, true]);
  });

  it('reads a line its caller found plain (no quote, no carriage return) as it reads one it looks at byte by byte', () => {
    /** The rows a fresh reader accepts and rejects from the lines, each told plain or not. */
    const read = (lines: readonly string[], plain: boolean) => {
      const splitter = new CsvSplitter();
      const rows: PaymentRow[] = [];
      const rejected: RejectedRow[] = [];
      const reader = createTableReader(paymentListSchema, {
        accept: (row) => rows.push(row),
        reject: (row) => rejected.push(row),
      });
      reader.push(splitter.push(`${header},Ghi chú\n${canonical},\n`));
      reader.push(splitter.end());
      reader.end();
      const taker = reader.byteTaker(',');
      if (taker === undefined) throw new Error('no lane on bytes for a payment list');
      const fits: boolean[] = [];
      for (const [k, line] of lines.entries()) {
        const bytes = bytesOf(`\n${line}\n`);
        const ok = taker.fits(bytes, 1, bytes.length - 1, plain);
        fits.push(ok);
        if (ok) taker.take(k + 3);
      }
      return { fits, rows, rejected };
    };
    const lines = [
      canonical,
      // Cells past the last one read (a note with delimiters of its own), a line short of cells, an empty
      // cell, an amount out of form, a line of delimiters only, a cell of spaces.
      `${canonical},ghi chú, có dấu phẩy,và thêm`,
      'DT-0005,2025-01,Qua tài khoản,Đã chi,750000',
      'DT-0006,2025-01,,Đã chi,750000,Đối tượng',
      'DT-0007,2025-01,Qua tài khoản,Đã chi,750.000 đ,Đối tượng',
      ',,,,,,',
      'DT-0008,2025-01,Qua tài khoản,Đã chi,750000,   ',
      'không có dấu phẩy',
    ];
    const byByte = read(lines, false);
    expect(byByte.fits).toEqual([true, true, true, true, false, false, false, false]);
    // The key of the header's first row is met twice more (paid again in the month), and a line without its
    // channel is refused.
    expect(byByte.rows.map((row) => row.beneficiaryId)).toEqual(['DT-0001', 'DT-0005']);
    expect(byByte.rejected.map((row) => row.issues.map((issue) => issue.code))).toEqual([
      ['duplicate_payment'],
      ['duplicate_payment'],
      ['required'],
    ]);
    expect(read(lines, true)).toEqual(byByte);
  });
});

describe('the lane on bytes, finding delimiters a word at a time', () => {
  it('reads any line at any place in any buffer as it does looking at each byte', () => {
    const columns = [...header.split(','), 'Ghi chú'].map((name, index) => ({
      name,
      index,
      code: undefined,
    }));
    const layout = matchColumns(columns, paymentColumns);
    const lane = (delimiter: string) => {
      const made = compileByteLane(
        layout,
        paymentColumns,
        delimiter,
        new Set(['beneficiaryId', 'amountVnd']),
      );
      if (made === undefined) throw new Error('no lane on bytes for a payment list');
      return made;
    };
    // Cells of a few bytes and of many, letters of two and three bytes, empty cells, delimiters in a row.
    const cell = fc.constantFrom(
      'DT-0001',
      '2025-01',
      'Qua tài khoản',
      'Đã chi',
      '750000',
      'Đối tượng',
      '',
      'ghi chú dài hơn một từ',
      'ẞ',
      '12',
    );
    const lines = fc.array(cell, { minLength: 0, maxLength: 9 });
    fc.assert(
      fc.property(
        lines,
        fc.nat(11),
        fc.nat(3),
        fc.constantFrom(',', ';', '\t'),
        (cells, before, after, delimiter) => {
          const text = cells.join(delimiter);
          const bytes = Buffer.alloc(before + Buffer.byteLength(text) + after, 0x2c);
          bytes.write(text, before, 'utf8');
          const end = before + Buffer.byteLength(text);
          // One lane looks at each byte, the other is told the line is plain; the line in buffers that start
          // 0 to 3 bytes into their memory (`Buffer.alloc` and the pool start on a multiple of 8), and in a
          // shared one.
          const byByte = lane(delimiter);
          const plain = lane(delimiter);
          const placed = (offset: number, memory: ArrayBufferLike) => {
            const buffer = Buffer.from(memory, offset, bytes.length);
            bytes.copy(buffer);
            return buffer;
          };
          const buffers = [
            bytes,
            ...[0, 1, 2, 3].map((offset) => placed(offset, new ArrayBuffer(bytes.length + offset + 5))),
            placed(1, new SharedArrayBuffer(bytes.length + 1)),
          ];
          for (const buffer of buffers) {
            const fits = byByte.scan(buffer, before, end, false);
            expect(plain.scan(buffer, before, end, true)).toBe(fits);
            if (fits) expect(plain.values()).toEqual(byByte.values());
            for (let index = 0; index < 7; index += 1) expect(plain.cell(index)).toBe(byByte.cell(index));
          }
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('reads a line of a resizable buffer that has grown since its last line as it reads any other', () => {
    const columns = [...header.split(','), 'Ghi chú'].map((name, index) => ({
      name,
      index,
      code: undefined,
    }));
    const made = compileByteLane(
      matchColumns(columns, paymentColumns),
      paymentColumns,
      ',',
      new Set(['beneficiaryId', 'amountVnd']),
    );
    if (made === undefined) throw new Error('no lane on bytes for a payment list');
    // A resizable ArrayBuffer (ES2024: Node 20 has it, the TypeScript library the project uses does not).
    const Resizable = ArrayBuffer as unknown as new (
      length: number,
      options: { maxByteLength: number },
    ) => ArrayBuffer & { resize(length: number): void };
    const memory = new Resizable(8, { maxByteLength: 4_096 });
    const buffer = Buffer.from(memory);
    buffer.write('ab,cd,ef');
    expect(made.scan(buffer, 0, 8, true)).toBe(false);
    memory.resize(4_096);
    const line = `${canonical},ghi chú`;
    const grown = Buffer.from(memory);
    const end = 100 + grown.write(line, 100);
    expect(made.scan(grown, 100, end, true)).toBe(true);
    expect(made.cell(0)).toBe('DT-0001');
    expect(made.cell(5)).toBe('Đối tượng');
  });
});

describe("a payment list's codes taken from the lines' bytes (onRowFromLine)", () => {
  const months = new Map([
    ['2025-01', 0],
    ['2025-02', 1],
  ]);
  /** A list read into paid columns: the full rules only, or the lane on bytes with codes from the lines. */
  const paidOf = async (
    text: string,
    piece: number,
    fromLine: boolean,
    list: ListSchema<PaymentRow> = paymentListSchema,
  ) => {
    const paid = createPaidColumns(months);
    const rejected: RejectedRow[] = [];
    let lines = 0;
    const report = await streamTable(fromLine ? inBytePieces(text, piece) : inPieces(text, piece), list, {
      lane: fromLine,
      onRow: (row) => paid.add(row),
      ...(fromLine
        ? {
            onRowFromLine: {
              fields: new Set(['beneficiaryId']),
              accept: (row: PaymentRow, cells: import('../src/validate/row-checks.js').CellBytes) => {
                lines += 1;
                const column = cells.columnOf('beneficiaryId');
                paid.addWithKeyBytes(row, cells.buffer(), cells.cellStart(column), cells.cellEnd(column));
              },
            },
          }
        : {}),
      onRejected: (chunk) => {
        rejected.push(...chunk);
      },
    });
    const columns = paid.done();
    return {
      ids: unpackKeys(columns.ids),
      month: [...columns.month],
      cell: [...columns.cell],
      vnd: [...columns.vnd],
      notPaid: columns.notPaid,
      outsideMonths: columns.outsideMonths,
      report,
      rejected,
      lines,
    };
  };

  // A megabyte of lines first: the header settles on them (the lane starts after it), and their codes are
  // met again below.
  const note = 'x'.repeat(2_000);
  const prefix = Array.from(
    { length: 600 },
    (_, i) => `${i % 2 === 0 ? 'DT-0001' : `P-${i}`},2025-01,Qua tài khoản,Đã chi,1000,Đối tượng,${note}`,
  );

  it('stores, counts and refuses what the full rules do, a code met on a row and then on a line a repeat', async () => {
    let fromBytes = 0;
    // Codes met again in the month (refused as paid twice), whichever way each came: on a line taken
    // from its bytes, or on a row of the full rules (a quoted cell, a code out of form, the lines read
    // while the header settles).
    // Codes the full rules read otherwise than as their bytes too (spaces around, a letter beyond ASCII,
    // no digit): the lane must leave those to them.
    const codes = [
      'DT-0001',
      'TB.2019/44',
      'A1',
      'DT-0002',
      'X_9',
      'DT-0003',
      ' DT-0002',
      'DT-0003 ',
      'ĐT-0001',
      'ABC',
      // Codes the lane on bytes must not take: a first byte that is not a letter or digit, one byte too
      // long for a code in form (65); and the longest it takes (64).
      '-7',
      '.7',
      '_7',
      '/7',
      `A${'9'.repeat(64)}`,
      `B${'9'.repeat(63)}`,
    ];
    const spelt = fc.tuple(
      fc.constantFrom(...codes),
      fc.constantFrom('2025-01', '2025-02', '01/2025', '2024-12'),
      fc.constantFrom('Qua tài khoản', 'Tiền mặt', '"Tiền mặt"'),
      fc.constantFrom('Đã chi', 'Chưa chi', 'Trả lại'),
      fc.constantFrom('750000', '1000', '750.000', ''),
    );
    const lineOf = fc.oneof(
      { weight: 6, arbitrary: spelt.map((cells) => `${cells.join(',')},Đối tượng`) },
      { weight: 2, arbitrary: line },
      { weight: 1, arbitrary: structure },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(lineOf, { maxLength: 80 }),
        fc.integer({ min: 1, max: 40 }),
        async (body, piece) => {
          const text = ['Danh sách chi trả tháng 1/2025', header, ...prefix, canonical, ...body].join('\n');
          const full = await paidOf(text, piece * 4_099, false);
          const bytes = await paidOf(text, piece * 4_099, true);
          const { lines: _lines, ...expected } = full;
          const { lines, ...got } = bytes;
          expect(got).toEqual(expected);
          expect(lines).toBeLessThanOrEqual(bytes.report.accepted);
          fromBytes += lines;
        },
      ),
      { numRuns: 60, seed: 15 },
    );
    // Many lines were taken from their bytes: the way tested is the one taken.
    expect(fromBytes).toBeGreaterThan(1_000);
  });

  it('takes most lines of a list in canonical form from their bytes, a repeat across the two ways refused', async () => {
    const body = Array.from(
      { length: 2_000 },
      (_, i) => `DT-${String(i % 1_500).padStart(5, '0')},2025-01,Qua tài khoản,Đã chi,750000,Đối tượng`,
    );
    // The 1 500th line and after repeat a code: the first 1 500 are stored, the rest refused.
    const text = [
      header,
      ...prefix,
      ...body,
      '"DT-00007",2025-01,Qua tài khoản,Đã chi,750000,Đối tượng',
    ].join('\n');
    const bytes = await paidOf(text, 1 << 12, true);
    const full = await paidOf(text, 1 << 12, false);
    expect(bytes.lines).toBeGreaterThan(1_000);
    expect(bytes.ids).toEqual(full.ids);
    expect(bytes.rejected).toEqual(full.rejected);
    // The prefix's 301 codes, then the body's 1 500; the rest refused, the prefix's DT-0001 after its first.
    expect(bytes.ids.length).toBe(301 + 1_500);
    expect(bytes.report.issueCounts).toEqual({ duplicate_payment: 299 + 500 + 1 });
    expect(bytes.rejected.at(-1)?.issues[0]?.params).toEqual({
      id: 'DT-00007',
      period: '2025-01',
      earlier: 609,
    });
  });

  it('leaves a field in the bytes only where the schema takes any code and every rule can read it there', () => {
    expect(acceptsAnyCode(paymentRowSchema, 'beneficiaryId', 64)).toBe(true);
    expect(acceptsAnyCode(registerRowSchema, 'id', 64)).toBe(true);
    // A pattern, a date's format, a number: not any code.
    expect(acceptsAnyCode(registerRowSchema, 'accountNumber', 64)).toBe(false);
    expect(acceptsAnyCode(registerRowSchema, 'since', 64)).toBe(false);
    expect(acceptsAnyCode(registerRowSchema, 'birthYear', 64)).toBe(false);
    expect(acceptsAnyCode(registerRowSchema, 'nope', 64)).toBe(false);
    const deferred = new Map([['beneficiaryId', 0]]);
    expect(composeLineChecks(paymentListSchema.check, deferred)).toBeDefined();
    // Not a check composeChecks made (a caller's own), one made without naming what its rules on a row's
    // own fields read, rules on a row's own fields that read the field, a rule that does not say what it
    // reads, a scope read from the field.
    expect(composeLineChecks(() => [], deferred)).toBeUndefined();
    expect(composeLineChecks(paymentChecks, deferred)).toBeDefined();
    expect(composeLineChecks(composeRowChecks(noRowChecks, paymentOnce), deferred)).toBeUndefined();
    expect(
      composeLineChecks(composeRowChecks(noRowChecks, paymentOnce, ['beneficiaryId']), deferred),
    ).toBeUndefined();
    const silent = composeRowChecks<PaymentRow>(
      noRowChecks,
      [{ ...paymentOnce[0], fields: undefined } as never],
      [],
    );
    expect(composeLineChecks(silent, deferred)).toBeUndefined();
    const byScope = composeRowChecks<PaymentRow>(
      noRowChecks,
      [
        {
          ...(paymentOnce[0] as (typeof paymentOnce)[number]),
          fields: { key: 'period', scope: 'beneficiaryId' },
        },
      ],
      [],
    );
    expect(composeLineChecks(byScope, deferred)).toBeUndefined();
  });

  // Rules on a row's own fields that refuse a code beginning BAD: they read the code.
  const noBad = (row: PaymentRow, line: number) =>
    row.beneficiaryId.startsWith('BAD')
      ? [
          {
            row: line,
            column: 'Mã đối tượng',
            code: 'invalid_value' as const,
            params: { field: 'beneficiaryId', detail: 'BAD' },
          },
        ]
      : [];
  // Two lines spelt alike but for the code, after the megabyte the header settles on: the second judged
  // as the first was unless its code is read.
  const okThenBad = [
    header,
    ...prefix,
    'OK-1,2025-01,Qua tài khoản,Đã chi,1000,Đối tượng',
    'BAD-2,2025-01,Qua tài khoản,Đã chi,1000,Đối tượng',
  ].join('\n');

  it("reads the code into the row where a list's own rules read it, however the list was put together", async () => {
    const byParts = paymentList(paymentColumns, paymentRowSchema, noBad, paymentOnce, ['beneficiaryId']);
    // A list spread from the payment list's with a check of its own: what the old check's rules read says
    // nothing of the new one's.
    const spread: ListSchema<PaymentRow> = {
      ...paymentListSchema,
      check: composeRowChecks(noBad, paymentOnce),
      parts: { local: noBad, once: paymentOnce },
    };
    for (const list of [byParts, spread]) {
      const full = await paidOf(okThenBad, 1 << 12, false, list);
      const bytes = await paidOf(okThenBad, 1 << 12, true, list);
      expect(bytes.rejected.filter((r) => r.row > 601).map((r) => [r.row, r.issues[0]?.code])).toEqual([
        [603, 'invalid_value'],
      ]);
      expect(bytes.rejected).toEqual(full.rejected);
      expect(bytes.ids).toEqual(full.ids);
      expect(bytes.lines).toBe(0);
    }
  });

  it("checks a code on its bytes against the schema's own bounds, or leaves it to the schema", async () => {
    const codes = ['DT-1', 'DT-12345', 'DT-1234567890', 'A1', 'TB.2019/44'];
    const text = [
      header,
      ...prefix,
      ...codes.map((code) => `${code},2025-01,Qua tài khoản,Đã chi,1000,Đối tượng`),
      ...codes.map((code) => `${code},2025-02,Qua tài khoản,Đã chi,1000,Đối tượng`),
    ].join('\n');
    const bounded = [
      paymentRowSchema.extend({ beneficiaryId: z.string().max(8) }),
      paymentRowSchema.extend({ beneficiaryId: z.string().min(5) }),
      paymentRowSchema.extend({ beneficiaryId: z.string().min(3).max(9) }),
      paymentRowSchema.extend({ beneficiaryId: z.string().regex(/^DT-/) }),
    ];
    let refused = 0;
    for (const schema of bounded) {
      const list = paymentList(paymentColumns, schema, noRowChecks, paymentOnce, []);
      const full = await paidOf(text, 1 << 12, false, list);
      const bytes = await paidOf(text, 1 << 12, true, list);
      expect(bytes.rejected).toEqual(full.rejected);
      expect(bytes.ids).toEqual(full.ids);
      expect(bytes.report).toEqual(full.report);
      refused += full.rejected.filter((r) => r.row > 601).length;
    }
    // Each bound refuses some of the codes (twice: once a month).
    expect(refused).toBe(2 * (2 + 2 + 3 + 2));
  });

  it('gives a code the schema changes (upper case) as the schema gives it, paid twice in its changed form', async () => {
    const schema = paymentRowSchema.extend({ beneficiaryId: z.string().min(1).toUpperCase() });
    const list = paymentList(paymentColumns, schema, noRowChecks, paymentOnce, []);
    const text = [
      header,
      ...prefix,
      'DT-1,2025-01,Qua tài khoản,Đã chi,1000,Đối tượng',
      'dt-1,2025-01,Qua tài khoản,Đã chi,1000,Đối tượng',
    ].join('\n');
    for (const fromLine of [false, true]) {
      const read = await paidOf(text, 1 << 12, fromLine, list);
      expect(read.rejected.filter((r) => r.row > 601).map((r) => r.issues[0]?.params)).toEqual([
        { id: 'DT-1', period: '2025-01', earlier: 602 },
      ]);
      expect(read.ids.filter((id) => id.startsWith('DT-1') || id.startsWith('dt-1'))).toEqual(['DT-1']);
    }
  });
});

describe('the rows held while the header settles, read from their bytes', () => {
  type LineLookup = (line: number) => { bytes: Buffer; start: number; end: number } | undefined;
  /**
   * `text` fed as bytes in pieces of `piece` to a reader of payment lists: its rows, and what the feeder
   * answered each line the reader looked up (the line's text from the bytes given, or `undefined`).
   */
  function feedKeeping(text: string, piece: number, lookupOf?: (lookup: LineLookup) => LineLookup) {
    const rows: PaymentRow[] = [];
    const splitter = new CsvSplitter();
    const reader = createTableReader(paymentListSchema, {
      accept: (row) => rows.push(row),
      reject: () => {},
    });
    const answers = new Map<number, string | undefined>();
    const spy: TableReader = Object.create(reader);
    spy.keepLineBytes = (lookup) => {
      const given = lookupOf?.(lookup) ?? lookup;
      reader.keepLineBytes((line) => {
        const found = given(line);
        answers.set(line, found?.bytes.toString('utf8', found.start, found.end));
        return found;
      });
    };
    const feeder = createLineFeeder(spy, splitter);
    const bytes = Buffer.from(text);
    for (let at = 0; at < bytes.length; at += piece) feeder.bytes(bytes.subarray(at, at + piece));
    feeder.end();
    reader.push(splitter.end(reader.lineTaker(splitter.delimiter)), splitter.delimiter);
    reader.end();
    return { rows, answers, laneRows: reader.laneRows };
  }

  it('gives the bytes of each line the reader held, wherever the pieces cut', () => {
    const lines = [header, ...Array.from({ length: 300 }, (_, i) => canonical.replace('0001', String(i)))];
    for (const piece of [7, 100, 4096, 1 << 20])
      for (const end of ['\n', '']) {
        const { answers, rows } = feedKeeping(`${lines.join('\n')}${end}`, piece);
        expect(rows).toHaveLength(300);
        // The first row under the header is the classifier's; every other one was looked up.
        expect([...answers.keys()]).toEqual(lines.slice(2).map((_, i) => i + 3));
        for (const [line, text] of answers) if (text !== undefined) expect(text).toBe(lines[line - 1]);
        // Found, but for the lines the splitter held before it settled the delimiter (thirty).
        const found = [...answers.values()].filter((text) => text !== undefined).length;
        expect(found).toBeGreaterThanOrEqual(piece === 1 << 20 ? 299 : 299 - 30);
      }
  });

  it('gives no bytes for a line of a piece with a quote or a carriage return, and never the wrong ones', () => {
    const lines = [header, ...Array.from({ length: 50 }, (_, i) => canonical.replace('0001', String(i)))];
    lines[20] = `${lines[20]},"ghi chú"`;
    for (const [sep, piece] of [
      ['\n', 1 << 20],
      ['\r\n', 1 << 20],
      ['\n', 200],
      ['\r\n', 300],
    ] as const) {
      const { answers, rows } = feedKeeping(lines.join(sep), piece);
      // Lines ended by carriage returns, or in the one piece with a quote, are not kept (the last line,
      // ended by the file, is a piece of its own); in smaller pieces those of pieces without a quote are.
      const found = [...answers].filter(([line, text]) => text !== undefined && line < 51);
      if (piece === 1 << 20 || sep === '\r\n') expect(found).toEqual([]);
      else expect(found.length).toBeGreaterThan(10);
      expect(answers.get(21)).toBeUndefined();
      for (const [line, text] of answers) if (text !== undefined) expect(text).toBe(lines[line - 1]);
      expect(rows).toHaveLength(50);
    }
  });

  it('judges a held row from the bytes the feeder gives for its line, where they can be that line', () => {
    const lines = [header, ...Array.from({ length: 40 }, (_, i) => canonical.replace('0001', String(i)))];
    const text = `${lines.join('\n')}\n`;
    const plain = feedKeeping(text, 1 << 20);
    expect(plain.rows.map((r) => r.amountVnd)).toEqual(lines.slice(1).map(() => 750_000));
    // Bytes for line 10 that could be it (as many fields and characters) say 750 001 dong: the row held
    // for that line is read from them, by the lane.
    const other = (bytes: Buffer) => (lookup: LineLookup) => (line: number) =>
      line === 10 ? { bytes, start: 0, end: bytes.length } : lookup(line);
    const alike = feedKeeping(
      text,
      1 << 20,
      other(Buffer.from((lines[9] ?? '').replace('750000', '750001'))),
    );
    expect(alike.rows[8]?.amountVnd).toBe(750_001);
    expect(alike.rows.filter((r) => r.amountVnd !== 750_000)).toHaveLength(1);
    expect(alike.laneRows).toBe(39);
    // Bytes that cannot be that line (a field more, or fewer characters) are not used: the record is read.
    for (const bytes of [`${lines[9]},x`, (lines[9] ?? '').replace('750000', '1')].map((t) =>
      Buffer.from(t),
    )) {
      const unlike = feedKeeping(text, 1 << 20, other(bytes));
      expect(unlike.rows).toEqual(plain.rows);
    }
  });
});

describe('lines held as bytes while the header settles', () => {
  /**
   * `text` fed as bytes in pieces of `piece` (its first `textFirst` characters as one text piece before
   * them), holding lines while the header settles or not.
   */
  function readBytes(text: string, piece: number, hold: boolean, textFirst = 0) {
    const rows: PaymentRow[] = [];
    const rejected: RejectedRow[] = [];
    const splitter = new CsvSplitter();
    const reader = createTableReader(paymentListSchema, {
      accept: (row) => rows.push(row),
      reject: (row) => rejected.push(row),
    });
    const feeder = createLineFeeder(reader, splitter, { hold });
    if (textFirst > 0) feeder.text(text.slice(0, textFirst));
    const bytes = Buffer.from(text.slice(textFirst));
    for (let at = 0; at < bytes.length; at += piece) feeder.bytes(bytes.subarray(at, at + piece));
    feeder.end();
    reader.push(splitter.end(reader.lineTaker(splitter.delimiter)), splitter.delimiter);
    reader.end();
    return { rows, rejected, report: reader.report([]), settledAt: reader.boundary().settledAt };
  }
  // Lines without a letter past ASCII, so that the few legacy letters typed in are most of the words a
  // file's legacy check reads (`legacyFontOf`), and three marks decide it.
  const plainHeader = 'Ma doi tuong,Ky chi tra,Hinh thuc chi tra,Trang thai,So tien,Nguoi nhan';
  const line = (i: number) => `DT-${i},2025-01,Qua tai khoan,Da chi,750000,Doi tuong`;
  /** A TCVN3 letter typed into the file, one mark (three make the file a legacy one). */
  const legacy = (i: number) => `DT-${i},2025-01,Qua tµi khoan,Da chi,750000,Doi tuong`;
  const file = (count: number, change: (i: number) => string | undefined = () => undefined, sep = '\n') =>
    [plainHeader, ...Array.from({ length: count }, (_, i) => change(i) ?? line(i))].join(sep);

  it('settles the header on the same lines, with the same legacy letters found, and reads the same rows', () => {
    const files: [string, string][] = [
      ['plain, past the megabyte', `${file(25_000)}\n`],
      ['no line feed at the end', file(25_000)],
      ['ending before the header settles', `${file(5_000)}\n`],
      [
        'a quote after lines were held',
        file(25_000, (i) => (i === 9_000 ? `${line(i)},"ghi, chú"` : undefined)),
      ],
      ['Windows line ends', file(25_000, undefined, '\r\n')],
      [
        'a blank line, a total and a line of another shape held',
        file(25_000, (i) =>
          i === 3_000 ? '' : i === 3_001 ? 'Tổng cộng,,,,1.500.000,' : i === 3_002 ? 'x' : undefined,
        ),
      ],
      // Two lines of legacy letters early, the third later and later: one of them is where the header
      // settles, so whether the file is read as legacy depends on where that is.
      ...[17_000, 18_200, 19_400, 20_600, 21_200, 21_800, 22_400, 24_500].map((third): [string, string] => [
        `legacy letters, the third on line ${third}`,
        file(25_000, (i) => (i === 100 || i === 2_000 || i === third ? legacy(i) : undefined)),
      ]),
    ];
    let legacyFiles = 0;
    for (const [name, text] of files)
      for (const piece of [1 << 16, 100_003, 1 << 20]) {
        const held = readBytes(text, piece, true);
        const split = readBytes(text, piece, false);
        expect(held.settledAt, `${name}, pieces of ${piece}`).toBe(split.settledAt);
        expect(held.report, `${name}, pieces of ${piece}`).toEqual(split.report);
        expect(held.rows, `${name}, pieces of ${piece}`).toEqual(split.rows);
        expect(held.rejected, `${name}, pieces of ${piece}`).toEqual(split.rejected);
        if (piece === 1 << 20 && held.report.issueCounts.legacy_encoding !== undefined) legacyFiles += 1;
      }
    // Some files were found legacy and some not, so the settling point was tested.
    expect(legacyFiles).toBeGreaterThan(0);
    expect(legacyFiles).toBeLessThan(8);
  });

  it('finds a file legacy by the letters in its first 1 048 576 characters, read whole or in any pieces', () => {
    // Two lines of TCVN3 letters early; the third a line before, at, or after the end of the window the
    // check reads (the lines joined as the records' fields by spaces, by line feeds), in the file and in
    // the batch the header settles on. Read whole (`readPaymentsCsv`), the file is judged on the same
    // window as in pieces.
    const window = 1 << 20;
    const lines = [plainHeader, ...Array.from({ length: 25_000 }, (_, i) => line(i))];
    /** The line whose text spans the window's last character. */
    let last = 0;
    for (let at = 0; last < lines.length; last += 1) {
      at += (lines[last] ?? '').length + 1;
      if (at > window) break;
    }
    const verdicts = new Set<boolean>();
    for (const third of [last - 1, last, last + 1]) {
      const text = `${lines.map((l, n) => (n === 101 || n === 2_001 || n === third ? legacy(n - 1) : l)).join('\n')}\n`;
      const whole = readPaymentsCsv(text).report;
      // The third mark, `tµ` of `Qua tµi`, ends up inside the window only when its line starts early enough.
      const inside = text.indexOf('tµ', text.indexOf(`DT-${third - 1},`)) + 1 < window;
      expect(whole.issueCounts.legacy_encoding, `third on line ${third + 1}`).toBe(
        inside ? 25_000 : undefined,
      );
      verdicts.add(inside);
      for (const piece of [1 << 16, 100_003, 1 << 20, 3 << 20]) {
        const { report } = readBytes(text, piece, true);
        expect(report.issueCounts, `third on line ${third + 1}, pieces of ${piece}`).toEqual(
          whole.issueCounts,
        );
        expect(report.accepted).toBe(whole.accepted);
      }
    }
    expect(verdicts).toEqual(new Set([true, false]));
  });

  it('reads any such file alike held or split: quotes, carriage returns, blank lines, legacy letters, a title, any pieces', () => {
    // Files around the megabyte the header settles on, each line changed or not at random places; the
    // text fed as bytes in pieces of any size, some first as a text piece.
    const change = fc.constantFrom(
      (i: number) => legacy(i),
      // VNI letters typed into a Unicode file: `ø` and `û` inside words.
      (i: number) => line(i).replace('Qua tai khoan', 'Qua taøi khoaûn'),
      // Characters of four bytes (two code units each), which the batches are cut and counted by.
      (i: number) => line(i).replace('Doi tuong', `😀𝐚 ${'😀'.repeat(i % 40)}Đối tượng`),
      () => '',
      (i: number) => `${line(i)},"ghi chú, có dấu phẩy"`,
      (i: number) => `${line(i)}\r`,
      () => 'Tổng cộng,,,,1.500.000,',
      (i: number) => line(i).replace('750000', '750.000'),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 14_000, max: 24_000 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 23_999 }), change), { maxLength: 8 }),
        fc.boolean(),
        fc.oneof(fc.constant(1 << 20), fc.integer({ min: 500, max: 3 << 20 })),
        fc.option(fc.integer({ min: 1, max: 1_200_000 }), { nil: undefined }),
        fc.boolean(),
        (count, changes, ended, piece, textFirst, bom) => {
          const at = new Map(changes);
          const title = 'DANH SÁCH CHI TRẢ THÁNG 01/2025';
          const text = `${bom ? '\ufeff' : ''}${title}\n${file(count, (i) => at.get(i)?.(i))}${ended ? '\n' : ''}`;
          const first = Math.min(textFirst ?? 0, text.length);
          expect(readBytes(text, piece, true, first)).toEqual(readBytes(text, piece, false, first));
        },
      ),
      { numRuns: 12 },
    );
  });

  it('releases the lines held before a line of over a megabyte, and names a bad byte in it on its line', () => {
    const rows = Array.from({ length: 200 }, (_, i) => line(i));
    const tail = Array.from({ length: 30_000 }, (_, i) => line(1_000 + i));
    const long = `DT-dai,2025-01,Qua tài khoản,Đã chi,750000,${'x'.repeat(2_500_000)}`;
    const text = `${[header, ...rows, long, ...tail].join('\n')}\n`;
    const held = readBytes(text, 1 << 20, true);
    const split = readBytes(text, 1 << 20, false);
    expect(held).toEqual(split);
    // The long line is refused whole, on its own line, and every other row is read.
    expect(held.rejected.map((r) => r.row)).toEqual([202]);
    expect(held.rows).toHaveLength(30_200);
    const bad = Buffer.concat([
      Buffer.from(
        `${[header, ...rows].join('\n')}\nDT-dai,2025-01,Qua,Đã chi,750000,${'x'.repeat(1_500_000)}`,
      ),
      Buffer.from([0xff]),
      Buffer.from(`${'y'.repeat(1_000_000)}\n${tail.join('\n')}\n`),
    ]);
    const errorOf = (hold: boolean) => {
      const splitter = new CsvSplitter();
      const reader = createTableReader(paymentListSchema, { accept: () => {}, reject: () => {} });
      const feeder = createLineFeeder(reader, splitter, { hold });
      try {
        for (let at = 0; at < bad.length; at += 1 << 20) feeder.bytes(bad.subarray(at, at + (1 << 20)));
        feeder.end();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(errorOf(true)).toBeInstanceOf(TextEncodingError);
    expect((errorOf(true) as TextEncodingError).message).toMatch(/line 202 /u);
    expect((errorOf(true) as TextEncodingError).message).toBe((errorOf(false) as TextEncodingError).message);
  });

  it('settles on the same line when text pieces come before bytes', () => {
    // Text up to a few thousand characters short of the megabyte, two legacy letters in it; then bytes, the
    // third legacy letter 300 lines in: where the header settles decides whether the file is legacy.
    const head = [header];
    let chars = header.length + 1;
    for (let i = 0; chars + line(i).length + 1 < 1_046_000; i += 1) {
      head.push(i === 100 || i === 2_000 ? legacy(i) : line(i));
      chars += line(i).length + 1;
    }
    const rest = Array.from({ length: 20_000 }, (_, k) =>
      k === 300 ? legacy(90_000 + k) : line(90_000 + k),
    );
    const text = `${head.join('\n')}\n${rest.join('\n')}\n`;
    const first = head.join('\n').length + 1;
    expect(readBytes(text, 1 << 20, true, first)).toEqual(readBytes(text, 1 << 20, false, first));
  });
});

describe('the lane on a file read as bytes', () => {
  /** Rows of a payment list in canonical form, past the megabyte the header settles on. */
  const plain = Array.from({ length: 30_000 }, (_, i) => canonical.replace('0001', String(i)));

  it('reads quoted fields over several lines, Windows line ends and a byte-order mark as the text is read', async () => {
    const text = [
      `\uFEFF${header},Ghi chú`,
      ...plain.slice(0, 25_000),
      'DT-9A,2025-01,Qua tài khoản,Đã chi,750000,Đối tượng,"ghi chú',
      // A line in form inside a quoted field is part of the field, not a row.
      'DT-9B,2025-01,Qua tài khoản,Đã chi,750000,Đối tượng',
      'trên ba dòng"',
      'DT-9C,2025-01,Qua tài khoản,Đã chi,750000,Đối tượng,"a, ""b"""',
      'DT-9D,2025-01,Qua tài khoản,Đã chi,750000,Đối tượng,a\rb',
      ...plain.slice(25_000),
    ].join('\r\n');
    for (const piece of [1 << 10, 1 << 16, 3 * (1 << 20)]) {
      const { bytes, full } = await readBothWays(paymentListSchema, text, piece);
      expect(bytes.report.notes.map((n) => n.code)).toContain('byte_order_mark');
      // The quoted line holds the row DT-9A with its note, and DT-9B is no row of its own.
      expect(full.rows.map((r) => r.beneficiaryId)).toContain('DT-9A');
      expect(full.rows.map((r) => r.beneficiaryId)).not.toContain('DT-9B');
      expect(bytes.report.accepted).toBe(30_003);
    }
    expectLaneRows(text, paymentListSchema, 5_000);
  });

  it('names the line of bytes TextDecoder refuses though they look like UTF-8: surrogates, overlong forms, past U+10FFFF', async () => {
    const lines = [header, ...plain];
    for (const bad of [
      [0xed, 0xa0, 0x80],
      [0xe0, 0x80, 0x80],
      [0xf0, 0x80, 0x80, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
    ]) {
      const head = new TextEncoder().encode(`${lines.slice(0, 25_000).join('\n')}\nDT-X,`);
      const tail = new TextEncoder().encode(`\n${lines.slice(25_000).join('\n')}`);
      const bytes = Uint8Array.from([...head, ...bad, ...tail]);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
      expect(firstInvalid(bytes).line).toBe(25_001);
      for (const piece of [1 << 16, 1 << 20]) {
        async function* inPieces() {
          for (let at = 0; at < bytes.length; at += piece) yield bytes.subarray(at, at + piece);
        }
        await expect(streamTable(inPieces(), paymentListSchema, {})).rejects.toMatchObject({ line: 25_001 });
      }
    }
  });

  it('reads a quoted field left open over thousands of lines in form as one field, as the text is read', async () => {
    // A note opens a quote; the lines after it, in form, belong to the field until the quote closes.
    const text = [
      `${header},Ghi chú`,
      ...plain.slice(0, 20_000),
      'DT-9Q,2025-01,Qua tài khoản,Đã chi,750000,Đối tượng,"màn hình 12 inch',
      ...plain.slice(20_000, 26_000),
      'cuối ghi chú"',
      ...plain.slice(26_000),
    ].join('\n');
    const { bytes, full } = await readBothWays(paymentListSchema, text, 1 << 16);
    expect(full.rows.map((r) => r.beneficiaryId)).toContain('DT-9Q');
    expect(bytes.report.accepted).toBe(24_001);
  });

  it('names the line of a byte that is not UTF-8, after lines the lane has taken', async () => {
    const lines = [header, ...plain];
    const bytes = new TextEncoder().encode(lines.join('\n'));
    // A byte of Windows-1258 in line 29 001 (a 'ê' typed in another encoding), past the first megabyte.
    const at = bytes.indexOf(0x44, new TextEncoder().encode(lines.slice(0, 29_000).join('\n')).length + 1);
    const broken = Uint8Array.from(bytes);
    broken[at] = 0xea;
    // In pieces, so that the lane has taken lines from the bytes before the piece with the bad byte.
    async function* once() {
      for (let i = 0; i < broken.length; i += 1 << 16) yield broken.subarray(i, i + (1 << 16));
    }
    const read = streamTable(once(), paymentListSchema, { onAccepted: () => {} });
    await expect(read).rejects.toBeInstanceOf(TextEncodingError);
    await expect(streamTable(once(), paymentListSchema, { onAccepted: () => {} })).rejects.toMatchObject({
      line: 29_001,
    });
    expect(laneRowsOf(lines.join('\n'), paymentListSchema).bytes).toBeGreaterThan(10_000);
  });
});

describe('the lane on bytes against broken bytes', () => {
  /** What a read gives: its rows, rejected rows and report, or the error it stops with. */
  async function outcome(source: AsyncIterable<string | Uint8Array>) {
    const rows: PaymentRow[] = [];
    const rejected: RejectedRow[] = [];
    try {
      const report = await streamTable(source, paymentListSchema, {
        onAccepted: (chunk) => {
          rows.push(...chunk);
        },
        onRejected: (chunk) => {
          rejected.push(...chunk);
        },
      });
      return { rows, rejected, report };
    } catch (error) {
      return { error: error instanceof Error ? [error.name, (error as { line?: number }).line] : error };
    }
  }

  it('reads any bytes as their text is read: quotes, line breaks, delimiters, NUL and bytes that are not UTF-8 anywhere', async () => {
    // A list past the megabyte the header settles on, so that the bytes changed are read by the lane.
    // A note column the lane does not read: bytes broken there are seen only by the check of each piece.
    const lines = [
      `${header},Ghi chú`,
      ...Array.from({ length: 22_000 }, (_, i) => `${canonical.replace('0001', String(i))},đã nhận đủ ${i}`),
    ];
    const clean = new TextEncoder().encode(lines.join('\n'));
    const start = new TextEncoder().encode(lines.slice(0, 18_000).join('\n')).length;
    // Quotes and carriage returns most often: a line the splitter would cut or join must not be read whole.
    const bytesOf = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(0x22, 0x0d) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(0x0a, 0x2c, 0x3b, 0x00, 0x20, 0x41, 0x35, 0xc3, 0xa0, 0xff, 0x80),
      },
    );
    // Spaces in labels (`Đã chi`) and cells' ends most often, where a changed byte still reads as a label.
    const near = (at: number) => {
      const space = clean.indexOf(0x20, at);
      return space === -1 ? at : space;
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: start, max: clean.length - 1 }), bytesOf, fc.boolean()), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.integer({ min: 1, max: 40 }),
        async (changes, kib) => {
          const bytes = Uint8Array.from(clean);
          for (const [at, byte, atSpace] of changes) bytes[atSpace ? near(at) : at] = byte;
          const piece = kib * 1024;
          async function* inBytes() {
            for (let at = 0; at < bytes.length; at += piece) yield bytes.slice(at, at + piece);
          }
          // The same bytes decoded first (strictly), then read as text with the lane and without it.
          let text: string | undefined;
          try {
            text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
          } catch {
            text = undefined;
          }
          const fromBytes = await outcome(inBytes());
          if (text === undefined) {
            // Named on the line of the first byte that is not UTF-8: the first line TextDecoder refuses.
            const strict = new TextDecoder('utf-8', { fatal: true });
            let line = 1;
            for (let from = 0; ; line += 1) {
              const to = bytes.indexOf(0x0a, from);
              try {
                strict.decode(bytes.subarray(from, to === -1 ? bytes.length : to));
              } catch {
                break;
              }
              from = to + 1;
            }
            expect(fromBytes).toEqual({ error: ['TextEncodingError', line] });
            return;
          }
          const fromText = await outcome(inPieces(text, piece));
          expect(fromBytes).toEqual(fromText);
        },
      ),
      { numRuns: 80, seed: 16 },
    );
  });
});

describe('cells nobody reads, checked on their bytes and not made (onRowReads)', () => {
  /** `normalizeText`'s own test of a text already normal, said again: words of these letters, one space between. */
  const plainWords = /^(?:[!-~\u00a1-\u024f\u1e00-\u1eff]+(?: [!-~\u00a1-\u024f\u1e00-\u1eff]+)*)?$/u;
  /** Letters at the edges of the ranges taken, and beyond them; spaces of other kinds; marks. */
  const letters = [
    'a',
    'Z',
    '7',
    '!',
    '~',
    "'",
    ' ',
    '  ',
    '\t',
    '\u00a0',
    '\u00a1',
    '\u00ad',
    'µ',
    '¨',
    'ø',
    'ù',
    'õ',
    'u',
    'Đ',
    'ư',
    'ỹ',
    '\u024f',
    '\u0250',
    '\u0301',
    'e\u0302',
    '\u1dff',
    '\u1e00',
    '\u1eff',
    '\u1f00',
    'Ж',
    '中',
    '😀',
    '\u007f',
    '\u0000',
    '\ufeff',
  ];
  const texts = fc.array(fc.constantFrom(...letters), { maxLength: 12 }).map((parts) => parts.join(''));

  it('tells a text the lane keeps as it is from its bytes, as normalizeText tells it from its letters', () => {
    fc.assert(
      fc.property(texts, fc.nat(3), (text, at) => {
        const bytes = new Uint8Array([...Array(at).fill(0x2c), ...new TextEncoder().encode(text), 0x2c]);
        const taken = isPlainTextBytes(bytes, at, bytes.length - 1);
        // Not all its letters past ASCII of Windows-1252, as a legacy font's are: the full rules judge those.
        expect(taken).toBe(
          text !== '' && !text.startsWith("'") && plainWords.test(text) && !mayBeLegacyLetters(text),
        );
        // A text taken is its own normal form: the full rules keep it as it is.
        if (taken) expect(normalizeText(text)).toBe(text);
      }),
      { numRuns: 3_000, seed: 21 },
    );
    // Bytes that are no text, or not one of these letters: cut, overlong, a continuation alone.
    for (const bytes of [
      [0xc3],
      [0xe1, 0xba],
      [0xc0, 0x80],
      [0xc1, 0xbf],
      [0xa1],
      [0xc2, 0x41],
      [0xe1, 0xb7, 0xbf],
      [0xe1, 0xbc, 0x80],
      [0xe1, 0xb8, 0x41],
      [0xc9, 0x90],
      [0xc2, 0xa0],
    ])
      expect(isPlainTextBytes(Uint8Array.from(bytes), 0, bytes.length)).toBe(false);
    // The longest taken, in bytes.
    const long = new TextEncoder().encode('ư'.repeat(2_048));
    expect(isPlainTextBytes(long, 0, long.length)).toBe(true);
    expect(isPlainTextBytes(long, 0, long.length - 1)).toBe(false);
    const longer = new TextEncoder().encode(`a${'ư'.repeat(2_048)}`);
    expect(isPlainTextBytes(longer, 0, longer.length)).toBe(false);
  });

  it('says what a check reads where that is known, and nothing where it is not', () => {
    expect(checkReads(registerListSchema.check)).toEqual(new Set([...registerRowReads, 'nationalId', 'id']));
    expect(checkReads(paymentListSchema.check)).toEqual(new Set(['beneficiaryId', 'period']));
    // A caller's own check, one composed without naming what its rules on a row's own fields read, one
    // with a look-back rule that does not say what it reads.
    expect(checkReads(() => [])).toBeUndefined();
    expect(checkReads(composeRowChecks(noRowChecks, paymentOnce))).toBeUndefined();
    const silent = paymentOnce.map(({ fields: _fields, ...rule }) => rule);
    expect(checkReads(composeRowChecks(noRowChecks, silent, []))).toBeUndefined();
    // A check said to read what a composed one reads; nothing said after one whose reads are not known.
    const wrapped = readingAs<RegisterRow>(() => [], registerListSchema.check);
    expect(checkReads(wrapped)).toEqual(checkReads(registerListSchema.check));
    expect(
      checkReads(readingAs<PaymentRow>(() => [], composeRowChecks(noRowChecks, paymentOnce))),
    ).toBeUndefined();
    // Said again of a check like one whose reads are not known: what was said before is taken back.
    readingAs(wrapped, () => []);
    expect(checkReads(wrapped)).toBeUndefined();
  });

  it('reads of a register row only what registerRowReads names, whatever the row holds', () => {
    const read = new Set<string | symbol>();
    const row = fc.record({
      id: fc.constant('DT-1'),
      fullName: fc.constant('Lê Thị Hoa'),
      birthYear: fc.constantFrom(1956, 1980, 2001),
      sex: fc.constantFrom('male', 'female', undefined),
      nationalId: fc.constantFrom('001156000000', '001080000000', '999180000000', '12', undefined),
      communeCode: fc.constant('90083'),
      village: fc.constantFrom('Thôn 1', undefined),
      since: fc.constantFrom('2015-03-12', '2020-01-01'),
      until: fc.constantFrom('2014-01-01', '2025-06-30', undefined),
    });
    fc.assert(
      fc.property(row, (values) => {
        registerRowChecks(
          new Proxy(values as RegisterRow, {
            get(target, key, receiver) {
              read.add(key);
              return Reflect.get(target, key, receiver);
            },
          }),
          1,
        );
      }),
      { numRuns: 300, seed: 22 },
    );
    expect([...read].filter((key) => !registerRowReads.includes(key as string))).toEqual([]);
    expect(registerRowReads.filter((key) => !read.has(key))).toEqual([]);
  });

  /** Names and villages as offices write them: plain, decomposed, spaced twice, other scripts, quoted. */
  const names = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom('Đỗ Hữu Quân', 'Lê Thị Hoa', 'Nguyễn Văn Con', 'Trần Thị Ỹ', 'A. Ba'),
    },
    { weight: 3, arbitrary: texts.filter((t) => !/[,"\r\n]/u.test(t)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'Le\u0302 Thi\u0323 Hoa',
        ' Trần  Văn Ba',
        "'Lê",
        'Иван',
        '"Lê, Hoa"',
        '=1+1',
      ),
    },
  );
  const villages = fc.constantFrom('Thôn 11', 'thôn  2', 'Ấp Bắc', 'Xóm Đình', 'To\u0302 3', '');
  /** A person's line: codes and CCCDs mostly their own (a few met twice), the CCCD fitting or not. */
  const person = fc
    .tuple(
      fc.nat(5_000),
      names,
      villages,
      fc.constantFrom('1956', '1956', '1980', '19:0'),
      fc.constantFrom('Nữ', 'Nữ', 'Nữ', 'Nam', ''),
      fc.constantFrom('fits', 'fits', 'fits', 'none', 'short'),
      fc.constantFrom('', '', '', 'Nguyễn Văn Con', 'Le\u0302 Con'),
      // Account numbers: of 6 to 24 digits (left unmade), too short or too long for the schema, empty, with
      // a letter (no numeral).
      fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom('482947050809', '123456') },
        {
          weight: 1,
          arbitrary: fc.constantFrom('12345', '', '0123456789012345678901234', '4829470508A'),
        },
      ),
    )
    .map(([n, name, village, year, sex, cccd, receiver, account]) =>
      [
        `DT-${n}`,
        name,
        year,
        sex,
        cccd === 'none'
          ? ''
          : `001${sex === 'Nam' ? 0 : 1}${year.slice(2)}${String(n).padStart(cccd === 'fits' ? 6 : 5, '0')}`,
        '90083',
        village,
        'Người có công',
        '',
        '750000',
        'Vietcombank',
        account,
        '2015-03-12',
        receiver,
        '2015-03-12',
        '',
        '',
        '',
        'x',
      ].join(','),
    );

  /** A register read row by row: by the full rules, or by the lane on bytes with only `reads` read. */
  const readRows = async (list: ListSchema<RegisterRow>, text: string, piece: number, unmade: boolean) => {
    const rows: RegisterRow[] = [];
    const rejected: RejectedRow[] = [];
    const report = await streamTable(unmade ? inBytePieces(text, piece) : inPieces(text, piece), list, {
      lane: unmade,
      onRow: (row) => {
        rows.push({ ...row });
      },
      ...(unmade ? { onRowReads: registerColumnsReads } : {}),
      onRejected: (chunk) => {
        rejected.push(...chunk);
      },
    });
    return { rows, rejected, report };
  };
  /** What the columns read of a row. */
  const kept = (row: RegisterRow) =>
    Object.fromEntries([...registerColumnsReads].map((field) => [field, row[field]]));

  const note = 'x'.repeat(2_000);
  const prefix = Array.from(
    { length: 600 },
    (_, i) => `P-${i},Lê Văn Tư,1980,Nam,,90083,Thôn 1,Người cao tuổi,,500000,,,,,2015-03-12,,,,,${note}`,
  );

  it('accepts and refuses what the full rules do, the fields read the same, names, villages and account numbers not made', async () => {
    let other = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof({ weight: 8, arbitrary: person }, { weight: 1, arbitrary: registerLine }), {
          minLength: 20,
          maxLength: 80,
        }),
        fc.integer({ min: 1, max: 40 }),
        async (body, piece) => {
          const text = [`${registerHeader},Ghi chú`, ...prefix, canonicalPerson, ...body].join('\n');
          const full = await readRows(registerListSchema, text, piece * 4_099, false);
          const bytes = await readRows(registerListSchema, text, piece * 4_099, true);
          expect(bytes.rows.map(kept)).toEqual(full.rows.map(kept));
          expect(bytes.rejected).toEqual(full.rejected);
          expect(bytes.report).toEqual(full.report);
          // A name or an account number nobody read holds another line's: the way tested is the one taken.
          other += bytes.rows.filter(
            (row, i) =>
              row.fullName !== full.rows[i]?.fullName || row.accountNumber !== full.rows[i]?.accountNumber,
          ).length;
        },
      ),
      { numRuns: 60, seed: 23 },
    );
    expect(other).toBeGreaterThan(50);
  });

  it('takes most lines of a register in form without making their names or account numbers, every read field as the full rules give it', async () => {
    const given = ['Đỗ Hữu Quân', 'Lê Thị Hoa', 'Nguyễn Văn Con', 'Trần Thị Ỹ', 'Phạm Ngọc Ánh'];
    const body = Array.from(
      { length: 2_000 },
      (_, n) =>
        `DT-${n},${given[n % 5]} ${n},1956,Nữ,0011560${String(n).padStart(5, '0')},90083,Thôn ${n % 7},Người có công,,750000,Vietcombank,4829470${String(n).padStart(5, '0')},2015-03-12,,2015-03-${String(1 + (n % 28)).padStart(2, '0')},,,,x`,
    );
    const text = [`${registerHeader},Ghi chú`, ...prefix, ...body].join('\n');
    const full = await readRows(registerListSchema, text, 1 << 12, false);
    const bytes = await readRows(registerListSchema, text, 1 << 12, true);
    expect(bytes.rows.map(kept)).toEqual(full.rows.map(kept));
    expect(bytes.rejected).toEqual(full.rejected);
    expect(bytes.report).toEqual(full.report);
    expect(full.rows.length).toBe(600 + 2_000);
    // Past the first lines of the body, no name, village or account number was made: each row holds its
    // template's.
    const names = new Set(bytes.rows.slice(700).map((row) => row.fullName));
    const villages = new Set(bytes.rows.slice(700).map((row) => row.village));
    const accounts = new Set(bytes.rows.slice(700).map((row) => row.accountNumber));
    expect(names.size).toBeLessThan(5);
    expect(villages.size).toBeLessThan(5);
    expect(accounts.size).toBeLessThan(5);
    expect(new Set(full.rows.map((row) => row.accountNumber)).size).toBe(2_000 + 1);
  });

  it('leaves an account number unmade only where its bytes have the lengths the schema takes', async () => {
    // Every 50th account too short for the schema (5 digits), every 50th too long for a numeral (25), and
    // every 50th with a letter (no numeral, though the schema takes it): the rest, 6 to 24 digits, unmade.
    const account = (n: number) =>
      n % 50 === 10
        ? '12345'
        : n % 50 === 20
          ? '0123456789012345678901234'
          : n % 50 === 30
            ? `A${String(n).padStart(7, '0')}`
            : `4829470${String(n).padStart(5, '0')}`;
    const body = Array.from(
      { length: 3_000 },
      (_, n) =>
        `DT-${n},Lê Thị Hoa,1956,Nữ,0011560${String(n).padStart(5, '0')},90083,Thôn 1,Người có công,,750000,Vietcombank,${account(n)},2015-03-12,,2015-03-12,,,,x`,
    );
    const text = [`${registerHeader},Ghi chú`, ...prefix, ...body].join('\n');
    const full = await readRows(registerListSchema, text, 4_099, false);
    const bytes = await readRows(registerListSchema, text, 4_099, true);
    expect(bytes.rows.map(kept)).toEqual(full.rows.map(kept));
    expect(bytes.rejected).toEqual(full.rejected);
    expect(bytes.report).toEqual(full.report);
    // The short and the long ones refused, as the full rules refuse them (a person's line is its number
    // and 602); the ones with a letter taken. Past the first lines, no other account number was made.
    expect(full.rejected.map((r) => (r.row - 602) % 50).sort()).toEqual([
      ...Array<number>(60).fill(10),
      ...Array<number>(60).fill(20),
    ]);
    expect(full.rows).toHaveLength(600 + 2_880);
    const made = bytes.rows
      .slice(700)
      .filter((row, i) => row.accountNumber === full.rows[700 + i]?.accountNumber);
    expect(made.length).toBeLessThan(200);
  });

  it('makes a field the rules read, though the columns do not: a rule on the village, a name listed once', async () => {
    // A village refused by a rule on a row's own fields, and a name that may appear once: both read.
    const local = (row: RegisterRow, line: number) => [
      ...registerRowChecks(row, line),
      ...(row.village === 'Xóm Đình'
        ? [
            {
              row: line,
              column: 'Thôn',
              code: 'unknown_commune' as const,
              params: { name: 'Xóm Đình', candidates: '' },
            },
          ]
        : []),
    ];
    const once = [
      ...registerOnce,
      {
        name: 'register.fullName',
        key: (row: RegisterRow) => row.fullName,
        fields: { key: 'fullName' },
        issue: (_key: string, _scope: string, line: number, earlier: number) => ({
          row: line,
          column: 'Họ và tên',
          code: 'duplicate_beneficiary' as const,
          params: { id: 'name', earlier },
        }),
      },
    ];
    const list = registerList(registerColumns, registerRowSchema, local, once, [
      ...registerRowReads,
      'village',
    ]);
    expect(checkReads(list.check)).toEqual(
      new Set([...registerRowReads, 'village', 'nationalId', 'id', 'fullName']),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(person, { minLength: 20, maxLength: 80 }), async (body) => {
        const text = [`${registerHeader},Ghi chú`, ...prefix, canonicalPerson, ...body].join('\n');
        const full = await readRows(list, text, 1 << 14, false);
        const bytes = await readRows(list, text, 1 << 14, true);
        expect(bytes.rows.map(kept)).toEqual(full.rows.map(kept));
        expect(bytes.rejected).toEqual(full.rejected);
        expect(bytes.report).toEqual(full.report);
      }),
      { numRuns: 40, seed: 24 },
    );
  });
});
