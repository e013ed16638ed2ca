// Office lists read whole, as analysts bring them: the layout understood, the missing fields derived and
// every assumption listed, every record accounted for. The lists are invented, in the patterns offices
// use; the shared samples, where they exist, are read too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AdminUnit } from '@ansinh/core';
import { describe, expect, it } from 'vitest';
import {
  personKey,
  readPaymentsCsv,
  readPaymentsXlsx,
  readRegisterCsv,
  readRegisterXlsx,
  resolveCommune,
  type ValidationReport,
} from '../src/index.js';
import { root, units } from './fixtures.js';

const balanced = (report: ValidationReport) =>
  expect(report.accepted + report.rejected + report.skipped + report.structure).toBe(report.inputRows);
const assumed = (report: ValidationReport) =>
  Object.fromEntries(report.assumptions.map((a) => [a.code, a.rows]));

/** A social-assistance register as a commune keeps it: no codes, sex by which birth column is filled. */
const register = [
  'UBND HUYỆN TIỀN HẢI;;;;CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM;;;;',
  'ỦY BAN NHÂN DÂN XÃ NAM HÀ;;;;Độc lập - Tự do - Hạnh phúc;;;;',
  ';;;;;;;;',
  'DANH SÁCH ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI HƯỞNG TRỢ CẤP HÀNG THÁNG;;;;;;;;',
  'Tháng 02 năm 2025;;;;;;;;',
  'TT;Họ tên;Ngày sinh;;Số định danh cá nhân;Thôn;Hệ số;Mức trợ cấp (đồng);Ghi chú',
  ';;Nam;Nữ;;;;;',
  '1;2;3;4;5;6;7;8;9',
  'I. NGƯỜI CAO TUỔI;;;;;;;;',
  '1;Phan Văn Khải;02/03/1940;;034040111222;Thôn Bắc;1,0;500.000;',
  '2;Công Thị Nga;;11/11/1938;034138333444;Thôn Bắc;1,0;500.000;',
  ';Cộng I;;;;;;1.000.000;',
  'II. NGƯỜI KHUYẾT TẬT;;;;;;;;',
  '3;Lê Minh Tâm;05/06/1990;;034090555666;Thôn Nam;2,0;1.000.000;',
  '4;Lê Minh Tâm;05/06/1990;;034090555666;Thôn Nam;2,5;1.250.000;Lập trùng',
  ';;;;;;;;',
  ';TỔNG CỘNG;;;;;;3.250.000;',
  '(Bằng chữ: Ba triệu hai trăm năm mươi nghìn đồng);;;;;;;;',
  ';;;;Nam Hà, ngày 3 tháng 2 năm 2025;;;;',
  ';NGƯỜI LẬP BIỂU;;;CHỦ TỊCH;;;;',
].join('\n');

describe('a register kept by a commune office', () => {
  const read = readRegisterCsv(register, { units, fileName: 'ds-btxh-namha.csv' });

  it('accounts for every record: people accepted or rejected, the rest structure or blank', () => {
    balanced(read.report);
    expect(read.report).toMatchObject({ inputRows: 20, accepted: 3, rejected: 1, skipped: 2 });
    expect(read.report.structureCounts).toEqual({
      title: 4,
      header: 2,
      column_numbers: 1,
      group: 2,
      subtotal: 1,
      total: 1,
      in_words: 1,
      signature: 2,
    });
  });

  it('finds the commune in the title and the period, and derives what the list does not say', () => {
    expect(read.report.facts).toMatchObject({ commune: { code: '13054' }, period: { period: '2025-02' } });
    const [first, second] = read.accepted;
    expect(first).toMatchObject({
      id: personKey('Phan Văn Khải', 1940),
      sex: 'male',
      birthYear: 1940,
      communeCode: '13054',
      village: 'Thôn Bắc',
      category: 'social_protection',
      entitlement: '1,0',
      monthlyAmountVnd: 500_000,
      since: '2025-02-01',
    });
    expect(second?.sex).toBe('female');
    expect(assumed(read.report)).toMatchObject({
      sex_from_birth_columns: 4,
      person_key: 4,
      commune_from_title: 4,
      category_from_heading: 4,
      since_from_period: 4,
    });
  });

  it('rejects the person listed twice, once, with the row it repeats', () => {
    expect(read.rejected).toHaveLength(1);
    expect(read.rejected[0]?.issues.map((i) => [i.code, i.params])).toEqual([
      ['duplicate_national_id', { earlier: 14 }],
      ['duplicate_beneficiary', { id: personKey('Lê Minh Tâm', 1990), earlier: 14 }],
    ]);
  });
});

