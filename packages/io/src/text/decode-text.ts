import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import {
  detectLegacyEncoding,
  foreignLetter,
  type LegacyEncoding,
  legacyMarks,
  mayBeLegacyLetters,
  windows1252Misfits,
} from './detect-legacy-encoding.js';
import {
  convertInPieces,
  createLinesConverter,
  fromLegacyLetters,
  fromLegacyLines,
} from './legacy-letters.js';
import { fromVni } from './vni.js';

/**
 * The encodings a list may come in: Unicode, the 8-bit encodings Vietnamese offices used before it, and
 * UTF-8 holding a legacy font's letters (`utf8-tcvn3`, `utf8-vni`: text typed with a TCVN3 or VNI font and
 * saved as Unicode, `NguyÔn V¨n H¶i`, read as the Vietnamese it stood for).
 */
export const textEncodings = [
  'utf8',
  'utf16le',
  'utf16be',
  'cp1258',
  'tcvn3',
  'vni',
  'utf8-tcvn3',
  'utf8-vni',
] as const;

/** An encoding of `textEncodings`. */
export type TextEncoding = (typeof textEncodings)[number];

/** Text decoded from a file's bytes, and how. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** How the encoding was known: a byte-order mark, the caller, the bytes themselves. */
  readonly by: 'bom' | 'option' | 'detected';
  /**
   * The file was valid Unicode holding TCVN3 or VNI letters (typed with a legacy font and saved as
   * Unicode), converted here.
   */
  readonly fromLegacyLetters: 'tcvn3' | 'vni' | undefined;
}

/** Why bytes could not be read as text: invalid UTF-8 that no legacy encoding explains, where it starts. */
export interface UndecodableText {
  readonly code: 'invalid_utf8';
  /** The line (1-based) of the first byte that is not UTF-8. */
  readonly line: number;
  /** Its offset in the file. */
  readonly byte: number;
}

/**
 * A Vietnamese syllable without its tone: an onset, a vowel nucleus Vietnamese has (`ươi`, `uyê`, `oa`; not
 * `aê` or `aa`, which a legacy font's letters read as Unicode make), a final consonant.
 */
const syllable =
  /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?(uyê|uya|uyu|uây|uôi|ươi|ươu|oai|oay|oao|oeo|iêu|yêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|[aăâeêioôơuưy])(ch|ng|nh|[cmnpt])?$/u;
const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * How Vietnamese a text reads: the share of its words (of letters, at least one not ASCII) that are
 * Vietnamese syllables with at most one tone. Text decoded in the wrong encoding scores low: its letters
 * land on symbols, or on vowels no syllable has.
 */
export function vietnameseScore(text: string): number {
  const { words, good } = vietnameseWords(text);
  return words === 0 ? 0 : good / words;
}

/**
 * `vietnameseScore`'s count: the words of letters, at least one not ASCII, and the Vietnamese syllables
 * among them; `strict`, none with a letter of Latin-1 that is no Vietnamese one (`ñ` is `n` and a tilde,
 * as a syllable reads it).
 */
export function vietnameseWords(
  text: string,
  strict = false,
): { readonly words: number; readonly good: number } {
  let words = 0;
  let good = 0;
  for (const word of text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)) {
    if (word === '' || /^[a-z]+$/u.test(word)) continue;
    words += 1;
    const bare = word.normalize('NFD');
    const tones = bare.match(toneMarks)?.length ?? 0;
    if (strict && foreignLetter.test(word)) continue;
    if (tones <= 1 && syllable.test(bare.replace(toneMarks, '').normalize('NFC'))) good += 1;
  }
  return { words, good };
}

/**
 * Whether a cell's text is a legacy font's letters read as Unicode, and which font: every character of
 * Windows-1252, one no Vietnamese word has (`mayBeLegacyLetters`), and read back through TCVN3 or VNI
 * from those bytes it has more Vietnamese syllables, less other words, than as it is (`vietnameseScore`'s
 * words, a word with a letter no Vietnamese word has never one), two of three words at least, and two
 * words or a symbol inside a word. `TrÇn ThÞ BÝch` is TCVN3 (`Trần Thị Bích`), `Nguyeãn Vaên Haûi` VNI; `Björn Schröder`,
 * `Anaïs Muñoz` or `Võ Anh` are none. O(n).
 */
