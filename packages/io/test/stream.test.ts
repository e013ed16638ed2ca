import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  columnarCoverageRates,
  coverageRates,
  type RegisterRow,
  synthesizeColumnar,
  synthesizeDistrict,
  syntheticRegisterRow,
} from '@ansinh/core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CsvFormatError,
  CsvSplitter,
  csvLines,
  parseCsv,
  type RejectedRow,
  readColumnar,
  readRegisterCsv,
  registerTable,
  streamRegisterCsv,
  writePaymentsCsv,
  writeRegisterCsv,
} from '../src/index.js';
import { units } from './fixtures.js';

const here = dirname(fileURLToPath(import.meta.url));
const district = synthesizeDistrict(units, { seed: 11 });
const scratch = mkdtempSync(join(tmpdir(), 'ansinh-stream-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Text cut into pieces of the given sizes, in turn. */
async function* piecesOf(text: string, sizes: readonly number[]) {
  let at = 0;
  for (let k = 0; at < text.length; k += 1) {
    const size = sizes[k % sizes.length] ?? 1;
    yield text.slice(at, at + size);
    at += size;
  }
}

describe('CsvSplitter', () => {
  const tricky =
    '\ufeff# DỮ LIỆU TỔNG HỢP\r\n' +
    'Mã,Tên,Ghi chú\r\n' +
    '1,"Nguyễn ""Út"" Lan","hai\r\ndòng"\r\n' +
    '2,Trần Văn Bình,\r' +
    '3,"a,b",x\n' +
    '\n' +
    '4,"cuối ""x"""';

  it('finds in pieces cut at every offset exactly the records parseCsv finds in the whole text', () => {
    const whole = parseCsv(tricky);
    expect(whole.records.map((r) => r.line)).toEqual([2, 3, 5, 6, 7, 8]);
    for (let cut = 0; cut <= tricky.length; cut += 1) {
      const splitter = new CsvSplitter();
      const records = [
        ...splitter.push(tricky.slice(0, cut)),
        ...splitter.push(tricky.slice(cut)),
        ...splitter.end(),
      ];
      expect(records, `cut at ${cut}`).toEqual(whole.records);
      expect(splitter.comments).toEqual(whole.comments);
      expect(splitter.hadBom).toBe(true);
    }
  });

  it('refuses a quote never closed wherever the pieces are cut, naming the line it opened on', () => {
    const unclosed = `${tricky.slice(0, tricky.lastIndexOf('"cuối'))}"chưa đóng`;
    for (let cut = 0; cut <= unclosed.length; cut += 1) {
      const splitter = new CsvSplitter();
      const split = () => [
        ...splitter.push(unclosed.slice(0, cut)),
        ...splitter.push(unclosed.slice(cut)),
        ...splitter.end(),
      ];
      expect(split, `cut at ${cut}`).toThrow(expect.objectContaining({ code: 'unclosed_quote', line: 8 }));
    }
  });

  it('ends a comment line at a lone CR as at a line feed, wherever the pieces are cut', () => {
    const ends = ['\n', '\r\n', '\r'];
    for (const end of ends) {
      const text = `# Danh sách chi trả${end}# tháng 01/2025${end}Mã,Số tiền${end}DT-1,500000${end}DT-2,600000${end}`;
      const whole = parseCsv(text);
      expect(whole.comments, JSON.stringify(end)).toEqual(['# Danh sách chi trả', '# tháng 01/2025']);
      expect(whole.records, JSON.stringify(end)).toEqual([
        { line: 3, fields: ['Mã', 'Số tiền'] },
        { line: 4, fields: ['DT-1', '500000'] },
        { line: 5, fields: ['DT-2', '600000'] },
      ]);
      for (let cut = 0; cut <= text.length; cut += 1) {
        const splitter = new CsvSplitter();
        const records = [
          ...splitter.push(text.slice(0, cut)),
          ...splitter.push(text.slice(cut)),
          ...splitter.end(),
        ];
        expect(records, `${JSON.stringify(end)} cut at ${cut}`).toEqual(whole.records);
        expect(splitter.comments).toEqual(whole.comments);
      }
    }
    // A file that is one comment and nothing else, its CR last.
    expect(parseCsv('# chỉ có tiêu đề\r').comments).toEqual(['# chỉ có tiêu đề']);
  });

  it('splits a register one character at a time as it does in one piece', () => {
    const text = writeRegisterCsv(district.register.slice(0, 200), { reveal: true, comment: 'SYNTHETIC' });
    const splitter = new CsvSplitter();
    const records = [...text].flatMap((ch) => splitter.push(ch));
    expect([...records, ...splitter.end()]).toEqual(parseCsv(text).records);
  });
});

describe('streamRegisterCsv(source, { onAccepted, onRejected })', () => {
  // A district register with bad rows spread through it, one duplicate far from its first occurrence.
  const rows = writeRegisterCsv(district.register, { reveal: true, comment: 'SYNTHETIC' }).split('\n');
  const bad = [
    rows[5]?.replace(/,\d{4}-\d{2}-\d{2},/u, ',31/02/2024,'),
    rows[9] ?? '',
    ',,,,,,,,,,,,,,,,,,',
    rows[700]?.replace(/^TH-\d+/u, 'TH-000001'),
    rows[12]?.replace(/,Nam,|,Nữ,/u, ',Không rõ,'),
  ];
  const text = [...rows.slice(0, 3000), ...bad, ...rows.slice(3000)].join('\n');

  it('accepts and rejects exactly the rows readRegisterCsv does, whatever the chunk and piece sizes', async () => {
    const whole = readRegisterCsv(text);
    expect(whole.rejected.length).toBeGreaterThanOrEqual(4);
    expect(whole.report.skipped).toBe(1);
    for (const [chunkRows, sizes] of [
      [100, [1_000]],
      [7, [13, 4_096, 1]],
      [65_536, [1 << 20]],
    ] as const) {
      const accepted: RegisterRow[] = [];
      const rejected: RejectedRow[] = [];
      const report = await streamRegisterCsv(piecesOf(text, sizes), {
        chunkRows,
        keepRejected: 2,
        onAccepted: (chunk) => {
          expect(chunk.length).toBeLessThanOrEqual(chunkRows);
          accepted.push(...chunk);
        },
        onRejected: (chunk) => {
          rejected.push(...chunk);
        },
      });
      expect(accepted).toEqual(whole.accepted);
      expect(rejected).toEqual(whole.rejected);
      expect(report.inputRows).toBe(report.accepted + report.rejected + report.skipped + report.structure);
      expect([report.inputRows, report.accepted, report.skipped]).toEqual([
        whole.inputRows,
        whole.accepted.length,
        1,
      ]);
      expect(report.rejectedSample).toEqual(whole.rejected.slice(0, 2));
      const counted: Record<string, number> = {};
      for (const issue of whole.rejected.flatMap((r) => r.issues)) {
        counted[issue.code] = (counted[issue.code] ?? 0) + 1;
      }
      expect(report.issueCounts).toEqual(counted);
      expect(report.issueCounts.duplicate_beneficiary).toBe(2);
      expect(report.notes).toEqual(whole.notes);
    }
  });

  it('reads the file from its path, in pieces of one buffer reused, exactly as the text whole', async () => {
    const whole = readRegisterCsv(text);
    const file = join(scratch, 'register-bad-rows.csv');
    writeFileSync(file, text);
    // Lines cut by the megabyte pieces, their parts held while the buffer is read into again.
    expect(Buffer.byteLength(text)).toBeGreaterThan(3 << 20);
    const accepted: RegisterRow[] = [];
    const rejected: RejectedRow[] = [];
    const report = await streamRegisterCsv(file, {
      onAccepted: (chunk) => {
        accepted.push(...chunk);
      },
      onRejected: (chunk) => {
        rejected.push(...chunk);
      },
    });
    expect(accepted).toEqual(whole.accepted);
    expect(rejected).toEqual(whole.rejected);
    expect(report.issueCounts).toEqual(whole.report.issueCounts);
  });

  it('reads a file larger than its heap can hold whole: 128 MiB of heap streams a file that fails read whole', async () => {
    const columns = synthesizeColumnar({ beneficiaries: 150_000, communes: 50, seed: 3 });
    const table = registerTable(
      Array.from({ length: columns.size }, (_, i) => syntheticRegisterRow(columns, i)),
      { reveal: true },
    );
    const file = join(scratch, 'big-register.csv');
    writeFileSync(file, csvLines([table.header, ...table.rows]));
    const run = (how: 'stream' | 'whole') =>
      promisify(execFile)(
        process.execPath,
        [
          '--max-old-space-size=128',
          '--conditions=@ansinh/source',
          '--import',
          'tsx',
          join(here, 'fixtures/count-register.ts'),
          file,
          how,
        ],
        { maxBuffer: 1 << 24 },
      );
    const streamed = JSON.parse((await run('stream')).stdout) as { inputRows: number; accepted: number };
    // Every person and the header row.
    expect([streamed.inputRows, streamed.accepted]).toEqual([150_001, 150_000]);
    await expect(run('whole')).rejects.toThrow(/heap out of memory|Allocation failed/u);
  });
});

describe('readColumnar({ register, payments, from, to })', () => {
  it('streams a register and its payment lists into columns that give coverageRates exactly', async () => {
    const register = join(scratch, 'register.csv');
    const payments = join(scratch, 'payments.csv');
    writeFileSync(register, writeRegisterCsv(district.register, { reveal: true }));
    writeFileSync(payments, writePaymentsCsv(district.payments));
    const read = await readColumnar({
      register,
      payments: [payments],
      from: '2024-07',
      to: '2025-06',
      chunkRows: 1_000,
      workers: 0,
    });
    expect(read.register.rejected).toBe(0);
    expect(read.paymentTallies[0]?.rows).toBe(district.payments.length);
    for (const month of ['2024-07', '2025-01', '2025-06']) {
      expect(columnarCoverageRates(read.columns, month)).toEqual(
        coverageRates(district.register, district.payments, month),
      );
    }
  });
});

describe('readColumnar({ workers })', () => {
  it('reads payment files in worker threads exactly as on the main thread: columns, reports, tallies, rejects', async () => {
    const register = join(scratch, 'register-w.csv');
    writeFileSync(register, writeRegisterCsv(district.register, { reveal: true }));
    const lines = writePaymentsCsv(district.payments).split('\n');
    const half = Math.floor(lines.length / 2);
    const files = [join(scratch, 'payments-a.csv'), join(scratch, 'payments-b.csv')];
    writeFileSync(
      files[0] as string,
      [...lines.slice(0, half), 'TH-000001,13/2025,Tiền mặt,Đã chi,1,Đối tượng'].join('\n'),
    );
    writeFileSync(files[1] as string, [lines[0], ...lines.slice(half), lines[half + 3]].join('\n'));
    const read = async (workers: number) => {
      const rejected: [string, number][] = [];
      const result = await readColumnar({
        register,
        payments: files,
        from: '2024-07',
        to: '2025-06',
        chunkRows: 5_000,
        workers,
        onRejected: (file, rows) => {
          for (const row of rows) rejected.push([String(file), row.row]);
        },
      });
      return { ...result, rejected: rejected.sort() };
    };
    const [alone, threaded] = await Promise.all([read(0), read(2)]);
    expect(threaded.columns).toEqual(alone.columns);
    expect(threaded.register).toEqual(alone.register);
    expect(threaded.payments).toEqual(alone.payments);
    expect(threaded.paymentTallies).toEqual(alone.paymentTallies);
    expect(threaded.rejected).toEqual(alone.rejected);
    // The month 13/2025 and a payment listed twice (the blank line the first list ended with is skipped).
    expect(alone.rejected.length).toBe(2);
    expect(alone.paymentTallies.reduce((s, t) => s + t.rows, 0)).toBe(district.payments.length);
  });

  it('waits for files the workers have not finished when the register is read first, and merges them in order', async () => {
    // A register of a few people is read long before a worker thread has started and read a file, so
    // the main thread asks for files before they are done (timing makes it likely, not certain).
    const register = join(scratch, 'register-small.csv');
    writeFileSync(register, writeRegisterCsv(district.register.slice(0, 40), { reveal: true }));
    const [header, ...body] = writePaymentsCsv(district.payments).split('\n');
    const files = [0, 1, 2, 3, 4].map((f) => {
      const file = join(scratch, `payments-part-${f}.csv`);
      writeFileSync(file, [header, ...body.filter((_, i) => i % 5 === f)].join('\n'));
      return file;
    });
    const read = (workers: number) =>
      readColumnar({ register, payments: files, from: '2024-07', to: '2025-06', workers });
    const alone = await read(0);
    // Three: two register threads, then reading payment files beside the one begun with the register.
    for (const workers of [1, 2, 3]) {
      const threaded = await read(workers);
      expect(threaded.columns).toEqual(alone.columns);
      expect(threaded.paymentTallies).toEqual(alone.paymentTallies);
      expect(threaded.payments).toEqual(alone.payments);
    }
    expect(alone.paymentTallies.reduce((s, t) => s + t.unmatched, 0)).toBeGreaterThan(0);
    // A file never handed over would wait for ever: fail in minutes, not at the suite's ten.
  }, 120_000);

  it('fails as the register fails, with its threads let go, when the register cannot be read', async () => {
    const files = [join(scratch, 'payments-f1.csv'), join(scratch, 'payments-f2.csv')];
    for (const file of files) writeFileSync(file, writePaymentsCsv(district.payments.slice(0, 20)));
    const missing = join(scratch, 'no-such-register.csv');
    const alone = readColumnar({ register: missing, payments: files, from: '2024-07', to: '2025-06' });
    await expect(alone).rejects.toThrow(/no-such-register\.csv/u);
    const threaded = readColumnar({
      register: missing,
      payments: files,
      from: '2024-07',
      to: '2025-06',
      workers: 2,
    });
    await expect(threaded).rejects.toThrow(/no-such-register\.csv/u);
  });

  it('fails naming the payment file that cannot be read, whichever thread reads it', async () => {
    // A small register, read before the workers have begun most files: the main thread then reads some
    // files itself (timing makes it likely, not certain), and the broken file may be one of them.
    const register = join(scratch, 'register-b.csv');
    writeFileSync(register, writeRegisterCsv(district.register.slice(0, 40), { reveal: true }));
    const [header, ...body] = writePaymentsCsv(district.payments.slice(0, 200)).split('\n');
    const good = Array.from({ length: 4 }, (_, f) => {
      const file = join(scratch, `payments-good-${f}.csv`);
      writeFileSync(file, [header, ...body.filter((_, i) => i % 4 === f)].join('\n'));
      return file;
    });
    const broken = join(scratch, 'payments-unclosed.csv');
    writeFileSync(
      broken,
      [header, ...body.slice(0, 20), 'TH-000001,2025-01,"Qua tài khoản,Đã chi,1'].join('\n'),
    );
    for (const files of [
      [...good, broken],
      [good[0] as string, broken, ...good.slice(1)],
    ])
      for (const workers of [0, 1, 2, 3]) {
        const error = await readColumnar({
          register,
          payments: files,
          from: '2024-07',
          to: '2025-06',
          workers,
        })
          .then(() => undefined)
          .catch((e: unknown) => e);
        // The splitter's own error, which carries its file and line, whichever thread read the file.
        expect(error, `${workers} workers`).toBeInstanceOf(CsvFormatError);
        const { message, file, line } = error as CsvFormatError;
        expect(file, `${workers} workers`).toMatch(/payments-unclosed\.csv$/u);
        expect(line, `${workers} workers`).toBe(22);
        expect(message, `${workers} workers`).toMatch(/dòng 22|line 22/u);
      }
  }, 120_000);

  it('fails with the same error for a payment file that does not exist, whichever thread reads it', async () => {
    const register = join(scratch, 'register-missing.csv');
    writeFileSync(register, writeRegisterCsv(district.register.slice(0, 40), { reveal: true }));
    const good = join(scratch, 'payments-there.csv');
    writeFileSync(good, writePaymentsCsv(district.payments.slice(0, 50)));
    const missing = join(scratch, 'payments-not-there.csv');
    const outcomes = await Promise.all(
      [0, 1, 2, 3].map((workers) =>
        // The first file goes to a worker thread first, where there are any.
        readColumnar({ register, payments: [missing, good], from: '2024-07', to: '2025-06', workers }).then(
          () => undefined,
          (e: Error & { code?: string }) => ({ name: e.name, message: e.message, code: e.code }),
        ),
      ),
    );
    expect(outcomes[0]).toMatchObject({ code: 'ENOENT' });
    expect(outcomes[0]?.message).toContain('payments-not-there.csv');
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(outcomes[2]).toEqual(outcomes[0]);
  });

  it('hears no more of the files after one whose handler failed, once it failed, whichever thread reads them', async () => {
    // File 0 the whole district (a worker's, slow to start and read); files 1 to 6 small, each with a row
    // refused: the main thread, done with a small register, likely reads some of them (timing).
    const register = join(scratch, 'register-stop.csv');
    writeFileSync(register, writeRegisterCsv(district.register.slice(0, 40), { reveal: true }));
    const [header, ...body] = writePaymentsCsv(district.payments).split('\n');
    const refused = 'TH-000001,13/2025,Tiền mặt,Đã chi,1,Đối tượng';
    const files = Array.from({ length: 7 }, (_, f) => {
      const file = join(scratch, `payments-stop-${f}.csv`);
      writeFileSync(file, [header, ...(f === 0 ? body : body.slice(0, 20)), refused].join('\n'));
      return file;
    });
    for (const workers of [0, 1, 2, 3]) {
      // What the handlers hear once the handler of file 1 has failed.
      const after: number[] = [];
      let failed = false;
      const read = readColumnar({
        register,
        payments: files,
        from: '2024-07',
        to: '2025-06',
        workers,
        onRejected: (file) => {
          if (file === 'register') return;
          if (failed) after.push(file);
          if (file === 1) {
            failed = true;
            throw new Error('cannot keep the rows of file 1');
          }
        },
        onProgress: (file) => {
          if (file !== 'register' && failed) after.push(file);
        },
      });
      await expect(read, `${workers} workers`).rejects.toThrow('cannot keep the rows of file 1');
      // One thread stops there; threads may have read later files before, and may hear of file 0 after
      // (its rows come from another thread), never of a later file.
      expect(failed, `${workers} workers`).toBe(true);
      expect(
        after.filter((file) => file > 0),
        `${workers} workers`,
      ).toEqual([]);
    }
  }, 120_000);

  it("fails as on one thread when the caller's handler of rejected payment rows fails", async () => {
    const register = join(scratch, 'register-h.csv');
    writeFileSync(register, writeRegisterCsv(district.register.slice(0, 40), { reveal: true }));
    const file = join(scratch, 'payments-h.csv');
    const [header, ...body] = writePaymentsCsv(district.payments.slice(0, 30)).split('\n');
    writeFileSync(file, [header, ...body, 'TH-000001,13/2025,Tiền mặt,Đã chi,1,Đối tượng'].join('\n'));
    for (const workers of [0, 2]) {
      const read = readColumnar({
        register,
        payments: [file, file],
        from: '2024-07',
        to: '2025-06',
        workers,
        onRejected: async (source) => {
          if (source !== 'register') throw new Error(`cannot keep the rows of file ${source}`);
        },
      });
      await expect(read).rejects.toThrow('cannot keep the rows of file 0');
    }
  });
});