/** A list sent to the bank: names, CCCD, accounts and amounts; no channel, status or birth year. */
const bankList = [
  'DANH SÁCH CHI TRẢ TRỢ CẤP QUA TÀI KHOẢN CÁ NHÂN',
  'Tháng 02/2025 - Xã Nam Hà',
  'STT,Họ và tên đối tượng,Số CCCD,Số tài khoản,Ngân hàng,Số tiền (đồng),Ghi chú',
  '1,Phan Văn Khải,034040111222,1903 5567 8812,Agribank,500.000,',
  '2,Công Thị Nga,034138333444,,,500.000,Nhận tiền mặt',
  'Cộng,,,,,1.000.000,',
].join('\n');

/** What the post office returns: paid where an amount paid is written. */
const results = [
  'BẢNG KÊ KẾT QUẢ CHI TRẢ TRỢ CẤP XÃ HỘI',
  'Kỳ chi trả: Tháng 02/2025 - Xã Nam Hà',
  'STT,Mã ĐT,Họ và tên,Số tiền phải trả,Số tiền đã trả,Hình thức chi trả,Người nhận tiền,Lý do chưa chi trả',
  '1,NH-01,Phan Văn Khải,500.000,500.000,Tại điểm chi trả,Phan Văn Khải,',
  '2,NH-02,Công Thị Nga,500.000,,,,Đi vắng',
  '3,NH-03,Lê Minh Tâm,1.000.000,1.000.000,Tại nhà,Lê Thị Hoa,',
].join('\n');

describe('payment lists kept by the bank and the post office', () => {
  it('takes the channel from the account number and every line of a list to pay as paid, keyed as the register', () => {
    const read = readPaymentsCsv(bankList, { units });
    balanced(read.report);
    expect(read.accepted).toEqual([
      {
        beneficiaryId: personKey('Phan Văn Khải', 1940),
        period: '2025-02',
        channel: 'account',
        status: 'paid',
        amountVnd: 500_000,
        receivedBy: 'beneficiary',
      },
      {
        beneficiaryId: personKey('Công Thị Nga', 1938),
        period: '2025-02',
        channel: 'cash',
        status: 'paid',
        amountVnd: 500_000,
        receivedBy: 'beneficiary',
      },
    ]);
    expect(assumed(read.report)).toMatchObject({
      birth_year_from_cccd: 2,
      person_key: 2,
      status_listed_as_paid: 2,
      channel_from_account: 2,
      period_from_file: 2,
    });
  });

  it('reads a result list: paid where an amount paid is written, not paid (0 dong) where it is empty', () => {
    const read = readPaymentsCsv(results, { units });
    expect(
      read.accepted.map((p) => [p.beneficiaryId, p.status, p.amountVnd, p.channel, p.receivedBy]),
    ).toEqual([
      ['NH-01', 'paid', 500_000, 'cash', 'beneficiary'],
      ['NH-02', 'pending', 0, 'cash', 'beneficiary'],
      ['NH-03', 'paid', 1_000_000, 'cash_at_home', 'authorised_receiver'],
    ]);
    expect(assumed(read.report)).toMatchObject({ status_from_paid_amount: 3, receiver_from_name: 3 });
  });
});

describe('a register-change list, its sections giving the meaning of its dates', () => {
  const changes = [
    'DANH SÁCH ĐỐI TƯỢNG TĂNG, GIẢM TRỢ CẤP XÃ HỘI',
    'Xã Đông Cơ - Tháng 01 năm 2025',
    'STT,Họ tên,Ngày sinh,Giới tính,Địa chỉ,Thời điểm hưởng / thôi hưởng,Lý do',
    'A. ĐỐI TƯỢNG TĂNG MỚI,,,,,,',
    '1,Đỗ Văn Bình,03/04/1944,Nam,Xóm 2,01/01/2025,Quyết định hưởng mới',
    'B. ĐỐI TƯỢNG GIẢM,,,,,,',
    '1,Vũ Thị Lan,07/08/1930,Nữ,Xóm 5,15/01/2025,Từ trần',
  ].join('\n');

  it('starts the added on their date and stops the stopped on theirs', () => {
    const read = readRegisterCsv(changes, { units });
    expect(read.accepted.map((r) => [r.fullName, r.since, r.until, r.communeCode])).toEqual([
      ['Đỗ Văn Bình', '2025-01-01', undefined, '13018'],
      ['Vũ Thị Lan', '2025-01-01', '2025-01-15', '13018'],
    ]);
    expect(assumed(read.report)).toMatchObject({ dates_from_section: 2 });
  });
});

