import { rate, ratePercent } from '@ansinh/core';
import { describe, expect, it } from 'vitest';
import {
  formatCell,
  htmlTable,
  maskCell,
  personalKindOf,
  tableBundle,
  tableCells,
  textTable,
} from '../src/index.js';

/** A register row as a notebook might show it: personal data in three columns. */
const person = {
  'Mã đối tượng': 'TH-000051',
  'Họ và tên': 'Đặng Đức Khải',
  'Số CCCD': '034033007919',
  'Số tài khoản': '847590146970',
  Thôn: 'Thôn 4',
};

describe('formatCell(value, format)', () => {
  it('prints a rate of @ansinh/core as its percent, half-up to 2 decimals, with its counts', () => {
    expect(formatCell(rate(17_472, 17_475))).toBe('99,98% (17.472/17.475)');
    expect(formatCell(rate(17_328, 17_475), { language: 'en' })).toBe('99.16% (17,328/17,475)');
    expect(formatCell(rate(375, 376), { counts: false })).toBe('99,73%');
  });

  it('prints a rate with no denominator as —', () => {
    expect(formatCell(rate(0, 0))).toBe('— (0/0)');
  });

  it('prints exact decimals, bigints and whole numbers with the separators of the language', () => {
    expect(formatCell(ratePercent(rate(17_472, 17_475)))).toBe('99,98');
    expect(formatCell({ units: 125n, decimals: 1 }, { language: 'en' })).toBe('12.5');
    expect(formatCell(1_250_000n)).toBe('1.250.000');
    expect(formatCell(17_475, { language: 'en' })).toBe('17,475');
  });

  it('prints booleans in words, nothing for null and undefined, arrays item by item', () => {
    expect(formatCell(true)).toBe('có');
    expect(formatCell(false, { language: 'en' })).toBe('no');
    expect(formatCell(null)).toBe('');
    expect(formatCell(undefined)).toBe('');
    expect(formatCell([rate(1, 2), 3n])).toBe('50,00% (1/2); 3');
  });

  it('prints any other object as JSON, bigints as digits, never as [object Object]', () => {
    expect(formatCell({ units: 1n })).toBe('{"units":"1"}');
    expect(formatCell({ numerator: 3, denominator: 2 })).toBe('{"numerator":3,"denominator":2}');
  });
});

describe('htmlTable(rows, options)', () => {
  it('escapes HTML in headings, cells and the caption', () => {
    const html = htmlTable([{ '<th>': '<script>alert("x")</script> & \'y\'' }], { caption: 'a < b' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('<th>&lt;th&gt;</th>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
    expect(html).toContain('<caption>a &lt; b</caption>');
  });

  it('shows a rate as a formatted percent, not as an object', () => {
    const html = htmlTable([{ xã: 'Tây Ninh', 'chi qua tài khoản': rate(376, 376) }]);
    expect(html).toContain('<td style="text-align:right">100,00% (376/376)</td>');
    expect(html).not.toMatch(/numerator|units|\[object Object\]/u);
  });

  it('masks names, CCCD and account numbers by default, and says so', () => {
    const html = htmlTable([person]);
    expect(html).toContain('<td>Đ. Đ. K.</td>');
    expect(html).toContain('<td>********7919</td>');
    expect(html).toContain('<td>********6970</td>');
    expect(html).not.toContain('Đặng Đức Khải');
    expect(html).not.toContain('034033007919');
    expect(html).toContain('Đã che thông tin cá nhân');
  });

  it('shows personal data only with reveal: true', () => {
    const html = htmlTable([person], { reveal: true });
    expect(html).toContain('<td>Đặng Đức Khải</td>');
    expect(html).toContain('<td>034033007919</td>');
    expect(html).not.toContain('Đã che thông tin cá nhân');
  });

  it('masks the personal numbers a message quotes, in any column, and leaves figures alone', () => {
    const html = htmlTable([{ 'lý do': 'CCCD 03404101234 sai; 17.475 người, 1.100.000.000 đồng' }]);
    expect(html).toContain('CCCD *******1234 sai; 17.475 người, 1.100.000.000 đồng');
  });

  it('masks the columns named in personal: and by TableColumn', () => {
    const rows = [{ guardian: 'Trần Thị Mai', code: 'A12345' }];
    expect(htmlTable(rows, { personal: { guardian: 'name' } })).toContain('<td>T. T. M.</td>');
    expect(htmlTable(rows, { columns: [{ key: 'code', label: 'Mã', personal: 'identifier' }] })).toContain(
      '<td>****45</td>',
    );
  });

  it('shows at most maxRows rows and says how many more there are', () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ n: i }));
    const html = htmlTable(rows, { maxRows: 2, language: 'en' });
    expect(html.match(/<tr>/gu)?.length).toBe(3);
    expect(html).toContain('… 3 more rows');
  });

  it('says when there are no rows', () => {
    expect(htmlTable([], { columns: ['xã'] })).toContain('(không có dòng nào)');
  });
});

