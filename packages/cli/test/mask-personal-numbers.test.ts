import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { maskPersonalNumbers } from '@ansinh/core';
import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const dataset = join(root, 'datasets/published-figures/tien-hai-2025-01.json');

const page = [
  'Ông Nguyễn Văn B (CCCD 001203004567, STK 0123456789012) nhận trợ cấp qua tài khoản',
  'Huyện A có 200 người hưởng trợ cấp; đã có 150 người có tài khoản, đạt 75%.',
].join('\n');

describe('maskPersonalNumbers(text)', () => {
  it('masks a CCCD (12 digits) and an account number (9 to 19 digits) as maskIdentifier does', () => {
    expect(maskPersonalNumbers('CCCD 001203004567, STK 0123456789012')).toBe(
      'CCCD ********4567, STK *********9012',
    );
    expect(maskPersonalNumbers('CMND 123456789; số 1234567890123456789')).toBe(
      'CMND *****6789; số ***************6789',
    );
    expect(maskPersonalNumbers('CCCD001203004567')).toBe('CCCD********4567');
  });

  it('masks digits grouped by spaces or hyphens after tài khoản, STK, CCCD or account', () => {
    expect(maskPersonalNumbers('STK: 0123 4567 8901')).toBe('STK: ********8901');
    expect(maskPersonalNumbers('số tài khoản 1903-5678-9012-345')).toBe('số tài khoản ***********2345');
    expect(maskPersonalNumbers('account number 0123 4567 8901')).toBe('account number ********8901');
  });

  it('leaves figures alone: counts and amounts with separators or units, decimals, short and long numbers', () => {
    for (const text of [
      'Huyện Tiền Hải có 17.475 người; 17.328/17.475 → 99,16%',
      'chi qua tài khoản 1.100.000.000 đồng; 1100000000 đồng; 1 100 000 000 đồng',
      'có tài khoản 2 370 000 người; 123456789 người',
      'tỷ lệ 0,123456789; 12345678; 12345678901234567890',
      'paid 123 456 789 people',
    ]) {
      expect(maskPersonalNumbers(text)).toBe(text);
    }
  });
});

describe('ansinh extract|reproduce TEXT [--reveal]: personal numbers quoted', () => {
  const file = () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ansinh-pii-')), 'page.txt');
    writeFileSync(path, page);
    return path;
  };

  it('masks the CCCD and account number of the source line of reproduce, and shows them with --reveal', async () => {
    const masked = await run('reproduce', file());
    expect(masked.code).toBe(0);
    expect(masked.out).toContain('Nguồn: Ông Nguyễn Văn B (CCCD ********4567, STK *********9012)');
    expect(masked.out).not.toContain('001203004567');
    expect(masked.out).not.toContain('0123456789012');
    const revealed = await run('reproduce', file(), '--reveal');
    expect(revealed.out).toContain('Nguồn: Ông Nguyễn Văn B (CCCD 001203004567, STK 0123456789012)');
  });

  it('masks the numbers a dataset quotes as its title or as a figure as stated', async () => {
    const doc = JSON.parse(readFileSync(dataset, 'utf8'));
    doc.source.title = 'Danh sách: Trần Thị C, CCCD 034185001234';
    doc.figures[4].numerator.asStated = '0341850012345';
    const path = join(mkdtempSync(join(tmpdir(), 'ansinh-pii-')), 'figures.json');
    writeFileSync(path, JSON.stringify(doc));
    const { out } = await run('reproduce', path);
    expect(out).toContain('Nguồn: Danh sách: Trần Thị C, CCCD ********1234');
    expect(out).toContain('*********2345/17.475');
    expect(out).not.toMatch(/034185001234|0341850012345/u);
  });

  it('masks the numbers quoted in --json too, keeps them with --reveal, and --reveal is taken by extract', async () => {
    const json = await run('reproduce', file(), '--json');
    expect(JSON.parse(json.out).sources[0]).toContain('CCCD ********4567');
    const revealed = await run('reproduce', file(), '--json', '--reveal');
    expect(JSON.parse(revealed.out).sources[0]).toContain('CCCD 001203004567');
    const extracted = await run('extract', file(), '--reveal', '--lang', 'en');
    expect(extracted.code).toBe(0);
    expect(extracted.out).toContain('150/200 → 75%');
  });
});
