import { normalizeText } from '@ansinh/core';
import { unneutraliseCell } from '../csv/write-csv.js';
import { legacyLettersOf } from '../text/decode-text.js';
import { mayBeLegacyLetters } from '../text/detect-legacy-encoding.js';
import type { CanonicalForm, ColumnSpec } from './column-spec.js';
import type { HeaderLayout } from './match-columns.js';

/**
 * The last line a lane scanned, as the judges read it: its values, one value, a field's cell, a column's
 * cell, every cell, and its spelling. The same for a line read from text (`CanonicalLane`) and from bytes
 * (`compileByteLane`).
 */
export interface LaneLine {
  /** The values of the last line scanned, as `read` gives them. */
  readonly values: () => Record<string, unknown>;
  /** One value of the last line scanned (`undefined` for an empty cell without `emptyAs`). */
  readonly value: (field: string) => unknown;
  /**
   * Where a field's value is kept (-1 when the lane reads no cell for it): `valueAt(slotOf(field))` is
   * `value(field)`, without looking the field up on every line.
   */
  readonly slotOf: (field: string) => number;
  readonly valueAt: (slot: number) => unknown;
  /**
   * Whether the value at a slot is a cell left as its bytes (a lane on bytes with `deferred` fields: a
   * code checked on its bytes, its string made only when `valueAt`, `value` or `values` asks for it).
   */
  readonly deferredAt: (slot: number) => boolean;
  readonly raw: (field: string) => string;
  /** The cell at a column index of the last line read, as written. */
  readonly cell: (index: number) => string;
  /** Every cell of the last line read, as written (for a row that is rejected). */
  readonly fields: () => readonly string[];
  /**
   * The spelling of the last line read (`read`), as a number: lines with the same key have the same
   * text in every mapped cell but the `varying` ones, which are only empty or not alike. -1 when the lane
   * was compiled without `varying`, or a cell has more spellings than are remembered.
   */
  readonly key: () => number;
  /**
   * Whether the cell at a column index of the last line scanned was read as a `code` (its column's form,
   * not empty): one word of ASCII letters and digits with a digit in it, as `readCode` takes it.
   */
  readonly coded: (index: number) => boolean;
}

/**
 * Reads the cells of a plain line straight from the text when every mapped cell is in its column's
 * canonical form (`ColumnSpec.canonical`) or empty: `read` gives the values as the column readers give
 * them, or `undefined` when any cell is out of form (the line then goes through the full rules); `raw`
 * gives a field's cell of the last line read, as text. The values are then judged as any row's are
 * (`RowJudge.values`): derivations, schema, checks.
 */
export interface CanonicalLane extends LaneLine {
  readonly read: (text: string, start: number, end: number) => Record<string, unknown> | undefined;
  /**
   * `read` without making the values: whether every mapped cell of the line is in form (or empty); then
   * `values()` makes them, `value(field)` gives one.
   */
  readonly scan: (text: string, start: number, end: number) => boolean;
}

/** Longest cell a canonical form covers: codes, months, amounts and labels are short. */
export const maxCanonical = 64;
/** Distinct label texts remembered per column; a cell beyond them is judged by the full rules. */
export const maxLabels = 32;
/** The base of a line's key: a digit per cell, 0 for empty and 1 to `maxLabels` for its spellings. */
export const radix = maxLabels + 1;

/** A cell without a value (an empty cell without `emptyAs`, a spelling not in form). */
export const absent: unique symbol = Symbol('absent');

/** A cell in form whose value is not made yet (`LaneLine.deferredAt`): made from the line when asked for. */
export const deferred: unique symbol = Symbol('deferred');

const isDigit = (c: number) => c >= 48 && c <= 57;
/**
 * Whether the two UTF-8 bytes `lead next` (lead C2 to C9) are a character of Windows-1252: Latin-1 (C2,
 * C3), or one of `Œ œ Š š Ÿ Ž ž ƒ`.
 */
/** Whether `C3 next` is a Vietnamese vowel of Latin-1: `À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý`, lower case too. */
const vietnameseVowelPair = (next: number) => {
  const low = next & 0xdf;
  return (
    (low >= 0x80 && low <= 0x83) ||
    low === 0x88 ||
    low === 0x89 ||
    low === 0x8a ||
    low === 0x8c ||
    low === 0x8d ||
    (low >= 0x92 && low <= 0x95) ||
    low === 0x99 ||
    low === 0x9a ||
    low === 0x9d
  );
};

