/**
 * Lengths and offsets of a text in UTF-16 code units (a JavaScript string's), counted on its UTF-8 bytes
 * without decoding them: each byte that does not continue a character starts one, of one code unit, or
 * two for a character of four bytes (a surrogate pair). The bytes must be UTF-8 (`isUtf8`); a byte order
 * mark counts as the character it is. A test holds both to the decoded text's.
 */

/** The code units of the text of UTF-8 bytes `bytes[start, end)`. */
export function utf16Units(bytes: Uint8Array, start: number, end: number): number {
  let units = 0;
  for (let i = start; i < end; i += 1) {
    const byte = bytes[i] as number;
    if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
  }
  return units;
}

/**
 * Where each of `marks` (code unit offsets into the text of `bytes`, ascending) falls in the bytes: the
 * start of the first character at or after it (the end of a surrogate pair for an offset inside one, the
 * bytes' length for the text's length or beyond), and the text's length in code units.
 */
export function utf16Offsets(
  bytes: Uint8Array,
  marks: readonly number[],
): { readonly at: readonly number[]; readonly units: number } {
  const at: number[] = [];
  let units = 0;
  let m = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i] as number;
    if ((byte & 0xc0) === 0x80) continue;
    for (; m < marks.length && (marks[m] as number) <= units; m += 1) at.push(i);
    units += byte >= 0xf0 ? 2 : 1;
  }
  for (; m < marks.length; m += 1) at.push(bytes.length);
  return { at, units };
}
