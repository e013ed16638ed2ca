/**
 * Vietnamese text from before Unicode, typed with the TCVN3 (ABC, `.VnTime`) or VNI (`VNI-Times`) fonts and
 * saved through a spreadsheet, arrives as valid text in the wrong letters: `Nguyễn Văn Hải` reads as
 * `NguyÔn V¨n H¶i` (TCVN3) or `Nguyeãn Vaên Haûi` (VNI). Both leave marks that real Vietnamese never has:
 * TCVN3 puts symbols such as `¨ ¶ ¸ µ · ¹ © ® ª « ¬` inside words; VNI puts `ø û ï ñ ö` (and `ù õ` after a
 * vowel) inside words.
 */
export type LegacyEncoding = 'tcvn3' | 'vni';

const tcvn3Marks = /\p{L}[¨¶¸µ·¹©®ª«¬]|[¨¶¸µ·¹©®ª«¬]\p{L}/gu;
const vniMarks = /\p{Ll}[øûïñö]|[aeiouy][ùõ](?=\p{Ll})/gu;
const tcvn3Symbols = /[¨¶¸µ·¹©®ª«¬]/u;
const vniLetters = /[øûïñöùõ]/u;

/**
 * Says whether a text looks like TCVN3 or VNI read as if it were Unicode: three or more of the marks
 * above. Detection only: the text is not converted, so a caller can refuse it with a clear reason rather
 * than store mojibake. O(n).
 *
 * @example detectLegacyEncoding('NguyÔn V¨n H¶i, TrÇn ThÞ Hµ, Lª V¨n B¸u'); // => 'tcvn3'
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | undefined {
  return legacyOf(legacyMarks(text), 3);
}

/** How many marks of each kind a text holds (`detectLegacyEncoding`'s count). O(n). */
export interface LegacyMarks {
  readonly tcvn3: number;
  readonly vni: number;
}

/** The marks of each kind in `text`. O(n). */
export function legacyMarks(text: string): LegacyMarks {
  // The symbols alone first (no Unicode property to test at every character): most text has none.
  const tcvn3 = tcvn3Symbols.test(text) ? (text.match(tcvn3Marks)?.length ?? 0) : 0;
  const vni = vniLetters.test(text) ? (text.match(vniMarks)?.length ?? 0) : 0;
  return { tcvn3, vni };
}

/** The encoding marks point to, at `least` marks of a kind (TCVN3 on a tie), or `undefined`. */
export function legacyOf(marks: LegacyMarks, least: number): LegacyEncoding | undefined {
  if (marks.tcvn3 < least && marks.vni < least) return undefined;
  return marks.tcvn3 >= marks.vni ? 'tcvn3' : 'vni';
}

/**
 * The marks of a row's letters that make the row, alone, one of a legacy font in a file not judged
 * legacy (two of a kind across the cells a list reads: `NguyÔn V¨n H¶i`; a lone mark is let pass, as
 * one letter in a megabyte does not make a file legacy).
 */
export const rowLegacyMarks = 2;

const mayHoldMarks = /[\u00a8-\u00ba\u00f8\u00fb\u00ef\u00f1\u00f6]|[aeiouy][\u00f9\u00f5]/u;

/**
 * `mayHoldLegacyMarks` on text: whether `text` has a symbol of U+00A8–U+00BA, a VNI `ø û ï ñ ö`, or
 * `ù õ` right after one of `a e i o u y`. False means no mark `legacyMarks` counts is in it (a test holds
 * this on any text). O(n).
 */
export function mayHoldLegacyLetters(text: string): boolean {
  return mayHoldMarks.test(text);
}

/** The ASCII vowels a VNI `ù` or `õ` follows in a mark (`vniMarks`): a e i o u y. */
const isVniVowel = (byte: number): boolean =>
  byte === 0x61 || byte === 0x65 || byte === 0x69 || byte === 0x6f || byte === 0x75 || byte === 0x79;

/**
 * Whether the UTF-8 bytes `bytes[start, end)` may hold a mark `detectLegacyEncoding` counts, told
 * without making their text: a symbol of U+00A8–U+00BA (the TCVN3 symbols are among them), a VNI letter
 * `ø û ï ñ ö`, or `ù õ` right after one of `a e i o u y`. False means their text has none of the marks
 * (a test holds this on any text), so that it adds nothing to the count of a text it is part of, on a
 * line of its own; Vietnamese in Unicode has none, `ù` and `õ` coming after consonants.
 */
export function mayHoldLegacyMarks(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i + 1 < end; i += 1) {
    const lead = bytes[i] as number;
    if (lead !== 0xc2 && lead !== 0xc3) continue;
    const next = bytes[i + 1] as number;
    if (lead === 0xc2) {
      if (next >= 0xa8 && next <= 0xba) return true;
    } else if (next === 0xb8 || next === 0xbb || next === 0xaf || next === 0xb1 || next === 0xb6) return true;
    else if ((next === 0xb9 || next === 0xb5) && i > start && isVniVowel(bytes[i - 1] as number)) return true;
  }
  return false;
}
