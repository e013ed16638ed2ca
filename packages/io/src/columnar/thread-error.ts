import { CsvFormatError } from '../csv/csv-splitter.js';
import { TextEncodingError } from '../text/decode-text.js';
import { WorkbookError } from '../xlsx/check-workbook.js';

/**
 * An error as a worker thread sends it: its name, its message, and its own fields that are text or numbers
 * (a file, a line, a code, a system error's path): a message between threads carries no class.
 */
export interface ThreadError {
  readonly name: string;
  readonly message: string;
  readonly fields: Readonly<Record<string, string | number>>;
}

/** What a worker thread sends of an error (`errorOfThread` makes it again). */
export function threadError(error: unknown): ThreadError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(error))
    if (typeof value === 'string' || typeof value === 'number') fields[key] = value;
  return { name: error.name, message: error.message, fields };
}

const text = (value: string | number | undefined) => (typeof value === 'string' ? value : undefined);
const number = (value: string | number | undefined) => (typeof value === 'number' ? value : 0);

/**
 * The error a worker thread sent, made again: this package's reading errors (`CsvFormatError`,
 * `TextEncodingError`, `WorkbookError`) as their class, with their fields; any other as an `Error` with its
 * message, name and fields (a system error's `code` and `path`; `@ansinh/core`'s named errors too, not as
 * their class). The same message and fields whichever thread read the file.
 */
export function errorOfThread(sent: ThreadError): Error {
  const { fields } = sent;
  let error: Error;
  if (
    sent.name === 'CsvFormatError' &&
    (fields.code === 'unclosed_quote' || fields.code === 'record_too_long')
  )
    error = new CsvFormatError(fields.code, number(fields.line));
  else if (sent.name === 'TextEncodingError') error = new TextEncodingError(number(fields.line));
  else if (sent.name === 'WorkbookError' && typeof fields.code === 'string')
    error = new WorkbookError(fields.code as WorkbookError['code'], text(fields.detail));
  else {
    error = new Error(sent.message);
    if (error.name !== sent.name) error.name = sent.name;
  }
  return Object.assign(error, fields);
}
