// Text typed with a legacy font (TCVN3, VNI) and saved as Unicode, as an office's old spreadsheet saved as
// "CSV UTF-8" holds it: every reader and engine reads it as the Vietnamese it stands for, the same way.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coverageRates, createColumnarBuilder, synthesizeDistrict } from '@ansinh/core';
import { utils, write } from '@e965/xlsx';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createTextDecoder,
  decodeText,
  detectEncoding,
  duckdbCoverage,
  fileEncoding,
  fromLegacyLetters,
  legacyLettersFont,
  readColumnar,
  readRegisterColumnar,
  sheetRecords,
  streamRegisterCsv,
  validateForDuckdb,
  writePaymentsCsv,
  writeRegisterCsv,
} from '../src/index.js';
import { convertInPieces, createLettersConverter } from '../src/text/legacy-letters.js';
import { units } from './fixtures.js';

const scratch = mkdtempSync(join(tmpdir(), 'ansinh-letters-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Unicode text as a TCVN3 font shows it once saved as Unicode: its TCVN3 bytes read as Windows-1252. */
const asTcvn3Letters = (text: string) => iconv.decode(iconv.encode(text, 'tcvn'), 'win1252');

describe('fromLegacyLetters(text, font)', () => {
  it('reads known words of both fonts back as the Vietnamese they stand for', () => {
    expect(fromLegacyLetters('NguyÔn V¨n H¶i, TrÇn ThÞ BÝch, Th«n §«ng, x· T©y L­¬ng', 'tcvn3')).toBe(
      'Nguyễn Văn Hải, Trần Thị Bích, Thôn Đông, xã Tây Lương',
    );
    expect(fromLegacyLetters('Nguyeãn Vaên Haûi, Traàn Thò Höông, Ñoã Vaên Tuaán', 'vni')).toBe(
      'Nguyễn Văn Hải, Trần Thị Hương, Đỗ Văn Tuấn',
    );
  });

  it('reads a TCVN3 capital stored among the control characters, and keeps what no legacy font has', () => {
    // TCVN3 puts Ú at 0x01 and Ý at 0x16; a letter typed in Unicode (ễ) or a sign (→) stays.
    expect(fromLegacyLetters('\u0001t, \u0016 ki\u00d5n, Nguyễn → 1', 'tcvn3')).toBe(
      'Út, Ý kiến, Nguyễn → 1',
    );
    // A byte Windows-1252 leaves undefined, as Windows reads it (the control character of its number).
    expect(fromLegacyLetters('B\u0081O TR\u009cN', 'tcvn3')).toBe('BẢO TRỢN');
  });

  it('converts text the same however it is cut into pieces (a mark after the cut goes with its letter)', () => {
    const tcvn3 = 'NguyÔn V¨n H¶i,1950\r\nTrÇn ThÞ H­¬ng;Th«n §«ng';
    const vni = 'Nguyeãn Vaên Haûi,1950\r\nTraàn Thò Höông;Ñoã Vaên Tuaán';
    for (const [text, font] of [
      [tcvn3, 'tcvn3'],
      [vni, 'vni'],
    ] as const) {
      const whole = fromLegacyLetters(text, font);
      for (let cut = 0; cut <= text.length; cut += 1)
        for (let second = cut; second <= text.length; second += 3) {
          const converter = createLettersConverter(font);
          const pieces = [text.slice(0, cut), text.slice(cut, second), text.slice(second)];
          expect(pieces.map((piece) => converter.write(piece)).join('') + converter.end()).toBe(whole);
        }
    }
    // A conversion in pieces holds a word without end at most 64 K characters, then lets it go.
    const long = convertInPieces((text) => text.toUpperCase());
    expect(long.write('a'.repeat(70_000)).length).toBe(69_999);
    expect(long.end()).toBe('A');
  });

  it('decodes VNI bytes cut between a letter and its mark as the same text whole', () => {
    const vni = iconv.encode('Hoï vaø teân\nNguyeãn Vaên Haûi\nTraàn Thò Höông\n', 'win1252');
    const whole = decodeText(vni, 'vni');
    expect(whole).toMatchObject({ ok: true, text: 'Họ và tên\nNguyễn Văn Hải\nTrần Thị Hương\n' });
    for (let cut = 1; cut < vni.length; cut += 1) {
      const decoder = createTextDecoder('vni');
      const text = decoder.write(vni.subarray(0, cut)) + decoder.write(vni.subarray(cut)) + decoder.end();
      expect(text).toBe(whole.ok ? whole.text : '');
    }
  });
});

describe('the encoding of a file, told from its first megabyte (detectEncoding)', () => {
  const header = 'Mã đối tượng,Họ và tên,Năm sinh,Thôn\n';
  const line = (i: number) => `DT-${i},Nguyễn Văn Hải ${i},1950,Thôn Đông\n`;
  const lines = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, k) => line(from + k)).join('');

  it('tells TCVN3 or VNI letters saved as UTF-8, with a byte-order mark or without', () => {
    const letters = new TextEncoder().encode(asTcvn3Letters(header + lines(0, 20)));
    expect(detectEncoding(letters)).toEqual({ ok: true, encoding: 'utf8-tcvn3', by: 'detected' });
    const marked = new Uint8Array([0xef, 0xbb, 0xbf, ...letters]);
    expect(detectEncoding(marked)).toEqual({ ok: true, encoding: 'utf8-tcvn3', by: 'bom' });
    const vni = new TextEncoder().encode(
      'Hoï vaø teân,Naêm sinh\nNguyeãn Vaên Haûi,1950\nTraàn Thò Höông,1942\n',
    );
    expect(detectEncoding(vni)).toMatchObject({ ok: true, encoding: 'utf8-vni' });
    expect(decodeText(marked)).toMatchObject({
      ok: true,
      text: header + lines(0, 20),
      encoding: 'utf8-tcvn3',
    });
  });

  it('tells a few rows in VNI, in capitals or among words without marks', () => {
    const capitals =
      'HOÏ VAØ TEÂN,NAÊM SINH,THOÂN\nNGUYEÃN VAÊN AN,1950,THOÂN ÑOÂNG\nTRAÀN THÒ BÌNH,1942,XOÙM MÔÙI\n';
    const fewWords =
      'Ma,Ten,Nam sinh,Thon\nDT-1,Le An,1950,Thoân 3\nDT-2,Vo Binh,1951,Xoùm Môùi\nDT-3,Ha Lan,1952,Thoân Baéc\n';
    for (const text of [capitals, fewWords])
      expect(detectEncoding(new TextEncoder().encode(text))).toMatchObject({
        ok: true,
        encoding: 'utf8-vni',
      });
    expect(decodeText(new TextEncoder().encode(capitals))).toMatchObject({
      text: 'HỌ VÀ TÊN,NĂM SINH,THÔN\nNGUYỄN VĂN AN,1950,THÔN ĐÔNG\nTRẦN THỊ BÌNH,1942,XÓM MỚI\n',
    });
  });

  it('leaves Unicode alone: Vietnamese, and foreign names and signs no Vietnamese word has', () => {
    const foreign = `${header}DT-1,Björn Schröder,1950,Thôn Đông\nDT-2,Anaïs Muñoz,1960,Øster ® µg ©\n`;
    for (const text of [header + lines(0, 50), foreign])
      expect(detectEncoding(new TextEncoder().encode(text))).toMatchObject({ ok: true, encoding: 'utf8' });
  });

  it('leaves Vietnamese all in Latin-1 letters alone, beside foreign names a VNI table would read as syllables', () => {
    // Every character of Windows-1252, and three VNI marks (ï, ñ): read back through VNI, Hoàng would be
    // Hồng and Loïc Lọc. Vietnamese as it is reads as syllables already, so it is Unicode.
    const latin = [
      'Ma doi tuong,Ho va ten,Nam sinh',
      'DT-1,Hoàng Thành Tâm,1950',
      'DT-2,Lê Toàn,1951',
      'DT-3,Võ Hoà,1952',
      'DT-4,Tô Thúy Hoà,1953',
      'DT-5,Loïc Bø,1954',
      'DT-6,Anaïs Muñoz,1955',
    ].join('\n');
    expect(detectEncoding(new TextEncoder().encode(latin))).toMatchObject({ ok: true, encoding: 'utf8' });
  });

  it('reads letters back line by line, keeping a header or rows typed in Unicode as they are', () => {
    const text = header + lines(0, 400);
    // The header retyped in Unicode, every fifth row too, one row with a sign no legacy font has.
    const mixed = text
      .split('\n')
      .map((row, i) => (i % 5 === 0 ? row : asTcvn3Letters(row)))
      .join('\n')
      .replace('DT-7,', 'DT-7 → 8,');
    const bytes = new TextEncoder().encode(mixed);
    expect(detectEncoding(bytes)).toMatchObject({ ok: true, encoding: 'utf8-tcvn3' });
    const read = decodeText(bytes);
    expect(read.ok && read.text).toBe(
      text.replace(line(7), `DT-7 → 8,${asTcvn3Letters(line(7).slice('DT-7,'.length))}`),
    );
    // In pieces of any size, the same text.
    for (const size of [1, 7, 100, 4_096]) {
      const decoder = createTextDecoder('utf8-tcvn3');
      let out = '';
      for (let at = 0; at < bytes.length; at += size) out += decoder.write(bytes.subarray(at, at + size));
      expect(out + decoder.end()).toBe(read.ok ? read.text : '');
    }
  });

  it('tells from the bytes what the whole text tells (only lines that may be Windows-1252 are decoded)', () => {
    const letters = asTcvn3Letters(header + lines(0, 30)).split('\n');
    // Characters of every UTF-8 length, inside Windows-1252 or not: “ ” € ™ Œ ƒ ˆ are, ă ơ ạ 😀 are not.
    const extras = ['“quote”', '€ 5', '™', 'Œuvre', 'ƒ', 'ˆ', 'ă', 'ơ', 'ạ', '😀', '\ufeff', '\ufffd'];
    for (const extra of extras)
      for (const every of [1, 2, 7]) {
        const text = letters.map((line, i) => (i % every === 0 ? `${line} ${extra}` : line)).join('\n');
        const font = legacyLettersFont(text);
        const expected = font === 'tcvn3' ? 'utf8-tcvn3' : font === 'vni' ? 'utf8-vni' : 'utf8';
        expect(detectEncoding(new TextEncoder().encode(text)), `${extra} every ${every}`).toMatchObject({
          encoding: expected,
        });
      }
  });

  it('gives the same answer for the same start whatever follows it past the megabyte', () => {
    const start = header + lines(0, 40_000); // about 1,6 MB
    const plain = new TextEncoder().encode(start);
    const thenLetters = new TextEncoder().encode(start + asTcvn3Letters(lines(40_000, 40_100)));
    expect(detectEncoding(plain)).toMatchObject({ ok: true, encoding: 'utf8' });
    expect(detectEncoding(thenLetters)).toMatchObject({ ok: true, encoding: 'utf8' });
    // Letters from the first line on: the whole file is read as them, however long.
    const letters = new TextEncoder().encode(asTcvn3Letters(start));
    expect(detectEncoding(letters)).toMatchObject({ ok: true, encoding: 'utf8-tcvn3' });
  });
});

