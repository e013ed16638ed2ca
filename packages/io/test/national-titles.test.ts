// Office lists of any province name their commune in the title: read with every unit of Vietnam, the title's
// district or province picks the commune among those of the same name, and a name several communes hold with
// nothing to tell them apart is reported, not guessed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readUnitsTable } from '@ansinh/core';
import { describe, expect, it } from 'vitest';
import { readRegisterCsv } from '../src/index.js';
import { root } from './fixtures.js';

const units = readUnitsTable(readFileSync(join(root, 'datasets/admin-units/vietnam-units.csv'), 'utf8'));

const register = (title: string) =>
  [
    title,
    'DANH SÁCH ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI HƯỞNG TRỢ CẤP HÀNG THÁNG',
    'Tháng 01 năm 2025',
    'STT,Họ và tên,Năm sinh,Số CCCD,Thôn,Số tài khoản',
    '1,Hồ Văn Tâm,1944,042044111222,Thôn Trung,190355678812',
    '2,Đinh Thị Lụa,1939,042139333444,Thôn Đông,',
  ].join('\n');

describe('a title naming a commune of any province', () => {
  it('finds the commune by its district, a name with "Thành" in it too', () => {
    const read = readRegisterCsv(register('UBND XÃ CẨM THÀNH, HUYỆN CẨM XUYÊN'), { units });
    expect(read.report.facts.commune).toEqual({ name: 'CẨM THÀNH', code: '18694' });
    expect(read.report.accepted).toBe(2);
    expect(read.accepted.every((r) => r.communeCode === '18694')).toBe(true);
  });

  it('finds the commune by its province', () => {
    const read = readRegisterCsv(register('UBND TỈNH HÀ TĨNH - UBND XÃ CẨM THÀNH'), { units });
    expect(read.report.facts.commune?.code).toBe('18694');
  });

  it('reports a name several communes hold, with its candidates, and accepts no row it would have to guess', () => {
    const read = readRegisterCsv(register('UBND XÃ TÂN LẬP'), { units });
    const issue = read.report.fileIssues.find((i) => i.code === 'commune_ambiguous');
    expect(issue?.code).toBe('commune_ambiguous');
    const candidates = (issue?.params as { candidates?: string } | undefined)?.candidates ?? '';
    expect(candidates.split(', ').length).toBeGreaterThan(5);
    expect(read.report.accepted).toBe(0);
    expect(read.report.inputRows).toBe(
      read.report.accepted + read.report.rejected + read.report.skipped + read.report.structure,
    );
  });
});
