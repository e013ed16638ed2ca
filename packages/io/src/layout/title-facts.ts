import { normalizeText } from '@ansinh/core';
import { fold } from './structure-rows.js';

/** What kind of list a file is, from its title: it decides what a missing column means. */
export type ListKind =
  /** A register of beneficiaries (danh sách đối tượng hưởng trợ cấp). */
  | 'register'
  /** A register-change list (danh sách tăng, giảm, điều chỉnh). */
  | 'register_change'
  /** A payment list paid through accounts (danh sách chi trả qua tài khoản). */
  | 'account_payments'
  /** A payment list paid in cash (danh sách chi trả tiền mặt, through the post office or at home). */
  | 'cash_payments'
  /** A payment result returned by the payer (bảng kê kết quả chi trả). */
  | 'payment_results'
  /** A payment list that does not say how it pays. */
  | 'payments';

/** A place named in a title line, as written, with its type word. */
export interface NamedPlace {
  /** `xa`, `phuong`, `thi_tran`, `dac_khu` for communes; `huyen`, `quan`, `thi_xa`, `thanh_pho` for districts; `tinh`. */
  readonly type: string;
  /** The name as written, NFC, without the type word (`Tây Ninh`, `TÂY NINH`). */
  readonly name: string;
  /** The line it was read from (1-based, as the file numbers it). */
  readonly line: number;
}

/** What the title lines (and the file name) say about a list. */
export interface TitleFacts {
  /** The commune the list is for, when a title line names one (the first named). */
  readonly commune: NamedPlace | undefined;
  /** Every commune the title lines name, in order (a reader may take the first it can resolve). */
  readonly communes: readonly NamedPlace[];
  /** The district or city over it, when named. */
  readonly district: NamedPlace | undefined;
  /** The province, when named. */
  readonly province: NamedPlace | undefined;
  /** The period the list is for, `YYYY-MM`, and where it was read. */
  readonly period:
    | { readonly period: string; readonly from: 'title' | 'file_name'; readonly text: string }
    | undefined;
  /** The list's kind, from its title words. */
  readonly kind: ListKind | undefined;
  /** The title's text (the longest line that says what the list is), for the report. */
  readonly title: string | undefined;
}

const placeTypes: readonly (readonly [RegExp, string, 'commune' | 'district' | 'province'])[] = [
  [/^thi tran\b/u, 'thi_tran', 'commune'],
  [/^tt\.?\s/u, 'thi_tran_short', 'commune'],
  [/^dac khu\b/u, 'dac_khu', 'commune'],
  [/^phuong\b/u, 'phuong', 'commune'],
  [/^xa\b/u, 'xa', 'commune'],
  [/^thi xa\b/u, 'thi_xa', 'district'],
  [/^thanh pho\b/u, 'thanh_pho', 'district'],
  [/^huyen\b/u, 'huyen', 'district'],
  [/^quan\b/u, 'quan', 'district'],
  [/^tinh\b/u, 'tinh', 'province'],
];

const typeWordLength: Readonly<Record<string, number>> = {
  thi_tran: 2,
  thi_tran_short: 1,
  dac_khu: 2,
  phuong: 1,
  xa: 1,
  thi_xa: 2,
  thanh_pho: 2,
  huyen: 1,
  quan: 1,
  tinh: 1,
};

/** Words that end a place name in a title line, lower case with their diacritics ("Nam" starts names). */
const nameStop = new Set([
  'huyện',
  'quận',
  'thị',
  'thành',
  'tỉnh',
  'tháng',
  'năm',
  'kỳ',
  'ngày',
  'độc',
  'cộng',
  'số',
  'theo',
  'kèm',
  'đơn',
  'địa',
  'xã',
  'phường',
]);

/**
 * The places a line names after their type words (`ỦY BAN NHÂN DÂN XÃ TÂY NINH`, `Đơn vị: Xã An Ninh -
 * Huyện Tiền Hải - Tỉnh Thái Bình`, `Tháng 01/2025 - Xã Tây Lương`), in order.
 */
export function placesIn(
  text: string,
  line: number,
): (NamedPlace & { level: 'commune' | 'district' | 'province' })[] {
  // A dash ends a name (`XÃ TÂY NINH - TIỀN HẢI`): it is kept as a word of its own, a stop.
  const words = normalizeText(text)
    .replace(/\s*[–-]\s*/gu, ' - ')
    .split(/[\s,;:()]+/u)
    .filter((w) => w !== '');
  const folded = words.map(fold);
  const found: (NamedPlace & { level: 'commune' | 'district' | 'province' })[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const rest = folded.slice(i, i + 2).join(' ');
    const match = placeTypes.find(([pattern]) => pattern.test(rest));
    if (match === undefined) continue;
    const [, type, level] = match;
    // "Ủy ban nhân dân xã" names a commune; "Chủ tịch xã" or "xã hội" do not start a name.
    if (type === 'xa' && folded[i + 1] === 'hoi') continue;
    const start = i + (typeWordLength[type] ?? 1);
    const name: string[] = [];
    for (let j = start; j < words.length && name.length < 5; j += 1) {
      const word = (words[j] ?? '').toLowerCase();
      // `Thành` and `Thị` start a type word (`thành phố`, `thị xã`, `thị trấn`) or are part of a name
      // (`Cẩm Thành`, `Thị Cầu`).
      const next = (words[j + 1] ?? '').toLowerCase();
      const typeWordStarts =
        word === 'thành' ? next === 'phố' : word === 'thị' ? next === 'xã' || next === 'trấn' : true;
      if ((nameStop.has(word) && typeWordStarts) || /^\d|^\.|^-$/u.test(words[j] ?? '')) break;
      name.push(words[j] ?? '');
    }
    if (name.length === 0) continue;
    found.push({ type: type === 'thi_tran_short' ? 'thi_tran' : type, name: name.join(' '), line, level });
    i = start + name.length - 1;
  }
  return found;
}

