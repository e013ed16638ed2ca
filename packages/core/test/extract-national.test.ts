// Places anywhere in Vietnam: with the national units the extractor resolves a place by its type word, narrows
// a name several communes hold by the parent named right after it, and leaves a name it cannot tell apart
// without a code; names of the whole country are not read without their type word (`Thứ Ba` is Tuesday).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalityFinder, extractFigures, readUnitsTable } from '../src/index.js';
import { repositoryRoot } from './fixtures.js';

const national = readUnitsTable(
  readFileSync(join(repositoryRoot, 'datasets/admin-units/vietnam-units.csv'), 'utf8'),
);

describe('places outside Tiền Hải', () => {
  const find = createLocalityFinder(national, '2024-10-31', { bareNames: false });
  const codes = (text: string) => find(text).map((m) => [m.text, m.code]);

  it('resolves a commune, a district and a province of any province by their type words', () => {
    expect(codes('Huyện Cẩm Xuyên, tỉnh Hà Tĩnh báo cáo')).toEqual([
      ['Huyện Cẩm Xuyên', '446'],
      ['tỉnh Hà Tĩnh', '42'],
    ]);
    expect(codes('Thị trấn Thiên Cầm đạt kết quả tốt')).toEqual([['Thị trấn Thiên Cầm', '18676']]);
  });

  it('narrows a name several communes hold by the parent named after it, and guesses nothing otherwise', () => {
    expect(codes('xã Cẩm Thành, huyện Cẩm Xuyên có 612 người')[0]).toEqual(['xã Cẩm Thành', '18694']);
    expect(codes('xã Tân Lập có 300 người')).toEqual([['xã Tân Lập', undefined]]);
    // Every unit it may be is said instead.
    const [shared] = find('xã Tân Lập có 300 người');
    expect(shared?.candidates?.length).toBeGreaterThan(5);
    expect(shared?.candidates).toContain('01159');
  });

  it('narrows by the place in brackets after the name, named with or without its type word', () => {
    expect(codes('xã Tân Lập (Bắc Sơn) có 412 người')[0]).toEqual(['xã Tân Lập', '06352']);
    expect(codes('xã Tân Lập (huyện Đan Phượng) có 412 người')[0]).toEqual(['xã Tân Lập', '09820']);
    expect(codes('xã Tân Lập huyện Đan Phượng có 412 người')[0]).toEqual(['xã Tân Lập', '09820']);
    const after = createLocalityFinder(national, '2025-09-30', { bareNames: false });
    expect(after('xã Gia Lâm (Hà Nội) có 95%')[0]?.code).toBe('00565');
    // A district nobody has is no commune of that name either: no candidates of another level.
    expect(find('huyện Tân Lập có 412 người')[0]?.candidates).toBeUndefined();
    // A bracket that names no unit leaves every candidate.
    expect(find('xã Tân Lập (Nowhere) có 412 người')[0]?.candidates?.length).toBeGreaterThan(5);
  });

  it('does not read a common word as a place without its type word', () => {
    expect(codes('Thứ Ba tuần trước, 95% người hưởng đã có tài khoản')).toEqual([]);
  });

  it('gives the figures of a page their commune code', () => {
    const [figure] = extractFigures(
      'Đến ngày 31/10/2024, xã Cẩm Thành, huyện Cẩm Xuyên có 612/612 đối tượng hưởng trợ cấp đã có tài khoản, đạt 100%.',
      { units: national, bareNames: false },
    );
    expect(figure?.locality).toMatchObject({ name: 'Cẩm Thành', level: 'commune', code: '18694' });
  });
});
