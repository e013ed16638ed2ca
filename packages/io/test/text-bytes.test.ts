import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectLegacyEncoding,
  legacyMarks,
  mayHoldLegacyLetters,
  mayHoldLegacyMarks,
} from '../src/text/detect-legacy-encoding.js';
import { utf16Offsets, utf16Units } from '../src/text/utf16-units.js';

/** Text of the letters a list holds and the ones around them: Vietnamese, legacy marks, a BOM, emoji. */
const letters = 'aeiouyxAE ,\n0ùõúàêôứỹøûïñö¨¶¸µ·¹©®ª«¬\u00ba\u00a7\u0300\ufeff😀𝐚'.match(/./gsu) ?? [];
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

  it('are told alike on the text (mayHoldLegacyLetters), which has no mark counted where it says none', () => {
    fc.assert(
      fc.property(text, (t) => {
        const bytes = Buffer.from(t);
        expect(mayHoldLegacyLetters(t)).toBe(mayHoldLegacyMarks(bytes, 0, bytes.length));
        if (!mayHoldLegacyLetters(t)) expect(legacyMarks(t)).toEqual({ tcvn3: 0, vni: 0 });
      }),
      { numRuns: 5_000, seed: 9 },
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
