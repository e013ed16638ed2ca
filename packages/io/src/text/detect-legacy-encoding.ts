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
  // The symbols alone first (no Unicode property to test at every character): most text has none.
  const tcvn3 = tcvn3Symbols.test(text) ? (text.match(tcvn3Marks)?.length ?? 0) : 0;
  const vni = vniLetters.test(text) ? (text.match(vniMarks)?.length ?? 0) : 0;
  if (tcvn3 < 3 && vni < 3) return undefined;
  return tcvn3 >= vni ? 'tcvn3' : 'vni';
}
