import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { utils, write } from '@e965/xlsx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  CsvFormatError,
  decodeText,
  fromVni,
  parseCsv,
  readPaymentsXlsx,
  readRegisterCsv,
  readRegisterXlsx,
  sheetRecords,
  streamRegisterCsv,
  WorkbookError,
  writeCsv,
} from '../src/index.js';
import { readZip, writeZip } from './fixtures/zip.js';
import { units } from './fixtures.js';

const scratch = mkdtempSync(join(tmpdir(), 'ansinh-broken-'));

// An office register in our own words: a title naming the commune and period, a header, two people.
const register = [
  'DANH SÁCH ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI',
  'Xã Tây Ninh, tháng 01 năm 2025',
  'STT,Họ và tên,Năm sinh,Giới tính,Số CCCD,Thôn',
  '1,Nguyễn Văn Hải,1950,Nam,034050123456,Thôn 2',
  '2,Trần Thị Hương,1942,Nữ,034142654321,Thôn 3',
].join('\n');

/** A workbook of one sheet from rows of cells, as SheetJS writes it. */
const workbook = (rows: unknown[][], edit?: (sheet: ReturnType<typeof utils.aoa_to_sheet>) => void) => {
  const sheet = utils.aoa_to_sheet(rows);
  edit?.(sheet);
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, 'DS');
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
};

const sheetRows = register.split('\n').map((line) => line.split(','));

