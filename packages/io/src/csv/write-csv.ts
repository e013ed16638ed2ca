/**
 * Writes rows as CSV with a header, quoting fields that hold the delimiter, quotes or line breaks, and
 * an optional leading `#` comment (the synthetic-data notice). UTF-8 with a byte-order mark when `bom`, so
 * Excel opens Vietnamese text correctly.
 *
 * @example writeCsv(['Họ và tên', 'Thôn'], [['Nguyễn Văn An', 'Thôn 1, xóm 2']]); // => 'Họ và tên,Thôn\nNguyễn Văn An,"Thôn 1, xóm 2"\n'
 */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | undefined)[])[],
  options: { readonly comment?: string; readonly bom?: boolean; readonly delimiter?: ',' | ';' } = {},
): string {
  const comment = options.comment === undefined ? '' : `# ${options.comment}\n`;
  return `${options.bom === true ? '\ufeff' : ''}${comment}${csvLines([header, ...rows], options.delimiter)}`;
}

/**
 * A text cell a spreadsheet will not run as a formula: one that starts with `=`, `+`, `-`, `@`, a tab or
 * a carriage return gets a leading `'` (OWASP's rule against CSV injection); the readers take it off
 * again. Numbers are written as numbers and left alone.
 *
 * @example neutraliseCell('=HYPERLINK("http://x")'); // => '\'=HYPERLINK("http://x")'
 */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
}

/** A cell as the readers take it: the `'` that `neutraliseCell` put before a formula character taken off. */
export function unneutraliseCell(text: string): string {
  return /^'[=+\-@\t\r]/u.test(text) ? text.slice(1) : text;
}

const cell = (value: string | number | boolean | undefined) => {
  const text = value === undefined ? '' : typeof value === 'string' ? neutraliseCell(value) : String(value);
  return /[",;\n\r]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * Rows as CSV lines, each ending in a line break, quoted as `writeCsv` quotes them: for writing a large
 * file a chunk at a time.
 *
 * @example csvLines([['Thôn 1, xóm 2', 3]]); // => '"Thôn 1, xóm 2",3\n'
 */
export function csvLines(
  rows: readonly (readonly (string | number | boolean | undefined)[])[],
  delimiter: ',' | ';' = ',',
): string {
  let out = '';
  for (const row of rows) out += `${row.map(cell).join(delimiter)}\n`;
  return out;
}