describe('a register and a payment list in TCVN3 letters saved as UTF-8, through every engine', () => {
  const district = synthesizeDistrict(units, { seed: 11 });
  const period = '2025-01';
  // Without the byte-order mark the writer puts first (Excel's is added below).
  const registerText = writeRegisterCsv(district.register, { reveal: true }).replace(/^\ufeff/u, '');
  const paymentsText = writePaymentsCsv(district.payments.filter((p) => p.period === period)).replace(
    /^\ufeff/u,
    '',
  );
  const files = {
    register: join(scratch, 'register.csv'),
    payments: join(scratch, 'payments.csv'),
    unicodeRegister: join(scratch, 'register-unicode.csv'),
    unicodePayments: join(scratch, 'payments-unicode.csv'),
  };
  // As Excel saves "CSV UTF-8": a byte-order mark, lines ending in CR LF.
  writeFileSync(files.register, `\ufeff${asTcvn3Letters(registerText).replaceAll('\n', '\r\n')}`);
  writeFileSync(files.payments, `\ufeff${asTcvn3Letters(paymentsText).replaceAll('\n', '\r\n')}`);
  writeFileSync(files.unicodeRegister, registerText);
  writeFileSync(files.unicodePayments, paymentsText);
  const expected = coverageRates(district.register, district.payments, period);

  it('holds only letters TCVN3 has (so that reading them back can give the district itself)', () => {
    for (const text of [registerText, paymentsText])
      expect(iconv.decode(iconv.encode(text, 'tcvn'), 'tcvn')).toBe(text);
    expect(registerText.length).toBeGreaterThan(2 * 2 ** 20);
  });

  it('gives the district’s coverage through the columns, on one thread and with workers, as from Unicode', async () => {
    expect(await fileEncoding(files.register)).toBe('utf8-tcvn3');
    for (const workers of [0, 2]) {
      const read = await readColumnar({
        register: files.register,
        payments: [files.payments],
        from: period,
        to: period,
        workers,
      });
      expect(read.register).toMatchObject({ accepted: district.register.length });
      expect(read.register.notes).toContainEqual({
        code: 'legacy_letters_read',
        params: { encoding: 'tcvn3' },
      });
      const { columnarCoverageRates } = await import('@ansinh/core');
      expect(columnarCoverageRates(read.columns, period)).toEqual(expected);
    }
  });

  it('reads a register in slices as on one pass, whatever the file holds', async () => {
    const onePass = await streamRegisterCsv(files.register, {});
    const unicode = await streamRegisterCsv(files.unicodeRegister, {});
    const builder = createColumnarBuilder({ from: period, to: period });
    const sliced = await readRegisterColumnar(files.register, builder, { workers: 2, sliceBytes: 1 << 20 });
    expect(sliced).toEqual(onePass);
    expect({ ...onePass, notes: [] }).toMatchObject({ ...unicode, notes: [] });
  });

  it('gives the same coverage through DuckDB over the validated files', async () => {
    const validated = await validateForDuckdb({ register: files.register, payments: [files.payments] });
    try {
      expect(await duckdbCoverage(validated, period)).toEqual(expected);
    } finally {
      validated.remove();
    }
  });
});