describe('CSV that cannot be split into records', () => {
  it('refuses a quote never closed, naming the line where it opened, rather than swallowing the rest', async () => {
    const broken = register.replace('Nam,', '"Nam,');
    expect(() => parseCsv(broken)).toThrow(CsvFormatError);
    expect(() => parseCsv(broken)).toThrow(/line 4/u);
    const file = join(scratch, 'quote.csv');
    writeFileSync(file, broken);
    const error = await streamRegisterCsv(file, { onAccepted: () => {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvFormatError);
    expect(error).toMatchObject({ code: 'unclosed_quote', line: 4, file });
  });

  it('reads lines that end in a lone CR, after a # title, as the same lines ending in line feeds', async () => {
    const titled = `# Danh sách xuất từ phần mềm\n${register}\n`;
    const { report: lf } = readRegisterCsv(titled, { units, fileName: 'lf.csv' });
    expect(lf.accepted).toBe(2);
    const cr = titled.replaceAll('\n', '\r');
    const { report } = readRegisterCsv(cr, { units, fileName: 'cr.csv' });
    expect(report).toEqual(lf);
    // Streamed from the file, as large lists are read.
    const file = join(scratch, 'cr.csv');
    writeFileSync(file, cr);
    const streamed = await streamRegisterCsv(file, { units, onAccepted: () => {} });
    expect([streamed.accepted, streamed.rejected, streamed.structure]).toEqual([2, 0, lf.structure]);
  });

  it('refuses a record longer than 8 MiB, and reads a 5 000-character cell as one refused cell, quoted short', () => {
    expect(() => parseCsv(`a,b\n${','.repeat(9 * 2 ** 20)}\n`)).toThrow(/line 2/u);
    const huge = register.replace('Nguyễn Văn Hải', 'x'.repeat(2_000_000));
    const { report } = readRegisterCsv(huge, { units, fileName: 'huge.csv' });
    expect(report.issueCounts.cell_too_long).toBe(1);
    expect(report.accepted).toBe(1);
    expect(JSON.stringify(report.rejectedSample[0]?.issues).length).toBeLessThan(1_000);
  });
});

describe('text in the encodings offices used', () => {
  const expected = ['Nguyễn Văn Hải', 'Trần Thị Hương'];
  const names = (text: string) => readRegisterCsv(text, { units }).accepted.map((r) => r.fullName);

  it('reads UTF-16 with and without a byte-order mark', () => {
    const bom = decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(register, 'utf-16le')]));
    const bare = decodeText(iconv.encode(register, 'utf-16le'));
    for (const decoded of [bom, bare]) {
      expect(decoded).toMatchObject({ ok: true, encoding: 'utf16le' });
      if (decoded.ok) expect(names(decoded.text)).toEqual(expected);
    }
  });

  it('detects TCVN3 and Windows-1258 bytes, header included, and converts them', () => {
    // Windows-1258 has â ê ô ă ơ ư đ whole and writes the tone as a combining mark after the letter.
    const tones = /[\u0300\u0301\u0303\u0309\u0323]/gu;
    const cp1258 = [...register]
      .map((ch) => {
        const parts = ch.normalize('NFD');
        return `${parts.replace(tones, '').normalize('NFC')}${parts.match(tones)?.join('') ?? ''}`;
      })
      .join('');
    for (const [bytes, encoding] of [
      [iconv.encode(register, 'tcvn'), 'tcvn3'],
      [iconv.encode(cp1258, 'windows1258'), 'cp1258'],
    ] as const) {
      const decoded = decodeText(bytes);
      expect(decoded).toMatchObject({ ok: true, encoding, by: 'detected' });
      if (decoded.ok) expect(names(decoded.text)).toEqual(expected);
    }
  });

  it('converts VNI by its table, tested on known words, and finds VNI bytes', () => {
    expect(fromVni('Nguyeãn Vaên Haûi, Traàn Thò Höông, Ñoã, Tröông, NGUYEÃN, Phaïm Ngoïc AÙnh')).toBe(
      'Nguyễn Văn Hải, Trần Thị Hương, Đỗ, Trương, NGUYỄN, Phạm Ngọc Ánh',
    );
    const vni = 'Hoï vaø teân,Naêm sinh\nNguyeãn Vaên Haûi,1950\nTraàn Thò Höông,1942\nLeâ Quang Böûu,1938\n';
    const decoded = decodeText(iconv.encode(vni, 'win1252'));
    expect(decoded).toMatchObject({ ok: true, encoding: 'vni' });
    if (decoded.ok) expect(decoded.text).toContain('Họ và tên,Năm sinh\nNguyễn Văn Hải');
  });

  it('converts TCVN3 letters saved as Unicode, and names the line of bytes that are no text it knows', () => {
    const mojibake = iconv.decode(iconv.encode(register, 'tcvn'), 'win1252');
    const decoded = decodeText(new TextEncoder().encode(mojibake));
    expect(decoded).toMatchObject({ ok: true, fromLegacyLetters: 'tcvn3' });
    if (decoded.ok) expect(names(decoded.text)).toEqual(expected);
    const garbage = Buffer.concat([Buffer.from('a,b\n1,2\n'), Buffer.from([0x80, 0x81, 0xfe, 0xff, 0x0a])]);
    expect(decodeText(garbage)).toEqual({ ok: false, code: 'invalid_utf8', line: 3, byte: 8 });
  });

  it('names the line of a stray byte in UTF-8 text, with a byte order mark, said, or far into the file', () => {
    // A register in UTF-8, one byte 0xFF in a name on line 2 001: no replacement character, no legacy guess.
    const lines = Array.from({ length: 3_000 }, (_, i) => `DT-${i},Nguyễn Văn Hải ${i},Thôn Đông`);
    const text = `Mã đối tượng,Họ và tên,Thôn\n${lines.join('\n')}\n`;
    const at = Buffer.byteLength(text.slice(0, text.indexOf('Hải 2000')));
    const utf8 = Buffer.from(text);
    const stray = Buffer.concat([utf8.subarray(0, at), Buffer.from([0xff]), utf8.subarray(at)]);
    const line = 2_002;
    expect(decodeText(stray)).toMatchObject({ ok: false, code: 'invalid_utf8', line });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), stray]))).toMatchObject({
      ok: false,
      code: 'invalid_utf8',
      line,
    });
    expect(decodeText(stray, 'utf8')).toMatchObject({ ok: false, code: 'invalid_utf8', line });
    // The same text whole is read as it is, with its mark or without.
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))).toMatchObject({
      ok: true,
      text,
      by: 'bom',
    });
    expect(decodeText(utf8, 'utf8')).toMatchObject({ ok: true, text, by: 'option' });
  });
});

