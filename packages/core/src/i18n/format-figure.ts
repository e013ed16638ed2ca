import { type AdminUnitType, adminUnitTypeWords } from '../models/admin-unit.js';
import type { FigurePeriod, Locality } from '../models/published-figure.js';
import type { Language } from './language.js';

const englishTypeWords: Readonly<Record<AdminUnitType, string>> = {
  tinh: 'province',
  thanh_pho_tw: 'city',
  huyen: 'district',
  quan: 'urban district',
  thi_xa: 'town',
  thanh_pho: 'city',
  xa: 'commune',
  phuong: 'ward',
  thi_tran: 'township',
  dac_khu: 'special zone',
};

/**
 * A locality as a reader names it: `huyện Tiền Hải` in Vietnamese, `Tiền Hải district` in English;
 * `toàn quốc` / `national` for the whole country; a name several units hold, with how many; the covered
 * part, if any, in brackets.
 *
 * @example formatLocality({ name: 'Tây Lương', level: 'commune', type: 'xa' }, 'en'); // => 'Tây Lương commune'
 */
export function formatLocality(
  locality: Pick<Locality, 'name' | 'type' | 'level'> & {
    readonly part?: string | undefined;
    readonly candidates?: readonly string[] | undefined;
  },
  language: Language = 'vi',
): string {
  const place =
    locality.type === undefined
      ? locality.level === 'national'
        ? language === 'vi'
          ? 'toàn quốc'
          : 'national'
        : locality.name
      : language === 'vi'
        ? `${adminUnitTypeWords[locality.type]} ${locality.name}`
        : `${locality.name} ${englishTypeWords[locality.type]}`;
  const shared =
    locality.candidates === undefined
      ? place
      : language === 'vi'
        ? `${place} (tên của ${locality.candidates.length} đơn vị, chưa rõ đơn vị nào)`
        : `${place} (a name of ${locality.candidates.length} units, which one not said)`;
  return locality.part === undefined ? shared : `${shared} (${locality.part})`;
}

/**
 * The period a figure holds for: `tháng 1/2025` / `1/2025`, `đến 31/12/2024` / `as of 2024-12-31`,
 * `năm 2024` / `2024`, `lúc đăng bài` / `at publication`, `từ 01/01/2023 đến 22/06/2023` / `2023-01-01 to
 * 2023-06-22`; words that name no date (`mỗi tháng`) as stated.
 *
 * @example formatFigurePeriod({ kind: 'month', month: '2025-01', asStated: 'tháng 1/2025' }, 'vi'); // => 'tháng 1/2025'
 */
export function formatFigurePeriod(period: FigurePeriod, language: Language = 'vi'): string {
  switch (period.kind) {
    case 'month': {
      const [year, month] = period.month.split('-');
      const short = `${Number(month)}/${year}`;
      return language === 'vi' ? `tháng ${short}` : short;
    }
    case 'as_of': {
      const [year, month, day] = period.date.split('-');
      return language === 'vi' ? `đến ${day}/${month}/${year}` : `as of ${period.date}`;
    }
    case 'year':
      return language === 'vi' ? `năm ${period.year}` : String(period.year);
    case 'at_publication':
      return language === 'vi' ? 'lúc đăng bài' : 'at publication';
    case 'between': {
      const day = (iso: string) => iso.split('-').reverse().join('/');
      return language === 'vi'
        ? `từ ${day(period.from)} đến ${day(period.to)}`
        : `${period.from} to ${period.to}`;
    }
    case 'stated':
      return period.asStated;
  }
}