export function legacyLettersOf(text: string): LegacyEncoding | undefined {
  if (!mayBeLegacyLetters(text)) return undefined;
  const raw = iconv.encode(text, 'win1252');
  if (iconv.decode(raw, 'win1252') !== text) return undefined;
  const measure = ({ words, good }: { readonly words: number; readonly good: number }) =>
    good - (words - good);
  const own = measure(vietnameseWords(text, true));
  const [tcvn3, vni] = (['tcvn3', 'vni'] as const).map((encoding) => {
    const read = vietnameseWords(decode8(raw, encoding), true);
    // Two words of three Vietnamese at least, and more of them than as the text is; and two words, or a
    // symbol inside a word (`Th«n`): one word alone (`Peña` read as TCVN3 is `Peủa`) is no evidence.
    const enough = read.good >= 2 || symbolInWord.test(text);
    return enough && read.good * 3 >= read.words * 2 && measure(read) > own
      ? measure(read)
      : Number.NEGATIVE_INFINITY;
  }) as [number, number];
  if (tcvn3 === Number.NEGATIVE_INFINITY && vni === Number.NEGATIVE_INFINITY) return undefined;
  if (tcvn3 !== vni) return tcvn3 > vni ? 'tcvn3' : 'vni';
  // Both read as Vietnamese (a few letters say the same in the two): the font whose marks it has.
  const marks = legacyMarks(text);
  return marks.vni > marks.tcvn3 ? 'vni' : 'tcvn3';
}

/** A symbol of Latin-1 (or `×`, `÷`) next to a letter: no word has one; a TCVN3 word read as Unicode often does. */
const symbolInWord = /\p{L}[\u00a1-\u00bf\u00d7\u00f7]|[\u00a1-\u00bf\u00d7\u00f7]\p{L}/u;

/** The line feeds in some bytes (`indexOf` is native: a loop over the bytes cost 10% of reading a list). */
function countLineBreaks(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) count += 1;
  return count;
}

/** Text of the first 256 KiB of bytes in an 8-bit encoding. */
function decode8(bytes: Uint8Array, encoding: 'cp1258' | 'tcvn3' | 'vni'): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding === 'vni') return fromVni(iconv.decode(buffer, 'win1252'));
  return iconv.decode(buffer, encoding === 'tcvn3' ? 'tcvn' : 'windows1258').normalize('NFC');
}

/** UTF-16 without a byte-order mark: one byte of two is zero in Vietnamese and ASCII text. */
function utf16Order(bytes: Uint8Array): 'utf16le' | 'utf16be' | undefined {
  const n = Math.min(bytes.length, 4_096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  if (odd > n / 4 && even === 0) return 'utf16le';
  if (even > n / 4 && odd === 0) return 'utf16be';
  return undefined;
}

/**
 * Bytes in an encoding other than UTF-8 (which `decodeText` reads strictly); UTF-8 holding a legacy font's
 * letters is read strictly too, then converted.
 */
function decodeAs(bytes: Uint8Array, encoding: Exclude<TextEncoding, 'utf8'>): string {
  if (encoding === 'utf16le' || encoding === 'utf16be') {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return iconv.decode(buffer, encoding === 'utf16le' ? 'utf-16le' : 'utf-16be', { stripBOM: false });
  }
  if (encoding === 'utf8-tcvn3' || encoding === 'utf8-vni')
    return fromLegacyLines(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding === 'utf8-tcvn3' ? 'tcvn3' : 'vni',
    );
  return decode8(bytes, encoding);
}

/**
 * Where the first byte that is not UTF-8 is: its line (counting from 1) and offset. UTF-8 as `TextDecoder`
 * reads it (the WHATWG decoder): no overlong forms, no surrogates, nothing above U+10FFFF.
 */
export function firstInvalid(bytes: Uint8Array): { line: number; byte: number } {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return { line, byte: i };
    // The second byte's range: narrower after E0 (overlong), ED (surrogates), F0 (overlong), F4 (too high).
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf))
        return { line, byte: i };
    }
    if (b === 0x0a) line += 1;
    i += need + 1;
  }
  return { line, byte: i };
}

