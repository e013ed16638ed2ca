/** A C0 control character but tab and line feed, DEL, or a C1 control character. */
const control = /[\p{Cc}]/u;

/** The visible stand-in of a control character: its Unicode control picture (`␛` for ESC), else `�`. */
function picture(character: string): string {
  const code = character.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

/**
 * Text from an input made safe to print on a terminal: no escape sequence can recolour, move the cursor,
 * retitle the window or clear the screen. A tab becomes a space and a CR LF a line feed; a line feed stays
 * (a table cell wraps there); every other control character, C0 (`ESC` → `␛`, `BEL` → `␇`), DEL (`␡`)
 * or C1 (`U+009B` → `�`), becomes a visible stand-in, so the reader sees that it was there. O(n).
 *
 * @example printable('\u001b[31mHuyện A\u001b[0m'); // => '␛[31mHuyện A␛[0m'
 */
export function printable(text: string): string {
  if (!control.test(text)) return text;
  return text
    .replaceAll('\r\n', '\n')
    .replaceAll('\t', ' ')
    .replace(/[\p{Cc}]/gu, (character) => (character === '\n' ? character : picture(character)));
}

/**
 * Text from an input made safe to print on one line of a terminal: as `printable`, and a line feed
 * becomes a space.
 *
 * @example printableLine('Tiền Hải\nchi trả'); // => 'Tiền Hải chi trả'
 */
export function printableLine(text: string): string {
  return printable(text).replaceAll('\n', ' ');
}
