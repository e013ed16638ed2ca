import type { Language } from '../i18n/language.js';
import type { AdminLevel, AdminUnit, AdminUnitType } from '../models/admin-unit.js';
import { adminUnitTypeWords } from '../models/admin-unit.js';
import { createUnitIndex, type UnitIndex } from '../units/unit-index.js';
import { findUnitsByName } from '../vietnamese/find-units-by-name.js';
import { foldDiacritics } from '../vietnamese/fold-diacritics.js';
import { provinceKey, provinceNames, provincesNamed } from '../vietnamese/province-names.js';
import { spanOf, type TextSpan } from './text-span.js';

/** How a text names a place. */
export type LocalityRole =
  /** by its name: `xã Tây Lương`, `Binh Xuyen district`, `Hanoi`, `Quảng Nam` */
  | 'named'
  /** by reference to one named before: `toàn tỉnh`, `trên địa bàn huyện`, `the district` */
  | 'context'
  /** the whole country: `cả nước`, `toàn quốc`, `nationwide`, a ministry reporting */
  | 'national'
  /** a part of a place: `một số huyện`, `some districts in Hanoi`, `khu vực đô thị` */
  | 'part';

/** A place named in a text. */
export interface LocalityMention extends TextSpan {
  /** The name without its type word (`Tây Lương`), or the canonical name of a province named by an alias. */
  readonly name: string;
  readonly type: AdminUnitType | undefined;
  readonly level: AdminLevel | 'national';
  readonly code: string | undefined;
  readonly role: LocalityRole;
  /** A name several units hold, not resolved: the code of every unit it may be. */
  readonly candidates?: readonly string[];
  /** For a part: the part as written (`some districts`, `khu vực đô thị`). */
  readonly part?: string;
  /** For a reference (`toàn tỉnh`): the level of the place it refers to, or `any` (`trên địa bàn`). */
  readonly refersTo?: AdminLevel | 'any';
  /** True when the mention only says where the place before it lies: `xã Quế Minh (huyện Quế Sơn)`, `Dien Nguyen Commune, Dien Chau District`, `… tại TP.Hội An`. */
  readonly parentOfPrevious?: boolean;
  /**
   * A place named only in passing, never what a figure is about: an example (`such as Dong Ha city`), a
   * unit merged away or gone at the text's date (`sau hợp nhất tỉnh Hưng Yên và tỉnh Thái Bình`, `the former
   * Binh Thuan area`, Thái Bình after 1 July 2025).
   */
  readonly aside?: 'example' | 'merged' | 'defunct';
}

/** A mention that only locates another place or names one in passing: never what a figure is about. */
export function inPassing(mention: LocalityMention): boolean {
  return mention.parentOfPrevious === true || mention.aside !== undefined;
}

const levelOfType: Readonly<Record<AdminUnitType, AdminLevel>> = {
  tinh: 'province',
  thanh_pho_tw: 'province',
  huyen: 'district',
  quan: 'district',
  thi_xa: 'district',
  thanh_pho: 'district',
  xa: 'commune',
  phuong: 'commune',
  thi_tran: 'commune',
  dac_khu: 'commune',
};

const vietnameseTypeWords: Readonly<Record<string, AdminUnitType>> = {
  tỉnh: 'tinh',
  'thành phố': 'thanh_pho',
  tp: 'thanh_pho',
  'tp.': 'thanh_pho',
  tx: 'thi_xa',
  'tx.': 'thi_xa',
  huyện: 'huyen',
  'huyện đảo': 'huyen',
  quận: 'quan',
  'thị xã': 'thi_xa',
  xã: 'xa',
  phường: 'phuong',
  'thị trấn': 'thi_tran',
  'đặc khu': 'dac_khu',
};

const englishTypeWords: Readonly<Record<string, AdminUnitType>> = {
  province: 'tinh',
  city: 'thanh_pho',
  district: 'huyen',
  town: 'thi_tran',
  township: 'thi_tran',
  commune: 'xa',
  ward: 'phuong',
  'special zone': 'dac_khu',
};

const vietnameseNameWord = '(?:[\\p{Lu}][\\p{Ll}\\p{M}]*(?![\\p{L}])|\\d{1,2}(?![\\d.,/%]))';
const typeWordAlternatives = Object.keys(vietnameseTypeWords)
  .sort((a, b) => b.length - a.length)
  .flatMap((word) => {
    const escaped = word.replace('.', '\\.');
    return [escaped, `${escaped[0]?.toUpperCase() ?? ''}${escaped.slice(1)}`, escaped.toUpperCase()];
  });
/** `xã Tây Lương`, `Huyện Tiền Hải`, `huyện vùng biên Mường Lát`, `TP.Hội An`, `thành phố Điện Biên Phủ`, `Bà Rịa - Vũng Tàu`, `quận 1`. */
const vietnameseMention = new RegExp(
  `(?<![\\p{L}])(${typeWordAlternatives.join('|')})\\s*(?:(?:vùng\\s+(?:biên|cao|sâu|xa)|miền\\s+núi|biên\\s+giới|vùng\\s+biên\\s+giới|nghèo|ven\\s+biển|cù\\s+lao|đặc\\s+biệt\\s+khó\\s+khăn)\\s+)?(${vietnameseNameWord}(?:(?:\\s|\\s?[-–]\\s?)${vietnameseNameWord}){0,3})`,
  'gu',
);

/** A name said to be a unit: `Hải Hậu là huyện …`, `Lũng Nặm là xã biên giới`. */
const nameIsUnit = new RegExp(
  `(?<![\\p{L}])(${vietnameseNameWord}(?:\\s${vietnameseNameWord}){0,3})\\s+là\\s+(?:một\\s+)?(?:(?:trong\\s+)?(?:những|các)\\s+)?(huyện|xã|phường|thị\\s+xã|thị\\s+trấn|quận)(?![\\p{L}])`,
  'gu',
);

/** After a typed name, another name under the same type word: `, Sông Mã`, ` và Hua Trai`. */
const pairedName = new RegExp(
  `(?:\\s*,\\s*|\\s+(?:và|cùng)\\s+)(${vietnameseNameWord}(?:\\s${vietnameseNameWord}){0,3})(?![\\p{L}])`,
  'uy',
);

