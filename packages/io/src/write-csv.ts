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
  const delimiter = options.delimiter ?? ',';
  const cell = (value: string | number | boolean | undefined) => {
    const text = value === undefined ? '' : String(value);
    return /[",;\n\r]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [header, ...rows].map((row) => row.map(cell).join(delimiter));
  const comment = options.comment === undefined ? '' : `# ${options.comment}\n`;
  return `${options.bom === true ? '\ufeff' : ''}${comment}${lines.join('\n')}\n`;
}
