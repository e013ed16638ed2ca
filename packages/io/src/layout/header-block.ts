import { normalizeText } from '@ansinh/core';
import type { CsvRecord } from '../csv/csv-splitter.js';
import { fold, isColumnNumbers, structureOf } from './structure-rows.js';

/** A column as its header names it, over one to three header rows. */
export interface HeaderColumn {
  /** 0-based index of the column. */
  readonly index: number;
  /**
   * The header as read, its rows joined with ` / ` (`Ngày, tháng, năm sinh / Nữ`, `Chưa trả tháng
   * trước / Số tiền`), NFC, single spaces; `''` for a column without a header.
   */
  readonly name: string;
  /** A field code written under the header by a system export (`MaDoiTuong`), when there is one. */
  readonly code: string | undefined;
}

/** Where the header is and the columns it names. */
export interface HeaderBlock {
  /** Index of the first header record, and of the record after the last. */
  readonly from: number;
  readonly to: number;
  readonly columns: readonly HeaderColumn[];
}

/** Records looked at for the header: banners, titles and notes above it rarely take more than a dozen. */
export const headerWindow = 40;

/** Words of column headers in office lists, folded. */
const headerWords =
  /\b(stt|tt|so tt|ho va ten|ho ten|ten|nam sinh|ngay sinh|sinh|gioi tinh|cccd|dinh danh|cmnd|can cuoc|tai khoan|stk|ngan hang|chi nhanh|thon|xom|to dan pho|dia chi|doi tuong|dien|he so|muc|so tien|thanh tien|tro cap|phu cap|truy linh|ghi chu|ky nhan|ky|ma|ngay|thoi diem|ly do|trang thai|hinh thuc|nguoi nhan|quan he|ky chi tra|noi dung|so so|so quyet dinh|ty le|don vi|tong so)\b/u;

const numberLike = /^[\d.,/\s:%-]+$/u;

/** A cell that reads as a header: not a number or a date, not a sentence, with a header word. */
function headerish(cell: string): boolean {
  const text = cell.trim();
  if (text === '' || text.length > 80 || numberLike.test(text)) return false;
  return headerWords.test(fold(text.replace(/\([^)]*\)/gu, ' ')));
}

/** A field code of a system export: one word of ASCII letters and digits (`MaDoiTuong`, `HO_TEN`). */
const fieldCode = /^[A-Za-z][A-Za-z0-9_]{1,40}$/u;

const filled = (fields: readonly string[]) => fields.filter((f) => f.trim() !== '').length;

/**
 * The first record of the first `headerWindow` that reads as a header: two cells the reader knows
 * (`isKnown`: a header spelling of its schema), or at least three cells, three in five of the filled
 * ones, that have header words and are not numbers. -1 when none does.
 */
export function findHeaderRecord(records: readonly CsvRecord[], isKnown: (text: string) => boolean): number {
  return records.slice(0, headerWindow).findIndex((record) => {
    const cells = record.fields.filter((f) => f.trim() !== '');
    if (cells.length < 2) return false;
    const known = cells.filter((c) => isKnown(c)).length;
    const looks = cells.filter((c) => headerish(c) || isKnown(c)).length;
    return known >= 2 || (looks >= 3 && looks * 5 >= cells.length * 3);
  });
}

/**
 * Whether `below` continues the header `above`: sub-headers under a merged parent (a filled cell under an
 * empty header cell, or under one whose right neighbour is empty, as a merged cell exports), or a row of
 * field codes. Never a row of numbers, a structure row or a data row.
 */
function continuesHeader(above: readonly string[], below: readonly string[]): 'sub' | 'codes' | undefined {
  const cells = below.map((c) => c.trim());
  const count = filled(cells);
  if (count === 0 || isColumnNumbers(cells)) return undefined;
  if (cells.some((c) => c !== '' && numberLike.test(c))) return undefined;
  const headed = above.filter((c) => c.trim() !== '').length;
  if (count * 5 >= headed * 3 && cells.every((c) => c === '' || fieldCode.test(c))) return 'codes';
  if (structureOf(cells) !== undefined) return undefined;
  const underSpan = cells.some((c, i) => {
    if (c === '') return false;
    const parent = (above[i] ?? '').trim();
    return parent === '' || (above[i + 1] ?? '').trim() === '' || (above[i - 1] ?? '').trim() === '';
  });
  return underSpan && cells.every((c) => c === '' || c.length <= 60) ? 'sub' : undefined;
}

/**
 * The header block starting at `start`: the header record and up to two rows continuing it, with each
 * column's name from its rows (a parent cell spans the empty cells to its right that have sub-headers
 * under them).
 */
export function headerBlock(records: readonly CsvRecord[], start: number): HeaderBlock {
  const rows: (readonly string[])[] = [records[start]?.fields ?? []];
  let codes: readonly string[] | undefined;
  let to = start + 1;
  while (to < records.length && to <= start + 2) {
    const next = records[to]?.fields ?? [];
    const kind = continuesHeader(rows.at(-1) ?? [], next);
    if (kind === undefined) break;
    if (kind === 'codes') codes = next;
    else rows.push(next);
    to += 1;
    if (kind === 'codes') break;
  }
  const width = Math.max(...rows.map((r) => r.length), codes?.length ?? 0);
  const columns: HeaderColumn[] = [];
  for (let c = 0; c < width; c += 1) {
    const parts: string[] = [];
    rows.forEach((row, r) => {
      const own = (row[c] ?? '').trim();
      if (own !== '') {
        parts.push(normalizeText(own));
        return;
      }
      // An empty cell of a parent row takes the nearest filled cell to its left when the row below has a
      // sub-header here: Excel exports a merged cell as its text then empty cells.
      const below = rows[r + 1];
      if (below === undefined || (below[c] ?? '').trim() === '') return;
      for (let k = c - 1; k >= 0; k -= 1) {
        const left = (row[k] ?? '').trim();
        if (left === '') continue;
        if ((below[k] ?? '').trim() !== '') parts.push(normalizeText(left));
        break;
      }
    });
    const code = (codes?.[c] ?? '').trim();
    columns.push({ index: c, name: parts.join(' / '), code: code === '' ? undefined : code });
  }
  return { from: start, to, columns };
}