/**
 * Characters of two or more bytes read as UTF-8 before the first byte that is not, from which bytes are
 * taken for UTF-8 with a stray byte rather than a legacy encoding.
 */
const utf8Evidence = 64;

/**
 * Bytes of a file's start its encoding is told from: a megabyte, to its last line break (the whole file
 * when shorter), so that every reader of a file tells it from the same bytes whether it holds the file
 * whole or reads it in pieces.
 */
export const encodingWindowBytes = 1 << 20;

/** The bytes of `bytes`' start an encoding is told from (`encodingWindowBytes`). */
export function encodingWindow(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= encodingWindowBytes) return bytes;
  const start = bytes.subarray(0, encodingWindowBytes);
  const end = start.lastIndexOf(0x0a);
  return end < 0 ? start : start.subarray(0, end + 1);
}

/**
 * Whether a text (a file's start) is, in the main, a legacy font's letters read as Unicode, and which
 * font: three marks of a font at least (`detectLegacyEncoding`), and read back through that font two
 * thirds of its words at least are Vietnamese syllables, a quarter of its words more than as written
 * (`vietnameseWords`). Vietnamese in Unicode is mostly syllables already, so foreign names or signs that
 * happen to be marks (`Muñoz`, `Loïc`, `µg`, `®`, `«»`) do not make it one. O(n).
 *
 * @example legacyFontOf('NguyÔn V¨n H¶i, TrÇn ThÞ Hµ, Lª V¨n B¸u'); // => 'tcvn3'
 */
export function legacyFontOf(text: string): LegacyEncoding | undefined {
  const legacy = detectLegacyEncoding(text);
  if (legacy === undefined) return undefined;
  const own = vietnameseWords(text);
  const read = vietnameseWords(fromLegacyLetters(text, legacy));
  if (read.words === 0 || read.good * 3 < read.words * 2) return undefined;
  const share = (count: { readonly words: number; readonly good: number }) =>
    count.words === 0 ? 0 : count.good / count.words;
  return share(read) - share(own) >= 0.25 ? legacy : undefined;
}

/**
 * Whether text is a legacy font's letters saved as Unicode that can be read back, and which font: its
 * lines all of Windows-1252 (those a reader reads back, `fromLegacyLines`) a legacy font's letters in the
 * main (`legacyFontOf`). A header or rows typed in Unicode beside them are left out, and kept. O(n).
 *
 * @example legacyLettersFont('NguyÔn V¨n H¶i, TrÇn ThÞ Hµ, Lª V¨n B¸u'); // => 'tcvn3'
 */
export function legacyLettersFont(text: string): LegacyEncoding | undefined {
  // The lines first: Vietnamese in Unicode has a letter past Windows-1252 (ă, đ, ơ, ư, ạ…) on almost every
  // line, and what is left is short.
  const lines = text.split('\n').filter((line) => windows1252Misfits(line).outside === 0);
  return lines.length === 0 ? undefined : legacyFontOf(lines.join('\n'));
}

/**
 * The encoding of a file, told from its start (`encodingWindow`): a byte-order mark (UTF-8, UTF-16 LE or
 * BE); UTF-16 by its zero bytes; valid UTF-8, or UTF-8 holding a legacy font's letters
 * (`legacyLettersFont`: `utf8-tcvn3`, `utf8-vni`); bytes that are not UTF-8 decoded as Windows-1258, TCVN3
 * and VNI, the one that reads as Vietnamese (`vietnameseScore`, at least half its words) taken. When
 * none does, or when many characters read as UTF-8 before the first byte that is not (`utf8Evidence`:
 * UTF-8 with a stray byte), the result names that byte's line. The same bytes always give the same
 * answer, whatever follows them. O(window).
 */