const stopNames = new Set([
  'the',
  'across',
  'throughout',
  'within',
  'from',
  'to',
  'by',
  'on',
  'under',
  'according',
  'since',
  'about',
  'this',
  'that',
  'each',
  'every',
  'other',
  'many',
  'some',
  'all',
  'provincial',
  'national',
  'local',
  'whole',
  'of',
  'in',
  'and',
  'its',
  'their',
  'our',
  'same',
  'new',
  'old',
  'rural',
  'urban',
  'mountainous',
  'one',
  'mountain',
  'border',
  'coastal',
  'remote',
  'island',
  'poor',
  'capital',
  'northern',
  'southern',
  'central',
  'western',
  'eastern',
  'highland',
  'delta',
  'industrial',
  'small',
  'large',
  'every',
  'each',
  'most',
  'first',
  'leading',
]);
const englishNameWord = "[A-Z][\\p{L}'’]*(?:-[A-Z][\\p{L}'’]*)?";
/** `Binh Xuyen district`, `Long Bien District`, `Dien Nguyen Commune`, `Ho Chi Minh City`, `Bao Lam 1 commune`, `Xuan Huong - Da Lat ward`. */
const englishMention = new RegExp(
  `(?<![\\p{L}])((?:${englishNameWord}\\s+|[A-Z][\\p{Ll}'’]+\\s[-–]\\s){0,3}(?:${englishNameWord}|\\d{1,2}))\\s+(${Object.keys(englishTypeWords).join('|')}|${Object.keys(
    englishTypeWords,
  )
    .map((w) => `${w[0]?.toUpperCase()}${w.slice(1)}`)
    .join('|')})(?![\\p{L}])`,
  'gu',
);

/** `Sóc Sơn and Mỹ Đức districts`: two names sharing one plural type word. */
const englishPair = new RegExp(
  `(?<![\\p{L}])((?:${englishNameWord}\\s+){0,2}${englishNameWord})\\s+and\\s+((?:${englishNameWord}\\s+){0,2}${englishNameWord})\\s+(districts|wards|communes|provinces|cities|towns)(?![\\p{L}])`,
  'gu',
);

/**
 * Names after a plural type word: `communes such as Mo Rai and Xop`, `wards including A, B and C`. The type
 * word is group 1, the names group 2.
 */
const englishList = new RegExp(
  `(?<![\\p{L}])(communes|districts|wards|towns|provinces|cities)\\s+(?:such\\s+as|like|including|namely)\\s+((?:${englishNameWord}\\s+){0,2}${englishNameWord}(?:\\s*,\\s*(?:${englishNameWord}\\s+){0,2}${englishNameWord})*(?:\\s*,?\\s+and\\s+(?:${englishNameWord}\\s+){0,2}${englishNameWord})?)`,
  'gu',
);

/** `Thu Lum, a border commune`, `Muong Nhe, a mountainous district`: a name and, in apposition, its type. */
const englishApposition = new RegExp(
  `(?<![\\p{L}])((?:${englishNameWord}\\s+){0,2}${englishNameWord}),\\s+an?\\s+(?:[\\p{Ll}-]+\\s+){0,2}(commune|district|ward|township|town|province)(?![\\p{L}])`,
  'gu',
);

/** A region of an agency: `BHXH khu vực I`, `Social Insurance of Region I`, `Area I Social Insurance`. */
const regionMention =
  /(?:BHXH|Bảo hiểm xã hội)\s+khu\s+vực\s+([IVXL]+|\d+)(?![\p{L}])|Social\s+Insurance\s+(?:of\s+)?(?:Region|Area)\s+([IVXL]+|\d+)(?![\p{L}])|(?:Region|Area)\s+([IVXL]+|\d+)\s+Social\s+Insurance/gu;

/** The whole country, by name or by a national body reporting. */
const nationalMention: Readonly<Record<Language, RegExp>> = {
  vi: /(?<![\p{L}])(?:(?:[Cc]ả|CẢ)\s+(?:nước|NƯỚC)|(?:[Tt]oàn|TOÀN)\s+(?:quốc|QUỐC)|(?<!Nam\s)Việt\s+Nam(?!\s+(?:Nền|TV|Express|News))|[Tt]rên\s+toàn\s+quốc|[Pp]hạm\s+vi\s+cả\s+nước|(?:Theo|theo)\s+(?:thống\s+kê\s+của\s+|báo\s+cáo\s+của\s+)?(?:Bộ\s+(?:Lao\s+động|LĐTBXH|LĐ-TB&XH|Nội\s+vụ|Tài\s+chính|Công\s+an)|Chính\s+phủ|Tổ\s+công\s+tác|Ngân\s+hàng\s+Nhà\s+nước|BHXH\s+Việt\s+Nam|Bảo\s+hiểm\s+xã\s+hội\s+Việt\s+Nam)|(?:Bộ\s+(?:LĐTBXH|LĐ-TB&XH|Lao\s+động\s*-\s*Thương\s+binh\s+và\s+Xã\s+hội)|BHXH\s+Việt\s+Nam)(?:\s*\([^)]*\))?\s+(?:cho\s+biết|thông\s+tin|báo\s+cáo|đã\s+ban\s+hành))(?![\p{L}])/gu,
  en: /(?<![\p{L}])(?:[Nn]ationwide|(?:in|across|of)\s+Vietnam(?![\p{L}.'’])|[Aa]cross\s+the\s+country|[Tt]hroughout\s+the\s+country|the\s+whole\s+country|the\s+entire\s+country|(?:the\s+)?Ministry\s+of\s+(?:Labou?r|Home\s+Affairs|Finance)[^.;]{0,60}?(?:has|have|said|reported|issued|guided)|(?:the\s+)?Ministry\s+of\s+Home\s+Affairs|MOLISA\s+(?:said|reported|has)|the\s+(?:labou?r|home\s+affairs|finance)\s+ministry|Deputy\s+Minister|Vietnam\s+Social\s+(?:Security|Insurance)\s+(?:said|reported|has)|[Aa]ccording\s+to\s+(?:the\s+)?(?:Ministry|MOLISA|Vietnam\s+Social\s+(?:Security|Insurance)|VSS)|Vietnam['’]s\s+(?=pensioners|beneficiaries|recipients|social|welfare))(?![\p{L}])/gu,
};

