import {
  absent,
  byteTests,
  deferred,
  isCodeBytes,
  isNumeralBytes,
  isPlainTextBytes,
  type LaneCell,
  type LaneLine,
  laneCells,
  laneLine,
  maxLabels,
} from './canonical-lane.js';
import type { ColumnSpec } from './column-spec.js';
import type { HeaderLayout } from './match-columns.js';
import type { CellBytes } from './row-checks.js';

/**
 * The canonical lane on a UTF-8 file's bytes (`compileByteLane`): `scan` takes a line as the bytes
 * `bytes[start, end)` without its line break, and the line is then read as `LaneLine`.
 */
export interface ByteLane extends LaneLine, CellBytes {
  /**
   * Whether every mapped cell of the line is in form (or empty), as `CanonicalLane.scan` judges the same
   * line decoded. A line with a quote or a carriage return in it is refused: it is the splitter's to read.
   * `plain`: the caller has found neither in the line, and the lane only looks for delimiters (the caller
   * finds them faster, a whole buffer at a time).
   */
  readonly scan: (bytes: Buffer, start: number, end: number, plain?: boolean) => boolean;
  /** Whether the cell at a column index of the last line holds an ASCII digit (`/\d/` on its text). */
  readonly digitIn: (index: number) => boolean;
}

/**
 * Node's own decoding of a buffer's bytes between two offsets, without `toString`'s checks of its
 * arguments: methods of every Buffer (`latin1Slice` since Node 6, `utf8Slice` longer), not in its typings.
 */
interface Slicing extends Buffer {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}

/** Longest line the byte lane looks at; a longer one goes to the splitter, which bounds records. */
const maxLineBytes = 1 << 16;

/** How a cell of the lane on bytes is read: made, left in the bytes for the caller, or left unmade. */
const none = 0;
const forCaller = 1;
const unread = 2;

const quote = 0x22;
const carriageReturn = 0x0d;

/**
 * Compiles the lane of `compileLane` for lines given as UTF-8 bytes, so a file in canonical form is read
 * without decoding it whole or splitting it into strings: cells are found by the delimiter's byte, a
 * cell spelt as one met before (a month, a channel, a status) is matched by its bytes, and a cell is
 * decoded only to be read (`digits` and `year` are read from the bytes). Each cell is read by the same
 * reader as on text (`laneCells`), so the values are those of `compileLane` on the decoded line; a test
 * holds the two equal, and both to the full rules. The bytes must be valid UTF-8 (the feeder checks each
 * run of lines first, `createLineFeeder`). `undefined` where `compileLane` gives none, or for a delimiter that is not one byte.
 */
