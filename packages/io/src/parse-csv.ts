/** A parsed CSV record and the line it starts on (1-based, counting the header). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** The result of `parseCsv`. */
export interface ParsedCsv {
  readonly delimiter: ',' | ';' | '\t';
  readonly hadBom: boolean;
  readonly records: readonly CsvRecord[];
  /** Lines starting with `#` before the header (such as the synthetic-data notice). */
  readonly comments: readonly string[];
}

function detectDelimiter(firstLine: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 } as Record<',' | ';' | '\t', number>;
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/**
 * Parses CSV as spreadsheets export it (RFC 4180): quoted fields with `""` escapes and line breaks, CRLF or
 * LF, a UTF-8 byte-order mark, and `,`, `;` (the Vietnamese Excel default, where `,` is the decimal mark) or
 * tab as delimiter, detected from the first line. Leading `#` lines are returned as comments. O(n).
 *
 * @example parseCsv('a;b\n1;"x;y"').records[1].fields; // => ['1', 'x;y']
 */
export function parseCsv(input: string): ParsedCsv {
  const hadBom = input.charCodeAt(0) === 0xfeff;
  let text = hadBom ? input.slice(1) : input;
  const comments: string[] = [];
  let line = 1;
  while (text.startsWith('#')) {
    const newline = text.indexOf('\n');
    comments.push((newline === -1 ? text : text.slice(0, newline)).replace(/\r$/u, ''));
    text = newline === -1 ? '' : text.slice(newline + 1);
    line += 1;
  }
  const firstBreak = text.search(/\r?\n/u);
  const delimiter = detectDelimiter(firstBreak === -1 ? text : text.slice(0, firstBreak));
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let recordLine = line;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (ch === '\n') line += 1;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      fields.push(field);
      records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      line += 1;
      recordLine = line;
    } else field += ch;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  return { delimiter, hadBom, records, comments };
}
