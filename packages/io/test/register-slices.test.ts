import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createColumnarBuilder, synthesizeDistrict } from '@ansinh/core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type RejectedRow,
  readRegisterColumnar,
  readRegisterCsv,
  streamRegisterCsv,
  writeRegisterCsv,
} from '../src/index.js';
import { units } from './fixtures.js';

const scratch = mkdtempSync(join(tmpdir(), 'ansinh-slices-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Two districts' registers, the second's keys and CCCDs' serials renamed so that the two are different
// people (3,4 MB each).
const first = writeRegisterCsv(synthesizeDistrict(units, { seed: 11 }).register, { reveal: true });
const second = writeRegisterCsv(synthesizeDistrict(units, { seed: 12 }).register, { reveal: true })
  .split('\n')
  .slice(1)
  .map((line, i) => {
    const cells = line.replace(/^TH-/u, 'TK-').split(',');
    if (cells[4] !== undefined && cells[4].length === 12)
      cells[4] = `${cells[4].slice(0, 6)}${String(900_000 + (i % 100_000)).slice(-6)}`;
    return cells.join(',');
  })
  .join('\n');
const lines = `${first.trimEnd()}\n${second}`.split('\n');

/** Reads a register on one thread and with `workers` beside it: the columns, the report, the rows refused. */
async function bothWays(name: string, text: string | Buffer, workers: number) {
  const file = join(scratch, name);
  writeFileSync(file, text);
  const read = async (threads: number) => {
    const builder = createColumnarBuilder({ from: '2025-01', to: '2025-01' });
    const rejected: RejectedRow[] = [];
    const slices: { taken: boolean; reason: string | undefined }[] = [];
    const starts: number[] = [];
    const report = await readRegisterColumnar(file, builder, {
      workers: threads,
      // Slices of a megabyte or so: the header settles in the first (about a megabyte of text).
      sliceBytes: 1 << 20,
      onRejected: (rows) => {
        rejected.push(...rows);
      },
      onSlice: ({ taken, reason, start }) => {
        slices.push({ taken, reason });
        starts.push(start);
      },
    });
    return { report, columns: builder.finish(), rejected, slices, starts };
  };
  // One pass of the full rules, a table searched a row at a time: what every other way must give.
  const onePass = async () => {
    const builder = createColumnarBuilder({ from: '2025-01', to: '2025-01' });
    const rejected: RejectedRow[] = [];
    const report = await streamRegisterCsv(file, {
      onAccepted: (rows) => builder.addRegister(rows),
      onRejected: (rows) => {
        rejected.push(...rows);
      },
    });
    return { report, columns: builder.finish(), rejected, slices: [], starts: [] };
  };
  const alone = await onePass();
  const oneThread = await read(0);
  const threaded = await read(workers);
  return { alone, oneThread, threaded };
}

/** How reading a file ends in one pass of the full rules: `read`, or the error's message. */
const onePassOutcome = (file: string) =>
  streamRegisterCsv(file, {}).then(
    () => 'read',
    (error: Error) => error.message,
  );

/** How reading a file ends with `workers` threads: `read`, or the error's message; each slice's fate in `taken`. */
const outcomeOf = (file: string, workers: number, taken: boolean[] = []) =>
  readRegisterColumnar(file, createColumnarBuilder({ from: '2025-01', to: '2025-01' }), {
    workers,
    sliceBytes: 1 << 20,
    onSlice: (slice) => taken.push(slice.taken),
  }).then(
    () => 'read',
    (error: Error) => error.message,
  );

function expectSame(result: Awaited<ReturnType<typeof bothWays>>) {
  const { alone, oneThread, threaded } = result;
  for (const other of [oneThread, threaded]) {
    expect(other.report).toEqual(alone.report);
    expect(other.columns).toEqual(alone.columns);
    expect(other.rejected).toEqual(alone.rejected);
  }
  expect(oneThread.slices).toEqual([]);
}

describe('readRegisterColumnar({ workers })', () => {
  it('reads a large register in slices exactly as on one thread: columns, report, rejected rows', async () => {
    const result = await bothWays('plain.csv', lines.join('\n'), 3);
    expectSame(result);
    expect(result.alone.report.accepted).toBeGreaterThan(35_000);
    // Three slices read by three worker threads, all taken in; none on one thread.
    expect(result.threaded.slices).toEqual([
      { taken: true, reason: undefined },
      { taken: true, reason: undefined },
      { taken: true, reason: undefined },
    ]);
    expect(result.alone.slices).toEqual([]);
    expect(result.alone.report.inputRows).toBe(lines.length - 1);
  });

  it('reads more people on one thread than it holds in columns at once, as one pass does', async () => {
    // The register again under other codes and without CCCDs: past the 65 536 people handed on at once.
    const again = lines.slice(1).map((line) => {
      const cells = line.split(',');
      cells[0] = `B${cells[0]}`;
      cells[4] = '';
      return cells.join(',');
    });
    const result = await bothWays('again.csv', [...lines, ...again].join('\n'), 1);
    expectSame(result);
    expect(result.alone.report.accepted).toBeGreaterThan(70_000);
  });

  it('finds a key and a CCCD listed twice across slices, on the later line, as one pass does', async () => {
    const copy = [...lines];
    // Row 100's key again without a CCCD, far below.
    const early = (copy[100] as string).replace(/^([^,]*,[^,]*,[^,]*,[^,]*,)[^,]*/u, '$1');
    const other = (copy[200] as string).split(',');
    // The same key far below (another slice), and another person with row 200's CCCD near the end.
    copy.splice(copy.length - 50, 0, early);
    const cccdTwin = (copy[300] as string).split(',');
    cccdTwin[0] = 'TZ-000001';
    cccdTwin[4] = other[4] as string;
    cccdTwin[2] = other[2] as string;
    cccdTwin[3] = other[3] as string;
    copy.splice(copy.length - 10, 0, cccdTwin.join(','));
    // A row refused by its own fields (stop before start) whose key also came before.
    const refused = (copy[150] as string).split(',');
    refused[14] = '2024-01-01';
    refused[15] = '2020-01-01';
    copy.splice(Math.floor(copy.length * 0.6), 0, refused.join(','));
    // Row 20 again in the main thread's own part, and a row twice within one later slice.
    copy.splice(1_000, 0, copy[20] as string);
    const inSlice = Math.floor(copy.length * 0.8);
    copy.splice(inSlice + 200, 0, copy[inSlice] as string);
    const result = await bothWays('twice.csv', copy.join('\n'), 3);
    expectSame(result);
    const refusedLines = result.threaded.rejected.map((r) => r.row);
    expect(refusedLines).toEqual(expect.arrayContaining([1_001, inSlice + 201]));
    expect(result.threaded.rejected.find((r) => r.row === 1_001)?.cells['Mã đối tượng']).toBe(
      (copy[20] as string).split(',')[0],
    );
    expect(result.threaded.slices.every((slice) => slice.taken)).toBe(true);
    const codes = result.alone.rejected.map((r) => r.issues.map((i) => i.code).join('+'));
    expect(codes).toEqual(
      expect.arrayContaining([
        'duplicate_beneficiary',
        'duplicate_national_id',
        'stop_before_start+duplicate_national_id+duplicate_beneficiary',
      ]),
    );
    const twin = result.threaded.rejected.find((r) => r.issues[0]?.code === 'duplicate_beneficiary');
    expect(twin?.cells['Mã đối tượng']).toBe(early.split(',')[0]);
  });

  it('gives the same answer where a slice cannot be taken in: a heading, a quoted field across the cut, CR-only lines', async () => {
    const headed = [...lines];
    headed.splice(Math.floor(headed.length * 0.3), 0, 'Thôn 9,,,,,,,,,,,,,,,,,,');
    const heading = await bothWays('heading.csv', headed.join('\n'), 3);
    expectSame(heading);
    expect(heading.threaded.slices).toEqual([
      // At the cut, or at the end of the slice that holds it, as the cuts fall.
      { taken: false, reason: expect.stringMatching(/^heading_at_(cut|slice_end)$/u) },
    ]);
    const quoted = [...lines];
    // A note of 2 MB over many lines, from 70% of the file on: the cut falls inside it.
    const at = Math.floor(quoted.length * 0.7);
    const cells = (quoted[at] as string).split(',');
    cells[18] = `"${'ghi chú\n'.repeat(230_000)}"`;
    quoted[at] = cells.join(',');
    const from = Buffer.byteLength(`${quoted.slice(0, at).join('\n')}\n`);
    const to = from + Buffer.byteLength(quoted[at] as string);
    const open = await bothWays('quoted.csv', quoted.join('\n'), 1);
    expectSame(open);
    expect(open.threaded.starts[0]).toBeGreaterThan(from);
    expect(open.threaded.starts[0]).toBeLessThan(to);
    expect(open.threaded.slices).toEqual([
      // The worker, starting inside the field, finds a quote never closed; or the main thread the field open.
      { taken: false, reason: expect.stringMatching(/^(quote_open_at_cut|worker_failed)$/u) },
    ]);
    // With row 30 again near the end: read by the main thread after the slice it could not take in.
    const tail = [...lines.slice(12_000, -5), lines[30] as string, ...lines.slice(-5)];
    const crOnly = `${lines.slice(0, 12_000).join('\n')}\r${tail.join('\n')}`;
    const cr = await bothWays('cr.csv', crOnly, 3);
    expectSame(cr);
    expect(cr.threaded.rejected.at(-1)?.cells['Mã đối tượng']).toBe((lines[30] as string).split(',')[0]);
    expect(cr.threaded.slices).toContainEqual({
      taken: false,
      reason: 'line_not_counted',
    });
  });

  it('leaves out of the columns a commune only a refused row named', async () => {
    const copy = [...lines];
    const cells = (copy[40] as string).split(',');
    cells[5] = '13099';
    copy.splice(copy.length - 20, 0, cells.join(','));
    const result = await bothWays('commune.csv', copy.join('\n'), 3);
    expectSame(result);
    expect(result.threaded.columns.communes).not.toContain('13099');
  });

  it('refuses rows pasted in a legacy font past the first megabyte, in every slice, as one pass and a whole read do', async () => {
    // Names typed with the TCVN3 or VNI fonts and read as Unicode, far into a file whose start is Unicode.
    const pasted = new Map<number, { name: string; village?: string }>([
      [20_000, { name: 'NguyÔn V¨n H¶i' }],
      [20_001, { name: 'Nguyễn Thị Hà', village: 'Th«n 11' }],
      [20_002, { name: '§ç ThÞ BÝch' }],
      [30_000, { name: 'Phaïm Ngoïc AÙnh' }],
      // Unicode, letters of other languages and symbols: read as they are.
      [30_001, { name: 'Björn Schröder', village: 'Xóm·Bãi·Đông' }],
      [30_002, { name: 'Anaïs Muñoz', village: 'Thôn «Bắc»' }],
    ]);
    const copy = lines.map((line, n) => {
      const change = pasted.get(n);
      if (change === undefined) return line;
      const cells = line.split(',');
      cells[1] = change.name;
      if (change.village !== undefined) cells[6] = change.village;
      return cells.join(',');
    });
    const text = copy.join('\n');
    expect(text.indexOf('NguyÔn')).toBeGreaterThan(2 ** 21);
    const result = await bothWays('pasted.csv', text, 2);
    expectSame(result);
    const refused = (rows: readonly RejectedRow[]) =>
      rows
        .filter((row) => row.issues.some((issue) => issue.code === 'legacy_letters'))
        .map((row) => [row.row, row.issues[0]?.column, row.issues[0]?.params]);
    // Line n + 1 of the file: the header is line 1.
    const expected = [
      [20_001, 'Họ và tên', { encoding: 'tcvn3' }],
      [20_002, 'Thôn', { encoding: 'tcvn3' }],
      [20_003, 'Họ và tên', { encoding: 'tcvn3' }],
      [30_001, 'Họ và tên', { encoding: 'vni' }],
    ];
    expect(refused(result.alone.rejected)).toEqual(expected);
    expect(result.alone.report.issueCounts.legacy_letters).toBe(4);
    expect(result.alone.rejected.map((row) => row.row)).not.toContain(30_002);
    expect(result.alone.rejected.map((row) => row.row)).not.toContain(30_003);
    expect(result.alone.report.issueCounts.legacy_encoding).toBeUndefined();
    // Read whole, by the rows' own rules.
    const whole = readRegisterCsv(text);
    expect(refused(whole.rejected)).toEqual(expected);
    expect(whole.report.issueCounts).toEqual(result.alone.report.issueCounts);
  });

  it('names the line of a byte that is not UTF-8 after a slice taken in that held a lone carriage return', async () => {
    const cr = Math.floor(lines.length * 0.4);
    const text = Buffer.from(`${lines.slice(0, cr).join('\n')}\r${lines.slice(cr).join('\n')}`);
    text[text.indexOf('\n', Math.floor(text.length * 0.65)) + 3] = 0xff;
    const file = join(scratch, 'cr-bad.csv');
    writeFileSync(file, text);
    const taken: boolean[] = [];
    const alone = await onePassOutcome(file);
    expect(alone).toMatch(/line \d+/u);
    expect(await outcomeOf(file, 0)).toBe(alone);
    expect(await outcomeOf(file, 3, taken)).toBe(alone);
    expect(taken[0]).toBe(true);
  });

  it('names the line of a byte that is not UTF-8 in a later slice, as one pass does', async () => {
    const text = Buffer.from(lines.join('\n'));
    const at = text.indexOf('\n', Math.floor(text.length * 0.8)) + 5;
    text[at] = 0xff;
    const file = join(scratch, 'bad.csv');
    writeFileSync(file, text);
    const alone = await onePassOutcome(file);
    expect(alone).toMatch(/line \d+/u);
    expect(await outcomeOf(file, 0)).toBe(alone);
    expect(await outcomeOf(file, 3)).toBe(alone);
  });
});
