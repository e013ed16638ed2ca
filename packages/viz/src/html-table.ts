import { type TableOptions, tableCells, tableNotes } from './table-cells.js';

/**
 * Text safe inside HTML, in an element or a quoted attribute: `&`, `<`, `>`, `"` and `'` as entities.
 *
 * @example escapeHtml('<b title="x">A & B</b>'); // => '&lt;b title=&quot;x&quot;&gt;A &amp; B&lt;/b&gt;'
 */
export const escapeHtml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/**
 * Rows as an HTML table for a notebook or a page: `tableCells` drawn (rates as percents with their counts,
 * personal data masked unless `reveal`), every text escaped, numbers aligned right, a caption when given,
 * and a note below on rows left out and masking. No script, no style sheet. O(rows × columns).
 *
 * @example htmlTable([{ a: '<b>' }]).includes('<td>&lt;b&gt;</td>'); // => true
 */
export function htmlTable(
  rows: readonly Readonly<Record<string, unknown>>[],
  options: TableOptions = {},
): string {
  const cells = tableCells(rows, options);
  const align = (i: number) => (cells.numeric[i] === true ? ' style="text-align:right"' : '');
  const caption = cells.caption === undefined ? '' : `<caption>${escapeHtml(cells.caption)}</caption>`;
  const head = `<thead><tr>${cells.header.map((h, i) => `<th${align(i)}>${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const body = cells.rows
    .map((row) => `<tr>${row.map((cell, i) => `<td${align(i)}>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  const notes = tableNotes(cells)
    .map((note) => `<p><small>${escapeHtml(note)}</small></p>`)
    .join('');
  return `<table class="ansinh-table">${caption}${head}<tbody>\n${body}\n</tbody></table>${notes}`;
}
