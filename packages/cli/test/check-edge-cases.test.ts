import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

const stackTrace = /at \S+ \(|at file:/u;

describe('ansinh check CLAIM never crashes on a claim it can read', () => {
  it('answers a zero percent of a positive count with the denominators that print it', async () => {
    const { code, out, err } = await run('check', '7/? = 0%', '--lang', 'en');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('denominators 1,401 or more');
  });

  it('answers counts whose other count would pass 2^53 − 1: cut there, or refused with exit 2', async () => {
    const cut = await run('check', '200.000.000.000.000/? = 2%');
    expect(cut.code).toBe(0);
    expect(cut.out).toContain('2^53 − 1');
    for (const claim of ['4.000.000.000.000.000/? = 25%', '3/? = 0,00000000000000000002%']) {
      const refused = await run('check', claim);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain('không nhóm người nào lớn như vậy');
      expect(refused.err).not.toMatch(stackTrace);
    }
  });

  it('answers a qualified count near 2^53 − 1 without a stack trace', async () => {
    for (const claim of ['trên 9007199254740000/? = 100%', 'khoảng 8.500.000.000.000.000/? = 40%']) {
      const result = await run('check', claim);
      expect([0, 1, 2]).toContain(result.code);
      expect(`${result.out}${result.err}`).not.toMatch(stackTrace);
    }
  });

  it('explains percents of 18 to 20 decimals that do not divide exactly', async () => {
    const third = await run('check', '2/3 = 66,666666666666666667%');
    expect(third.code).toBe(0);
    const wrong = await run('check', '17.328/17.472 = 99,1600000000000000000%');
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain('99,17582417582417582417…%');
  });

  it('refuses a zero denominator by name, with exit 2', async () => {
    for (const claim of ['0/0 = 0%', '3/0 = 0%', '?/0 = 0%', '0/0 = 50%']) {
      const { code, err } = await run('check', claim, '--lang', 'en');
      expect(code).toBe(2);
      expect(err).toContain('the denominator is 0');
    }
  });

  it('reads counts written with a scale word as rounded: 2,4 triệu of 3,1 triệu can be 77,9%', async () => {
    const { code, out } = await run('check', '2,4 triệu/3,1 triệu = 77,9%');
    expect(code).toBe(0);
    expect(out).toContain('“2,4 triệu” (từ 2.350.000 đến 2.449.999)');
    expect(out).toContain('đã được làm tròn tới chữ số cuối cùng được viết');
    const english = await run('check', '2.4 million of 3.1 million is 77.9%', '--lang', 'en');
    expect(english.code).toBe(0);
    expect(english.out).toContain('“2.4 million” (2,350,000 to 2,449,999)');
    expect((await run('check', '2,4 triệu/3,1 triệu = 50%')).code).toBe(1);
  });
});

describe('ansinh reproduce TEXT on percents the checker could not handle', () => {
  it('reproduces a zero percent and a 20-decimal percent without a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ansinh-zero-'));
    const zero = join(dir, 'zero.txt');
    writeFileSync(zero, 'Xã B có 12 người đã có tài khoản, đạt 0%.');
    const many = join(dir, 'many.txt');
    writeFileSync(
      many,
      'Xã B có 7 người hưởng trợ cấp; đã có 2 người có tài khoản, đạt 28,57142857142857142857%.',
    );
    for (const file of [zero, many]) {
      const { code, out, err } = await run('reproduce', file);
      expect(code).toBe(0);
      expect(out).toContain('Tái lập số liệu đã công bố');
      expect(err).not.toMatch(stackTrace);
    }
  });
});