describe('headers no spelling knows, and files that lack what the analysis needs', () => {
  const odd = [
    'Xã Nam Hà, tháng 02 năm 2025',
    'STT,Tên người hưởng,Năm sinh,Số tiền',
    '1,Phan Văn Khải,1940,500.000',
  ].join('\n');

  it('says once what is missing, the headers found and the nearest, and a column map reads it', () => {
    const refused = readRegisterCsv(odd, { units });
    expect(refused.report.fileIssues.map((i) => i.code)).toEqual(['missing_fields']);
    expect(refused.report.fileIssues[0]?.params).toMatchObject({
      fields: 'Mã đối tượng (id), Họ và tên (fullName)',
      headers: '"STT", "Tên người hưởng", "Năm sinh", "Số tiền"',
    });
    const mapped = readRegisterCsv(odd, {
      units,
      columns: { 'TÊN NGƯỜI HƯỞNG': 'fullName', 'Số tiền': '-' },
    });
    expect(mapped.accepted).toEqual([
      {
        id: personKey('Phan Văn Khải', 1940),
        fullName: 'Phan Văn Khải',
        birthYear: 1940,
        communeCode: '13054',
        since: '2025-02-01',
        severeDisability: false,
        cannotTravel: false,
      },
    ]);
    expect(mapped.report.columns.map((c) => [c.header, c.field, c.by])).toEqual([
      ['STT', undefined, undefined],
      ['Tên người hưởng', 'fullName', 'map'],
      ['Năm sinh', 'birthYear', 'spelling'],
      ['Số tiền', undefined, undefined],
    ]);
  });

  it('refuses a title commune the unit list does not know, naming it, unless the caller gives the code', () => {
    const elsewhere = odd.replace('Xã Nam Hà', 'Xã Tân Lập');
    const read = readRegisterCsv(elsewhere, { units, columns: { 'Tên người hưởng': 'fullName' } });
    expect(read.report.fileIssues.map((i) => [i.code, i.params])).toContainEqual([
      'commune_not_found',
      { name: 'Tân Lập' },
    ]);
    const given = readRegisterCsv(elsewhere, {
      units,
      columns: { 'Tên người hưởng': 'fullName' },
      commune: '99999',
    });
    expect(given.accepted[0]?.communeCode).toBe('99999');
  });
});

const samples = join(root, '../shared/reference/layouts/samples');

describe.runIf(existsSync(samples))('the shared office samples (where ../shared exists)', () => {
  const files = existsSync(samples) ? readdirSync(samples).filter((f) => /\.(csv|xlsx)$/u.test(f)) : [];

  it.each(files)('%s: every record accounted for, commune and period found, people accepted', (file) => {
    const register = /doi-tuong|tang-giam|CSDL/u.test(file);
    const path = join(samples, file);
    const options = { units, fileName: file };
    const read = file.endsWith('.xlsx')
      ? (register ? readRegisterXlsx : readPaymentsXlsx)(readFileSync(path), options)
      : (register ? readRegisterCsv : readPaymentsCsv)(readFileSync(path, 'utf8'), options);
    balanced(read.report);
    expect(read.report.fileIssues).toEqual([]);
    expect(read.report.facts.period?.period).toBe('2025-01');
    if (!file.startsWith('06_')) expect(read.report.facts.commune?.code).toMatch(/^\d{5}$/u);
    expect(read.accepted.length).toBeGreaterThan(read.rejected.length * 5);
  });
});

describe('resolveCommune(name, units, date, hints)', () => {
  const place = (
    code: string,
    name: string,
    type: AdminUnit['type'],
    parentCode: string | null,
    level: AdminUnit['level'] = 'commune',
  ): AdminUnit => ({
    code,
    name,
    level,
    type,
    parentCode,
    validFrom: null,
    validTo: null,
    successorCodes: [],
  });
  const invented = [
    place('90001', 'Bắc Sơn', 'huyen', null, 'district'),
    place('90002', 'Nam Sơn', 'huyen', null, 'district'),
    place('90011', 'Tân Lập', 'xa', '90001'),
    place('90012', 'Tân Lập', 'xa', '90002'),
    place('90013', 'Tân Lập', 'thi_tran', '90002'),
  ];

  it('reports every candidate of an ambiguous name, and lets the district and the type word choose', () => {
    const ambiguous = resolveCommune('xã Tân Lập', invented, '2025-01-31');
    expect(ambiguous.kind === 'ambiguous' && ambiguous.candidates.map((u) => u.code)).toEqual([
      '90011',
      '90012',
      '90013',
    ]);
    expect(resolveCommune('TÂN LẬP', invented, '2025-01-31', { district: 'Bắc Sơn' })).toMatchObject({
      code: '90011',
    });
    expect(resolveCommune('Tân Lập', invented, '2025-01-31', { type: 'thi_tran' })).toMatchObject({
      code: '90013',
    });
    expect(
      resolveCommune('Tân Lập', invented, '2025-01-31', { district: 'Nam Sơn', type: 'xa' }),
    ).toMatchObject({
      code: '90012',
    });
    expect(resolveCommune('Tân Hòa', invented, '2025-01-31')).toEqual({ kind: 'none' });
  });
});

