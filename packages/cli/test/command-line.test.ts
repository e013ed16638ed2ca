import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { findOptionProblem } from '../src/option-problem.js';
import { run } from './run-cli.js';

const usageLine = 'Cách dùng / Usage:';

describe('ansinh COMMAND --help | -h', () => {
  it('prints the usage on standard output and exits 0, for every command', async () => {
    for (const argv of [
      ['extract', '--help'],
      ['check', '--help'],
      ['reproduce', '-h'],
      ['eval-extract', '-h'],
      ['rates', '--help'],
      ['extract', 'page.txt', '--lang', 'en', '--help'],
      ['extract', '--bogus', '--help'],
    ]) {
      const { code, out, err } = await run(...argv);
      expect({ argv, code, err }).toEqual({ argv, code: 0, err: '' });
      expect(out).toContain(usageLine);
      expect(out).toContain('--help');
    }
  });

  it('takes `--help` after `--` as an argument, not as a request for help', async () => {
    const { code, out } = await run('check', '--', '--help');
    expect(code).toBe(2);
    expect(out).toBe('');
  });
});

describe('ansinh COMMAND with a bad option', () => {
  it('names an unknown option in both languages in one line that says where to look, and exits 2', async () => {
    const { code, out, err } = await run('extract', 'page.txt', '--bogus');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('Tùy chọn không rõ: --bogus / unknown option: --bogus');
    expect(err).toContain('ansinh extract --help');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).not.toContain('Unknown option');
    expect((await run('check', '-x', '1/2 = 50%')).err).toContain('unknown option: -x');
  });

  it('names an option given no value, or a switch given one, in both languages, and exits 2', async () => {
    const missing = await run('extract', 'page.txt', '--units');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Tùy chọn --units cần một giá trị');
    expect(missing.err).toContain('option --units needs a value');
    expect(missing.err).toContain('ansinh extract --help');
    expect((await run('reproduce', 'a.txt', '--units', '--json')).err).toContain(
      'option --units needs a value',
    );
    const value = await run('extract', 'page.txt', '--json=yes');
    expect(value.code).toBe(2);
    expect(value.err).toContain('Tùy chọn --json không nhận giá trị / option --json takes no value');
  });
});

describe('findOptionProblem(args, options)', () => {
  const options = { units: { type: 'string' }, json: { type: 'boolean' } } as const;

  it('is undefined when every option is known and has the value its type needs', () => {
    expect(findOptionProblem(['a.txt', '--units', 'u.json', '--json', '-'], options)).toBeUndefined();
    expect(findOptionProblem(['--units=-', '--', '--bogus'], options)).toBeUndefined();
  });

  it('gives the first problem, with the option as typed', () => {
    expect(findOptionProblem(['--bogus', '--units'], options)).toEqual({
      code: 'unknown_option',
      option: '--bogus',
    });
    expect(findOptionProblem(['--units'], options)).toEqual({
      code: 'missing_option_value',
      option: '--units',
    });
    expect(findOptionProblem(['--json=1'], options)).toEqual({
      code: 'unexpected_option_value',
      option: '--json',
    });
  });
});

describe('ansinh extract|reproduce TEXT --published-on DATE', () => {
  const text = () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ansinh-date-')), 'page.txt');
    writeFileSync(path, 'Huyện A có 200 người hưởng trợ cấp; đến nay đã có 150 người có tài khoản, đạt 75%.');
    return path;
  };

  it('takes a day of the calendar, 29 February of a leap year included', async () => {
    const { code, out } = await run('extract', text(), '--published-on', '2024-02-29', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).source.publishedOn).toBe('2024-02-29');
  });

  it('refuses a date that is not on the calendar, or not written YYYY-MM-DD, in both languages, exit 2', async () => {
    for (const date of ['2025-02-30', '2023-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-1-5']) {
      for (const command of ['extract', 'reproduce']) {
        const { code, out, err } = await run(command, text(), '--published-on', date);
        expect({ date, command, code, out }).toEqual({ date, command, code: 2, out: '' });
        expect(err).toContain(`--published-on cần một ngày có thật, dạng YYYY-MM-DD`);
        expect(err).toContain(
          `--published-on needs a real calendar date as YYYY-MM-DD (such as 2025-01-31), not "${date}"`,
        );
      }
    }
  });
});

describe('ansinh --version, and the one error boundary', () => {
  it('prints the version of the package and exits 0', async () => {
    const { code, out } = await run('--version');
    expect(code).toBe(0);
    expect(out).toMatch(/^ansinh \d+\.\d+\.\d+$/u);
  });

  it('turns an error no command expected into one line on standard error and exit 2, never a stack trace', async () => {
    const err: string[] = [];
    const code = await main(['check', '1/2 = 50%'], {
      print: () => {
        throw new Error('the terminal went away\n    at somewhere (file.ts:1:1)');
      },
      error: (line) => err.push(line),
    });
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('unexpected error: the terminal went away');
    expect(err[0]).not.toContain('at somewhere');
  });
});

describe('an option of another command', () => {
  it('is refused with exit 2 and one short line naming the command', async () => {
    const { code, err } = await run('check', '1/2 = 50%', '--register', 'x.csv');
    expect(code).toBe(2);
    expect(err.split('\n')).toHaveLength(1);
    expect(err).toContain('check takes no --register (see ansinh check --help)');
  });

  it('still takes the command’s own options and the common ones', async () => {
    const { code, out } = await run(
      'check',
      '1/2 = 50%',
      '--json',
      '--lang',
      'en',
      '--rounding',
      'half-even',
    );
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ claim: '1/2 = 50%' });
  });
});

describe('the help and misuse of one command', () => {
  it('prints a command’s own usage and options only', async () => {
    const { code, out } = await run('validate', '--help');
    expect(code).toBe(0);
    expect(out).toContain('ansinh validate FILE');
    expect(out).toContain('--columns MAP');
    expect(out).not.toContain('--engine');
    expect(out).not.toContain('ansinh rates');
  });

  it('refuses an option given twice rather than dropping one, an argument a command does not take, and a target above 100', async () => {
    const twice = await run('rates', '--register', 'a.csv', '--payments', 'b.csv', '--payments', 'c.csv');
    expect(twice.code).toBe(2);
    expect(twice.err).toContain('option --payments is given twice');
    const extra = await run('rates', '--register', 'a.csv', '--payments', 'b.csv', 'extra');
    expect(extra.code).toBe(2);
    expect(extra.err).toContain('rates takes no argument "extra"');
    const target = await run('rates', '--register', 'a.csv', '--payments', 'b.csv', '--target', '150');
    expect(target.code).toBe(2);
    expect(target.err).toContain('--target needs a percent from 0 to 100');
    for (const result of [twice, extra, target]) expect(result.err.trim().split('\n')).toHaveLength(1);
  });

  it('prints its version as JSON when asked', async () => {
    const { code, out } = await run('--version', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveProperty('version');
  });
});
