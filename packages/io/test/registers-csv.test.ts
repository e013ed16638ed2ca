import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coverageRates, synthesizeDistrict } from '@ansinh/core';
import { describe, expect, it } from 'vitest';
import {
  detectLegacyEncoding,
  duckdbCoverage,
  parseCsv,
  readPaymentsCsv,
  readRegisterCsv,
  readRegisterXlsx,
  validateForDuckdb,
  writePaymentsCsv,
  writeRegisterCsv,
  writeRegisterXlsx,
  writeRejectedCsv,
} from '../src/index.js';
import { units } from './fixtures.js';

const district = synthesizeDistrict(units, { seed: 11 });

const header =
  'Mã đối tượng,Họ và tên,Năm sinh,Giới tính,Số CCCD,Mã xã,Thôn,Nhóm đối tượng,Trường hợp hưởng,Mức trợ cấp,Ngân hàng,Số tài khoản,Ngày mở tài khoản,Người được ủy quyền,Hưởng từ ngày,Dừng hưởng từ ngày,Lý do dừng,Khuyết tật nặng,Không đi lại được';
const good =
  'TH-1,Nguyễn Thị Lan,1940,Nữ,034140123456,12994,Thôn 3,Bảo trợ xã hội,aged_80_plus_no_pension,500.000,Agribank,1234567890,2024-09-01,,01/07/2021,,,,x';

/** The reasons each rejected row was given, as codes. */
const codes = (text: string) => readRegisterCsv(text).rejected.map((r) => r.issues.map((i) => i.code));

