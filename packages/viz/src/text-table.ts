import { type TableOptions, tableCells, tableNotes } from './table-cells.js';

/** Characters as a reader sees them (code points of NFC text). */
const width = (text: string) => [...text.normalize('NFC')].length;

const pad = (text: string, to: number, right: boolean) => {
  const fill = ' '.repeat(Math.max(0, to - width(text)));
  return right ? `${fill}${text}` : `${text}${fill}`;
};

/**
 * Rows as a plain-text table (the `text/plain` form of a notebook table, or a terminal's): `tableCells`
 * with columns padded to their widest cell, numbers aligned right, a rule under the header and the notes
 * of `htmlTable` below. Line breaks in a cell become spaces. O(rows × columns).
 *
 * @example textTable([{ xã: 'Tây Ninh', n: 376 }]); // => 'xã          n\n--------  ---\nTây Ninh  376'
 */
export function textTable(
  rows: readonly Readonly<Record<string, unknown>>[],
  options: TableOptions = {},
): string {
  const cells = tableCells(rows, options);
  const flat = (text: string) => text.replace(/\s*[\r\n]+\s*/gu, ' ');
  const body = cells.rows.map((row) => row.map(flat));
  const widths = cells.header.map((h, i) => Math.max(width(h), ...body.map((row) => width(row[i] ?? ''))));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => pad(cell, widths[i] ?? 0, cells.numeric[i] === true))
      .join('  ')
      .trimEnd();
  return [
    ...(cells.caption === undefined ? [] : [cells.caption]),
    line(cells.header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...body.map(line),
    ...tableNotes(cells),
  ].join('\n');
}
