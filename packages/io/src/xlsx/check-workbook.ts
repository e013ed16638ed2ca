import { inflateRawSync } from 'node:zlib';

/** What is wrong with bytes that were to be an XLSX workbook. */
export type WorkbookProblem =
  /** Not a ZIP file at all. */
  | 'not_zip'
  /** An OLE2 container: a workbook with a password (encrypted), or an old `.xls`. */
  | 'encrypted_or_xls'
  /** A ZIP cut short or damaged: its directory or a part cannot be read. */
  | 'corrupt'
  /** Parts that inflate beyond `maxInflatedBytes` (a ZIP bomb), or beyond what they declare. */
  | 'too_large'
  /** A cell beyond the columns any list has (`maxColumns`), or a sheet of more cells than `maxCells`. */
  | 'too_wide';

/**
 * Whether a file's first bytes are a ZIP (an XLSX workbook, whatever its name) or an OLE2 container (an
 * encrypted workbook or an old `.xls`).
 */
export function looksLikeWorkbook(head: Uint8Array): boolean {
  const zip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  const ole = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  return zip || ole;
}

/** Bytes a workbook may inflate to, all parts together: 256 MiB. */
export const maxInflatedBytes = 256 * 2 ** 20;

/** Columns a list may have: a cell beyond them is refused (a far cell such as XFD1048576). */
export const maxColumns = 1_000;

/** A workbook that cannot be read safely, with why (and, for a far cell, where). */
export class WorkbookError extends Error {
  /** The file, when the reader knows it. */
  file: string | undefined;
  constructor(
    readonly code: WorkbookProblem,
    readonly detail: string = '',
  ) {
    super(
      {
        not_zip: 'không phải tệp XLSX (không phải tệp ZIP) / not an XLSX workbook (not a ZIP file)',
        encrypted_or_xls:
          'tệp Excel có mật khẩu hoặc định dạng .xls cũ: hãy lưu lại thành .xlsx không mật khẩu / a workbook with a password, or an old .xls: save it as .xlsx without a password',
        corrupt: 'tệp Excel bị hỏng hoặc không trọn vẹn / the workbook is damaged or cut short',
        too_large:
          'tệp Excel giải nén ra quá 256 MiB (bom ZIP, hoặc không phải danh sách) / the workbook inflates to more than 256 MiB (a ZIP bomb, or not a list)',
        too_wide: `có ô nằm ngoài cột ${maxColumns}${detail === '' ? '' : ` (${detail})`}: không danh sách nào rộng vậy / a cell lies beyond column ${maxColumns}: no list is that wide`,
      }[code],
    );
    this.name = 'WorkbookError';
  }
}

/**
 * Checks that bytes are a ZIP whose parts can be inflated within `maxInflatedBytes` before a spreadsheet
 * library opens them: the central directory is read, every part inflated with a cap on its output (a
 * part that inflates beyond the budget, or beyond the size it declares, is a bomb). Throws
 * `WorkbookError` naming what is wrong. O(inflated bytes), stopped at the budget.
 */
export function checkWorkbook(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  if (bytes.length >= 8 && u32(0) === 0xe011cfd0 && u32(4) === 0xe11ab1a1)
    throw new WorkbookError('encrypted_or_xls');
  if (bytes.length < 22 || u32(0) !== 0x04034b50) throw new WorkbookError('not_zip');
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at -= 1) {
    if (u32(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new WorkbookError('corrupt');
  const entries = u16(end + 10);
  let at = u32(end + 16);
  let budget = maxInflatedBytes;
  for (let k = 0; k < entries; k += 1) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) throw new WorkbookError('corrupt');
    const method = u16(at + 10);
    const packed = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const local = u32(at + 42);
    if (packed === 0xffffffff || size === 0xffffffff || size > budget) throw new WorkbookError('too_large');
    if (local + 30 > bytes.length || u32(local) !== 0x04034b50) throw new WorkbookError('corrupt');
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start + packed > bytes.length) throw new WorkbookError('corrupt');
    if (method === 8) {
      let inflated: Buffer;
      try {
        inflated = inflateRawSync(bytes.subarray(start, start + packed), {
          maxOutputLength: Math.min(budget, size + 1),
        });
      } catch (error) {
        throw new WorkbookError(
          (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too_large' : 'corrupt',
        );
      }
      if (inflated.length > size) throw new WorkbookError('too_large');
      budget -= inflated.length;
    } else if (method === 0) budget -= packed;
    else throw new WorkbookError('corrupt');
    at += 46 + nameLength + extraLength + commentLength;
  }
}
