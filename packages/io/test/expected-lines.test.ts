import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedLines } from '../src/read/expected-lines.js';

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

  it('never guesses more lines than a row of 16 bytes would make', async () => {
    const blank = join(scratch, 'blank.csv');
    writeFileSync(blank, '\n'.repeat(5 << 20));
    expect(await expectedLines(blank)).toBe((5 << 20) / 16);
  });
});