/** A reference to a place named before, by its level. */
const contextMention: Readonly<Record<Language, readonly [RegExp, AdminLevel | 'any'][]>> = {
  vi: [
    [
      /(?<![\p{L}])[Tt]oàn\s+tỉnh(?![\p{L}])|[Tt]rên\s+địa\s+bàn\s+tỉnh(?![\p{L}])|(?<=(?:của|thuộc)\s)tỉnh(?=\s*(?:[,;.:)]|đạt|đã|có|$))|(?:^|(?<=[,;:]\s))(?:Tỉnh|tỉnh)(?=\s+(?:đã|đang|sẽ|phấn\s+đấu|có|tiếp\s+tục|cũng|vẫn|hiện|chỉ|còn|mới|đạt)(?![\p{L}]))/gu,
      'province',
    ],
    [
      /(?<![\p{L}])[Tt]oàn\s+(?:thành\s+phố|TP)(?![\p{L}])|[Tt]rên\s+địa\s+bàn\s+(?:thành\s+phố|TP)(?![\p{L}.])/gu,
      'any',
    ],
    [
      /(?<![\p{L}])[Tt]oàn\s+huyện(?![\p{L}])|[Tt]rên\s+địa\s+bàn\s+huyện(?![\p{L}])|(?<=(?:của|thuộc)\s)huyện(?=\s*(?:[,;.:)]|đạt|đã|có|$))|(?:^|(?<=[,;:]\s))(?:Huyện|huyện|quận|Quận|thị\s+xã|Thị\s+xã)(?=\s+(?:đã|đang|sẽ|phấn\s+đấu|có|tiếp\s+tục|đề\s+ra|yêu\s+cầu|cũng|vẫn|hiện|chỉ|còn|mới|đạt)(?![\p{L}]))/gu,
      'district',
    ],
    [
      /(?<![\p{L}])[Tt]oàn\s+(?:xã|phường)(?![\p{L}])|[Tt]rên\s+địa\s+bàn\s+(?:xã|phường)(?![\p{L}])|(?:^|(?<=[,;:]\s))(?:Xã|xã|Phường|phường)(?=\s+(?:đã|đang|sẽ|phấn\s+đấu|có|tiếp\s+tục|cũng|vẫn|hiện|chỉ|còn|mới|đạt)(?![\p{L}]))/gu,
      'commune',
    ],
    [
      /(?<![\p{L}])[Tt]rên\s+địa\s+bàn(?!\s+(?:tỉnh|huyện|xã|phường|thành\s+phố|TP))(?![\p{L}])|(?<![\p{L}])(?<!các\s)địa\s+phương(?=\s+(?:hiện|đã|có|đạt))/giu,
      'any',
    ],
  ],
  en: [
    [/(?<![\p{L}])(?:the|this)\s+province(?![\p{L}])|province-wide|provincewide/giu, 'province'],
    [/(?<![\p{L}])the\s+(?:capital|city)(?![\p{L}])|citywide|city-wide/giu, 'any'],
    [/(?<![\p{L}])(?:the|this)\s+district(?![\p{L}])|district-wide/giu, 'district'],
    [/(?<![\p{L}])(?:the|this)\s+(?:commune|ward)(?![\p{L}])/giu, 'commune'],
    [/(?<![\p{L}])(?:the|this)\s+(?:area|locality)(?![\p{L}])/giu, 'any'],
  ],
};

/** Whether a Vietnamese context pattern of a level can match: the words it needs are there. */
function contextGuard(level: AdminLevel | 'any', lower: string): boolean {
  switch (level) {
    case 'province':
      return lower.includes('tỉnh');
    case 'district':
      return lower.includes('huyện') || lower.includes('quận') || lower.includes('thị xã');
    case 'commune':
      return /(?:toàn|địa bàn)\s+(?:xã|phường)|(?:^|[,;:]\s)(?:xã|phường)\s/u.test(lower);
    case 'any':
      return (
        lower.includes('địa bàn') ||
        lower.includes('địa phương') ||
        lower.includes('thành phố') ||
        lower.includes('tp')
      );
  }
}

/** A part of a place: some of its units, or an area. */
const partMention: Readonly<Record<Language, RegExp>> = {
  vi: /(?<![\p{L}])(?:(?:[Mm]ột\s+số|[Nn]hiều|[Cc]ác)\s+(?:huyện|quận|xã|phường|địa\s+phương)(?:\s+(?:thí\s+điểm|miền\s+núi|vùng\s+cao|biên\s+giới|ven\s+biển|đồng\s+bằng|(?:đặc\s+biệt\s+)?khó\s+khăn))?|[Kk]hu\s+vực\s+(?:đô\s+thị|nông\s+thôn|thành\s+thị|miền\s+núi)(?:\s+và\s+(?:khu\s+vực\s+)?(?:đô\s+thị|nông\s+thôn|thành\s+thị|miền\s+núi))?|[Vv]ùng\s+(?:sâu|xa|cao|đồng\s+bào\s+dân\s+tộc\s+thiểu\s+số)(?:,\s*vùng\s+(?:sâu|xa|cao))*)(?![\p{L}])/gu,
  en: /(?<![\p{L}])(?:(?:[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Aa]ll|[Oo]ther)\s+(?:districts|communes|wards|localities|provinces)(?:\s+(?:in|of)\s+([A-Z][\p{L}]*(?:\s+[A-Z][\p{L}]*){0,3}))?|(?:[Uu]rban|[Rr]ural|[Rr]emote|[Mm]ountainous)(?:\s+and\s+(?:urban|rural|remote|mountainous))?\s+areas)(?![\p{L}])/gu,
};

/** A province before the 2025 merger named as an area: `khu vực Sóc Trăng cũ`, `the former Nam Dinh and Ha Nam areas`. */
const formerArea: Readonly<Record<Language, RegExp>> = {
  vi: /(?<![\p{L}])(?:(?:[Kk]hu\s+vực|[Đđ]ịa\s+bàn)(?:\s+(?:tỉnh|thành\s+phố))?\s+|([Tt]ỉnh|[Tt]hành\s+phố)\s+)?(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})\s*(?:cũ(?![\p{L}])|\(cũ\)|\s(?:trước|trước\s+khi)\s+(?:hợp\s+nhất|sáp\s+nhập)(?![\p{L}]))/gu,
  en: /(?<![\p{L}])(?:the\s+)?(?:former|pre-merger)\s+(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}?)(?:\s+and\s+(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}?))?(?:\s+province)?\s+areas?(?![\p{L}])/gu,
};

