import { type CsvRecord, CsvSplitter } from './csv-splitter.js';

export type { CsvRecord } from './csv-splitter.js';

/** The result of `parseCsv`. */
export interface ParsedCsv {
  readonly delimiter: ',' | ';' | '\t';
  readonly hadBom: boolean;
  readonly records: readonly CsvRecord[];
  /** Lines starting with `#` before the header (such as the synthetic-data notice). */
  readonly comments: readonly string[];
}

/**
 * Parses CSV as spreadsheets export it (RFC 4180): quoted fields with `""` escapes and line breaks, CRLF or
 * LF, a UTF-8 byte-order mark, and `,`, `;` (the Vietnamese Excel default, where `,` is the decimal mark) or
 * tab as delimiter, detected from the first line. Leading `#` lines are returned as comments. O(n).
 *
 * @example parseCsv('a;b\n1;"x;y"').records[1].fields; // => ['1', 'x;y']
 */
export function parseCsv(input: string): ParsedCsv {
  const splitter = new CsvSplitter();
  const records = [...splitter.push(input), ...splitter.end()];
  return { delimiter: splitter.delimiter, hadBom: splitter.hadBom, records, comments: splitter.comments };
}
