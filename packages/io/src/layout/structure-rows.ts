import { foldDiacritics, normalizeText, type StructureName } from '@ansinh/core';

/**
 * What a row of an office list is when it is not a person (title, header, column numbers, blank, group,
 * village, section, subtotal, total, amount in words, signature): `StructureName` of @ansinh/core, where the
 * messages name each kind, defined there once.
 */
export type StructureKind = StructureName;

/** The change type a section of a register-change list (danh sách tăng, giảm, điều chỉnh) gives. */
export type ChangeType = 'added' | 'stopped' | 'adjusted';

/** Folded cell text: NFC, no diacritics, lower case, single spaces. */
export const fold = (text: string): string => foldDiacritics(normalizeText(text)).trim();

/** The filled cells, each cut to 300 characters: a heading or a total is never longer. */
const nonEmpty = (cells: readonly string[]) =>
  cells.map((c) => (c.length > 300 ? c.slice(0, 300) : c).trim()).filter((c) => c !== '');

/** A row number as offices write it in the STT column: `1`, `12`, `1.`. */
const rowNumber = /^\d{1,6}\.?$/u;

const villageWords =
  /^(thon|xom|to dan pho|tdp|to|ap|ban|khu pho|kp|khu|doi|lang|bon|buon|khom|cum|phum|soc|khu dan cu|kdc)\s+\S/u;
const roman = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv)\s*[.)/-]?\s+\S/u;
const letterSection = /^[a-h]\s*[.)/-]\s*\S/u;
// Totals by their words with diacritics: "Cộng" and "Tổng" are no one's name, "Công" is. Folded, only
// the whole cell "tong cong" is safe.
const totalWords = /^(tổng cộng|tổng số|tổng|cộng chung|cộng)(\s|:|\(|$)/u;
const subtotalWords =
  /^cộng\s+(\(?(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|[a-h])\)?|thôn|xóm|tổ|tdp|nhóm|diện|mục|phần|khu|ấp|bản)(\s|\.|:|$)/u;
const inWords = /bang chu/u;
const signatureWords =
  /^(nguoi lap( bieu)?|ke toan( truong)?|thu quy|chu tich|pho chu tich|truong phong|pho truong phong|giam doc|pho giam doc|thu truong( don vi)?|nhan vien chi tra|dai dien|can bo|cong chuc|tm\.?\s|kt\.?\s|xac nhan|nguoi nhan|nguoi chi|\(ky)/u;
const placeAndDate = /ngay\s*[.…\d\s]*thang\s*[.…\d\s]*nam/u;

/**
 * The change type of a section heading of a register-change list, from its words: tăng (added), giảm or
 * thôi hưởng (stopped), điều chỉnh (adjusted).
 */
export function changeTypeOf(text: string): ChangeType | undefined {
  const folded = fold(text);
  if (/\b(giam|thoi huong|cat giam|dung huong)\b/u.test(folded)) return 'stopped';
  if (/\bdieu chinh\b/u.test(folded)) return 'adjusted';
  if (/\btang\b/u.test(folded)) return 'added';
  return undefined;
}

/**
 * The label a structure row carries (`II. NGƯỜI CAO TUỔI`, `Thôn 1`): its cells joined, prefixes kept,
 * NFC, single spaces.
 */
export const labelOf = (cells: readonly string[]): string => normalizeText(nonEmpty(cells).join(' '));

/** True when the row numbers the columns: `1 2 3 …` or `(1) (2) …` in order, or `A B C …`. */
export function isColumnNumbers(cells: readonly string[]): boolean {
  const filled = nonEmpty(cells);
  if (filled.length < 3) return false;
  const numbers = filled.map((c) => /^\(?(\d{1,2})\)?$/u.exec(c)?.[1]);
  if (numbers.every((n) => n !== undefined)) {
    const values = numbers.map(Number);
    return values.every((v, i) => i === 0 || v > (values[i - 1] ?? 0));
  }
  return filled.every((c, i) => /^\(?[A-Z]\)?$/u.test(c) && (i === 0 || c > (filled[i - 1] ?? '')));
}

/**
 * What a row between or after the data is, from its text alone, or `undefined` for a row that may be a
 * person. A row whose first cell is a row number (STT) is never structure: people are numbered, totals
 * and headings are not.
 */
export function structureOf(cells: readonly string[]): StructureKind | undefined {
  const filled = nonEmpty(cells);
  if (filled.length === 0) return 'blank';
  // The row number may sit in the second cell, after an empty margin column.
  const numberCell = (cells[0] ?? '').trim() === '' ? (cells[1] ?? '') : (cells[0] ?? '');
  if (rowNumber.test(numberCell.trim())) return undefined;
  const texts = filled.map(fold);
  const first = texts[0] ?? '';
  const joined = texts.join(' ');
  if (texts.some((t) => inWords.test(t))) return 'in_words';
  const leading = filled.slice(0, 3).map((c) => normalizeText(c).toLowerCase());
  if (leading.some((t) => subtotalWords.test(t))) return 'subtotal';
  if (leading.some((t) => totalWords.test(t)) || texts.slice(0, 3).includes('tong cong')) return 'total';
  if (texts.some((t) => placeAndDate.test(t)) || texts.every((t) => signatureWords.test(t)))
    return 'signature';
  // Headings have their text in one or two cells (a Roman numeral may sit in the STT cell).
  if (filled.length <= 2) {
    if (letterSection.test(joined) && changeTypeOf(joined) !== undefined) return 'section';
    if (roman.test(joined) || /^(i|ii|iii|iv|v|vi|vii|viii|ix|x)$/u.test(first)) return 'group';
    if (villageWords.test(joined)) return 'village';
    if (letterSection.test(joined)) return 'group';
  }
  return undefined;
}
