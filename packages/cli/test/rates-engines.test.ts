// `ansinh rates` through each engine on a payment list with a second line and a key on no register: the
// same rates, and the payment outside coverage reported, not dropped in silence.
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ansinh-engines-'));
const register = join(dir, 'register.csv');
const payments = join(dir, 'payments.csv');

beforeAll(async () => {
  expect((await run('synth', '--out', dir, '--seed', '5')).code).toBe(0);
  // Repeat a January line paid into an account (a second line), and add one to a key on no register.
  const lines = readFileSync(payments, 'utf8').split('\n');
  const header = lines.find((l) => l.includes('Mã đối tượng')) ?? '';
  const columns = header.split(',');
  const at = (name: string) => columns.indexOf(name);
  const paidJanuary = lines.find((l) => {
    const cells = l.split(',');
    return cells[at('Kỳ chi trả')] === '2025-01' && cells[at('Hình thức chi trả')] === 'Qua tài khoản';
  });
  if (paidJanuary === undefined) throw new Error('no January line paid into an account');
  const unknown = paidJanuary.split(',');
  unknown[at('Mã đối tượng')] = 'KHONG-CO-MA';
  appendFileSync(payments, `${paidJanuary}\n${unknown.join(',')}\n`);
});

describe('ansinh rates --engine rows|columns|duckdb on a messy payment list', () => {
  it('gives the same rates through every engine and warns of the line to a key on no register', async () => {
    const results = [];
    for (const engine of ['rows', 'columns', 'duckdb']) {
      const result = await run(
        'rates',
        '--register',
        register,
        '--payments',
        payments,
        '--period',
        '2025-01',
        '--by',
        'district',
        '--engine',
        engine,
        '--json',
        '--lang',
        'en',
      );
      // The second January line is rejected (a duplicate) and left out: said, and exit 1.
      expect(result.code, engine).toBe(1);
      expect(result.err, engine).toMatch(/paid lines .*to (?:1 keys|keys) on no register/u);
      results.push(JSON.parse(result.out).units);
    }
    const [rows, columns, duckdb] = results;
    expect(columns).toEqual(rows);
    // DuckDB reads the files as they are: it counts a person once like the others, but it also reads the
    // lines that validation rejects (here the repeated line), so only the headcounts are compared. Running it
    // over the validated output is the next step (issue 11).
    const headcounts = (units: { accountRate: unknown; paidThroughAccountRate: unknown }[]) =>
      units.map((u) => [u.accountRate, u.paidThroughAccountRate]);
    expect(headcounts(duckdb)).toEqual(headcounts(rows));
    expect(rows[0].paidThroughAccountRate).toEqual({ numerator: 17_328, denominator: 17_475 });
  });
});

describe('ansinh rates on lists typed in a TCVN3 font and saved as CSV UTF-8', () => {
  it('gives, through every engine, the rates of the same lists in Unicode', async () => {
    // Each file as an old spreadsheet in .VnTime saves it: its TCVN3 bytes read as Windows-1252, a
    // byte-order mark, lines ending in CR LF. The `#` title line is dropped: TCVN3 lacks some capitals.
    const letters = (file: string) => {
      const text = readFileSync(file, 'utf8')
        .replace(/^\ufeff/u, '')
        .split('\n')
        .filter((line) => !line.startsWith('#'))
        .join('\n');
      const out = file.replace(/\.csv$/u, '-tcvn3.csv');
      writeFileSync(
        out,
        `\ufeff${iconv.decode(iconv.encode(text, 'tcvn'), 'win1252').replaceAll('\n', '\r\n')}`,
      );
      return out;
    };
    const ratesOf = async (files: readonly string[], engine: string) => {
      const result = await run(
        'rates',
        '--register',
        files[0] ?? '',
        '--payments',
        files[1] ?? '',
        '--period',
        '2025-01',
        '--by',
        'district',
        '--engine',
        engine,
        '--json',
      );
      expect(result.code, `${engine}: ${result.err}`).toBe(1);
      return JSON.parse(result.out).units;
    };
    const unicode = await ratesOf([register, payments], 'rows');
    const tcvn3 = [letters(register), letters(payments)];
    for (const engine of ['rows', 'columns', 'duckdb']) {
      const units = await ratesOf(tcvn3, engine);
      const headcounts = (list: { accountRate: unknown; paidThroughAccountRate: unknown }[]) =>
        list.map((u) => [u.accountRate, u.paidThroughAccountRate]);
      expect(headcounts(units), engine).toEqual(headcounts(unicode));
      if (engine !== 'duckdb') expect(units, engine).toEqual(unicode);
    }
  });
});
