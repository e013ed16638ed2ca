import { printable } from './printable.js';

/** A column of a text table: its heading and the widest it may grow before its cells wrap. */
export interface Column {
  readonly heading: string;
  readonly maxWidth: number;
}

const noBreak = '\u00a0';

/** Marks text that must not wrap inside a table cell (its spaces become non-breaking until printing). */
export function keepTogether(text: string): string {
  return text.replaceAll(' ', noBreak);
}

/** Printable ASCII and precomposed Latin letters (Vietnamese included): already NFC, one column each. */
const precomposed = /^[\u0020-\u007e\u00a0-\u024f\u1e00-\u1eff]*$/u;

/** Display width of a string: NFC code points (Vietnamese letters are one column each). */
export function displayWidth(text: string): number {
  if (precomposed.test(text)) return text.length;
  return [...text.normalize('NFC')].length;
}

/**
 * Wraps text on spaces to lines no wider than `width` (a longer word gets a line of its own). Spaces made
 * non-breaking by `keepTogether` do not break.
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line === '') line = word;
      else if (displayWidth(line) + 1 + displayWidth(word) <= width) line = `${line} ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** The largest of some numbers, 0 for none; a loop, so any number of them fits (no spread onto the stack). */
function largest(values: Iterable<number>): number {
  let most = 0;
  for (const value of values) if (value > most) most = value;
  return most;
}

/**
 * The most characters a cell shows before it is cut with `…`: a table is for reading, and a cell longer
 * than this (a reason listing thousands of figures) is read in full in the JSON output.
 */
export const maxCellLength = 2_000;

/** A cell cut to `maxCellLength` characters (code points), ending in `…` when cut. */
export function capCell(text: string): string {
  if (text.length <= maxCellLength) return text;
  const points = [...text];
  return points.length <= maxCellLength ? text : `${points.slice(0, maxCellLength - 1).join('')}…`;
}

/**
 * Renders rows as a plain-text table with a rule under the heading and cells wrapped to their column's
 * maximum width; when any cell wraps, rows are separated by an empty line. Control characters of the cells
 * are shown as visible stand-ins (`printable`), never sent to the terminal. Any number of rows, and cells of
 * any length (cut at `maxCellLength`); O(total length of the cells). Given a `totalWidth` (a
 * terminal's), the widest columns narrow one character at a time until the table fits, never below their
 * longest word.
 */
export function renderTextTable(
  columns: readonly Column[],
  givenRows: readonly (readonly string[])[],
  totalWidth?: number,
): string {
  const rows = givenRows.map((row) => row.map((cell) => capCell(printable(cell))));
  const longestWords = columns.map((column, i) =>
    largest(
      [column.heading, ...rows.map((row) => row[i] ?? '')].flatMap((cell) =>
        cell.split(/\s/u).map(displayWidth),
      ),
    ),
  );
  const widths = columns.map((column, i) => {
    const cells = rows.map((row) => row[i] ?? '');
    const longestLine = largest(cells.flatMap((cell) => wrap(cell, column.maxWidth).map(displayWidth)));
    return Math.max(
      longestWords[i] ?? 0,
      Math.min(Math.max(longestLine, displayWidth(column.heading)), column.maxWidth),
    );
  });
  if (totalWidth !== undefined) {
    let excess = widths.reduce((sum, w) => sum + w, 0) + 3 * (widths.length - 1) - totalWidth;
    while (excess > 0) {
      let pick = -1;
      widths.forEach((w, i) => {
        const slack = w - (longestWords[i] ?? 0);
        if (slack > 0 && (pick < 0 || w > (widths[pick] ?? 0))) pick = i;
      });
      if (pick < 0) break;
      widths[pick] = (widths[pick] ?? 0) - 1;
      excess -= 1;
    }
  }
  const renderRow = (cells: readonly string[]): string[] => {
    const wrapped = columns.map((_, i) => wrap(cells[i] ?? '', widths[i] ?? 1));
    const height = largest(wrapped.map((lines) => lines.length));
    const out: string[] = [];
    for (let line = 0; line < height; line += 1) {
      out.push(
        wrapped
          .map((lines, i) => pad(lines[line] ?? '', widths[i] ?? 0))
          .join(' │ ')
          .trimEnd(),
      );
    }
    return out;
  };
  const lines = [...renderRow(columns.map((c) => c.heading)), widths.map((w) => '─'.repeat(w)).join('─┼─')];
  const rendered = rows.map(renderRow);
  const spaced = rendered.some((r) => r.length > 1);
  rendered.forEach((r, index) => {
    if (spaced && index > 0)
      lines.push(
        widths
          .map((w) => ' '.repeat(w))
          .join(' │ ')
          .trimEnd(),
      );
    lines.push(...r);
  });
  return lines.join('\n').replaceAll(noBreak, ' ');
}
