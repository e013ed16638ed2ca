import iconv from 'iconv-lite';
import { type LegacyEncoding, windows1252Misfits } from './detect-legacy-encoding.js';
import { fromVni } from './vni.js';

/**
 * Each character a TCVN3 byte becomes when read through Windows-1252, and the Vietnamese letter or mark
 * that byte is in TCVN3: the bytes 0x80–0xFF, and the capitals TCVN3 puts among the control characters
 * (`Ú` is 0x01). A byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) is read by Windows as
 * the control character of the same number; every control character of 0x80–0x9F is taken so.
 */
const tcvn3Letters: ReadonlyMap<number, string> = (() => {
  const table = new Map<number, string>();
  for (let byte = 0x01; byte <= 0xff; byte += 1) {
    const letter = iconv.decode(Buffer.from([byte]), 'tcvn');
    if (byte < 0x80) {
      if (letter !== String.fromCharCode(byte)) table.set(byte, letter);
      continue;
    }
    const seen = iconv.decode(Buffer.from([byte]), 'win1252');
    table.set(byte, letter);
    if (seen !== '\ufffd') table.set(seen.charCodeAt(0), letter);
  }
  return table;
})();

/**
 * The text a legacy font's letters saved as Unicode stood for: `NguyÔn V¨n H¶i` (TCVN3) or `Nguyeãn Vaên
 * Haûi` (VNI) is `Nguyễn Văn Hải`. Each character of Windows-1252 past ASCII, and each control
 * character TCVN3 puts a capital on, is read as the byte it is (TCVN3), or each letter with the mark after
 * it (VNI); a character no legacy font has (`ễ`, typed in Unicode) is kept. Printable ASCII is the same in
 * both. NFC. O(n).
 *
 * @example fromLegacyLetters('NguyÔn V¨n H¶i', 'tcvn3'); // => 'Nguyễn Văn Hải'
 */
export function fromLegacyLetters(text: string, font: LegacyEncoding): string {
  if (font === 'vni') return fromVni(text);
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code < 0x80) continue;
    const letter = tcvn3Letters.get(code);
    if (letter === undefined) continue;
    out += text.slice(from, i) + letter;
    from = i + 1;
  }
  return from === 0 ? text.normalize('NFC') : (out + text.slice(from)).normalize('NFC');
}

/**
 * A file's text in a legacy font's letters read back line by line (`fromLegacyLetters`): a line with a
 * character outside Windows-1252 (a header or a row typed in Unicode, `Mã đối tượng`) is kept as it is,
 * since no legacy font wrote it. O(n).
 *
 * @example fromLegacyLines('Mã đối tượng,Họ và tên\nDT-1,NguyÔn V¨n H¶i', 'tcvn3'); // => 'Mã đối tượng,Họ và tên\nDT-1,Nguyễn Văn Hải'
 */
export function fromLegacyLines(text: string, font: LegacyEncoding): string {
  if (windows1252Misfits(text).outside === 0) return fromLegacyLetters(text, font);
  return text
    .split('\n')
    .map((line) => (windows1252Misfits(line).outside === 0 ? fromLegacyLetters(line, font) : line))
    .join('\n');
}

/**
 * `fromLegacyLines` over text that comes in pieces: a line is converted once whole (a line longer than
 * 64 K characters in parts, cut after a space or sign), so the text is the same however it is cut.
 */
export function createLinesConverter(font: LegacyEncoding): {
  write(text: string): string;
  end(): string;
} {
  return convertInPieces((text) => fromLegacyLines(text, font), 'line');
}

/** A word held this long is let go without its end (a file of one endless word). */
const maxHeld = 1 << 16;

/** Whether a UTF-16 unit is ASCII but not a letter: a mark of either font never follows one. */
const isBreak = (code: number): boolean =>
  code < 0x80 && !((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a));

/** Where the last word of a text begins (after its last space, line break or ASCII sign); 0 for none. */
function lastWordStart(text: string): number {
  let cut = text.length;
  while (cut > 0 && !isBreak(text.charCodeAt(cut - 1))) cut -= 1;
  return cut;
}

/** `fromLegacyLetters` over text that comes in pieces (`convertInPieces`). */
export function createLettersConverter(font: LegacyEncoding): {
  write(text: string): string;
  end(): string;
} {
  return convertInPieces((text) => fromLegacyLetters(text, font));
}

/**
 * A conversion of text that comes in pieces: the end of a piece after its last space, line break or
 * ASCII sign (`unit` word), or after its last line break (`unit` line), is held until the next piece,
 * since a mark may follow the letter a piece ends with (a VNI mark, a TCVN3 tone stored apart), and a
 * letter and its mark are converted together. The text converted is then the same however it is cut,
 * for a conversion that maps words (or lines) on their own. What is held is let go past 64 K characters.
 */
export function convertInPieces(
  convert: (text: string) => string,
  unit: 'word' | 'line' = 'word',
): {
  write(text: string): string;
  end(): string;
} {
  let held = '';
  return {
    write(text) {
      const all = held + text;
      let cut = unit === 'line' ? all.lastIndexOf('\n') + 1 : lastWordStart(all);
      if (cut === 0 && all.length > maxHeld) {
        cut = unit === 'line' ? lastWordStart(all) : 0;
        if (cut === 0) {
          // No break at all: let go all but the last code point (both halves of a surrogate pair).
          const last = all.charCodeAt(all.length - 1);
          cut = last >= 0xdc00 && last <= 0xdfff ? all.length - 2 : all.length - 1;
        }
      }
      held = all.slice(cut);
      return cut === 0 ? '' : convert(all.slice(0, cut));
    },
    end() {
      const rest = held;
      held = '';
      return rest === '' ? '' : convert(rest);
    },
  };
}