describe('tableCells(rows, options)', () => {
  it('takes the columns from the rows in order of first use, or as given with their labels', () => {
    expect(tableCells([{ a: 1 }, { b: 2, a: 3 }]).header).toEqual(['a', 'b']);
    expect(tableCells([{ a: 1, b: 2 }], { columns: ['b', { key: 'a', label: 'A' }] }).rows).toEqual([
      ['2', '1'],
    ]);
  });

  it('marks a column numeric when every value in it is a number, a bigint, a decimal or a rate', () => {
    expect(
      tableCells([
        { n: 1, r: rate(1, 2), s: '1', m: 2n },
        { n: null, r: rate(1, 1), s: 2, m: 3 },
      ]).numeric,
    ).toEqual([true, true, false, true]);
  });
});

describe('textTable(rows, options)', () => {
  it('pads columns, aligns numbers right, and masks like the HTML table', () => {
    expect(textTable([person, { ...person, Thôn: 'Thôn 12' }], { columns: ['Họ và tên', 'Thôn'] })).toBe(
      [
        'Họ và tên  Thôn',
        '---------  -------',
        'Đ. Đ. K.   Thôn 4',
        'Đ. Đ. K.   Thôn 12',
        'Đã che thông tin cá nhân (họ tên còn chữ cái đầu, số CCCD và số tài khoản còn 4 số cuối; Nghị định 13/2023/NĐ-CP); reveal: true để hiện.',
      ].join('\n'),
    );
  });
});

describe('tableBundle(rows, options)', () => {
  it('holds the HTML table and the text table of the same rows', () => {
    const bundle = tableBundle([{ xã: 'Tây Ninh', rate: rate(376, 376) }], { language: 'en' });
    expect(Object.keys(bundle).sort()).toEqual(['text/html', 'text/plain']);
    expect(bundle['text/html']).toContain('100.00% (376/376)');
    expect(bundle['text/plain']).toContain('100.00% (376/376)');
  });
});

describe('personalKindOf(column) and maskCell(text, kind)', () => {
  it('knows the fields of the models and the headers offices use, without case or diacritics', () => {
    expect(personalKindOf('fullName')).toBe('name');
    expect(personalKindOf('HO VA TEN')).toBe('name');
    expect(personalKindOf('Người được ủy quyền')).toBe('name');
    expect(personalKindOf('nationalId')).toBe('identifier');
    expect(personalKindOf('STK')).toBe('identifier');
    expect(personalKindOf('Người nhận')).toBeUndefined();
    expect(personalKindOf('name')).toBeUndefined();
  });

  it('keeps empty cells empty', () => {
    expect(maskCell('', 'name')).toBe('');
    expect(maskCell('  ', 'identifier')).toBe('  ');
  });

  it('masks 9 to 19 digits standing alone, not longer or shorter runs, nor numbers with separators', () => {
    expect(maskCell('12345678', undefined)).toBe('12345678');
    expect(maskCell('123456789', undefined)).toBe('*****6789');
    expect(maskCell('12345678901234567890', undefined)).toBe('12345678901234567890');
    expect(maskCell('990.909.000 và 1,234567890', undefined)).toBe('990.909.000 và 1,234567890');
  });
});
