import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesizeDistrict } from '@ansinh/core';
import { afterAll, describe, expect, it } from 'vitest';
import { streamRegisterCsv, writeRegisterCsv } from '../src/index.js';
import { expectedLines } from '../src/read/expected-lines.js';
import { units } from './fixtures.js';

const scratch = mkdtempSync(join(tmpdir(), 'ansinh-expected-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('expectedLines(path): a size hint for the tables of a large file', () => {
  it('guesses the lines of a list from the middle of it, titles at the top left out, a little over', async () => {
    const file = join(scratch, 'list.csv');
    const title = 'DANH SÁCH CHI TRẢ TRỢ CẤP XÃ HỘI HÀNG THÁNG QUA TÀI KHOẢN\n'.repeat(5);
    const rows = Array.from(
      { length: 90_000 },
      (_, i) =>
        `ĐT-${i},Nguyễn Văn ${i % 97},19${40 + (i % 50)},Qua tài khoản,${500_000 + (i % 7) * 1_000}\n`,
    );
    writeFileSync(file, title + rows.join(''));
    const guess = (await expectedLines(file)) ?? 0;
    expect(guess).toBeGreaterThanOrEqual(90_005);
    expect(guess).toBeLessThan(90_005 * 1.1);
  });

  it('gives no hint for a small file, a missing one, or one with too few lines to judge', async () => {
    const small = join(scratch, 'small.csv');
    writeFileSync(small, 'Mã đối tượng\nĐT-1\n');
    expect(await expectedLines(small)).toBeUndefined();
    expect(await expectedLines(join(scratch, 'nowhere.csv'))).toBeUndefined();
    const oneLine = join(scratch, 'one-line.csv');
    writeFileSync(oneLine, 'x'.repeat(5 << 20));
    expect(await expectedLines(oneLine)).toBeUndefined();
  });

  it('changes no answer: a large register read from its file (hinted) and from its text (not)', async () => {
    const file = join(scratch, 'register.csv');
    const district = synthesizeDistrict(units, { seed: 5 });
    const text = writeRegisterCsv(district.register, { reveal: true });
    const lines = text.trimEnd().split('\n');
    // Every tenth row again further down (a key and a CCCD listed twice), until the file passes 4 MiB.
    const body = lines.slice(1);
    const rows = [...body, ...body.filter((_, i) => i % 10 === 0)];
    writeFileSync(file, `${[lines[0], ...rows].join('\n')}\n`);
    expect(await expectedLines(file)).toBeGreaterThan(0);
    const read = async (source: string | AsyncIterable<string>) => {
      const accepted: string[] = [];
      const report = await streamRegisterCsv(source, {
        onAccepted: (chunk) => {
          for (const row of chunk) accepted.push(row.id);
        },
      });
      return { report, accepted };
    };
    async function* pieces() {
      const whole = readFileSync(file, 'utf8');
      for (let at = 0; at < whole.length; at += 1 << 20) yield whole.slice(at, at + (1 << 20));
    }
    const hinted = await read(file);
    const plain = await read(pieces());
    expect(hinted.report.rejected).toBeGreaterThan(0);
    expect(hinted.accepted).toEqual(plain.accepted);
    expect({ ...hinted.report, fileName: undefined }).toEqual({ ...plain.report, fileName: undefined });
  });

  it('gives no hint for a workbook', async () => {
    const book = join(scratch, 'book.xlsx');
    writeFileSync(
      book,
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('\n'.repeat(5 << 20))]),
    );
    expect(await expectedLines(book)).toBeUndefined();
  });

  it('never guesses more lines than a row of 16 bytes would make', async () => {
    const blank = join(scratch, 'blank.csv');
    writeFileSync(blank, '\n'.repeat(5 << 20));
    expect(await expectedLines(blank)).toBe((5 << 20) / 16);
  });
});