const windows1252Pair = (lead: number, next: number) =>
  lead === 0xc2 ||
  lead === 0xc3 ||
  (lead === 0xc5 &&
    (next === 0x92 ||
      next === 0x93 ||
      next === 0xa0 ||
      next === 0xa1 ||
      next === 0xb8 ||
      next === 0xbd ||
      next === 0xbe)) ||
  (lead === 0xc6 && next === 0x92);
const isAlnum = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** `code`: one word of ASCII letters and digits (and `._/-` after the first), with a digit in it. */
function readCode(text: string, start: number, end: number): string | undefined {
  const length = end - start;
  if (length < 1 || length > maxCanonical || !isAlnum(text.charCodeAt(start))) return undefined;
  let digit = false;
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) digit = true;
    else if (!isAlnum(c) && c !== 46 && c !== 95 && c !== 47 && c !== 45) return undefined;
  }
  return digit ? text.slice(start, end) : undefined;
}

/** `readCode`'s test on the bytes `bytes[start, end)`: whether their text reads as a code (a byte above 127 never does). */
export function isCodeBytes(bytes: Uint8Array, start: number, end: number): boolean {
  const length = end - start;
  if (length < 1 || length > maxCanonical || !isAlnum(bytes[start] as number)) return false;
  let digit = false;
  for (let i = start; i < end; i += 1) {
    const c = bytes[i] as number;
    if (isDigit(c)) digit = true;
    else if (!isAlnum(c) && c !== 46 && c !== 95 && c !== 47 && c !== 45) return false;
  }
  return digit;
}

/**
 * Whether UTF-8 bytes `bytes[start, end)` are a text `readPlainText` keeps as it is, told without making
 * it: words of printable ASCII and precomposed Latin letters (U+00A1–U+024F, U+1E00–U+1EFF: Vietnamese
 * among them) with one space between words, as `normalizeText` finds a text already normal; not empty,
 * not starting with an apostrophe, at most `maxPlainText` bytes (so as many code units at most), and
 * not one that may be a legacy font's letters (`mayBeLegacyLetters`: all its characters of Windows-1252,
 * one no Vietnamese word has). Such a text is its own NFC. A text this refuses may still be one
 * `readPlainText` keeps (a letter of another script): its string is then made and read. A test holds it
 * to the reader on any text.
 */
export function isPlainTextBytes(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start < 1 || end - start > maxPlainText || bytes[start] === 39) return false;
  // Whether the byte before was a space (or the text's start): a space may not come first, nor twice.
  let space = true;
  // Whether a character was met that Windows-1252 has and no Vietnamese word, and one it has not.
  let foreign = false;
  let vietnamese = false;
  for (let i = start; i < end; ) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      if (b === 0x20) {
        if (space) return false;
        space = true;
      } else if (b < 0x21 || b > 0x7e) return false;
      else space = false;
      i += 1;
      continue;
    }
    space = false;
    if (i + 1 >= end) return false;
    const next = bytes[i + 1] as number;
    if ((next & 0xc0) !== 0x80) return false;
    if (b >= 0xc2 && b <= 0xc9) {
      // Two bytes: U+00A1 (C2 A1) to U+024F (C9 8F).
      if ((b === 0xc2 && next < 0xa1) || (b === 0xc9 && next > 0x8f)) return false;
      if (!windows1252Pair(b, next)) vietnamese = true;
      else if (b !== 0xc3 || !vietnameseVowelPair(next)) foreign = true;
      i += 2;
    } else if (b === 0xe1) {
      // Three bytes: U+1E00 (E1 B8 80) to U+1EFF (E1 BB BF).
      if (i + 2 >= end || next < 0xb8 || next > 0xbb || ((bytes[i + 2] as number) & 0xc0) !== 0x80)
        return false;
      vietnamese = true;
      i += 3;
    } else return false;
  }
  // Letters past ASCII all of Windows-1252, one of them no Vietnamese word has, may be a legacy font's
  // (`mayBeLegacyLetters`): the full rules judge them.
  return !space && !(foreign && !vietnamese);
}

/** The month read last: a list repeats its month on every line, and it is kept as one string. */
let lastMonth = '';

