/**
 * A text prepared for reading, and the way back to the input: `origin[i]` is the offset in the input of
 * the character at `i` in `text` (`origin[text.length]` is the input's length). `undefined` when the text
 * is the input unchanged.
 */
export interface NormalizedText {
  readonly text: string;
  readonly origin: Int32Array | undefined;
}

/** Characters that change on the way in: CR, spaces other than U+0020, invisible marks, combining marks. */
const needsWork =
  /[\r\u00a0\u00ad\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\p{M}]|&(?:nbsp|amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/iu;
/** An HTML character reference left in a page's text (`11.932&nbsp;người`, `&amp;`, `&#7871;`). */
const entity = /&(nbsp|amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/iy;
const namedEntities: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};
const space = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;
const invisible = /[\u00ad\u200b-\u200f\u2060\ufeff]/u;
const combining = /\p{M}/u;

/**
 * Reads a page as it arrives into one canonical text, keeping every offset: decomposed Vietnamese (NFD,
 * from macOS and some input methods) is composed (NFC); Windows and old Mac line endings become `\n`;
 * non-breaking, thin and other spaces become plain spaces (a tab stays: it splits a table's cells); zero-width characters, soft hyphens and byte
 * order marks are dropped; HTML character references (`&nbsp;`, `&amp;`, `&#7871;`) are decoded. The same article therefore reads the same whatever its encoding habits, and every
 * span found in `text` maps back to the input with `toInput`. O(n).
 *
 * @example normalizePage('Ta\u0302y Lu\u031Bo\u031Bng\r\n99,98\u00a0%').text; // => 'Tây Lương\n99,98 %'
 */
export function normalizePage(input: string): NormalizedText {
  if (!needsWork.test(input)) return { text: input, origin: undefined };
  const out: string[] = [];
  const origin: number[] = [];
  let i = 0;
  while (i < input.length) {
    const char = input[i] ?? '';
    if (char === '\r') {
      out.push('\n');
      origin.push(i);
      i += input[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (char === '&') {
      entity.lastIndex = i;
      const reference = entity.exec(input);
      if (reference !== null) {
        const name = (reference[1] ?? '').toLowerCase();
        const code = name.startsWith('#x')
          ? Number.parseInt(name.slice(2), 16)
          : name.startsWith('#')
            ? Number.parseInt(name.slice(1), 10)
            : undefined;
        const decoded =
          code === undefined
            ? (namedEntities[name] ?? '')
            : code === 0xa0
              ? ' '
              : code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
                ? String.fromCodePoint(code)
                : '';
        for (let k = 0; k < decoded.length; k += 1) {
          out.push(decoded[k] ?? '');
          origin.push(i);
        }
        i += reference[0].length;
        continue;
      }
    }
    if (space.test(char)) {
      out.push(' ');
      origin.push(i);
      i += 1;
      continue;
    }
    if (invisible.test(char) || char === '\u2028' || char === '\u2029') {
      if (char === '\u2028' || char === '\u2029') {
        out.push('\n');
        origin.push(i);
      }
      i += 1;
      continue;
    }
    // A base character and the combining marks after it compose as one run.
    let end = i + (char.length === 1 && isHighSurrogate(char) ? 2 : 1);
    while (end < input.length && combining.test(input[end] ?? '')) end += 1;
    const run = input.slice(i, end);
    const composed = end - i > 1 ? run.normalize('NFC') : run;
    for (const unit of composed) {
      for (let k = 0; k < unit.length; k += 1) {
        out.push(unit[k] ?? '');
        origin.push(i);
      }
    }
    i = end;
  }
  origin.push(input.length);
  return { text: out.join(''), origin: Int32Array.from(origin) };
}

function isHighSurrogate(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The input offset of a position in a normalized text. A span `[start, end)` of `text` is
 * `[toInput(n, start), toInput(n, end))` of the input. For an `end` that falls inside a composed run, the
 * whole run is taken.
 */
export function toInput(normalized: NormalizedText, position: number): number {
  const { origin } = normalized;
  if (origin === undefined) return position;
  return origin[Math.max(0, Math.min(position, origin.length - 1))] ?? position;
}

/**
 * The input span of `[start, end)` of a normalized text: it ends where the next normalized character
 * starts in the input, so a composed run is taken whole.
 */
export function inputSpan(normalized: NormalizedText, start: number, end: number): [number, number] {
  const from = toInput(normalized, start);
  return [from, Math.max(from, toInput(normalized, end))];
}