describe('workbooks that are broken, hostile or odd', () => {
  const plain = workbook(sheetRows);
  const problem = (bytes: Uint8Array) => {
    try {
      sheetRecords(bytes);
      return undefined;
    } catch (error) {
      return error instanceof WorkbookError ? error.code : String(error);
    }
  };

  it('refuses what is not a workbook, an encrypted one or an old .xls, and one cut short', () => {
    expect(problem(new TextEncoder().encode(register))).toBe('not_zip');
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(problem(ole)).toBe('encrypted_or_xls');
    expect(problem(plain.subarray(0, Math.floor(plain.length * 0.7)))).toBe('corrupt');
    expect(problem(plain)).toBeUndefined();
  });

  it('refuses a part that inflates beyond what it declares, or beyond the budget (ZIP bombs)', () => {
    const parts = readZip(plain);
    const lying = writeZip(
      parts.map((p) => (p.name.includes('sheet1') ? { ...p, data: new Uint8Array(4 * 2 ** 20) } : p)),
      { 'xl/worksheets/sheet1.xml': 1_000 },
    );
    expect(problem(lying)).toBe('too_large');
    const declared = writeZip(parts, { 'xl/worksheets/sheet1.xml': 300 * 2 ** 20 });
    expect(problem(declared)).toBe('too_large');
  });

  it('reads a sheet declaring A1:XFD1048576 by the cells it holds, and refuses a cell beyond column 1 000', () => {
    // Written small, then its dimension made far (SheetJS would loop over such a range when writing).
    const far = writeZip(
      readZip(plain).map((p) =>
        p.name.includes('sheet1')
          ? {
              ...p,
              data: new TextEncoder().encode(
                new TextDecoder()
                  .decode(p.data)
                  .replace(/<dimension ref="[^"]*"/u, '<dimension ref="A1:XFD1048576"'),
              ),
            }
          : p,
      ),
    );
    const started = Date.now();
    const read = readRegisterXlsx(far, { units });
    expect(read.accepted.map((r) => r.fullName)).toEqual(['Nguyễn Văn Hải', 'Trần Thị Hương']);
    expect(Date.now() - started).toBeLessThan(60_000);
    const wide = workbook(sheetRows, (sheet) => {
      sheet.XFD5 = { t: 's', v: 'x' };
      sheet['!ref'] = 'A1:XFD5';
    });
    expect(problem(wide)).toBe('too_wide');
  });

  it('reads dates whatever their display format, a year typed in a date column, and flags an account stored as a number', () => {
    const rows = [
      ['DANH SÁCH CHI TRẢ QUA TÀI KHOẢN', '', '', '', ''],
      ['Xã Tây Ninh, tháng 01 năm 2025', '', '', '', ''],
      ['STT', 'Họ và tên', 'Ngày sinh', 'Số tài khoản', 'Số tiền'],
      [1, 'Nguyễn Văn Hải', 18_264, '0123456789', 500_000],
      [2, 'Trần Thị Hương', 1942, 48_161_703_619_019, 500_000],
    ];
    const bytes = workbook(rows, (sheet) => {
      for (const address of ['C4', 'C5']) (sheet[address] as { z?: string }).z = 'm/d/yy';
    });
    const records = sheetRecords(bytes).records;
    expect(records[3]?.fields[2]).toBe('1950-01-01');
    expect(records[4]?.fields[2]).toBe('1942');
    expect(records[4]?.fields[3]).toBe('4.82E+13');
    const read = readPaymentsXlsx(bytes, { units });
    expect(read.accepted).toHaveLength(1);
    expect(read.rejected[0]?.issues.map((i) => i.code)).toEqual(['account_scientific']);
  });
});

describe('cells that a spreadsheet would run', () => {
  it('writes =, +, -, @ at the start of a text cell behind a quote, and reads it back as it was', () => {
    const text = writeCsv(['Họ và tên'], [['=HYPERLINK("http://x","y")'], ['@SUM(A1)'], ['-1+2'], [-5]]);
    expect(text.split('\n').slice(1, 5)).toEqual([
      '"\'=HYPERLINK(""http://x"",""y"")"',
      "'@SUM(A1)",
      "'-1+2",
      '-5',
    ]);
  });
});