/** `month`: `YYYY-MM`, the month 01–12. */
function readMonth(text: string, start: number, end: number): string | undefined {
  if (end - start !== 7 || text.charCodeAt(start + 4) !== 45) return undefined;
  if (lastMonth !== '' && text.startsWith(lastMonth, start)) return lastMonth;
  for (const i of [0, 1, 2, 3, 5, 6]) if (!isDigit(text.charCodeAt(start + i))) return undefined;
  const month = (text.charCodeAt(start + 5) - 48) * 10 + (text.charCodeAt(start + 6) - 48);
  if (month < 1 || month > 12) return undefined;
  lastMonth = text.slice(start, end);
  return lastMonth;
}

/** `digits`: a whole number of at most 15 digits (exact in a double), no separators. */
function readDigits(text: string, start: number, end: number): number | undefined {
  if (end - start < 1 || end - start > 15) return undefined;
  let value = 0;
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) return undefined;
    value = value * 10 + (c - 48);
  }
  return value;
}

/**
 * `label`: what the column's own reader makes of the text, as the full rules read a cell (the formula
 * guard taken off, NFC), remembered by the raw text; a text the reader refuses or reads as no value is not
 * canonical.
 */
function labelReader(column: ColumnSpec): (text: string, start: number, end: number) => unknown {
  // Compared in place (`startsWith` at the cell): a column holds a handful of labels.
  const known: { readonly raw: string; readonly value: unknown }[] = [];
  return (text, start, end) => {
    const length = end - start;
    if (length < 1 || length > maxCanonical) return undefined;
    for (const label of known)
      if (label.raw.length === length && text.startsWith(label.raw, start)) return label.value;
    if (known.length >= maxLabels) return undefined;
    const raw = text.slice(start, end);
    // A label in a legacy font's letters is left to the full rules, which refuse its row (once a spelling).
    const cell = normalizeText(unneutraliseCell(raw));
    const read = legacyLettersOf(cell) !== undefined ? undefined : column.read(cell);
    const value = read?.ok === true ? read.value : undefined;
    known.push({ raw, value });
    return value;
  };
}

/** `numeral`: digits only, kept as text (a CCCD, an account number), at most 24. */
function readNumeral(text: string, start: number, end: number): string | undefined {
  if (end - start < 1 || end - start > 24) return undefined;
  for (let i = start; i < end; i += 1) if (!isDigit(text.charCodeAt(i))) return undefined;
  return text.slice(start, end);
}

/** `year`: four digits. */
function readYear(text: string, start: number, end: number): number | undefined {
  return end - start === 4 ? readDigits(text, start, end) : undefined;
}

const daysIn = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether a month (1–12 checked here) has the day (29 February in leap years only). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const most = month === 2 && leap ? 29 : (daysIn[month - 1] ?? 0);
  return day >= 1 && day <= most;
}

/** `date`: `YYYY-MM-DD`, a day of the calendar (29 February in leap years only). */
function readIsoDate(text: string, start: number, end: number): string | undefined {
  if (end - start !== 10 || text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45)
    return undefined;
  const year = readDigits(text, start, start + 4);
  const month = readDigits(text, start + 5, start + 7);
  const day = readDigits(text, start + 8, start + 10);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  return isCalendarDay(year, month, day) ? text.slice(start, end) : undefined;
}

/** The number the ASCII digits `bytes[start, end)` write, or -1 when a byte is not one. */
function digitsOfBytes(bytes: Uint8Array, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i += 1) {
    const c = bytes[i] as number;
    if (!isDigit(c)) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}

/** `readIsoDate`'s test on the bytes `bytes[start, end)`: whether their text reads as a date. */
export function isIsoDateBytes(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start !== 10 || bytes[start + 4] !== 45 || bytes[start + 7] !== 45) return false;
  const year = digitsOfBytes(bytes, start, start + 4);
  const month = digitsOfBytes(bytes, start + 5, start + 7);
  const day = digitsOfBytes(bytes, start + 8, start + 10);
  return year >= 0 && month >= 0 && day >= 0 && isCalendarDay(year, month, day);
}

/** `readNumeral`'s test on the bytes `bytes[start, end)`: whether their text reads as a numeral. */
export function isNumeralBytes(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start < 1 || end - start > 24) return false;
  for (let i = start; i < end; i += 1) if (!isDigit(bytes[i] as number)) return false;
  return true;
}