describe('the legacy check of a file that is not read back', () => {
  const header = 'Mã đối tượng,Họ và tên,Năm sinh,Giới tính,Số CCCD,Mã xã,Hưởng từ ngày';
  const row = (i: number, name: string, note = '') =>
    `TH-${i},${name},1950,Nam,0340500${String(10_000 + i).slice(-5)},12970,2020-01-01${note}`;

  it('refuses no Unicode file for foreign names or signs that a legacy font has as marks', async () => {
    const names = ['Begoña Ibáñez Muñoz', 'Björn Schröder', 'Anaïs Muñoz', 'Loïc Noël', 'Søren Høy'];
    const rows = names.map((name, i) => row(i + 1, name));
    const notes = ['«Hộ nghèo» theo «Quyết định»', 'Thuốc 10µg; Coca-Cola®; Nestlé®', '© Sở LĐTBXH'];
    const noted = notes.map((note, i) => row(i + 10, 'Nguyễn Văn An', `,"${note}"`));
    const file = join(scratch, 'foreign.csv');
    writeFileSync(file, `${header},Ghi chú\n${[...rows, ...noted].join('\n')}\n`);
    const report = await streamRegisterCsv(file, {});
    expect(report).toMatchObject({ accepted: 8, rejected: 0 });
  });

  it('says first that a header in a legacy font was not read back, then what it lacks', async () => {
    // Every line in TCVN3 letters with a sign no legacy font has: none can be read back.
    const rows = Array.from({ length: 40 }, (_, i) => row(i + 1, 'Nguyễn Văn Hải'));
    const text = [header, ...rows].map((line) => `${asTcvn3Letters(line)} →`).join('\n');
    const file = join(scratch, 'mixed.csv');
    writeFileSync(file, text);
    const report = await streamRegisterCsv(file, {});
    expect(report.accepted).toBe(0);
    expect(report.fileIssues.map((issue) => issue.code)).toEqual(['legacy_encoding', 'missing_fields']);
  });

  it('reads a few rows in a legacy font under a header retyped in Unicode', async () => {
    for (const count of [3, 10, 300]) {
      const rows = Array.from({ length: count }, (_, i) => row(i + 1, 'Trần Thị Hương'));
      const file = join(scratch, `retyped-${count}.csv`);
      writeFileSync(file, [header, ...rows.map(asTcvn3Letters)].join('\n'));
      expect(await fileEncoding(file)).toBe('utf8-tcvn3');
      expect(await streamRegisterCsv(file, {})).toMatchObject({ accepted: count, rejected: 0 });
    }
  });
});

