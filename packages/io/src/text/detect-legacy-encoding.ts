/**
 * Vietnamese text from before Unicode, typed with the TCVN3 (ABC, `.VnTime`) or VNI (`VNI-Times`) fonts and
 * saved through a spreadsheet, arrives as valid text in the wrong letters: `Nguyễn Văn Hải` reads as
 * `NguyÔn V¨n H¶i` (TCVN3) or `Nguyeãn Vaên Haûi` (VNI). Both leave marks that real Vietnamese never has:
 * TCVN3 puts symbols such as `¨ ¶ ¸ µ · ¹ © ® ª « ¬` inside words; VNI puts `ø û ï ñ ö` (and `ù õ` after a
 * vowel, `â` after a, e or o, `ê` after a) inside words, in capitals too (`NGUYEÃN`, `THOÂN`).
 */
export type LegacyEncoding = 'tcvn3' | 'vni';

const tcvn3Marks = /\p{L}[¨¶¸µ·¹©®ª«¬]|[¨¶¸µ·¹©®ª«¬]\p{L}/gu;
const vniMarks =
  /\p{Ll}[øûïñö]|[aeiouy][ùõ](?=\p{Ll})|[aeo]â|aê|\p{Lu}[ØÛÏÑÖ]|[AEIOUY][ÙÕ](?=\p{Lu})|[AEO]Â|AÊ/gu;
const tcvn3Symbols = /[¨¶¸µ·¹©®ª«¬]/u;
const vniLetters = /[øûïñöùõØÛÏÑÖÙÕ]/u;
/** `â`, `ê` after a vowel (VNI's circumflex and breve): `â` and `ê` alone are common Vietnamese letters. */
const vniVowelMarks = /[aeo]â|aê|[AEO]Â|AÊ/u;

/**
 * Says whether a text looks like TCVN3 or VNI read as if it were Unicode: three or more of the marks
 * above. Detection only: the text is not converted, so a caller can refuse it with a clear reason rather
 * than store mojibake. O(n).
 *
 * @example detectLegacyEncoding('NguyÔn V¨n H¶i, TrÇn ThÞ Hµ, Lª V¨n B¸u'); // => 'tcvn3'
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | undefined {
  const { tcvn3, vni } = legacyMarks(text);
  if (tcvn3 < 3 && vni < 3) return undefined;
  return tcvn3 >= vni ? 'tcvn3' : 'vni';
}

/** The marks of each font in `text`, as `detectLegacyEncoding` counts them. O(n). */
export function legacyMarks(text: string): { readonly tcvn3: number; readonly vni: number } {
  // The symbols alone first (no Unicode property to test at every character): most text has none.
  const tcvn3 = tcvn3Symbols.test(text) ? (text.match(tcvn3Marks)?.length ?? 0) : 0;
  const vni = vniLetters.test(text) || vniVowelMarks.test(text) ? (text.match(vniMarks)?.length ?? 0) : 0;
  return { tcvn3, vni };
}

/** The 27 characters of Windows-1252 past Latin-1 (`€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ`). */
const windows1252More = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019,
  0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

/**
 * The characters of `text` outside Windows-1252 (Latin-1 and its 27 more), a replacement character and
 * a byte-order mark not counted, and those past ASCII. O(n).
 */
export function windows1252Misfits(text: string): { readonly outside: number; readonly nonAscii: number } {
  let outside = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii += 1;
    if (c > 0xff && c !== 0xfffd && c !== 0xfeff && !windows1252More.has(c)) outside += 1;
  }
  return { outside, nonAscii };
}

/** Whether every character of `text` is one of Windows-1252 (Latin-1 and its 27 more). O(n). */
function windows1252Only(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c > 0xff && !windows1252More.has(c)) return false;
  }
  return true;
}

/**
 * A character of Windows-1252 past ASCII that no Vietnamese word has: Latin-1's symbols and letters but
 * its Vietnamese vowels (`à á â ã è é ê ì í ò ó ô õ ù ú ý`), and the 27 more. A legacy font's letters
 * read as Unicode have one in almost every word (`NguyÔn V¨n H¶i`, `Nguyeãn Vaên Haûi`).
 */
export const foreignLetter =
  /(?![àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ])[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/u;

/**
 * Whether `text` may be a legacy font's letters read as Unicode: every character of Windows-1252 (a
 * TCVN3 or VNI byte read so is one), one of them no Vietnamese word has (`foreignLetter`). Vietnamese in
 * Unicode is never one: it has neither such a character nor, almost always, only characters of
 * Windows-1252 (ă đ ơ ư, and ạ to ỹ, are not). O(n).
 */
export function mayBeLegacyLetters(text: string): boolean {
  return windows1252Only(text) && foreignLetter.test(text);
}

/** The ASCII vowels a VNI `ù`, `õ`, `â` or `ê` follows in a mark (`vniMarks`): a e i o u y. */
const isVniVowel = (byte: number): boolean =>
  byte === 0x61 || byte === 0x65 || byte === 0x69 || byte === 0x6f || byte === 0x75 || byte === 0x79;

/**
 * Whether the UTF-8 bytes `bytes[start, end)` may hold a mark `detectLegacyEncoding` counts, told
 * without making their text: a symbol of U+00A8–U+00BA (the TCVN3 symbols are among them), a VNI letter
 * `ø û ï ñ ö`, `ù õ` right after one of `a e i o u y`, `â` after `a e o`, `ê` after `a`, in either case.
 * False means their text has none of the marks (a test holds this on any text), so that it adds nothing
 * to the count of a text it is part of, on a line of its own; Vietnamese in Unicode has few, `ù` and `õ`
 * coming after consonants.
 */
export function mayHoldLegacyMarks(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i + 1 < end; i += 1) {
    const lead = bytes[i] as number;
    if (lead !== 0xc2 && lead !== 0xc3) continue;
    const next = bytes[i + 1] as number;
    if (lead === 0xc2) {
      if (next >= 0xa8 && next <= 0xba) return true;
    } else if (next === 0xb8 || next === 0xbb || next === 0xaf || next === 0xb1 || next === 0xb6) return true;
    // The same in capitals: Ø Û Ï Ñ Ö.
    else if (next === 0x98 || next === 0x9b || next === 0x8f || next === 0x91 || next === 0x96) return true;
    else if (i > start) {
      // ù õ (Ù Õ) after a vowel; â (Â) after a, e or o; ê (Ê) after a: of either case.
      const before = (bytes[i - 1] as number) | 0x20;
      if ((next === 0xb9 || next === 0xb5 || next === 0x99 || next === 0x95) && isVniVowel(before))
        return true;
      if ((next === 0xa2 || next === 0x82) && (before === 0x61 || before === 0x65 || before === 0x6f))
        return true;
      if ((next === 0xaa || next === 0x8a) && before === 0x61) return true;
    }
  }
  return false;
}