/**
 * The forms whose value is a cell's own text when it is in form, each with its reader's test on the
 * cell's UTF-8 bytes (a cell in form is ASCII, so its bytes are its text, read as Latin-1): a lane on
 * bytes reads such a cell without decoding it first. A test holds each to its reader on any text.
 */
export const byteTests: Partial<
  Record<CanonicalForm, (bytes: Uint8Array, start: number, end: number) => boolean>
> = { code: isCodeBytes, numeral: isNumeralBytes, date: isIsoDateBytes };

/** Longest cell of the `text` form, in code units (and in bytes for `isPlainTextBytes`). */
export const maxPlainText = 4_096;

/**
 * `text`: text the full rules keep as it is (already NFC with single spaces, no formula guard to take
 * off), at most 4 KiB, and not one that may be a legacy font's letters (`mayBeLegacyLetters`): the
 * full rules judge those.
 */
function readPlainText(text: string, start: number, end: number): string | undefined {
  if (end - start > maxPlainText || text.charCodeAt(start) === 39) return undefined;
  const cell = text.slice(start, end);
  return normalizeText(cell) === cell && !mayBeLegacyLetters(cell) ? cell : undefined;
}

/** The reader of each canonical form but `label` (a column's own reader reads a label). */
export const readers: Record<
  Exclude<CanonicalForm, 'label'>,
  (text: string, start: number, end: number) => unknown
> = {
  code: readCode,
  month: readMonth,
  digits: readDigits,
  numeral: readNumeral,
  year: readYear,
  date: readIsoDate,
  text: readPlainText,
};

/** A mapped cell of a lane: its field and column, how it reads, and its spellings met so far. */
export interface LaneCell {
  readonly field: string;
  readonly index: number;
  readonly emptyAs: unknown;
  readonly varying: boolean;
  /** The form of the column (`ColumnSpec.canonical`). */
  readonly form: CanonicalForm;
  /**
   * The texts of this cell met so far, by their number in a line's key (0 is the empty cell), and the
   * value of each (`absent` when not in form).
   */
  readonly spellings: string[];
  readonly spelt: unknown[];
  readonly read: (text: string, start: number, end: number) => unknown;
}

/**
 * The bits a line's key takes: `log2(radix)` a cell read by its spelling, one a `varying` cell (empty or
 * not). A key is exact in a double up to 53 bits.
 */
function keyBits(cells: readonly LaneCell[]): number {
  let bits = 0;
  for (const cell of cells) bits += cell.varying ? 1 : Math.log2(radix);
  return bits;
}

/**
 * The mapped cells of a file and what a lane makes of the line it scanned last (`scanCells`): a value a
 * cell (`absent` for an empty cell without `emptyAs`), read by `values` and `value`. Shared by the lane on
 * text (`compileLane`) and on bytes (`compileByteLane`), so both read a cell by the same reader.
 * `undefined` when a mapped column has no canonical form or the header gives amounts in another unit.
 */
