import type { AdminUnitType } from '../models/admin-unit.js';
import { foldDiacritics } from './fold-diacritics.js';

/** A province-level unit (tỉnh, thành phố trực thuộc trung ương) and the names texts call it by. */
export interface ProvinceName {
  /** GSO code. Codes were reassigned in the 2025 reform (Tây Ninh was 72, is 80 from 1 July 2025). */
  readonly code: string;
  readonly name: string;
  readonly type: Extract<AdminUnitType, 'tinh' | 'thanh_pho_tw'>;
  /** `old`: the 63 units valid until 30 June 2025; `new`: the 34 valid from 1 July 2025. */
  readonly era: 'old' | 'new';
  /** Other spellings: English and unaccented forms, abbreviations (`Hanoi`, `TPHCM`, `HCMC`). */
  readonly aliases: readonly string[];
}

/**
 * Province-level units before and after the 2025 reform: codes and names from the statistics office's
 * lists (NSO/GSO), as gathered in shared/reference/admin-2025/crosswalk-2025.csv (see its PROVENANCE.md).
 */
const table: readonly (readonly [string, string, ProvinceName['type'], ProvinceName['era']])[] = [
  ['01', 'Hà Nội', 'thanh_pho_tw', 'old'],
  ['02', 'Hà Giang', 'tinh', 'old'],
  ['04', 'Cao Bằng', 'tinh', 'old'],
  ['06', 'Bắc Kạn', 'tinh', 'old'],
  ['08', 'Tuyên Quang', 'tinh', 'old'],
  ['10', 'Lào Cai', 'tinh', 'old'],
  ['11', 'Điện Biên', 'tinh', 'old'],
  ['12', 'Lai Châu', 'tinh', 'old'],
  ['14', 'Sơn La', 'tinh', 'old'],
  ['15', 'Yên Bái', 'tinh', 'old'],
  ['17', 'Hoà Bình', 'tinh', 'old'],
  ['19', 'Thái Nguyên', 'tinh', 'old'],
  ['20', 'Lạng Sơn', 'tinh', 'old'],
  ['22', 'Quảng Ninh', 'tinh', 'old'],
  ['24', 'Bắc Giang', 'tinh', 'old'],
  ['25', 'Phú Thọ', 'tinh', 'old'],
  ['26', 'Vĩnh Phúc', 'tinh', 'old'],
  ['27', 'Bắc Ninh', 'tinh', 'old'],
  ['30', 'Hải Dương', 'tinh', 'old'],
  ['31', 'Hải Phòng', 'thanh_pho_tw', 'old'],
  ['33', 'Hưng Yên', 'tinh', 'old'],
  ['34', 'Thái Bình', 'tinh', 'old'],
  ['35', 'Hà Nam', 'tinh', 'old'],
  ['36', 'Nam Định', 'tinh', 'old'],
  ['37', 'Ninh Bình', 'tinh', 'old'],
  ['38', 'Thanh Hóa', 'tinh', 'old'],
  ['40', 'Nghệ An', 'tinh', 'old'],
  ['42', 'Hà Tĩnh', 'tinh', 'old'],
  ['44', 'Quảng Bình', 'tinh', 'old'],
  ['45', 'Quảng Trị', 'tinh', 'old'],
  ['46', 'Huế', 'thanh_pho_tw', 'old'],
  ['48', 'Đà Nẵng', 'thanh_pho_tw', 'old'],
  ['49', 'Quảng Nam', 'tinh', 'old'],
  ['51', 'Quảng Ngãi', 'tinh', 'old'],
  ['52', 'Bình Định', 'tinh', 'old'],
  ['54', 'Phú Yên', 'tinh', 'old'],
  ['56', 'Khánh Hòa', 'tinh', 'old'],
  ['58', 'Ninh Thuận', 'tinh', 'old'],
  ['60', 'Bình Thuận', 'tinh', 'old'],
  ['62', 'Kon Tum', 'tinh', 'old'],
  ['64', 'Gia Lai', 'tinh', 'old'],
  ['66', 'Đắk Lắk', 'tinh', 'old'],
  ['67', 'Đắk Nông', 'tinh', 'old'],
  ['68', 'Lâm Đồng', 'tinh', 'old'],
  ['70', 'Bình Phước', 'tinh', 'old'],
  ['72', 'Tây Ninh', 'tinh', 'old'],
  ['74', 'Bình Dương', 'tinh', 'old'],
  ['75', 'Đồng Nai', 'tinh', 'old'],
  ['77', 'Bà Rịa - Vũng Tàu', 'tinh', 'old'],
  ['79', 'Hồ Chí Minh', 'thanh_pho_tw', 'old'],
  ['80', 'Long An', 'tinh', 'old'],
  ['82', 'Tiền Giang', 'tinh', 'old'],
  ['83', 'Bến Tre', 'tinh', 'old'],
  ['84', 'Trà Vinh', 'tinh', 'old'],
  ['86', 'Vĩnh Long', 'tinh', 'old'],
  ['87', 'Đồng Tháp', 'tinh', 'old'],
  ['89', 'An Giang', 'tinh', 'old'],
  ['91', 'Kiên Giang', 'tinh', 'old'],
  ['92', 'Cần Thơ', 'thanh_pho_tw', 'old'],
  ['93', 'Hậu Giang', 'tinh', 'old'],
  ['94', 'Sóc Trăng', 'tinh', 'old'],
  ['95', 'Bạc Liêu', 'tinh', 'old'],
  ['96', 'Cà Mau', 'tinh', 'old'],
  ['01', 'Hà Nội', 'thanh_pho_tw', 'new'],
  ['04', 'Cao Bằng', 'tinh', 'new'],
  ['08', 'Tuyên Quang', 'tinh', 'new'],
  ['11', 'Điện Biên', 'tinh', 'new'],
  ['12', 'Lai Châu', 'tinh', 'new'],
  ['14', 'Sơn La', 'tinh', 'new'],
  ['15', 'Lào Cai', 'tinh', 'new'],
  ['19', 'Thái Nguyên', 'tinh', 'new'],
  ['20', 'Lạng Sơn', 'tinh', 'new'],
  ['22', 'Quảng Ninh', 'tinh', 'new'],
  ['24', 'Bắc Ninh', 'tinh', 'new'],
  ['25', 'Phú Thọ', 'tinh', 'new'],
  ['31', 'Hải Phòng', 'thanh_pho_tw', 'new'],
  ['33', 'Hưng Yên', 'tinh', 'new'],
  ['37', 'Ninh Bình', 'tinh', 'new'],
  ['38', 'Thanh Hóa', 'tinh', 'new'],
  ['40', 'Nghệ An', 'tinh', 'new'],
  ['42', 'Hà Tĩnh', 'tinh', 'new'],
  ['44', 'Quảng Trị', 'tinh', 'new'],
  ['46', 'Huế', 'thanh_pho_tw', 'new'],
  ['48', 'Đà Nẵng', 'thanh_pho_tw', 'new'],
  ['51', 'Quảng Ngãi', 'tinh', 'new'],
  ['52', 'Gia Lai', 'tinh', 'new'],
  ['56', 'Khánh Hòa', 'tinh', 'new'],
  ['66', 'Đắk Lắk', 'tinh', 'new'],
  ['68', 'Lâm Đồng', 'tinh', 'new'],
  ['75', 'Đồng Nai', 'tinh', 'new'],
  ['79', 'Hồ Chí Minh', 'thanh_pho_tw', 'new'],
  ['80', 'Tây Ninh', 'tinh', 'new'],
  ['82', 'Đồng Tháp', 'tinh', 'new'],
  ['86', 'Vĩnh Long', 'tinh', 'new'],
  ['91', 'An Giang', 'tinh', 'new'],
  ['92', 'Cần Thơ', 'thanh_pho_tw', 'new'],
  ['96', 'Cà Mau', 'tinh', 'new'],
];

