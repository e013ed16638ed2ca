import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legacyLettersOf } from '../src/text/decode-text.js';
import {
  detectLegacyEncoding,
  mayBeLegacyLetters,
  mayHoldLegacyMarks,
} from '../src/text/detect-legacy-encoding.js';
import { utf16Offsets, utf16Units } from '../src/text/utf16-units.js';

/** Text of the letters a list holds and the ones around them: Vietnamese, legacy marks, a BOM, emoji. */
const letters =
  'aeiouyxAEOUI ,\n0ùõúàêâôứỹøûïñöÙÕÂÊØÛÏÑÖ¨¶¸µ·¹©®ª«¬\u00ba\u00a7\u0300\ufeff😀𝐚'.match(/./gsu) ?? [];
const text = fc.array(fc.constantFrom(...letters), { maxLength: 40 }).map((parts) => parts.join(''));

describe('code units counted on UTF-8 bytes', () => {
  it("are the decoded text's length, and the offsets its characters' starts", () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat({ max: 90 }), { maxLength: 6 }), (t, picks) => {
        const bytes = Buffer.from(t);
        expect(utf16Units(bytes, 0, bytes.length)).toBe(t.length);
        const marks = [...picks].sort((a, b) => a - b);
        const { at, units } = utf16Offsets(bytes, marks);
        expect(units).toBe(t.length);
        marks.forEach((mark, k) => {
          const byte = at[k] as number;
          // The bytes before the offset are the text up to the first character starting at or after the mark.
          const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, byte));
          expect(before.length).toBeGreaterThanOrEqual(Math.min(mark, t.length));
          expect(before.length).toBeLessThanOrEqual(mark + 1);
          expect(Buffer.byteLength(before)).toBe(byte);
        });
      }),
      { numRuns: 2_000, seed: 5 },
    );
  });

  it('fall where the decoded text puts them at the offsets a file is cut at, past a megabyte', () => {
    const pieces = ['Nguyễn Văn Hải,', '😀𝐚', 'abc\n', '\ufeff', 'Đối tượng ', 'x'];
    const random = fc.array(fc.constantFrom(...pieces), { minLength: 60_000, maxLength: 90_000 });
    fc.assert(
      fc.property(random, (parts) => {
        const t = parts.join('');
        const bytes = Buffer.from(t);
        const marks = [1 << 12, 1 << 14, 1 << 16, 1 << 18, 2 << 18, 3 << 18, 4 << 18];
        const { at, units } = utf16Offsets(bytes, marks);
        expect(units).toBe(t.length);
        marks.forEach((mark, k) => {
          // The first character starting at or after the mark: its byte offset is the text's up to it.
          let start = Math.min(mark, t.length);
          const code = t.charCodeAt(start - 1);
          if (start < t.length && code >= 0xd800 && code <= 0xdbff) start += 1;
          expect(at[k]).toBe(Buffer.byteLength(t.slice(0, start)));
        });
      }),
      { numRuns: 8, seed: 11 },
    );
  });
});

describe('the legacy check on bytes', () => {
  it('finds a possible mark wherever the text has one: a text it clears counts none, three times over', () => {
    fc.assert(
      fc.property(text, (t) => {
        const bytes = Buffer.from(t);
        if (!mayHoldLegacyMarks(bytes, 0, bytes.length))
          expect(detectLegacyEncoding([t, t, t].join('\n'))).toBeUndefined();
      }),
      { numRuns: 5_000, seed: 8 },
    );
  });

  it('clears Vietnamese in Unicode and flags the marks of TCVN3 and VNI', () => {
    const clear = (t: string) => mayHoldLegacyMarks(Buffer.from(t), 0, Buffer.byteLength(t));
    expect(clear('Nguyễn Văn Hải, Trần Thị Hà, Võ Thị Thù, tù mù, rõ ràng')).toBe(false);
    expect(clear('NguyÔn V¨n H¶i')).toBe(true);
    expect(clear('Nguyeãn Vaên Haûi')).toBe(true);
    // `ù` and `õ` count only after a vowel, as the check has them; the bytes looked at are the range given.
    expect(clear('Thaùnh')).toBe(true);
    expect(mayHoldLegacyMarks(Buffer.from('aù'), 1, 3)).toBe(false);
  });
});

describe('a cell in a legacy font (legacyLettersOf)', () => {
  it('is told by reading its letters back through TCVN3 and VNI, more Vietnamese so than as they are', () => {
    // Vietnamese names and villages typed with the old fonts, read as Unicode (TCVN3 letters such as
    // Ç Þ Ý § ÷ are no mark a file's check counts).
    for (const tcvn3 of [
      'TrÇn ThÞ BÝch',
      '§ç ThÞ Anh',
      'NguyÔn V¨n H¶i',
      'Th«n 6',
      'TrÇn ThÞ Hµ',
      'Qua tµi kho¶n',
    ])
      expect(legacyLettersOf(tcvn3), tcvn3).toBe('tcvn3');
    for (const vni of ['Nguyeãn Vaên Haûi', 'Phaïm Ngoïc AÙnh', 'Thoân Ñoâng'])
      expect(legacyLettersOf(vni), vni).toBe('vni');
    // Unicode text: Vietnamese (with letters of Latin-1 only, or others), foreign names, symbols.
    for (const unicode of [
      'Võ Anh',
      'Hà Anh Tú',
      'Có',
      'Nguyễn Văn Hải',
      'Võ Thị Thù',
      'Björn Schröder',
      'Anaïs Muñoz',
      'Søren',
      'Peña Núñez',
      'Ana Peña',
      'Carlos Muñoz',
      'Bjørn Larsen',
      'Xóm·Bãi·Đông',
      'Thôn «Bắc» Khu·phố',
      'Thôn 5µg ©ABC',
      'Sữa Ensure®',
      'DT-001',
      '',
    ])
      expect(legacyLettersOf(unicode), unicode).toBeUndefined();
  });

  it('is only ever a text all of Windows-1252, with a character no Vietnamese word has', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (legacyLettersOf(t) !== undefined) expect(mayBeLegacyLetters(t)).toBe(true);
        // Of this alphabet, the characters no Vietnamese word has, and those Windows-1252 has not.
        expect(mayBeLegacyLetters(t)).toBe(
          /[øûïñöØÛÏÑÖ¨¶¸µ·¹©®ª«¬\u00ba\u00a7]/u.test(t) && !/ứ|ỹ|\u0300|\ufeff|😀|𝐚/u.test(t),
        );
      }),
      { numRuns: 3_000, seed: 10 },
    );
  });
});