export function laneCells(
  layout: HeaderLayout,
  specs: readonly ColumnSpec[],
  varying: ReadonlySet<string> | undefined,
):
  | {
      readonly cells: readonly LaneCell[];
      /** The last column a cell is read from. */
      readonly last: number;
      readonly values: () => Record<string, unknown>;
      readonly value: (field: string) => unknown;
      readonly slotOf: (field: string) => number;
      readonly valueAt: (slot: number) => unknown;
      readonly deferredAt: (slot: number) => boolean;
      /** How a value left `deferred` by `read` is made, when asked for: the lane's own reading of its cell. */
      readonly resolveWith: (resolve: (cell: LaneCell) => unknown) => void;
      readonly coded: (index: number) => boolean;
      /**
       * Reads the cells of a line whose cells start at `starts` (`starts[i + 1] - 1` ends cell i, at most
       * `end`): an empty cell as `emptyAs` or no value; where lines get a key (`varying` given, and the key
       * exact in a double: `keyBits`), a cell not `varying` by its spelling's number (`spelling`, -1 past
       * `maxLabels`), read once per spelling; any other cell by `read`. The key is a number with a digit
       * in base `radix` a cell not `varying` and a binary digit a `varying` cell (empty or not). Gives the
       * line's key (`LaneLine.key`, -1 without one), or `undefined` when a cell is out of form.
       */
      readonly scanCells: (
        starts: Int32Array,
        end: number,
        spelling: (k: number, from: number, to: number) => number,
        read: (cell: LaneCell, k: number, from: number, to: number) => unknown,
      ) => number | undefined;
    }
  | undefined {
  const { positions } = layout;
  if (positions.size === 0 || layout.scales.size > 0) return undefined;
  const cells: LaneCell[] = [];
  for (const spec of specs) {
    if (!positions.has(spec.field)) continue;
    if (spec.canonical === undefined) return undefined;
    cells.push({
      field: spec.field,
      index: positions.get(spec.field) ?? 0,
      emptyAs: spec.emptyAs,
      varying: varying?.has(spec.field) === true,
      form: spec.canonical,
      spellings: [],
      spelt: [],
      read: spec.canonical === 'label' ? labelReader(spec) : readers[spec.canonical],
    });
  }
  if (cells.length !== positions.size) return undefined;
  const keyed = varying !== undefined && keyBits(cells) <= 53;
  const found: unknown[] = cells.map(() => absent);
  const fieldAt = new Map(cells.map((cell, k) => [cell.field, k]));
  // The cell read at each column index, and whether it was filled on the line scanned, for `coded`.
  const cellAt = new Map(cells.map((cell, k) => [cell.index, k]));
  const filled = new Uint8Array(cells.length);
  let resolver: (cell: LaneCell) => unknown = () => absent;
  /** The value of cell `k` of the line scanned last, made now when it was left `deferred`. */
  const cellValue = (k: number): unknown => {
    const value = found[k];
    if (value !== deferred) return value;
    const made = resolver(cells[k] as LaneCell) ?? absent;
    found[k] = made;
    return made;
  };
  return {
    cells,
    last: Math.max(...cells.map((c) => c.index)),
    values() {
      const made: Record<string, unknown> = {};
      for (let k = 0; k < cells.length; k += 1) {
        const value = cellValue(k);
        if (value !== absent) made[(cells[k] as LaneCell).field] = value;
      }
      return made;
    },
    value(field) {
      const k = fieldAt.get(field);
      const value = k === undefined ? absent : cellValue(k);
      return value === absent ? undefined : value;
    },
    slotOf: (field) => fieldAt.get(field) ?? -1,
    valueAt(slot) {
      const value = slot < 0 ? absent : cellValue(slot);
      return value === absent ? undefined : value;
    },
    deferredAt: (slot) => slot >= 0 && found[slot] === deferred,
    resolveWith(resolve) {
      resolver = resolve;
    },
    coded(index) {
      const k = cellAt.get(index);
      return k !== undefined && filled[k] === 1 && (cells[k] as LaneCell).form === 'code';
    },
    scanCells(starts, end, spelling, read) {
      let key = keyed ? 0 : -1;
      for (let k = 0; k < cells.length; k += 1) {
        const cell = cells[k] as LaneCell;
        const from = Math.min(starts[cell.index] ?? 0, end);
        const to = Math.min((starts[cell.index + 1] ?? 0) - 1, end);
        if (to <= from) {
          filled[k] = 0;
          found[k] = cell.emptyAs === undefined ? absent : cell.emptyAs;
          if (key >= 0) key *= cell.varying ? 2 : radix;
          continue;
        }
        if (key >= 0 && !cell.varying) {
          // A cell spelt as before has the value it had: read once per spelling.
          const digit = spelling(k, from, to);
          if (digit > 0) {
            let value = cell.spelt[digit - 1];
            if (value === undefined) {
              value = read(cell, k, from, to) ?? absent;
              cell.spelt[digit - 1] = value;
            }
            if (value === absent) return undefined;
            filled[k] = 1;
            found[k] = value;
            key = key * radix + digit;
            continue;
          }
          key = -1;
        }
        const value = read(cell, k, from, to);
        if (value === undefined) return undefined;
        filled[k] = 1;
        found[k] = value;
        if (key >= 0) key = key * 2 + 1;
      }
      return key;
    },
  };
}

/**
 * Compiles the lane of a file whose mapped columns all have a canonical form (`undefined` otherwise, or
 * when the header gives amounts in another unit: every row then takes the full rules). The lane finds
 * the cells by the delimiter and reads each by its form; an empty cell is what the full rules make of it
 * (`emptyAs`, or no value). A test holds the lane to the full rules on the same lines: same rows, same
 * reasons, same report.
 */