/** The period a title line states: `Tháng 01 năm 2025`, `Tháng 1 Năm 2025`, `Tháng 01/2025`, `Kỳ chi trả: 01/2025`. */
export function periodIn(text: string): string | undefined {
  const folded = fold(text);
  // `…, ngày 28 tháng 02 năm 2025` is the date the list was signed, not its period.
  if (/\bngay\s*[\d.…]+\s*thang\b/u.test(folded)) return undefined;
  const match =
    /\bthang\s*(\d{1,2})\s*(?:nam|\/|-|\.)\s*(\d{4})\b/u.exec(folded) ??
    /\bky(?: chi tra)?\s*:?\s*(\d{1,2})\s*[/-]\s*(\d{4})\b/u.exec(folded);
  if (match === null) return undefined;
  const month = Number(match[1]);
  if (month < 1 || month > 12) return undefined;
  return `${match[2]}-${String(month).padStart(2, '0')}`;
}

/** The period a file name states: `…_T01-2025`, `…_202501`, `…-2025-01`, `thang-1-2025`. */
export function periodInFileName(name: string): string | undefined {
  const folded = fold(name);
  const patterns: readonly [RegExp, 'my' | 'ym'][] = [
    [/(?:^|[^a-z\d])(?:t|thang)[-_ .]?(\d{1,2})[-_ .](20\d\d)(?!\d)/u, 'my'],
    [/(?<!\d)(20\d\d)[-_ .]?(0[1-9]|1[0-2])(?!\d)/u, 'ym'],
  ];
  for (const [pattern, order] of patterns) {
    const match = pattern.exec(folded);
    if (match === null) continue;
    const [month, year] = order === 'my' ? [Number(match[1]), match[2]] : [Number(match[2]), match[1]];
    if (month >= 1 && month <= 12) return `${year}-${String(month).padStart(2, '0')}`;
  }
  return undefined;
}

/** The kind of list a title names. */
export function listKindOf(title: string): ListKind | undefined {
  const t = fold(title);
  if (/ket qua chi tra/u.test(t)) return 'payment_results';
  if (/\b(tang|giam)\b.*\b(giam|tang|dieu chinh)\b|dieu chinh tro cap/u.test(t)) return 'register_change';
  if (/qua tai khoan|chuyen khoan/u.test(t)) return 'account_payments';
  if (/tien mat|buu dien|tai nha/u.test(t)) return 'cash_payments';
  if (/danh sach chi tra|bang ke chi tra/u.test(t)) return 'payments';
  if (/danh sach (doi tuong|nguoi)|ho so duoc duyet|danh sach huong/u.test(t)) return 'register';
  return undefined;
}

/**
 * What the lines above the header and the file name say: the first commune, district and province named
 * (a banner names the district, then the commune under it), the period (title first, then the file name)
 * and the list's kind.
 */
export function titleFacts(
  lines: readonly { readonly line: number; readonly fields: readonly string[] }[],
  fileName?: string,
): TitleFacts {
  const communes: NamedPlace[] = [];
  let district: NamedPlace | undefined;
  let province: NamedPlace | undefined;
  let period: TitleFacts['period'];
  let kind: ListKind | undefined;
  let title: string | undefined;
  let titleNamed = false;
  for (const record of lines) {
    for (const cell of record.fields) {
      if (cell.trim() === '') continue;
      for (const place of placesIn(cell, record.line)) {
        const { level, ...named } = place;
        if (level === 'commune') communes.push(named);
        else if (level === 'district') district ??= named;
        else province ??= named;
      }
      const stated = periodIn(cell);
      if (stated !== undefined && period === undefined)
        period = { period: stated, from: 'title', text: cell.trim() };
      // The list's name (DANH SÁCH…, BẢNG KÊ…) says what it is before a banner does (BƯU ĐIỆN…).
      const kindHere = listKindOf(cell);
      const named = /^(danh sach|bang ke|bang tong hop|ho so)/u.test(fold(cell));
      if (kindHere !== undefined && (kind === undefined || (named && !titleNamed))) {
        kind = kindHere;
        title = normalizeText(cell);
        titleNamed = named;
      }
    }
  }
  if (period === undefined && fileName !== undefined) {
    const stated = periodInFileName(fileName);
    if (stated !== undefined) period = { period: stated, from: 'file_name', text: fileName };
  }
  return { commune: communes[0], communes, district, province, period, kind, title };
}