export function compileByteLane(
  layout: HeaderLayout,
  specs: readonly ColumnSpec[],
  delimiter: string,
  varying?: ReadonlySet<string>,
  /**
   * Varying fields of the `code` form whose cells are checked on their bytes and left `deferred` (no
   * string made until one is asked for): their caller reads them as bytes (`CellBytes`).
   */
  deferredFields?: ReadonlySet<string>,
  /**
   * Varying fields of the `code`, `text` or `numeral` form that nobody reads of an accepted row
   * (`TableSink.reads`, the list's rules), each with the lengths its bytes must have: their cells are
   * checked on their bytes and left `deferred` (`isCodeBytes`, `isPlainTextBytes`, `isNumeralBytes` and
   * the lengths), their strings made only when one is asked for. A text or a numeral the test on bytes
   * refuses is read as any cell is.
   */
  unmadeFields?: ReadonlyMap<string, readonly [number, number]>,
): ByteLane | undefined {
  const compiled = laneCells(layout, specs, varying);
  const separator = delimiter.charCodeAt(0);
  if (compiled === undefined || delimiter.length !== 1 || separator > 0x7f) return undefined;
  const { cells, last, scanCells } = compiled;
  // Which cells are left as their bytes when in form: codes for the caller to read as bytes, and cells
  // nobody reads.
  const defers = cells.map((cell) =>
    !cell.varying
      ? none
      : cell.form === 'code' && deferredFields?.has(cell.field) === true
        ? forCaller
        : (cell.form === 'code' || cell.form === 'text' || cell.form === 'numeral') &&
            unmadeFields?.has(cell.field) === true
          ? unread
          : none,
  );
  // The lengths of the bytes of each cell left unmade (`unmadeFields`).
  const unmadeLengths = cells.map((cell) => unmadeFields?.get(cell.field) ?? ([0, 0] as const));
  const { positions } = layout;
  // The bytes of each cell's spellings, numbered as `LaneCell.spelt` holds their values.
  const spellingBytes = cells.map(() => [] as Buffer[]);
  // Where each cell up to the last mapped one starts (`starts[i + 1] - 1` is where cell i ends).
  const starts = new Int32Array(last + 2);
  // Cells of the last line decoded so far (`cellAt`): a cell's text is valid while its `decodedAt` is the
  // line's number.
  const decoded: string[] = [];
  const decodedAt = new Int32Array(last + 1).fill(-1);
  let lineNumber = 0;
  let lineBytes: Buffer = Buffer.alloc(0);
  let lineStart = 0;
  let cut = 0;
  let lineKey = -1;
  // The memory of the buffer looked at last, as 32-bit words, and the delimiter in each byte of a word.
  let wordsOf: ArrayBufferLike | undefined;
  let words: Uint32Array<ArrayBufferLike> = new Uint32Array(0);
  const spread = Math.imul(separator, 0x01010101);

  /** The text of bytes of the line: as Latin-1 when they are ASCII (the same text, made faster). */
  const text = (from: number, to: number): string => {
    for (let i = from; i < to; i += 1)
      if ((lineBytes[i] as number) > 0x7f) return (lineBytes as Slicing).utf8Slice(from, to);
    return (lineBytes as Slicing).latin1Slice(from, to);
  };

  /** The number of the cell's bytes among its spellings (1 on), or -1 beyond `maxLabels` of them. */
  const spelling = (k: number, from: number, to: number): number => {
    const known = spellingBytes[k] as Buffer[];
    const length = to - from;
    outer: for (let s = 0; s < known.length; s += 1) {
      const seen = known[s] as Buffer;
      if (seen.length !== length) continue;
      for (let i = 0; i < length; i += 1) if (seen[i] !== lineBytes[from + i]) continue outer;
      return s + 1;
    }
    if (known.length >= maxLabels) return -1;
    known.push(Buffer.from(lineBytes.subarray(from, to)));
    return known.length;
  };

  const cellAt = (index: number): string => {
    if (index > last) return '';
    if (decodedAt[index] === lineNumber) return decoded[index] as string;
    const from = Math.min(starts[index] ?? 0, cut);
    const to = Math.min((starts[index + 1] ?? 0) - 1, cut);
    const cell = to <= from ? '' : text(from, to);
    decoded[index] = cell;
    decodedAt[index] = lineNumber;
    return cell;
  };

  /** A cell's value from its bytes: numbers straight from them, anything else by its reader on the text. */
  const read = (cell: LaneCell, k: number, from: number, to: number): unknown => {
    const defer = defers[k];
    if (defer === forCaller || (defer === unread && cell.form === 'code'))
      return isCodeBytes(lineBytes, from, to) ? deferred : undefined;
    if (defer === unread) {
      if (cell.form === 'text' && isPlainTextBytes(lineBytes, from, to)) return deferred;
      if (cell.form === 'numeral') {
        const [shortest, longest] = unmadeLengths[k] as readonly [number, number];
        if (to - from >= shortest && to - from <= longest && isNumeralBytes(lineBytes, from, to))
          return deferred;
      }
    }
    if (cell.form === 'digits' || (cell.form === 'year' && to - from === 4)) {
      let value = 0;
      if (to - from < 1 || to - from > 15) return undefined;
      for (let i = from; i < to; i += 1) {
        const c = lineBytes[i] as number;
        if (c < 48 || c > 57) return undefined;
        value = value * 10 + (c - 48);
      }
      return value;
    }
    if (cell.form === 'year') return undefined;
    // A code, a numeral or a date in form is ASCII: its text is its bytes, made once they pass.
    const inForm = byteTests[cell.form];
    if (inForm !== undefined)
      return inForm(lineBytes, from, to) ? (lineBytes as Slicing).latin1Slice(from, to) : undefined;
    if (cell.form === 'label') {
      // A label is read once per spelling, matched by its bytes (the reader's value is the text's own).
      const digit = spelling(k, from, to);
      if (digit > 0) {
        let value = cell.spelt[digit - 1];
        if (value === undefined) {
          const cellText = cellAt(cell.index);
          value = cell.read(cellText, 0, cellText.length) ?? absent;
          cell.spelt[digit - 1] = value;
        }
        return value === absent ? undefined : value;
      }
    }
    const cellText = cellAt(cell.index);
    return cell.read(cellText, 0, cellText.length);
  };

  /** Finds the cells; false for a line with a quote or a carriage return, or too long. */
  const bounds = (bytes: Buffer, start: number, end: number, plain: boolean): boolean => {
    if (end - start > maxLineBytes) return false;
    // The line is the last one looked at from here on, taken or not, so its cells never mix with another's.
    lineBytes = bytes;
    lineStart = start;
    cut = end;
    lineNumber += 1;
    let i = 1;
    starts[0] = start;
    if (plain) {
      // No quote or carriage return to look for: the delimiters of the cells up to the last mapped one,
      // four bytes at a time where the line's memory allows (a word without the delimiter is passed whole).
      const limit = last + 1;
      const base = bytes.byteOffset;
      let p = start;
      for (; p < end && (base + p) % 4 !== 0 && i <= limit; p += 1)
        if (bytes[p] === separator) {
          starts[i] = p + 1;
          i += 1;
        }
      // The words of the buffer's memory, made again for another buffer or one that has grown since
      // (a resizable one); made only for a line that has a whole word, so never for an empty buffer.
      if (p + 4 <= end && (bytes.buffer !== wordsOf || words.length * 4 < base + end)) {
        wordsOf = bytes.buffer;
        words = new Uint32Array(bytes.buffer, 0, bytes.buffer.byteLength >>> 2);
      }
      // The word at `p` (a multiple of four bytes into the memory: exact as a quotient past 4 GiB too).
      const memory = words;
      for (let w = (base + p) / 4; p + 4 <= end && i <= limit; p += 4, w += 1) {
        const x = (memory[w] as number) ^ spread;
        // Some byte of the word is the delimiter exactly when one of `x` is zero (no false negative; a
        // false positive only costs the look at its four bytes).
        if (((x - 0x01010101) & ~x & 0x80808080) === 0) continue;
        for (let q = p; q < p + 4 && i <= limit; q += 1)
          if (bytes[q] === separator) {
            starts[i] = q + 1;
            i += 1;
          }
      }
      for (; p < end && i <= limit; p += 1)
        if (bytes[p] === separator) {
          starts[i] = p + 1;
          i += 1;
        }
    } else
      for (let p = start; p < end; p += 1) {
        const b = bytes[p] as number;
        if (b === separator) {
          if (i <= last + 1) {
            starts[i] = p + 1;
            i += 1;
          }
        } else if (b === quote || b === carriageReturn) return false;
      }
    // A line shorter than the header: its last cells are empty, as the full rules read them.
    for (; i <= last + 1; i += 1) starts[i] = end + 1;
    return true;
  };

  const scan = (bytes: Buffer, start: number, end: number, plain = false): boolean => {
    if (!bounds(bytes, start, end, plain)) return false;
    const key = scanCells(starts, end, spelling, read);
    if (key === undefined) return false;
    lineKey = key;
    return true;
  };

  compiled.resolveWith((cell) => {
    const cellText = cellAt(cell.index);
    return cell.read(cellText, 0, cellText.length);
  });

  return {
    scan,
    buffer: () => lineBytes,
    columnOf: (field) => positions.get(field) ?? -1,
    cellStart: (index) => Math.min(starts[index] ?? 0, cut),
    cellEnd: (index) =>
      Math.max(Math.min((starts[index + 1] ?? 0) - 1, cut), Math.min(starts[index] ?? 0, cut)),
    ...laneLine(compiled, positions, {
      cell: cellAt,
      fields: () => text(lineStart, cut).split(delimiter),
      key: () => lineKey,
    }),
    digitIn(index) {
      if (index > last) return false;
      const to = Math.min((starts[index + 1] ?? 0) - 1, cut);
      for (let i = Math.min(starts[index] ?? 0, cut); i < to; i += 1) {
        const c = lineBytes[i] as number;
        if (c >= 48 && c <= 57) return true;
      }
      return false;
    },
  };
}