export function detectEncoding(
  bytes: Uint8Array,
):
  | { readonly ok: true; readonly encoding: TextEncoding; readonly by: 'bom' | 'detected' }
  | ({ readonly ok: false } & UndecodableText) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { ok: true, encoding: lettersOrUtf8(encodingWindow(bytes).subarray(3)), by: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, encoding: 'utf16le', by: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, encoding: 'utf16be', by: 'bom' };
  const wide = utf16Order(bytes);
  if (wide !== undefined) return { ok: true, encoding: wide, by: 'detected' };
  const window = encodingWindow(bytes);
  // Valid UTF-8 told natively; `firstInvalid` (a loop over the bytes) only for what is not.
  if (isUtf8(window)) return { ok: true, encoding: lettersOrUtf8(window), by: 'detected' };
  const bad = firstInvalid(window);
  // A megabyte cut at no line break may end in the middle of a character.
  if (bad.byte >= window.length || (window.length < bytes.length && bad.byte >= window.length - 3))
    return { ok: true, encoding: lettersOrUtf8(window.subarray(0, bad.byte)), by: 'detected' };
  // UTF-8 with a stray byte, not a legacy file: many characters of two or more bytes read as UTF-8
  // before the first byte that is not (a legacy file's letters are single bytes, and few pairs of them
  // happen to be UTF-8).
  let wideChars = 0;
  for (let i = 0; i < bad.byte && wideChars < utf8Evidence; i += 1)
    if ((window[i] ?? 0) >= 0xc2) wideChars += 1;
  if (wideChars >= utf8Evidence) return { ok: false, code: 'invalid_utf8', ...bad };
  const sample = window.subarray(0, 1 << 18);
  const scored = (['cp1258', 'tcvn3', 'vni'] as const)
    .map((candidate) => ({ candidate, score: vietnameseScore(decode8(sample, candidate)) }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (best !== undefined && best.score >= 0.5) return { ok: true, encoding: best.candidate, by: 'detected' };
  return { ok: false, code: 'invalid_utf8', ...bad };
}

/**
 * Valid UTF-8: plain, or holding a legacy font's letters (`legacyLettersFont`). Only the lines that may be
 * all of Windows-1252 are decoded (`maybeWindows1252Lines`): the others `legacyLettersFont` leaves out,
 * and decoding a megabyte of Vietnamese would cost more than the rest.
 */
function lettersOrUtf8(bytes: Uint8Array): TextEncoding {
  const lines = maybeWindows1252Lines(bytes);
  if (lines.length === 0) return 'utf8';
  const decoder = new TextDecoder('utf-8');
  const font = legacyLettersFont(lines.map((line) => decoder.decode(line)).join('\n'));
  return font === 'tcvn3' ? 'utf8-tcvn3' : font === 'vni' ? 'utf8-vni' : 'utf8';
}

/**
 * The lines of valid UTF-8 (without their line feeds) that may be all of Windows-1252: those without a
 * character of two bytes past U+00FF (ă đ), of three (ạ…ỹ) or of four, but those Windows-1252 has too
 * (`Œ š ƒ ˆ`, `– “ ” € ™`: lead bytes C5, C6, CB, E2) and the marks EF holds (U+FEFF, U+FFFD). A
 * superset of the lines `windows1252Misfits` finds none in. O(bytes).
 */
function maybeWindows1252Lines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  let outside = false;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i] as number;
    if (b === 0x0a) {
      if (!outside) lines.push(bytes.subarray(start, i));
      start = i + 1;
      outside = false;
    } else if (b >= 0xc4 && !outside) {
      outside = !(b === 0xc5 || b === 0xc6 || b === 0xcb || b === 0xe2 || b === 0xef);
    }
  }
  if (!outside && start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

/**
 * Decodes a list's bytes, never with silent replacement characters: in the caller's `encoding`, or in the
 * one its start tells (`detectEncoding`); UTF-8 strictly, so that a byte that is not UTF-8 past the start
 * is named on its line. Valid UTF-8 holding TCVN3 or VNI letters (a legacy font saved as Unicode) is
 * converted. O(bytes).
 *
 * @example decodeText(new TextEncoder().encode('Họ và tên')).text; // => 'Họ và tên'
 */
export function decodeText(
  bytes: Uint8Array,
  encoding?: TextEncoding,
): ({ readonly ok: true } & DecodedText) | ({ readonly ok: false } & UndecodableText) {
  // A byte-order mark decides (UTF-8 may still hold a legacy font's letters), then the caller.
  const utf8Mark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const wideMark =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf16be'
        : undefined;
  const given =
    encoding === undefined || wideMark !== undefined
      ? undefined
      : utf8Mark && !encoding.startsWith('utf8')
        ? undefined
        : encoding;
  const detected = given === undefined ? detectEncoding(bytes) : undefined;
  if (detected !== undefined && !detected.ok) return detected;
  const used: TextEncoding = given ?? (detected?.ok === true ? detected.encoding : 'utf8');
  const by: DecodedText['by'] = detected?.ok === true ? detected.by : 'option';
  const fromLetters = used === 'utf8-tcvn3' ? 'tcvn3' : used === 'utf8-vni' ? 'vni' : undefined;
  if (used === 'utf8' || fromLetters !== undefined) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return {
        ok: true,
        text: fromLetters === undefined ? text : fromLegacyLines(text, fromLetters),
        encoding: used,
        by,
        fromLegacyLetters: fromLetters,
      };
    } catch {
      return { ok: false, code: 'invalid_utf8', ...firstInvalid(bytes) };
    }
  }
  return { ok: true, text: decodeAs(bytes, used), encoding: used, by, fromLegacyLetters: undefined };
}

