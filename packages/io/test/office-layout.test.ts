// Office lists as they are kept: banners, titles, headers over several rows, headings between groups,
// totals and signatures. The lists here are invented, written in the patterns offices use; every record
// ends up as data or as structure, and the counts add up.
import { describe, expect, it } from 'vitest';
import { parseCsv, periodIn, periodInFileName, readLayout } from '../src/index.js';

const layoutOf = (text: string, fileName?: string) =>
  readLayout(parseCsv(text).records, fileName === undefined ? {} : { fileName });

const kinds = (layout: ReturnType<typeof layoutOf>) => layout.structure.map((s) => `${s.line} ${s.kind}`);

/** A register as a commune keeps it: banner, title, a two-row header, column numbers, groups, totals. */
const register = [
  'UBND HUYỆN KIẾN XƯƠNG;;;;CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM;;;',
  'ỦY BAN NHÂN DÂN XÃ BÌNH ĐỊNH;;;;Độc lập - Tự do - Hạnh phúc;;;',
  ';;;;;;;',
  'DANH SÁCH NGƯỜI HƯỞNG TRỢ CẤP XÃ HỘI HÀNG THÁNG;;;;;;;',
  'Tháng 3 năm 2025;;;;;;;',
  'TT;Họ tên;Ngày sinh;;Số định danh cá nhân;Thôn;Mức trợ cấp (đồng);Ghi chú',
  ';;Nam;Nữ;;;;',
  '(1);(2);(3);(4);(5);(6);(7);(8)',
  'I. NGƯỜI CAO TUỔI;;;;;;;',
  '1;Trần Văn Hưng;02/03/1940;;034040111222;Thôn Đông;500.000;',
  '2;Công Thị Nga;;11/11/1938;034138333444;Thôn Đông;500.000;',
  ';Cộng I;;;;;1.000.000;',
  'II. NGƯỜI KHUYẾT TẬT;;;;;;;',
  '3;Lê Minh Tâm;05/06/1990;;034090555666;Thôn Tây;1.000.000;',
  ';;;;;;;',
  ';TỔNG CỘNG;;;;;2.000.000;',
  '(Số tiền bằng chữ: Hai triệu đồng);;;;;;;',
  ';;;;Bình Định, ngày 2 tháng 3 năm 2025;;;',
  ';NGƯỜI LẬP BIỂU;;;CHỦ TỊCH;;;',
  ';Phạm Thu Hà;;;Vũ Đức Long;;;',
].join('\n');

describe('readLayout(records, { fileName }) on a register kept by a commune office', () => {
  const layout = layoutOf(register);

  it('takes the header over two rows, a merged parent spanning its sub-headers', () => {
    expect(layout.header?.columns.map((c) => c.name)).toEqual([
      'TT',
      'Họ tên',
      'Ngày sinh / Nam',
      'Ngày sinh / Nữ',
      'Số định danh cá nhân',
      'Thôn',
      'Mức trợ cấp (đồng)',
      'Ghi chú',
    ]);
  });

  it('reads the commune, its district, the period and the kind of list from the title lines', () => {
    expect(layout.title.commune).toMatchObject({ type: 'xa', name: 'BÌNH ĐỊNH', line: 2 });
    expect(layout.title.district).toMatchObject({ type: 'huyen', name: 'KIẾN XƯƠNG' });
    expect(layout.title.period).toEqual({ period: '2025-03', from: 'title', text: 'Tháng 3 năm 2025' });
    expect(layout.title.kind).toBe('register');
  });

  it('reports every record that is not a person as structure, and the counts add up', () => {
    expect(kinds(layout)).toEqual([
      '1 title',
      '2 title',
      '3 blank',
      '4 title',
      '5 title',
      '6 header',
      '7 header',
      '8 column_numbers',
      '9 group',
      '12 subtotal',
      '13 group',
      '15 blank',
      '16 total',
      '17 in_words',
      '18 signature',
      '19 signature',
      '20 signature',
    ]);
    expect(layout.data.map((d) => d.record.line)).toEqual([10, 11, 14]);
    expect(layout.data.length + layout.structure.length).toBe(20);
  });

  it('gives each person the group heading over them; a name like Công is a person, not a total', () => {
    expect(layout.data.map((d) => d.context.group)).toEqual([
      'I. NGƯỜI CAO TUỔI',
      'I. NGƯỜI CAO TUỔI',
      'II. NGƯỜI KHUYẾT TẬT',
    ]);
  });
});