const orgWordsBefore = new Set(
  [
    'Sở',
    'Báo',
    'Đài',
    'Tỉnh',
    'Thành',
    'UBND',
    'HĐND',
    'BHXH',
    'LĐTBXH',
    'Bưu',
    'Ngân',
    'Hội',
    'Ban',
    'Công',
    'Theo',
    'Tại',
    'Ở',
    'Của',
    'In',
    'At',
    'Of',
    'The',
    'For',
    'From',
    'Across',
    'According',
    'Both',
    'And',
    'Như',
    'Và',
  ].map((w) => w.toLowerCase()),
);

/** The start of a capitalised word. */
const capitalStart = /(?<![\p{L}\p{N}])\p{Lu}/gu;
/** A word that starts with a capital and goes on in lower case (`Nguyễn`), not an acronym. */
const capitalisedWord = /^\p{Lu}\p{Ll}/u;

/** A word, sticky: letters, digits, dots and dashes up to the next space or punctuation. */
const wordAfter = /\s*([^\s,;:!?()[\]"“”'’]+)/y;

/** Words a pattern needs (lower case): it runs only when one of them is in the text. */
const regionWords = ['khu vực', 'region', 'area'] as const;
const viPlaceTypeWords = [
  'xã',
  'huyện',
  'tỉnh',
  'phường',
  'quận',
  'thị ',
  'thành phố',
  'tp',
  'tx',
  'đặc khu',
] as const;
const enPlaceTypeWords = ['district', 'commune', 'ward', 'province', 'city'] as const;
const viContextWords = ['địa bàn', 'địa phương', 'toàn '] as const;
const enContextWords = ['the ', 'this ', '-wide', 'wide'] as const;
const viPartWords = ['một số', 'nhiều', 'các ', 'khu vực', 'vùng'] as const;
const enPartWords = ['some', 'many', 'several', 'most', 'all ', 'other', 'areas'] as const;
const viNationalWords = [
  'nước',
  'quốc',
  'việt nam',
  'bộ ',
  'chính phủ',
  'tổ công tác',
  'ngân hàng nhà nước',
  'bhxh',
  'bảo hiểm',
] as const;
const enNationalWords = [
  'nation',
  'country',
  'vietnam',
  'ministry',
  'molisa',
  'minister',
  'social security',
  'vss',
  'social insurance',
] as const;

/** One pattern for a list of words (a single scan instead of one `includes` each), built once per list. */
function anyOf(words: readonly string[]): RegExp {
  let pattern = anyOfCache.get(words);
  if (pattern === undefined) {
    pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'u');
    anyOfCache.set(words, pattern);
  }
  return pattern;
}
const anyOfCache = new WeakMap<readonly string[], RegExp>();

/** A name folded fast (each character's folded form remembered): `Quảng Nam` → `quang nam`. */
function quickFold(text: string): string {
  let out = '';
  for (const char of text) {
    let folded = foldedChars.get(char);
    if (folded === undefined) {
      folded = foldDiacritics(char) || char;
      foldedChars.set(char, folded);
    }
    out += folded;
  }
  return out;
}

/** Each character's folded form (a pure cache of a function of the character). */
const foldedChars = new Map<string, string>([[' ', ' ']]);

/** Every key a province is known by (`hanoi`, `tphcm`, `quangnam`), for a quick look-up. */
const provinceKeys = new Set(provinceNames.flatMap((p) => [p.name, ...p.aliases]).map(provinceKey));
/** Every start of every key (`h`, `ha`, `han`, …): the words of a name are walked while they are one. */
const provinceKeyPrefixes = new Set(
  [...provinceKeys].flatMap((key) => Array.from({ length: key.length }, (_, i) => key.slice(0, i + 1))),
);

function resolveUnit(
  units: readonly AdminUnit[],
  name: string,
  type: AdminUnitType,
  on: string | undefined,
): readonly AdminUnit[] {
  if (units.length === 0) return [];
  const query = `${adminUnitTypeWords[type]} ${name}`;
  let found = findUnitsByName(units, query, on === undefined ? {} : { on });
  // English and shorthand type words are approximate (`city`, `town`): fall back to the name alone.
  if (found.length === 0) found = findUnitsByName(units, name, on === undefined ? {} : { on });
  return found;
}

/** Finds the places named in `input` between `start` and `end`. */
export type LocalityFinder = (
  input: string,
  start?: number,
  end?: number,
  language?: Language,
) => LocalityMention[];

function provinceOf(name: string, on: string | undefined) {
  const era = on !== undefined && on >= '2025-07-01' ? 'new' : 'old';
  const key = `${era}|${name}`;
  if (provinceMemo.has(key)) return provinceMemo.get(key);
  const all = provincesNamed(name);
  const found = all.find((p) => p.era === era) ?? all[0];
  provinceMemo.set(key, found);
  return found;
}

/** `provinceOf` remembered by era and name (a pure cache of a constant table). */
const provinceMemo = new Map<string, ReturnType<typeof provincesNamed>[number] | undefined>();

/** A province that no longer exists on `on` (merged in the 2025 reform). */
function defunctOn(code: string | undefined, name: string, on: string | undefined): boolean {
  if (code === undefined || on === undefined || on < '2025-07-01') return false;
  return !provincesNamed(name).some((p) => p.era === 'new');
}

/**
 * Prepares `findLocalities` for many calls with the same units and date: resolutions are cached and the
 * bare names of known units are matched by one regular expression.
 */
export function createLocalityFinder(
  units: readonly AdminUnit[] = [],
  on?: string,
  options: {
    /**
     * Whether a unit's name alone (`Tây Ninh đã hoàn thành…`) names it when only one unit has it (default
     * true): right for the units of the place a text is about; over every unit of the country, names such
     * as `Thứ Ba` (Tuesday, a township too) are words, so the national set is read by type word only.
     */
    readonly bareNames?: boolean;
  } = {},
): LocalityFinder {
  const resolved = new Map<string, readonly AdminUnit[]>();
  /** The units a typed name may be: one when it is known, several when the name is shared. */
  const resolveCached = (name: string, type: AdminUnitType): readonly AdminUnit[] => {
    const key = `${type}|${name}`;
    let found = resolved.get(key);
    if (found === undefined) {
      found = resolveUnit(units, name, type, on);
      resolved.set(key, found);
    }
    return found;
  };
  // A name several units hold (`xã Cẩm Thành`) is narrowed by the place named as its parent right after it
  // (`xã Cẩm Thành, huyện Cẩm Xuyên`); still several, it keeps no code: ambiguity is not guessed.
  let index: UnitIndex | undefined;
  const narrowByParent = (input: string, mentions: LocalityMention[]): LocalityMention[] =>
    mentions.map((mention, i) => {
      const parent = mentions[i + 1];
      // The parent after it, or a place in brackets right after it (`xã Gia Lâm (Hà Nội)`), an aside that
      // still says where it lies.
      const locates =
        parent !== undefined &&
        (parent.parentOfPrevious === true ||
          (parent.role === 'named' && /^\s*\(\s*$/u.test(input.slice(mention.end, parent.start))));
      // Or a place the finder does not name (a district without its type word) in brackets right after it:
      // `xã Tân Lập (Bắc Sơn)`.
      const bracketed = /^\s*\(([^()\d]{2,40})\)/u.exec(input.slice(mention.end, mention.end + 44))?.[1];
      if (
        units.length === 0 ||
        mention.code !== undefined ||
        mention.role !== 'named' ||
        mention.level === 'national' ||
        ((parent === undefined || !locates) && bracketed === undefined)
      )
        return mention;
      index ??= createUnitIndex(units);
      const typeWord = mention.type === undefined ? '' : `${adminUnitTypeWords[mention.type]} `;
      const within =
        parent !== undefined && locates
          ? (parent.code ??
            (parent.type === undefined ? parent.name : `${adminUnitTypeWords[parent.type]} ${parent.name}`))
          : (bracketed ?? '').trim();
      const found = index.byName(`${typeWord}${mention.name}`, {
        ...(on === undefined ? {} : { on }),
        within,
      });
      const [unit] = found;
      if (found.length === 1 && unit !== undefined) {
        const { candidates: _, ...placed } = mention;
        return { ...placed, code: unit.code, type: unit.type, level: unit.level };
      }
      return found.length > 1 && found.length < (mention.candidates?.length ?? Number.POSITIVE_INFINITY)
        ? { ...mention, candidates: found.map((u) => u.code) }
        : mention;
    });
  // Bare names that name exactly one commune or district (valid on `on`).
  const bare = new Map<string, AdminUnit>();
  const byFolded = new Map<string, AdminUnit[]>();
  for (const unit of options.bareNames === false ? [] : units) {
    if (unit.level === 'province') continue;
    if (
      on !== undefined &&
      ((unit.validFrom !== null && unit.validFrom > on) || (unit.validTo !== null && on > unit.validTo))
    ) {
      continue;
    }
    // A name without a letter (the numbered wards, `Phường 25`) or of one word (`Ba`, a number word too)
    // is a place only with its type word.
    if (!/\p{L}/u.test(unit.name) || !/\s/u.test(unit.name.trim())) continue;
    const key = foldDiacritics(unit.name);
    byFolded.set(key, [...(byFolded.get(key) ?? []), unit]);
  }
  for (const list of byFolded.values()) {
    const first = list[0];
    if (first !== undefined && new Set(list.map((u) => `${u.code}|${u.type}`)).size === 1) {
      bare.set(first.name.normalize('NFC'), first);
    }
  }
  const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const barePattern =
    bare.size === 0
      ? undefined
      : new RegExp(
          `(?<![\\p{L}])(${[...bare.keys()]
            .sort((a, b) => b.length - a.length)
            .map(escapeRegExp)
            .join('|')})(?![\\p{L}])`,
          'gu',
        );

  return (input, start = 0, end = input.length, language = 'vi') => {
    const text = input.slice(start, end);
    const mentions: LocalityMention[] = [];
    const free = (from: number, to: number) => !mentions.some((m) => from < m.end && to > m.start);
    const add = (mention: LocalityMention) => {
      if (free(mention.start, mention.end)) mentions.push(mention);
    };
    const typed = (name: string, type: AdminUnitType, from: number, to: number) => {
      // `Ca Mau City` is the provincial city, `Can Tho City` the centrally-run one: a city word names the
      // province only when the province is a city.
      const candidate = type === 'tinh' || type === 'thanh_pho' ? provinceOf(name, on) : undefined;
      const province =
        candidate !== undefined && (type === 'tinh' || candidate.type === 'thanh_pho_tw')
          ? candidate
          : undefined;
      const found = resolveCached(name, type);
      const unit = found.length === 1 ? found[0] : undefined;
      const shared = found.filter((u) => u.level === levelOfType[type]);
      const finalType: AdminUnitType =
        unit?.type ?? (province !== undefined ? province.type : type === 'thanh_pho' ? 'thanh_pho' : type);
      add({
        ...spanOf(input, start + from, start + to),
        name: province !== undefined && unit === undefined ? province.name : name,
        type: finalType,
        level: unit?.level ?? levelOfType[finalType],
        code: unit?.code ?? province?.code,
        role: 'named',
        // A name several units of its level hold: every one it may be, not a guess.
        ...(shared.length > 1 && province === undefined ? { candidates: shared.map((u) => u.code) } : {}),
      });
    };

    const lower = text.toLowerCase();
    const has = (words: readonly string[]) => anyOf(words).test(lower);
    // A province as it was before the 2025 merger, as a part of the province it is now in: `khu vực Sóc
    // Trăng cũ`, `địa bàn tỉnh Bắc Giang cũ`, `Trà Vinh cũ`, `the former Long An area`, `the former Nam Dinh
    // and Ha Nam areas`. Its whole is the province the text speaks of.
    const formerPart = (from: number, to: number, part: string) =>
      add({
        ...spanOf(input, start + from, start + to),
        name: '',
        type: undefined,
        level: 'province',
        code: undefined,
        role: 'part',
        part,
        refersTo: 'province',
      });
    if (
      language === 'vi'
        ? /cũ|hợp\s+nhất|sáp\s+nhập/u.test(lower)
        : lower.includes('former') || lower.includes('pre-merger')
    ) {
      const pattern = formerArea[language];
      pattern.lastIndex = 0;
      for (const match of text.matchAll(pattern)) {
        const from = match.index ?? 0;
        if (language === 'vi') {
          const name = match[2] ?? '';
          if (provincesNamed(name).length === 0) continue;
          formerPart(from, from + match[0].length, match[0]);
          continue;
        }
        const first = match[1] ?? '';
        const second = match[2];
        const noun = /areas?$/u.exec(match[0])?.[0] ?? 'area';
        if (provincesNamed(first).length === 0) continue;
        const word = match[0].includes('pre-merger') ? 'pre-merger' : 'former';
        const formerAt = match[0].indexOf(word);
        if (second === undefined) {
          formerPart(from + formerAt, from + match[0].length, `${word} ${first} ${noun}`);
          continue;
        }
        if (provincesNamed(second).length === 0) continue;
        const secondAt = match[0].lastIndexOf(second);
        formerPart(from + formerAt, from + match[0].indexOf(first) + first.length, `${word} ${first} area`);
        formerPart(from + secondAt, from + match[0].length, `${word} ${second} area`);
      }
    }
    for (const match of has(regionWords) ? text.matchAll(regionMention) : []) {
      const numeral = match[1] ?? match[2] ?? match[3] ?? '';
      const from = match.index ?? 0;
      add({
        ...spanOf(input, start + from, start + from + match[0].length),
        name: match[1] !== undefined ? `BHXH khu vực ${numeral}` : `Social Insurance of Region ${numeral}`,
        type: undefined,
        level: 'province',
        code: undefined,
        role: 'named',
      });
    }
    const typeWordHere = has(viPlaceTypeWords);
    if (language === 'vi' && typeWordHere && lower.includes(' là ')) {
      nameIsUnit.lastIndex = 0;
      for (const match of text.matchAll(nameIsUnit)) {
        const name = match[1] ?? '';
        const type = vietnameseTypeWords[(match[2] ?? '').toLowerCase()];
        const from = match.index ?? 0;
        // Not a sentence's first word that only happens to be capitalised (`Đây là huyện …`).
        if (type === undefined || /^(?:Đây|Đó|Nơi|Hiện|Toàn|Cả)$/u.test(name.split(/\s/u)[0] ?? '')) continue;
        typed(name, type, from, from + name.length);
      }
    }
    for (const match of typeWordHere ? text.matchAll(vietnameseMention) : []) {
      const word = (match[1] ?? '').toLowerCase();
      const type = vietnameseTypeWords[word];
      const name = (match[2] ?? '').trim();
      if (type === undefined || name === '') continue;
      // "Thành phố" opening a sentence about the city's services ("Thành phố Hà Nội") is still the city.
      const from = match.index ?? 0;
      typed(name, type, from, from + match[0].length);
      // `xã Ngọc Chiến và Hua Trai`, `hai huyện Mường La, Sông Mã`: more names under the same type word.
      pairedName.lastIndex = from + match[0].length;
      for (let more = pairedName.exec(text); more !== null; more = pairedName.exec(text)) {
        const other = more[1] ?? '';
        const otherFrom = more.index + more[0].length - other.length;
        typed(other, type, otherFrom, otherFrom + other.length);
        if (!/^\s*,/u.test(more[0])) break;
      }
    }
    if (language === 'en') {
      // `Sóc Sơn and Mỹ Đức districts`, `Hong Bang and Le Chan wards`: two places of one type.
      englishPair.lastIndex = 0;
      for (const match of text.matchAll(englishPair)) {
        const type =
          englishTypeWords[(match[3] ?? '').replace(/(?:ies|s)$/u, (m) => (m === 'ies' ? 'y' : ''))];
        if (type === undefined) continue;
        const from = match.index ?? 0;
        const first = match[1] ?? '';
        const second = match[2] ?? '';
        const secondFrom = from + match[0].indexOf(second, first.length);
        typed(first, type, from, from + first.length);
        typed(second, type, secondFrom, from + match[0].length);
      }
    }
    if (language === 'en' && lower.includes(', a')) {
      // `In Thu Lum, a border commune where …`: a name, then what kind of unit it is.
      englishApposition.lastIndex = 0;
      for (const match of text.matchAll(englishApposition)) {
        const type = englishTypeWords[(match[2] ?? '').toLowerCase()];
        if (type === undefined) continue;
        // Leading words that are not part of a name (`In`, `The`).
        const words = (match[1] ?? '').split(/\s+/u);
        while (words.length > 0 && stopNames.has((words[0] ?? '').toLowerCase())) words.shift();
        const name = words.join(' ');
        if (name === '') continue;
        const from = (match.index ?? 0) + (match[1] ?? '').length - name.length;
        typed(name, type, from, from + name.length);
      }
    }
    if (language === 'en') {
      // `communes such as Mo Rai and Xop`: each name, of the type the plural word says.
      englishList.lastIndex = 0;
      for (const match of text.matchAll(englishList)) {
        const plural = match[1] ?? '';
        const type = englishTypeWords[plural === 'cities' ? 'city' : plural.slice(0, -1)];
        const names = match[2] ?? '';
        if (type === undefined) continue;
        const namesFrom = (match.index ?? 0) + match[0].length - names.length;
        for (const name of names.matchAll(
          new RegExp(`(?:${englishNameWord}\\s+){0,2}${englishNameWord}`, 'gu'),
        )) {
          const from = namesFrom + (name.index ?? 0);
          typed(name[0], type, from, from + name[0].length);
        }
      }
    }
    if (language === 'en' || has(enPlaceTypeWords)) {
      for (const match of text.matchAll(englishMention)) {
        let name = match[1] ?? '';
        const typeWord = (match[2] ?? '').toLowerCase();
        const type = englishTypeWords[typeWord];
        if (type === undefined) continue;
        let from = match.index ?? 0;
        // Drop leading words that are not part of a name ("The", "Provincial", "Of").
        const words = name.split(/\s+/u);
        while (words.length > 0 && stopNames.has((words[0] ?? '').toLowerCase())) {
          const dropped = words.shift() ?? '';
          from = text.indexOf(words[0] ?? '', from + dropped.length);
        }
        if (words.length === 0 || from < 0) continue;
        name = words.join(' ');
        typed(name, type, from, (match.index ?? 0) + match[0].length);
      }
    }
    const contextHere = language === 'vi' ? typeWordHere || has(viContextWords) : has(enContextWords);
    for (const [pattern, level] of contextHere ? contextMention[language] : []) {
      if (language === 'vi' && !contextGuard(level, lower)) continue;
      pattern.lastIndex = 0;
      for (const match of text.matchAll(pattern)) {
        const from = match.index ?? 0;
        add({
          ...spanOf(input, start + from, start + from + match[0].length),
          name: match[0],
          type: undefined,
          level: level === 'any' ? 'commune' : level,
          code: undefined,
          role: 'context',
          refersTo: level,
        });
      }
    }
    partMention[language].lastIndex = 0;
    const partHere = language === 'vi' ? has(viPartWords) : has(enPartWords);
    for (const match of partHere ? text.matchAll(partMention[language]) : []) {
      const from = match.index ?? 0;
      // `khu vực thành thị và nông thôn`: two areas, the second with its `khu vực` left out.
      // Unless `lần lượt` gives each its own figure, `khu vực nông thôn và miền núi` is one area.
      const two = /lần\s+lượt/iu.test(text)
        ? /^([Kk]hu\s+vực\s+)(.+?)\s+và\s+(?:khu\s+vực\s+)?(.+)$/u.exec(match[0])
        : null;
      if (two !== null) {
        const secondAt = from + match[0].length - (two[3] ?? '').length;
        for (const [at, to, part] of [
          [from, from + (two[1] ?? '').length + (two[2] ?? '').length, `${two[1]}${two[2]}`],
          [secondAt, from + match[0].length, `khu vực ${two[3]}`],
        ] as const) {
          add({
            ...spanOf(input, start + at, start + to),
            name: '',
            type: undefined,
            level: 'district',
            code: undefined,
            role: 'part',
            part,
          });
        }
        continue;
      }
      const whole = match[1];
      const partText =
        whole === undefined
          ? match[0]
          : match[0].slice(0, match[0].length - whole.length).replace(/\s+(?:in|of)\s+$/u, '');
      const province = whole === undefined ? undefined : provinceOf(whole, on);
      add({
        ...spanOf(input, start + from, start + from + match[0].length),
        name: province?.name ?? whole ?? '',
        type: province?.type,
        level: province === undefined ? 'district' : 'province',
        code: province?.code,
        role: 'part',
        part: partText,
      });
    }
    nationalMention[language].lastIndex = 0;
    const nationalHere = language === 'vi' ? has(viNationalWords) : has(enNationalWords);
    for (const match of nationalHere ? text.matchAll(nationalMention[language]) : []) {
      const from = match.index ?? 0;
      // `một trong những địa phương đầu tiên của cả nước`, `the first in the country`: a comparison, not the place.
      const scope = /(?:của|trong|nhất|among|in)\s+$/iu.test(text.slice(Math.max(0, from - 8), from));
      add({
        ...(scope ? { aside: 'example' as const } : {}),
        ...spanOf(input, start + from, start + from + match[0].length),
        name: 'Việt Nam',
        type: undefined,
        level: 'national',
        code: undefined,
        role: 'national',
      });
    }
    // Province names standing alone (`Quảng Nam`, `Nghe An`, `Hanoi`, `TPHCM`), matched without diacritics:
    // runs of one to six words starting with a capital, looked up by their folded key, longest first.
    capitalStart.lastIndex = 0;
    for (let capital = capitalStart.exec(text); capital !== null; capital = capitalStart.exec(text)) {
      const from = capital.index;
      if (!provinceKeyPrefixes.has(quickFold(text.slice(from, from + 2)))) continue;
      // Walk the words from here while their folded letters are the start of a province's key.
      let key = '';
      let found = -1;
      wordAfter.lastIndex = from;
      for (
        let n = 0, word = wordAfter.exec(text);
        word !== null && n < 6;
        n += 1, word = wordAfter.exec(text)
      ) {
        key += quickFold(word[1] ?? '').replace(/[.\-–]+/gu, '');
        if (!provinceKeyPrefixes.has(key)) break;
        if (provinceKeys.has(key)) found = word.index + word[0].length;
        if (!/^\s+\S/u.test(text.slice(word.index + word[0].length, word.index + word[0].length + 2))) break;
      }
      if (found === -1) continue;
      const written = text.slice(from, found).replace(/[.]+$/u, '');
      const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, from - 24), from))?.[1] ?? '';
      if (capitalisedWord.test(before) && !orgWordsBefore.has(before.toLowerCase().replace(/[.,]$/u, ''))) {
        // Part of a longer proper name (a person's name): not the province.
        if (!/[.,:;(]$/u.test(before)) continue;
      }
      const province = provinceOf(written, on);
      if (province === undefined) continue;
      add({
        ...spanOf(input, start + from, start + from + written.length),
        name: province.name,
        type: province.type,
        level: 'province',
        code: province.code,
        role: 'named',
      });
      capitalStart.lastIndex = from + written.length;
    }
    if (barePattern !== undefined) {
      for (const match of text.matchAll(barePattern)) {
        const from = start + (match.index ?? 0);
        const to = from + match[0].length;
        const unit = bare.get(match[0]);
        if (unit === undefined) continue;
        // A known commune's name wins over a province of the same name (Tây Ninh, Tiền Hải district).
        const clash = mentions.findIndex(
          (m) => m.role === 'named' && m.level === 'province' && m.start === from && m.end === to,
        );
        if (clash !== -1) mentions.splice(clash, 1);
        if (!free(from, to)) continue;
        mentions.push({
          ...spanOf(input, from, to),
          name: unit.name,
          type: unit.type,
          level: unit.level,
          code: unit.code,
          role: 'named',
        });
      }
    }
    // A dateline (`HANOI - `, `NAM DINH – `) says where the story was filed, not what a figure is about.
    const dateline = /^\s*\(?[\p{Lu}\s.]{3,30}\)?\s*[-–—]\s/u.exec(text);
    const kept =
      dateline === null
        ? mentions
        : mentions.filter((m) => m.end > start + dateline[0].length || !/^[\p{Lu}\s.]+$/u.test(m.text));
    for (const [i, m] of kept.entries()) {
      if (m.role === 'named' && m.level === 'province' && defunctOn(m.code, m.name, on))
        kept[i] = { ...m, aside: 'defunct' };
    }
    // A name of a land or water feature (`the Ca Mau Peninsula`, `bán đảo Cà Mau`, `sông Hồng`) is no unit.
    for (let i = kept.length - 1; i >= 0; i -= 1) {
      const m = kept[i] as LocalityMention;
      if (m.role !== 'named') continue;
      if (
        geographicAfter.test(input.slice(m.end, m.end + 14)) ||
        geographicBefore.test(input.slice(Math.max(0, m.start - 10), m.start))
      ) {
        kept.splice(i, 1);
      }
    }
    kept.sort((a, b) => a.start - b.start);
    return narrowByParent(input, markParents(input, kept));
  };
}

