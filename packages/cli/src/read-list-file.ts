import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { AdminUnit, PaymentRow, RegisterRow } from '@ansinh/core';
import {
  CsvFormatError,
  type CsvRecord,
  CsvSplitter,
  decodeText,
  detectEncoding,
  encodingWindow,
  encodingWindowBytes,
  isWorkbookPath,
  type ListOptions,
  listKindOfRecords,
  looksLikeWorkbook,
  paymentListSchema,
  type RejectedRow,
  registerListSchema,
  sheetRecords,
  streamTable,
  type TableSource,
  type TextEncoding,
  TextEncodingError,
  type UnderstoodColumn,
  type ValidationReport,
  WorkbookError,
} from '@ansinh/io';
import { inBothLanguages } from './in-both-languages.js';
import { type FileIssue, readInput, unreadable } from './load-dataset.js';

/** The kinds of list a file may be. */
export type ListKindName = 'register' | 'payments';

/** How to read a list file: what the caller knows of it, and what to do with rows as they come. */
export interface ListFileOptions extends ListOptions {
  readonly encoding?: TextEncoding | undefined;
  readonly units?: readonly AdminUnit[] | undefined;
  readonly onAccepted?: (rows: readonly (RegisterRow | PaymentRow)[]) => void | Promise<void>;
  readonly onRejected?: (rows: readonly RejectedRow[]) => void | Promise<void>;
  readonly onHeader?: (
    header: readonly string[],
    columns: readonly UnderstoodColumn[],
  ) => void | Promise<void>;
  readonly onProgress?: (done: number, total: number | undefined) => void;
  readonly keepRejected?: number;
}

/** The first `count` bytes of a file (fewer when it is shorter). */
async function firstBytes(file: string, count: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(count);
    const { bytesRead } = await handle.read(buffer, 0, count, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * The whole records of a file's start: all of them when the start is the whole file, else those before
 * the cut (a quoted cell the cut falls in is left out, not taken for a quote never closed).
 */
function startRecords(text: string): CsvRecord[] {
  const splitter = new CsvSplitter();
  const records = splitter.push(text);
  try {
    return [...records, ...splitter.end()];
  } catch {
    return records;
  }
}

/** A list file read: its kind and report, or why it could not be read at all. */
export type ListFileRead =
  | {
      readonly ok: true;
      readonly kind: ListKindName;
      readonly report: ValidationReport;
      readonly encoding: string;
    }
  | { readonly ok: false; readonly issues: readonly FileIssue[] };

const issue = (file: string, code: string, message: { vi: string; en: string }): FileIssue => ({
  file,
  path: '',
  code,
  message: inBothLanguages(message),
});

/**
 * Reads a register or payment list from a file as an office keeps it: XLSX by its extension or first
 * bytes; CSV streamed, in the encoding its first megabyte tells (`detectEncoding`: UTF-8, UTF-16,
 * Windows-1258, TCVN3, VNI, or a legacy font's letters saved as UTF-8; `encoding` forces one), as every
 * engine reads it. The kind is the caller's or found from the title and header. Never throws for
 * a bad file: a missing path, a folder, a broken workbook or text in no known encoding come back as
 * issues naming the file (and the line).
 */
export async function readListFile(
  file: string,
  kind: ListKindName | undefined,
  options: ListFileOptions,
): Promise<ListFileRead> {
  const info = await stat(file).catch((error: unknown) => error);
  if (info instanceof Error || !(info as { isFile(): boolean }).isFile())
    return {
      ok: false,
      issues: [
        unreadable(
          file,
          info instanceof Error ? info : Object.assign(new Error('EISDIR'), { code: 'EISDIR' }),
        ),
      ],
    };
  const list = { fileName: basename(file), ...options };
  const streamed = (source: TableSource, found: ListKindName, encoding: TextEncoding | undefined) => {
    const common = {
      ...list,
      encoding,
      onAccepted: options.onAccepted ?? (() => {}),
      ...(options.onRejected === undefined ? {} : { onRejected: options.onRejected }),
      ...(options.onHeader === undefined ? {} : { onHeader: options.onHeader }),
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
      ...(options.keepRejected === undefined ? {} : { keepRejected: options.keepRejected }),
    };
    return found === 'register'
      ? streamTable(source, registerListSchema, common as Parameters<typeof streamTable<RegisterRow>>[2])
      : streamTable(source, paymentListSchema, common as Parameters<typeof streamTable<PaymentRow>>[2]);
  };
  try {
    // The first bytes tell a workbook, whatever its name.
    if (isWorkbookPath(file) || looksLikeWorkbook(await firstBytes(file, 8))) {
      const bytes = await readInput(file, 'bytes');
      if (!bytes.ok) return bytes;
      const sheet = sheetRecords(bytes.data);
      const found = kind ?? listKindOfRecords(sheet.records.slice(0, 60), basename(file));
      return { ok: true, kind: found, report: await streamed(file, found, undefined), encoding: 'xlsx' };
    }
    // The encoding told from the file's first megabyte, as every reader of the library tells it.
    const start = await firstBytes(file, encodingWindowBytes + 1);
    const detected = options.encoding === undefined ? detectEncoding(start) : undefined;
    if (detected?.ok === false)
      return {
        ok: false,
        issues: [
          issue(file, 'invalid_utf8', {
            vi: `dòng ${detected.line}: không phải văn bản UTF-8 và không nhận ra bảng mã cũ nào (TCVN3, VNI, Windows-1258); hãy dùng --encoding`,
            en: `line ${detected.line}: not UTF-8 text, and no legacy encoding (TCVN3, VNI, Windows-1258) fits; give --encoding`,
          }),
        ],
      };
    const encoding = options.encoding ?? detected?.encoding ?? 'utf8';
    const head = decodeText(encodingWindow(start), encoding);
    const found =
      kind ??
      listKindOfRecords(
        startRecords(head.ok ? head.text.slice(0, 1 << 16) : '').slice(0, 60),
        basename(file),
      );
    return { ok: true, kind: found, report: await streamed(file, found, encoding), encoding };
  } catch (error) {
    if (error instanceof CsvFormatError)
      return {
        ok: false,
        issues: [
          issue(file, error.code, {
            vi:
              error.code === 'unclosed_quote'
                ? `dòng ${error.line}: dấu ngoặc kép mở ở đây không được đóng, phần còn lại của tệp sẽ thành một ô; hãy sửa tệp`
                : `dòng ${error.line}: bản ghi dài quá 8 MiB; tệp hỏng hoặc không phải CSV`,
            en:
              error.code === 'unclosed_quote'
                ? `line ${error.line}: a quote opened here is never closed, so the rest of the file would be one cell; fix the file`
                : `line ${error.line}: a record longer than 8 MiB; the file is broken or not CSV`,
          }),
        ],
      };
    if (error instanceof TextEncodingError)
      return {
        ok: false,
        issues: [
          issue(file, 'invalid_utf8', {
            vi: `dòng ${error.line}: không phải văn bản UTF-8; hãy dùng --encoding`,
            en: `line ${error.line}: not UTF-8 text; give --encoding`,
          }),
        ],
      };
    if (error instanceof WorkbookError)
      return {
        ok: false,
        issues: [{ file, path: '', code: `workbook_${error.code}`, message: error.message }],
      };
    throw error;
  }
}