describe('lists that trip simple rules (found by a tester)', () => {
  it('keeps people named like headings or totals, with or without a number, and after a margin column', () => {
    const list = [
      'ỦY BAN NHÂN DÂN XÃ VŨ LĂNG',
      'DANH SÁCH ĐỐI TƯỢNG HƯỞNG TRỢ CẤP XÃ HỘI HÀNG THÁNG',
      'Tháng 3 năm 2025',
      ',STT,Họ và tên,Năm sinh,Số CCCD,Thôn',
      ',1,Tổng Văn Bình,1950,034050001111,Thôn 1',
      ',,Cộng Thị Hoa,1951,034151002222,Thôn 1',
      ',,Thôn Thị Lụa,1952,034152003333,Thôn 1',
      ',,TỔNG CỘNG,,,',
      ',,Phạm Văn Cường,1953,034053004444,Thôn 2',
    ].join('\n');
    const read = readRegisterCsv(list, { units });
    expect(read.accepted.map((r) => r.fullName)).toEqual([
      'Tổng Văn Bình',
      'Cộng Thị Hoa',
      'Thôn Thị Lụa',
      'Phạm Văn Cường',
    ]);
    expect(read.report.structureCounts.total).toBe(1);
  });

  it('applies headings after a subtotal, and reads an account under a grouping header and amounts in thousands', () => {
    const list = [
      'DANH SÁCH ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI - XÃ NAM HÀ',
      'Tháng 3 năm 2025',
      'STT;Họ và tên;Năm sinh;Tài khoản;;Mức trợ cấp (nghìn đồng)',
      ';;;Số tài khoản;Ngân hàng;',
      'I. NGƯỜI CÓ CÔNG;;;;;',
      '1;Trần Văn An;1940;190355678812;Agribank;1.500',
      'Cộng phần I;;;;;1.500',
      'II. NGƯỜI CAO TUỔI;;;;;',
      '2;Lê Thị Bích;1942;;;540',
    ].join('\n');
    const read = readRegisterCsv(list, { units });
    expect(read.accepted.map((r) => [r.category, r.accountNumber, r.bank, r.monthlyAmountVnd])).toEqual([
      ['merit', '190355678812', 'Agribank', 1_500_000],
      ['social_protection', undefined, undefined, 540_000],
    ]);
    expect(read.report.assumptions.map((a) => a.code)).toContain('amount_unit_from_header');
  });

  it('takes the period from the title, not the signing date, and a commune only in the district named', () => {
    const signed = readPaymentsCsv(
      [
        'UBND XÃ TÂY LƯƠNG,,Tây Lương, ngày 28 tháng 02 năm 2025',
        'DANH SÁCH CHI TRẢ QUA TÀI KHOẢN,,',
        'Tháng 3 năm 2025,,',
        'STT,Họ và tên,Số CCCD,Số tiền',
        '1,Trần Văn An,034040001234,500.000',
      ].join('\n'),
      { units },
    );
    expect(signed.report.facts.period?.period).toBe('2025-03');
    const elsewhere = readRegisterCsv(
      'UBND HUYỆN QUỲNH PHỤ\nUBND XÃ AN NINH\nTháng 3 năm 2025\nSTT,Họ và tên,Năm sinh\n1,An,1950\n',
      { units },
    );
    expect(elsewhere.report.fileIssues.map((i) => i.code)).toContain('commune_not_found');
  });

  it('finds the delimiter of the rows when the title lines hold none, and a commune written TT or before a dash', () => {
    const list =
      'UBND TT TIỀN HẢI\nDANH SÁCH CHI TRẢ - Tháng 3 năm 2025\nSTT;Mã ĐT;Họ và tên;Số tiền\n1;TT-01;An;500.000\n';
    const read = readPaymentsCsv(list, { units });
    expect(read.notes).toContainEqual({ code: 'delimiter', params: { delimiter: ';' } });
    expect(read.accepted).toHaveLength(1);
    const dash = readRegisterCsv(
      'UBND XÃ TÂY NINH - TIỀN HẢI\nTháng 3 năm 2025\nSTT,Họ và tên,Năm sinh\n1,An,1950\n',
      {
        units,
      },
    );
    expect(dash.report.facts.commune).toEqual({ name: 'TÂY NINH', code: '12994' });
  });
});