/** A feature word after or before a name: `Peninsula`, `River`; `bán đảo`, `sông`, `đèo`. */
const geographicAfter =
  /^\s+(?:Peninsula|River|Bay|Lake|Cape|Pass|Mountains?|Delta|Island|Lagoon)(?![\p{L}])/u;
const geographicBefore = /(?:^|[^\p{L}])(?:bán\s+đảo|sông|đèo|vịnh|mũi|núi|đầm|hồ)\s+$/iu;

const rank: Readonly<Record<AdminLevel | 'national', number>> = {
  commune: 0,
  district: 1,
  province: 2,
  national: 3,
};

/**
 * Marks the mentions that only locate the one before them: a higher-level place in brackets, after a comma,
 * or after `tại`/`thuộc`/`in`/`of`, with no number in between (`xã Quế Minh (huyện Quế Sơn)`, `Dien Nguyen
 * Commune, Dien Chau District`, `xã Cẩm Thanh … tại TP.Hội An`).
 */
/** A mention that starts with its Vietnamese type word: only such a one is a parent without punctuation. */
const typedNames = /^(?:huyện|quận|thị xã|thành phố|tp\.?|tỉnh)\s/iu;

function markParents(input: string, mentions: LocalityMention[]): LocalityMention[] {
  // Examples (`such as Dong Ha city and Quang Tri town`, `như xã A, xã B`) and asides in brackets
  // (`(nhiều nhất TP.Hội An)`) only illustrate: they are not what a figure is about.
  const merged: boolean[] = mentions.map(
    (mention) =>
      /(?:merg(?:ing|ed|er\s+of)|hợp\s+nhất|sáp\s+nhập|former|trước\s+đây|cũ\s+là)(?:\s+(?:with|of|the|three|two|provinces?|tỉnh))*\s+$/iu.test(
        input.slice(Math.max(0, mention.start - 40), mention.start),
      ) ||
      // `tỉnh Hà Giang cũ`, `Hậu Giang cũ`: the unit as it was before a merger.
      /^\s+cũ(?![\p{L}])/u.test(input.slice(mention.end, mention.end + 4)),
  );
  for (let i = 1; i < mentions.length; i += 1) {
    const previous = mentions[i - 1] as LocalityMention;
    const mention = mentions[i] as LocalityMention;
    if (
      merged[i - 1] === true &&
      /^\s*(?:,|and|và)\s*(?:tỉnh\s+)?$/iu.test(input.slice(previous.end, mention.start))
    ) {
      merged[i] = true;
    }
  }
  const examples: boolean[] = mentions.map((mention, i) => {
    const previous = mentions[i - 1];
    const lead = input.slice(Math.max(0, mention.start - 14), mention.start);
    if (/(?:such\s+as|like|e\.g\.|including|như(?:\s+là)?|bao\s+gồm)\s+$/iu.test(lead)) return true;
    // `địa phương đầu tiên của tỉnh Tiền Giang`, `the first district in Quang Ninh`: the scope of a ranking.
    if (
      /(?:đầu\s+tiên|duy\s+nhất|(?:cao|thấp)\s+nhất|first|only|highest|lowest)\s+(?:[\p{L}]+\s+){0,3}?(?:của|trong|toàn|in|of|across)\s+(?:the\s+)?$/iu.test(
        input.slice(Math.max(0, mention.start - 40), mention.start),
      )
    ) {
      return true;
    }
    if (previous !== undefined && /^\s*(?:,|and|và)\s*$/iu.test(input.slice(previous.end, mention.start))) {
      return false;
    }
    // Inside brackets: an opening bracket shortly before, not closed since.
    const before = input.slice(Math.max(0, mention.start - 40), mention.start);
    return before.lastIndexOf('(') > before.lastIndexOf(')');
  });
  for (let i = 1; i < mentions.length; i += 1) {
    const previous = mentions[i - 1] as LocalityMention;
    const mention = mentions[i] as LocalityMention;
    if (examples[i - 1] === true && /^\s*(?:,|and|và)\s*$/iu.test(input.slice(previous.end, mention.start))) {
      examples[i] = true;
    }
  }
  return mentions.map((mention, i) => {
    if (merged[i] === true && mention.role === 'named') return { ...mention, aside: 'merged' as const };
    if (mention.aside !== undefined) return mention;
    if (examples[i] === true && (mention.role === 'named' || mention.role === 'context')) {
      return { ...mention, aside: 'example' as const };
    }
    const previous = mentions[i - 1];
    if (previous === undefined || mention.role !== 'named' || previous.role !== 'named') return mention;
    if (rank[mention.level] <= rank[previous.level]) return mention;
    const between = input.slice(previous.end, mention.start);
    const linked =
      // `xã Tân Lập huyện Đan Phượng`: an address written without a comma.
      (/^\s+$/u.test(between) && typedNames.test(input.slice(mention.start, mention.end))) ||
      /^\s*\(\s*$/u.test(between) ||
      /^\s*,\s*$/u.test(between) ||
      /^\s*-\s*$/u.test(between) ||
      /^\s*(?:,\s*)?(?:thuộc|của|in|of)\s+(?:the\s+)?$/u.test(between) ||
      (/(?:^|\s)(?:tại|ở|thuộc)\s+$/u.test(between) && !/[;.]/u.test(between) && between.length < 120);
    return linked ? { ...mention, parentOfPrevious: true } : mention;
  });
}

/**
 * Finds the places a text names, in Vietnamese or English: a type word and a capitalised name (`xã Tây
 * Lương`, `Huyện Tiền Hải`, `TP.Hội An`, `Binh Xuyen district`, `Dien Nguyen Commune`); a province or
 * centrally-run city by name alone, with or without diacritics (`Quảng Nam`, `Nghe An`, `Hanoi`, `TPHCM`);
 * given `units`, a known commune or district named alone (`Tây Ninh đã hoàn thành…`); an agency's region
 * (`BHXH khu vực I`); the whole country (`cả nước`, `nationwide`, a ministry reporting); a reference to a
 * place named before (`toàn tỉnh`, `trên địa bàn huyện`, `the district`); and a part of a place (`một số
 * huyện`, `some districts in Hanoi`, `khu vực đô thị`). A lower-case word after the type word (`huyện đã
 * thành lập`, `xã hội`) is not a place. Codes come from `units` (valid on `on`, an ISO date), and for
 * provinces from the national list. For many calls, `createLocalityFinder`. O(n + units).
 *
 * @example findLocalities('Xã Tây Ninh có 376 người.').map((m) => [m.type, m.name]); // => [['xa', 'Tây Ninh']]
 */
export function findLocalities(
  input: string,
  units: readonly AdminUnit[] = [],
  on?: string,
  start = 0,
  end = input.length,
  language: Language = 'vi',
): LocalityMention[] {
  return createLocalityFinder(units, on)(input, start, end, language);
}