describe('a workbook whose cells hold a legacy font’s letters', () => {
  const rows = [
    ['Hä vµ tªn', 'N¨m sinh', 'Th«n'],
    ['NguyÔn V¨n H¶i', '1950', 'Th«n §«ng'],
    ['TrÇn ThÞ H­¬ng', '1942', 'Th«n 3'],
  ];
  const book = (cells: string[][]) => {
    const workbook = utils.book_new();
    utils.book_append_sheet(workbook, utils.aoa_to_sheet(cells), 'DS');
    return new Uint8Array(write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  };

  it('reads them as the Vietnamese they stand for, and says so', () => {
    const sheet = sheetRecords(book(rows));
    expect(sheet.records.map((r) => r.fields)).toEqual([
      ['Họ và tên', 'Năm sinh', 'Thôn'],
      ['Nguyễn Văn Hải', '1950', 'Thôn Đông'],
      ['Trần Thị Hương', '1942', 'Thôn 3'],
    ]);
    expect(sheet.notes).toContainEqual({ code: 'legacy_letters_read', params: { encoding: 'tcvn3' } });
  });

  it('leaves a sheet in Unicode as it is, foreign names too', () => {
    const unicode = [
      ['Họ và tên', 'Năm sinh', 'Ghi chú'],
      ['Björn Schröder', '1950', 'µg ® ©'],
      ['Anaïs Muñoz', '1942', 'Øster'],
    ];
    expect(sheetRecords(book(unicode)).records.map((r) => r.fields)).toEqual(unicode);
  });
});