/** Text of a file that is not in the encoding it was read in (a named error, caught by the readers' callers). */
export class TextEncodingError extends Error {
  readonly code = 'invalid_utf8';
  /** The file, when the reader knows it. */
  file: string | undefined;
  constructor(
    /** The line (1-based) of the first byte that is not UTF-8. */
    readonly line: number,
  ) {
    super(
      `không phải văn bản UTF-8 từ dòng ${line}; hãy dùng --encoding / not UTF-8 text from line ${line} on; give --encoding`,
    );
    this.name = 'TextEncodingError';
  }
}

/**
 * Decodes a file's bytes as they arrive, in one encoding: UTF-8 strictly (a byte that is not UTF-8 throws
 * `TextEncodingError` naming its line; a byte-order mark is kept, for the splitter to note and remove), or
 * any of `textEncodings` (a letter cut from its mark between two pieces is held back until the mark
 * arrives).
 */
export function createTextDecoder(encoding: TextEncoding = 'utf8'): {
  write(bytes: Uint8Array): string;
  end(): string;
  /**
   * Counts whole lines of valid text read elsewhere (from the bytes), so that a bad byte after them is
   * named on its line.
   */
  skipLines(count: number): void;
} {
  if (encoding === 'utf8') return utf8Decoder();
  if (encoding === 'utf8-tcvn3' || encoding === 'utf8-vni') {
    const bytes = utf8Decoder();
    const letters = createLinesConverter(encoding === 'utf8-tcvn3' ? 'tcvn3' : 'vni');
    return {
      write: (piece) => letters.write(bytes.write(piece)),
      end: () => letters.write(bytes.end()) + letters.end(),
      skipLines: (count) => bytes.skipLines(count),
    };
  }
  const name = {
    utf16le: 'utf-16le',
    utf16be: 'utf-16be',
    cp1258: 'windows1258',
    tcvn3: 'tcvn',
    vni: 'win1252',
  }[encoding];
  const decoder = iconv.getDecoder(name, { stripBOM: false });
  // A letter and the mark after it are converted (VNI) or composed (NFC) together.
  const text = convertInPieces((piece) => (encoding === 'vni' ? fromVni(piece) : piece.normalize('NFC')));
  return {
    write: (bytes) =>
      text.write(decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))),
    end: () => text.write(decoder.end() ?? '') + text.end(),
    // Only UTF-8 names the line of a bad byte: any byte is a character of an 8-bit encoding.
    skipLines() {},
  };
}

/** UTF-8 decoded strictly as it arrives, a byte that is not UTF-8 named on its line. */
function utf8Decoder(): ReturnType<typeof createTextDecoder> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let lines = 0;
  return {
    write(bytes) {
      try {
        const text = decoder.decode(bytes, { stream: true });
        lines += countLineBreaks(bytes);
        return text;
      } catch {
        throw new TextEncodingError(lines + firstInvalid(bytes).line);
      }
    },
    end() {
      try {
        return decoder.decode();
      } catch {
        throw new TextEncodingError(lines + 1);
      }
    },
    skipLines(count) {
      lines += count;
    },
  };
}