/** Spellings texts use besides the name itself (its unaccented form is matched anyway). */
const extraAliases: Readonly<Record<string, readonly string[]>> = {
  'Hà Nội': ['Hanoi', 'Ha Noi', 'TP Hà Nội', 'Thủ đô Hà Nội'],
  'Hồ Chí Minh': [
    'TPHCM',
    'TP.HCM',
    'TP. HCM',
    'TP HCM',
    'Tp.HCM',
    'TP. Hồ Chí Minh',
    'TP.Hồ Chí Minh',
    'TP Hồ Chí Minh',
    'HCM City',
    'HCMC',
    'Ho Chi Minh City',
    'Sài Gòn',
    'Saigon',
  ],
  Huế: ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Thừa Thiên-Huế', 'Hue'],
  'Bà Rịa - Vũng Tàu': ['Bà Rịa-Vũng Tàu', 'Bà Rịa – Vũng Tàu', 'BR-VT'],
  'Đà Nẵng': ['Danang', 'Da Nang'],
  'Hải Phòng': ['Haiphong'],
  'Cần Thơ': ['Cantho'],
  'Đắk Lắk': ['Dak Lak', 'Daklak', 'Đắc Lắc'],
  'Đắk Nông': ['Dak Nong', 'Daknong'],
};

/** Every province-level unit, old and new, with its aliases. */
export const provinceNames: readonly ProvinceName[] = table.map(([code, name, type, era]) => ({
  code,
  name,
  type,
  era,
  aliases: extraAliases[name] ?? [],
}));

/**
 * The province-level units a name can mean (`Quảng Nam`, `Quang Nam`, `Hanoi`, `TPHCM`), matched without
 * diacritics, case or spaces; old units first. Empty when none.
 *
 * @example provincesNamed('Hanoi').map((p) => p.code); // => ['01', '01']
 */
export function provincesNamed(name: string): ProvinceName[] {
  return [...(byKey().get(provinceKey(name)) ?? [])];
}

let index: Map<string, ProvinceName[]> | undefined;

/** Province-level units by every key they are known by, built on first use (a pure cache of a constant). */
function byKey(): Map<string, ProvinceName[]> {
  if (index !== undefined) return index;
  const built = new Map<string, ProvinceName[]>();
  for (const province of provinceNames) {
    for (const key of new Set([province.name, ...province.aliases].map(provinceKey))) {
      built.set(key, [...(built.get(key) ?? []), province]);
    }
  }
  index = built;
  return built;
}

/** A name folded for matching: no diacritics, case, spaces, dots or dashes (`TP.HCM` → `tphcm`). */
export function provinceKey(name: string): string {
  return foldDiacritics(name).replace(/[\s.\-–]+/gu, '');
}