describe('readLayout on payment lists', () => {
  it('gives each person the village heading over them, and skips the blank rows between villages', () => {
    const layout = layoutOf(
      [
        'XÃ NAM HỒNG;;;;',
        'DANH SÁCH CHI TRẢ TRỢ CẤP HÀNG THÁNG BẰNG TIỀN MẶT;;;;',
        'Tháng 02/2025;;;;',
        'STT;Họ và tên;Năm sinh;Số tiền;Ký nhận',
        'Xóm 1;;;;',
        '1;Đỗ Văn Cường;1951;500.000;',
        ';;;;',
        'Xóm 2;;;;',
        '2;Hà Thị Mai;1949;500.000;',
        'Tổng cộng;;;1.000.000;',
      ].join('\n'),
    );
    expect(layout.title).toMatchObject({ commune: { name: 'NAM HỒNG' }, kind: 'cash_payments' });
    expect(layout.data.map((d) => [d.record.line, d.context.village])).toEqual([
      [6, 'Xóm 1'],
      [9, 'Xóm 2'],
    ]);
    expect(kinds(layout).slice(4)).toEqual(['5 village', '7 blank', '8 village', '10 total']);
  });

  it('reads a bank list: the commune and period from one title line, a numbered row after a total is data', () => {
    const layout = layoutOf(
      [
        'DANH SÁCH CHI TRẢ QUA TÀI KHOẢN;;;',
        'Tháng 04/2025 - Phường Trần Lãm;;;',
        'STT;Họ và tên;Số tài khoản;Số tiền (đồng)',
        '1;Ngô Văn Bình;1234567890;500.000',
        ';Cộng;;500.000',
        '2;Lý Thị Hoa;2345678901;750.000',
      ].join('\n'),
    );
    expect(layout.title).toMatchObject({
      commune: { type: 'phuong', name: 'Trần Lãm' },
      period: { period: '2025-04' },
      kind: 'account_payments',
    });
    expect(layout.data.map((d) => d.record.line)).toEqual([4, 6]);
  });

  it('takes a row of field codes under the header as the columns’ codes (a system export)', () => {
    const layout = layoutOf(
      ['Mã đối tượng,Họ và tên,Kỳ chi trả', 'MaDoiTuong,HoTen,KyChiTra', 'DT01,Phan Văn Lộc,202501'].join(
        '\n',
      ),
      'xuat-du-lieu_202501.csv',
    );
    expect(layout.header?.columns.map((c) => [c.name, c.code])).toEqual([
      ['Mã đối tượng', 'MaDoiTuong'],
      ['Họ và tên', 'HoTen'],
      ['Kỳ chi trả', 'KyChiTra'],
    ]);
    expect(layout.data).toHaveLength(1);
    expect(layout.title.period).toMatchObject({ period: '2025-01', from: 'file_name' });
  });
});

describe('readLayout on a register-change list', () => {
  it('gives each row the change type of its section: added, stopped, adjusted', () => {
    const layout = layoutOf(
      [
        'DANH SÁCH ĐỐI TƯỢNG TĂNG, GIẢM TRỢ CẤP XÃ HỘI;;;',
        'STT;Họ tên;Ngày sinh;Lý do',
        'A. TĂNG MỚI;;;',
        '1;Bạch Văn Sơn;1944;Đủ 80 tuổi',
        'B. GIẢM;;;',
        '2;Kiều Thị Lan;1931;Từ trần',
        'C. ĐIỀU CHỈNH MỨC HƯỞNG;;;',
        '3;Mạc Văn Đông;1960;Tăng hệ số',
      ].join('\n'),
    );
    expect(layout.title.kind).toBe('register_change');
    expect(layout.data.map((d) => d.context.section?.change)).toEqual(['added', 'stopped', 'adjusted']);
  });
});

describe('readLayout on a file without a header it recognises', () => {
  it('takes every record as data, for the reader to judge', () => {
    const layout = layoutOf('a,b\n1,2');
    expect(layout.header).toBeUndefined();
    expect(layout.data).toHaveLength(2);
    expect(layout.structure).toEqual([]);
  });
});

describe('periodIn(text) and periodInFileName(name)', () => {
  it('read the month as titles and file names write it', () => {
    expect(
      ['Tháng 01 năm 2025', 'THÁNG 1 NĂM 2025', 'Tháng 12/2024', 'Kỳ chi trả: 03/2025'].map(periodIn),
    ).toEqual(['2025-01', '2025-01', '2024-12', '2025-03']);
    expect(periodIn('Tháng 13 năm 2025')).toBeUndefined();
    expect(
      ['ds_T01-2025.xlsx', 'chi-tra-202502.csv', 'thang-3-2025.csv', 'bao-cao.csv'].map(periodInFileName),
    ).toEqual(['2025-01', '2025-02', '2025-03', undefined]);
  });
});