export function compileLane(
  layout: HeaderLayout,
  specs: readonly ColumnSpec[],
  delimiter: string,
  varying?: ReadonlySet<string>,
): CanonicalLane | undefined {
  const compiled = laneCells(layout, specs, varying);
  if (compiled === undefined) return undefined;
  const { cells, last, values, scanCells } = compiled;
  const { positions } = layout;
  let lineKey = -1;
  /** The number of the cell's text among its spellings (1 on), or -1 beyond `maxLabels` of them. */
  const spelling = (known: string[], text: string, from: number, to: number): number => {
    const length = to - from;
    for (let k = 0; k < known.length; k += 1) {
      const seen = known[k] as string;
      if (seen.length === length && text.startsWith(seen, from)) return k + 1;
    }
    if (known.length >= maxLabels) return -1;
    known.push(text.slice(from, to));
    return known.length;
  };
  // Where each cell up to the last mapped one starts (`starts[i + 1] - 1` is where cell i ends).
  const starts = new Int32Array(last + 2);
  let lineText = '';
  let lineStart = 0;
  let cut = 0;
  // The last search for a delimiter past a line's end: lines after it, up to the delimiter found, hold
  // none, so a run of lines without one (blank lines) is not searched again and again (quadratic).
  let scanText = '';
  let scanFrom = 0;
  let scanFound = -1;
  const nextDelimiter = (text: string, at: number): number => {
    if (text === scanText && at >= scanFrom && (scanFound === -1 || at <= scanFound)) return scanFound;
    scanText = text;
    scanFrom = at;
    scanFound = text.indexOf(delimiter, at);
    return scanFound;
  };
  const bounds = (text: string, start: number, end: number): boolean => {
    let at = start;
    starts[0] = start;
    for (let i = 1; i <= last + 1; i += 1) {
      const next = nextDelimiter(text, at);
      if (next === -1 || next >= end) {
        // A line shorter than the header: its last cells are empty, as the full rules read them.
        for (let k = i; k <= last + 1; k += 1) starts[k] = end + 1;
        break;
      }
      starts[i] = next + 1;
      at = next + 1;
    }
    lineText = text;
    lineStart = start;
    cut = end;
    return true;
  };
  const cellAt = (index: number): string => {
    if (index > last) return '';
    const from = Math.min(starts[index] ?? 0, cut);
    const to = Math.min((starts[index + 1] ?? 0) - 1, cut);
    return to <= from ? '' : lineText.slice(from, to);
  };
  // The lane's own spelling and reading of a cell of the line scanned (`lineText`), made once.
  const spell = (k: number, from: number, to: number) =>
    spelling((cells[k] as LaneCell).spellings, lineText, from, to);
  const readCell = (cell: LaneCell, _k: number, from: number, to: number) => cell.read(lineText, from, to);
  const scan = (text: string, start: number, end: number): boolean => {
    bounds(text, start, end);
    const key = scanCells(starts, end, spell, readCell);
    if (key === undefined) return false;
    lineKey = key;
    return true;
  };
  return {
    read: (text, start, end) => (scan(text, start, end) ? values() : undefined),
    scan,
    ...laneLine(compiled, positions, {
      cell: cellAt,
      fields: () => lineText.slice(lineStart, cut).split(delimiter),
      key: () => lineKey,
    }),
  };
}

/** The `LaneLine` of a lane: its values from `laneCells`, a field's cell by its column, normalised. */
export function laneLine(
  compiled: Pick<
    NonNullable<ReturnType<typeof laneCells>>,
    'values' | 'value' | 'slotOf' | 'valueAt' | 'deferredAt' | 'coded'
  >,
  positions: ReadonlyMap<string, number>,
  line: Pick<LaneLine, 'cell' | 'fields' | 'key'>,
): LaneLine {
  return {
    values: compiled.values,
    value: compiled.value,
    slotOf: compiled.slotOf,
    valueAt: compiled.valueAt,
    deferredAt: compiled.deferredAt,
    coded: compiled.coded,
    raw(field) {
      const index = positions.get(field);
      return index === undefined ? '' : normalizeText(line.cell(index));
    },
    ...line,
  };
}