describe('readRegisterCsv(text)', () => {
  it('reads back what writeRegisterCsv writes, every row of a synthetic district', () => {
    const text = writeRegisterCsv(district.register, {
      reveal: true,
      comment: 'DỮ LIỆU TỔNG HỢP / SYNTHETIC DATA',
    });
    const result = readRegisterCsv(text);
    expect(result.rejected).toEqual([]);
    expect(result.accepted).toEqual(district.register);
    expect(result.notes).toContainEqual({
      code: 'comment',
      params: { text: 'DỮ LIỆU TỔNG HỢP / SYNTHETIC DATA' },
    });
  });

  it('accepts a row as an office writes it: dd/mm/yyyy, 500.000, Nữ, x', () => {
    const result = readRegisterCsv(`${header}\n${good}\n`);
    expect(result.accepted[0]).toMatchObject({
      sex: 'female',
      monthlyAmountVnd: 500_000,
      since: '2021-07-01',
      cannotTravel: true,
    });
  });

  it('reads other header spellings and orders, a BOM and the ; delimiter', () => {
    const reordered = header
      .split(',')
      .reverse()
      .join(';')
      .replace('Họ và tên', 'HỌ TÊN')
      .replace('Số CCCD', 'Số định danh cá nhân');
    const row = good.split(',').reverse().join(';');
    const result = readRegisterCsv(`\ufeff${reordered}\n${row}\n`);
    expect(result.accepted).toHaveLength(1);
    expect(result.notes).toEqual([
      { code: 'byte_order_mark', params: {} },
      { code: 'delimiter', params: { delimiter: ';' } },
    ]);
  });

  it('reads NFD text as NFC', () => {
    const result = readRegisterCsv(`${header}\n${good}\n`.normalize('NFD'));
    expect(result.accepted[0]?.fullName).toBe('Nguyễn Thị Lan');
  });

  it('rejects each kind of bad row with its code, and loses nothing', () => {
    const rows = [
      good,
      good.replace('TH-1,', 'TH-5,').replace('034140123456', '034141123456'), // CCCD says 1941
      good.replace('TH-1,', 'TH-2,').replace('500.000', '"1,25"'), // a spreadsheet showed 1.250.000 as 1,25
      good, // duplicate of TH-1
      ',,,,,,,,,,,,,,,,,,',
      good.replace('TH-1,', 'TH-3,').replace('Nữ', 'Không rõ'),
      good.replace('TH-1,', 'TH-4,').replace('01/07/2021', '31/02/2021'),
    ];
    const result = readRegisterCsv(`${header}\n${rows.join('\n')}\n`);
    expect(result.accepted).toHaveLength(1);
    expect(result.report).toMatchObject({ inputRows: 8, accepted: 1, rejected: 5, skipped: 1, structure: 1 });
    expect(codes(`${header}\n${rows.join('\n')}\n`)).toEqual([
      ['national_id_birth_year'],
      ['mangled_thousands'],
      ['duplicate_national_id', 'duplicate_beneficiary'],
      ['invalid_sex'],
      ['invalid_date'],
    ]);
    const [first] = result.rejected;
    expect(first).toMatchObject({ row: 3, issues: [{ row: 3, column: 'Số CCCD' }] });
  });

  it('reads a register without the columns it can do without: no CCCD, no sex, no category', () => {
    const drop = ['Số CCCD', 'Giới tính', 'Nhóm đối tượng'];
    const keep = header.split(',').map((h) => !drop.includes(h));
    const only = (line: string) =>
      line
        .split(',')
        .filter((_, i) => keep[i])
        .join(',');
    const result = readRegisterCsv(`${only(header)}\n${only(good)}\n`);
    expect(result.rejected).toEqual([]);
    expect(result.accepted[0]?.id).toBe('TH-1');
    expect([result.accepted[0]?.sex, result.accepted[0]?.nationalId, result.accepted[0]?.category]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('refuses a file that lacks what the analysis needs once, naming the fields, the headers and the nearest', () => {
    const without = header
      .replace('Họ và tên', 'Họ và tênn')
      .replace(',Năm sinh', '')
      .replace(',Số CCCD', '');
    const row = good.replace(',1940', '').replace(',034140123456', '');
    const result = readRegisterCsv(`${without}\n${row}\n${row.replace('TH-1', 'TH-2')}\n`);
    expect(result.accepted).toHaveLength(0);
    const [issue] = result.report.fileIssues;
    expect(issue).toMatchObject({ code: 'missing_fields' });
    expect(issue?.params).toMatchObject({ fields: 'Họ và tên (fullName), Năm sinh (birthYear)' });
    expect(String(issue?.params && 'nearest' in issue.params ? issue.params.nearest : '')).toContain(
      'Họ và tênn',
    );
    expect(result.report.rejected).toBe(2);
  });

  it('reads a 0-byte file as no rows, and a binary file as one file-level refusal, without throwing', () => {
    expect(readRegisterCsv('')).toMatchObject({ accepted: [], rejected: [], inputRows: 0 });
    const binary = String.fromCharCode(...Array.from({ length: 200 }, (_, i) => (i * 37) % 256));
    const { report } = readRegisterCsv(binary);
    expect(report.accepted).toBe(0);
    expect(report.fileIssues.map((i) => i.code)).toEqual(['missing_fields']);
    expect(report.accepted + report.rejected + report.skipped + report.structure).toBe(report.inputRows);
  });
});

describe('writeRegisterCsv(rows, { reveal }) and writeRejectedCsv(result)', () => {
  it('masks CCCD and account numbers unless asked to reveal them', () => {
    const [row] = district.register;
    if (row?.nationalId === undefined) throw new Error('empty synthetic register');
    const masked = writeRegisterCsv([row]);
    expect(masked).not.toContain(row.nationalId);
    expect(masked).toContain(`********${row.nationalId.slice(-4)}`);
    expect(writeRegisterCsv([row], { reveal: true })).toContain(row.nationalId);
  });

  it('writes the rejected rows back with their reasons', () => {
    const result = readRegisterCsv(`${header}\n${good}\n${good}\n`);
    const back = parseCsv(writeRejectedCsv(result)).records;
    expect(back).toHaveLength(2);
    expect(back[1]?.fields.at(-1)).toContain('duplicate_beneficiary');
  });
});

describe('readPaymentsCsv(text)', () => {
  it('reads back a month of payments and refuses a second payment for the same person and period', () => {
    const month = district.payments.filter((p) => p.period === '2025-01');
    const text = writePaymentsCsv(month);
    expect(readPaymentsCsv(text).accepted).toEqual(month);
    const doubled = readPaymentsCsv(`${text}${text.split('\n')[1]}\n`);
    expect(doubled.rejected.map((r) => r.issues[0]?.code)).toEqual(['duplicate_payment']);
  });
});

describe('readRegisterXlsx(bytes) and writeRegisterXlsx(rows)', () => {
  it('reads back a workbook it wrote, skipping the notice row above the header', () => {
    const rows = district.register.slice(0, 300);
    const bytes = writeRegisterXlsx(rows, { reveal: true, comment: 'DỮ LIỆU TỔNG HỢP / SYNTHETIC DATA' });
    const result = readRegisterXlsx(bytes);
    expect(result.rejected).toEqual([]);
    expect(result.accepted).toEqual(rows);
    expect(result.report.structureCounts).toEqual({ title: 1, header: 1 });
  });

  it('masks CCCD numbers in a workbook unless asked, so a masked workbook does not read back as valid', () => {
    const rows = district.register.slice(0, 5);
    const result = readRegisterXlsx(writeRegisterXlsx(rows));
    expect(result.accepted).toHaveLength(0);
    expect(result.rejected.every((r) => r.issues.some((i) => i.code === 'national_id_format'))).toBe(true);
  });
});

describe('detectLegacyEncoding(text) and legacy files', () => {
  it('recognises TCVN3 and VNI text read as Unicode, and leaves Vietnamese Unicode alone', () => {
    expect(detectLegacyEncoding('NguyÔn V¨n H¶i, TrÇn ThÞ Hµ, Lª V¨n B¸u')).toBe('tcvn3');
    expect(detectLegacyEncoding('Nguyeãn Vaên Haûi, Traàn Thò Haø, Leâ Vaên Baûo')).toBe('vni');
    expect(
      detectLegacyEncoding('Nguyễn Văn Hải, Trần Thị Hà, Lê Văn Bảo, Võ Thị Thùy, xã Tây Lương'),
    ).toBeUndefined();
  });

  it('refuses each row whose cells are in a legacy font, in a file otherwise Unicode, losing none', () => {
    const row = good.replace('Nguyễn Thị Lan', 'NguyÔn ThÞ Lan').replace('Bảo trợ xã hội', 'B¶o trî x· héi');
    const result = readRegisterCsv(
      `${header}\n${row}\n${row.replace('TH-1', 'TH-2').replace('NguyÔn', 'TrÇn V¨n')}\n`,
    );
    expect(result.accepted).toHaveLength(0);
    // The header and the other cells are Unicode: the file is not a legacy font's, each row is refused alone.
    expect(result.rejected.map((r) => r.issues[0]?.code)).toEqual(['legacy_letters', 'legacy_letters']);
  });
});

describe('title rows above the header', () => {
  it('reports banner rows above the CSV header as title structure', () => {
    const result = readRegisterCsv(
      `"DANH SÁCH ĐỐI TƯỢNG HƯỞNG TRỢ CẤP HÀNG THÁNG",,,\nXã Tây Ninh,,,\n${header}\n${good}\n`,
    );
    expect(result.accepted).toHaveLength(1);
    expect(result.report).toMatchObject({ inputRows: 4, accepted: 1, structure: 3 });
    expect(result.report.structureSample.map((s) => s.kind)).toEqual(['title', 'title', 'header']);
  });
});

describe('duckdbCoverage(validateForDuckdb({ register, payments }), period)', () => {
  it('computes over the CSV files exactly what coverageRates computes in memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ansinh-duckdb-'));
    const files = { register: join(dir, 'register.csv'), payments: join(dir, 'payments.csv') };
    writeFileSync(
      files.register,
      writeRegisterCsv(district.register, { reveal: true, comment: 'SYNTHETIC' }),
    );
    writeFileSync(files.payments, writePaymentsCsv(district.payments, { comment: 'SYNTHETIC' }));
    const validated = await validateForDuckdb(files);
    for (const period of ['2024-12', '2025-01']) {
      expect(await duckdbCoverage(validated, period)).toEqual(
        coverageRates(district.register, district.payments, period),
      );
    }
    validated.remove();
  });
});
