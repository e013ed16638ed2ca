import type { Language } from '../i18n/language.js';
import type { FigureGroup } from '../models/published-figure.js';
import type { TextSpan } from './text-span.js';

/**
 * What the words around a number say it counts:
 * - `account`: people holding or opening an account (`đã có tài khoản`, `with bank accounts`);
 * - `paid`: people paid through an account, or without cash (`chi trả qua tài khoản`, `không dùng tiền
 *   mặt`, `received … through their accounts`);
 * - `cash`: people paid in cash (`nhận tiền mặt`, `in cash`);
 * - `no_account`: people without an account, or left out (`chưa mở tài khoản`, `except for`);
 * - `process`: people or records reviewed, verified, identified, cleaned (`rà soát`, `xác thực`,
 *   `data cleaning`);
 * - `change`: an increase or decrease (`tăng`, `an increase of`);
 * - `beneficiaries`: people on an allowance, without saying more (`người hưởng trợ cấp`, `beneficiaries`,
 *   `pay … to`). The only one that is not specific: the others say more and win over it.
 */
export type Topic = 'account' | 'paid' | 'cash' | 'no_account' | 'process' | 'change' | 'beneficiaries';

/** A topic and the words it came from. */
export interface Cue extends TextSpan {
  readonly topic: Topic;
  /**
   * True for a `beneficiaries` cue that is only a noun naming the people (`đối tượng bảo trợ xã hội`,
   * `people with meritorious services`): it says who, not what was done, and yields to the verbs around.
   */
  readonly weak?: boolean;
}

type CueTable = readonly (readonly [Topic | 'weak', RegExp])[];

const w = "[\\p{L}\\p{M}'’-]+";

const vietnameseCues: CueTable = [
  [
    'no_account',
    /(?<![\p{L}])(?:chưa\s+(?:có|mở|được\s+mở|được\s+cấp|làm|đăng\s+ký)(?:\s+được)?\s+(?:thẻ(?:\s+ATM)?|tài\s+khoản)|không\s+có\s+tài\s+khoản|chưa\s+(?:nhận|được\s+chi\s+trả|được\s+nhận)\s+qua\s+tài\s+khoản|(?:ngoại\s+)?trừ(?=\s+\S*\d)|còn\s+lại)(?![\p{L}])/giu,
  ],
  [
    'paid',
    /(?<![\p{L}])(?:(?:chi\s+trả|chi|nhận|lĩnh|chuyển|thanh\s+toán|trả|được\s+trả)(?:\s+[\p{L}]+){0,8}?\s+)?(?:không\s+(?:dùng|sử\s+dụng)\s+tiền\s+mặt|(?:qua|vào|bằng)\s+(?:tài\s+khoản|thẻ\s+ATM|thẻ\s+ngân\s+hàng|ngân\s+hàng)(?:\s+(?:cá\s+nhân|ngân\s+hàng))?)(?![\p{L}])|(?<![\p{L}])tỷ\s+lệ\s+chi\s+trả(?![\p{L}])|(?<![\p{L}])(?:nhận|chi\s+trả|được\s+chi\s+trả)(?:\s+[\p{L}]+){0,3}?\s+(?:theo|bằng)\s+(?:hình\s+thức|cách)\s+(?:này|đó|trên)(?![\p{L}])/giu,
  ],
  [
    'cash',
    /(?<![\p{L}])(?:(?:nhận|chi\s+trả|chi|lĩnh|trả|thanh\s+toán)(?:\s+[\p{L}]+){0,4}?\s+)?(?:bằng\s+)?tiền\s+mặt(?![\p{L}])/giu,
  ],
  [
    'account',
    /(?<![\p{L}])(?:(?:đã\s+)?(?:có|mở|được\s+mở|được\s+cấp|cấp|làm|sở\s+hữu|đăng\s+ký\s+mở)(?:\s+(?:được|mới))?\s+(?:thẻ(?:\s+ATM)?|tài\s+khoản)(?:\s+(?:ATM|ngân\s+hàng|cá\s+nhân|thanh\s+toán))?|tỷ\s+lệ\s+(?:mở|có)\s+tài\s+khoản)(?![\p{L}])/giu,
  ],
  [
    'process',
    /(?<![\p{L}])(?:rà\s+soát|làm\s+sạch|xác\s+thực|định\s+danh|căn\s+cước|cơ\s+sở\s+dữ\s+liệu|đối\s+chiếu|số\s+hóa|cập\s+nhật\s+(?:thông\s+tin|dữ\s+liệu)|thu\s+thập\s+thông\s+tin)(?![\p{L}])/giu,
  ],
  [
    'change',
    /(?<![\p{L}])(?:tăng|giảm)(?:\s+thêm)?(?=\s+(?:hơn\s+|gần\s+|khoảng\s+)?\d)|so\s+với(?![\p{L}])(?!\s+(?:mức\s+|tỷ\s+lệ\s+|tỉ\s+lệ\s+)?\d)/giu,
  ],
  [
    'beneficiaries',
    /(?<![\p{L}])(?:(?:đang\s+)?(?:hưởng|thụ\s+hưởng|nhận)(?:\s+[\p{L}]+){0,3}?\s+(?:trợ\s+cấp|chế\s+độ|chính\s+sách|lương\s+hưu|bảo\s+trợ|BHXH|ưu\s+đãi|an\s+sinh)|đang\s+hưởng|thụ\s+hưởng|chi\s+trả(?:[\s,]+[\p{L}]+){0,10}?[\s,]+cho|(?<=người\s)hưởng(?=\s*[,.;]|\s+(?:và|hằng|hàng)))(?![\p{L}])/giu,
  ],
  [
    'weak',
    /(?<![\p{L}])(?:người\s+có\s+công|thân\s+nhân|bảo\s+trợ\s+xã\s+hội|đối\s+tượng(?:\s+(?:chính\s+sách|BTXH|an\s+sinh))?|thương\s+binh|NCC)(?![\p{L}])/giu,
  ],
];

const englishCues: CueTable = [
  [
    'no_account',
    /(?<![\p{L}])(?:(?:have|has|had|did)\s+not\s+(?:yet\s+)?(?:opened|had|got|registered)(?:\s+(?:a|an|their|bank|personal))*\s+accounts?|(?:do|does|did)\s+not\s+(?:yet\s+)?have(?:\s+(?:a|an|their|bank|personal))*\s+accounts?|without(?:\s+(?:a|an|any|bank|personal))*\s+accounts?|not\s+yet\s+(?:opened|had)|(?:have|has)\s+yet\s+to\s+(?:open|get|have)(?:\s+(?:a|an|their|bank|personal))*\s+accounts?|except(?:\s+for)?|apart\s+from|the\s+remaining|the\s+other)(?![\p{L}])/giu,
  ],
  [
    'paid',
    new RegExp(
      `(?<![\\p{L}])(?:(?:paid|pay|paying|payments?|receiv(?:e|es|ed|ing)|transfer(?:red|s)?|disburs\\w*|deliver(?:ed|ing)?)(?:\\s+${w}){0,8}?\\s+)?(?:(?:through|via|into|in|to|by\\s+transfer\\s+to)\\s+(?:(?:their|personal|own|bank|the|individual|his|her|an?)\\s+)*(?:bank\\s+)?(?:accounts?|ATM\\s+cards?|cards)|by\\s+(?:bank\\s+)?transfer|non-cash|cashless|without\\s+(?:using\\s+)?cash)(?![\\p{L}])|(?<![\\p{L}])payment\\s+rate(?![\\p{L}])|(?<![\\p{L}])(?:paid|received\\s+(?:their\\s+)?(?:money|allowances?|pensions?))\\s+(?:this|that|the\\s+same)\\s+way(?![\\p{L}])`,
      'giu',
    ),
  ],
  [
    'cash',
    /(?<![\p{L}])(?:(?:receiv(?:e|es|ed|ing)|paid|pay|accept(?:ed|ing)?|chose|prefer(?:red)?|get|gets|got|collect(?:s|ed|ing)?|take|took)(?:\s+[\p{L}]+){0,4}?\s+)?(?:in\s+)?(?<!non-)(?<!non\s)cash(?!less|-)(?:\s+payments?)?(?![\p{L}])/giu,
  ],
  [
    'account',
    /(?<![\p{L}])(?:(?:with|having|have|has|had|own|owning|holding|hold|opened|open|opening|registered|register|created|create|issued|completed\s+opening)(?:\s+(?:of|a|an|their|personal|own|bank|new))*\s+(?:bank\s+)?(?:accounts?|ATM\s+cards?)|accounts?\s+(?:opened|holders?)|account\s+(?:ownership\s+)?rate|account\s+ownership)(?![\p{L}])/giu,
  ],
  [
    'process',
    /(?<![\p{L}])(?:review(?:ed|ing)?|data\s+cleaning|cleaned|cleaning|verif(?:ied|ication)|authenticat(?:ed|ion)|identified|identification|database|ID\s+numbers?)(?![\p{L}])/giu,
  ],
  [
    'change',
    /(?<![\p{L}])(?:an?\s+(?:increase|decrease|rise|drop)\s+of|increased\s+by|decreased\s+by|up\s+by|down\s+by|more\s+than\s+(?:in|last)|compared\s+(?:to|with)(?!\s+(?:about\s+|around\s+|just\s+|only\s+)?\d))(?![\p{L}])/giu,
  ],
  [
    'beneficiaries',
    new RegExp(
      `(?<![\\p{L}])(?:on\\s+welfare|on\\s+(?:${w}\\s+){0,5}?(?:allowances|benefits|pensions)|receiv(?:e|es|ed|ing)\\s+(?:${w}\\s+){0,3}?(?:benefits|allowances?|subsidies|pensions?|welfare|payments|support)|enjoy(?:ing|s)?\\s+(?:${w}\\s+){0,3}?(?:policies|benefits|regimes?)|(?:pay|pays|paid|paying)[\\s,]+(?:${w}[\\s,]+){0,10}?to|(?:we|they|it)\\s+paid(?=\\s+(?:about\\s+|some\\s+|nearly\\s+|over\\s+)?\\d[\\d,.]*\\s+(?:people|beneficiaries|recipients)))(?![\\p{L}])`,
      'giu',
    ),
  ],
  [
    'weak',
    /(?<![\p{L}])(?:beneficiar(?:y|ies)|recipients?|pensioners|retirees|ex-servicemen|needy\s+people|people\s+with\s+(?:meritorious|revolutionary)\s+(?:services?|contributions?)|social\s+protection\s+(?:beneficiaries|subjects))(?![\p{L}])/giu,
  ],
];

/** Words each cue of the tables needs (lower case), in the tables' order. */
const vietnameseGuards: readonly (readonly string[])[] = [
  ['chưa', 'không có', 'trừ', 'còn lại'],
  ['tiền mặt', 'tài khoản', 'thẻ', 'ngân hàng', 'tỷ lệ chi trả', 'hình thức', 'cách'],
  ['tiền mặt'],
  ['tài khoản', 'thẻ'],
  [
    'rà soát',
    'làm sạch',
    'xác thực',
    'định danh',
    'căn cước',
    'dữ liệu',
    'đối chiếu',
    'số hóa',
    'cập nhật',
    'thu thập',
  ],
  ['tăng', 'giảm', 'so với'],
  ['hưởng', 'nhận', 'chi trả'],
  ['người có công', 'thân nhân', 'bảo trợ', 'đối tượng', 'thương binh', 'ncc'],
];
const englishGuards: readonly (readonly string[])[] = [
  ['not', 'without', 'yet', 'except', 'apart', 'remaining', 'other'],
  ['account', 'card', 'transfer', 'non-cash', 'cashless', 'cash', 'payment rate', ' way'],
  ['cash'],
  ['account', 'card'],
  ['review', 'clean', 'verif', 'authenticat', 'identif', 'database', 'id number'],
  [
    'increase',
    'decrease',
    'rise',
    'drop',
    'increased',
    'decreased',
    'up by',
    'down by',
    'compared',
    'more than in',
    'more than last',
  ],
  ['welfare', 'receiv', 'enjoy', 'pay', 'paid', 'allowances', 'benefits', 'pensions'],
  [
    'beneficiar',
    'recipient',
    'pensioner',
    'retiree',
    'ex-servicemen',
    'needy',
    'people with',
    'social protection',
  ],
];

/** The guards as one pattern each (a single scan of the sentence). */
const guardPattern = (words: readonly string[]) =>
  new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'u');
const guardPatterns: Readonly<Record<Language, readonly RegExp[]>> = {
  vi: vietnameseGuards.map(guardPattern),
  en: englishGuards.map(guardPattern),
};
const never = /(?!)/u;

/** Words that make the cue after them a wish, not a fact: `mong muốn chi trả …`, `who want to …`. */
const hedge: Readonly<Record<Language, RegExp>> = {
  vi: /(?<![\p{L}])(?:mong\s+muốn|muốn|có\s+nhu\s+cầu|nguyện\s+vọng|đăng\s+ký|đề\s+nghị)(?![\p{L}])/giu,
  en: /(?<![\p{L}])(?:wants?\s+to|wanted\s+to|wish(?:es)?\s+to|would\s+like\s+to|who\s+need|need\s+to|register(?:ed|ing)?\s+(?:to|for)|appl(?:y|ied)\s+(?:to|for))(?![\p{L}])/giu,
};

/**
 * The topic cues in `input` between `start` and `end`, in text order, without the ones a hedge (`mong
 * muốn`, `want to`) turns into a wish. Where two cues overlap, the one listed first in the table wins
 * (`không dùng tiền mặt` is paid, not cash).
 */
export function findCues(input: string, start: number, end: number, language: Language): Cue[] {
  const text = input.slice(start, end);
  const lower = text.toLowerCase();
  const cues: Cue[] = [];
  (language === 'vi' ? vietnameseCues : englishCues).forEach(([topic, pattern], index) => {
    // A cheap look for the words a cue needs before the full pattern runs.
    if (!(guardPatterns[language][index] ?? never).test(lower)) return;
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const from = match.index ?? 0;
      const to = from + match[0].length;
      if (to === from) continue;
      if (cues.some((c) => from < c.end - start && to > c.start - start)) continue;
      const words = match[0];
      cues.push(
        topic === 'weak'
          ? { start: start + from, end: start + to, text: words, topic: 'beneficiaries', weak: true }
          : { start: start + from, end: start + to, text: words, topic },
      );
    }
  });
  const hedges = [...text.matchAll(hedge[language])].map((m) => (m.index ?? 0) + start);
  return cues
    .filter((cue) => !hedges.some((h) => h <= cue.start && cue.start - h < 60))
    .sort((a, b) => a.start - b.start);
}

const groupCues: Readonly<Record<Language, readonly (readonly [keyof GroupHits, RegExp])[]>> = {
  vi: [
    [
      'other',
      /BHXH\s+(?:1|một)\s+lần|bảo\s+hiểm\s+xã\s+hội\s+(?:1|một)\s+lần|(?:trợ\s+cấp|bảo\s+hiểm)\s+thất\s+nghiệp/giu,
    ],
    ['relatives', /thân\s+nhân/giu],
    [
      'merit',
      /người\s+có\s+công|(?<![\p{L}])NCC(?![\p{L}])|thương\s+binh|bệnh\s+binh|liệt\s+sĩ|có\s+công\s+với\s+cách\s+mạng|đối\s+tượng\s+chính\s+sách\s+(?:và|,)\s+(?:đối\s+tượng\s+)?bảo\s+trợ/giu,
    ],
    [
      'social',
      /bảo\s+trợ\s+xã\s+hội|(?<![\p{L}])BTXH(?![\p{L}])|trợ\s+giúp\s+xã\s+hội|trợ\s+cấp\s+xã\s+hội/giu,
    ],
    [
      'pension',
      /lương\s+hưu|trợ\s+cấp\s+BHXH|trợ\s+cấp\s+bảo\s+hiểm\s+xã\s+hội|BHXH\s+hàng\s+tháng|hưu\s+trí(?!\s+xã\s+hội)/giu,
    ],
  ],
  en: [
    ['other', /one-off|lump[- ]sum|unemployment\s+(?:benefits?|insurance|allowances?)/giu],
    ['relatives', /relatives|families\s+of\s+(?:fallen|martyrs)/giu],
    [
      'merit',
      /merit(?:orious)?|revolutionary\s+contributions?|contributed\s+to\s+the\s+revolution|ex-servicemen|war\s+invalids|martyrs|people\s+with\s+(?:meritorious|revolutionary)|veterans|policy\s+beneficiaries|beneficiaries\s+and\s+social\s+protection/giu,
    ],
    ['social', /social\s+(?:protection|assistance)|needy\s+people|disadvantaged\s+people/giu],
    [
      'pension',
      /(?<![\p{L}])pensions?(?!\s+increase)(?![\p{L}])|pensioners|retirees|social\s+insurance\s+(?:benefits?|allowances?)/giu,
    ],
  ],
};

const agencyNames =
  /Lao\s+động\s*[-–,]?\s*Thương\s+binh\s+(?:và|&)\s+Xã\s+hội|LĐ\s*-?\s*TB\s*&\s*XH|LĐTBXH|Labou?r,?\s+(?:War\s+)?Invalids,?\s+and\s+Social\s+Affairs/giu;

interface GroupHits {
  readonly merit: boolean;
  readonly relatives: boolean;
  readonly social: boolean;
  readonly pension: boolean;
  readonly other: boolean;
}

/**
 * The group a stretch of text speaks of, or `undefined` when it names none: people with merit (`người có
 * công`, with `thân nhân` their relatives), social protection (`bảo trợ xã hội`), pensions and monthly
 * social-insurance benefits (`lương hưu, trợ cấp BHXH`), another group (one-off or unemployment benefits),
 * or `all` when it names both merit and social protection.
 *
 * @example groupOf('416 người có công và 583 đối tượng bảo trợ xã hội', 'vi'); // => 'all'
 */
export function groupOf(input: string, language: Language): FigureGroup | undefined {
  // The ministry's and its offices' names say "thương binh" (war invalids) but name no group.
  const text = input.replace(agencyNames, ' ');
  const hits: Record<keyof GroupHits, boolean> = {
    merit: false,
    relatives: false,
    social: false,
    pension: false,
    other: false,
  };
  for (const [group, pattern] of groupCues[language]) {
    pattern.lastIndex = 0;
    if (pattern.test(text)) hits[group] = true;
  }
  if (hits.other && !hits.merit && !hits.social) return 'other';
  if (hits.merit && hits.social) return 'all';
  if (hits.merit) return hits.relatives ? 'merit_and_relatives' : 'merit';
  if (hits.social) return 'social_protection';
  if (hits.pension) return 'pension';
  return undefined;
}

/** Words that name one group unmistakably, for a page's title (not `trợ cấp xã hội`, `policy beneficiaries`). */
const titleGroups: Readonly<Record<Language, readonly (readonly [FigureGroup, RegExp])[]>> = {
  vi: [
    ['pension', /lương\s+hưu|(?<![\p{L}])hưu\s+trí(?!\s+xã\s+hội)/iu],
    ['social_protection', /bảo\s+trợ\s+xã\s+hội|(?<![\p{L}])BTXH(?![\p{L}])/iu],
    ['merit', /người\s+có\s+công/iu],
  ],
  en: [
    ['pension', /(?<![\p{L}])pension(?:s|ers)?(?![\p{L}])/iu],
    ['social_protection', /social\s+(?:protection|assistance)/iu],
    ['merit', /meritorious|revolutionary\s+contributions?|people\s+with\s+merit/iu],
  ],
};

/**
 * The group a page's title names alone, unmistakably (`… 97,3% đối tượng bảo trợ xã hội nhận trợ cấp qua
 * tài khoản`, `93.6 pc of pensioners …`): what a figure of the page that names no group of its own is
 * about (`Over 3.1 million pensioners …` → pension). `undefined` when the title names none or more than one.
 */
export function titleGroupOf(title: string, language: Language): FigureGroup | undefined {
  const named = titleGroups[language].filter(([, pattern]) => pattern.test(title));
  return named.length === 1 ? named[0]?.[0] : undefined;
}

/** Words that make a figure a target or a deadline, not an achievement. */
const targetWords: Readonly<Record<Language, RegExp>> = {
  vi: /(?<![\p{L}])(?:mục\s+tiêu|chỉ\s+tiêu|phấn\s+đấu|đặt\s+ra|lộ\s+trình|kế\s+hoạch\s+(?:đặt|đề\s+ra)|(?<!sẽ\s)sẽ\s+(?:thực\s+hiện|đạt|hoàn\s+thành|chi\s+trả|có)|dự\s+kiến|yêu\s+cầu|hướng\s+tới|duy\s+trì)(?![\p{L}])/giu,
  en: /(?<![\p{L}])(?:targets?|aims?\s+(?:to|at)|aimed\s+(?:to|at)|goal|at\s+the\s+latest|requir(?:e|es|ed|ing)\s+(?:the\s+)?complet\w*|urg(?:e|ed|ing)\b|deadline|strive|roadmap|will\s+(?:reach|achieve|complete))(?![\p{L}])/giu,
};

/** True when the text states a target or a deadline (`phấn đấu`, `mục tiêu`, `at the latest`). */
export function statesTarget(text: string, language: Language): boolean {
  const pattern = targetWords[language];
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** Topics no figure of this domain is about: poor households, ethnicity, mobile coverage, pension increases. */
const offTopicWords: Readonly<Record<Language, RegExp>> = {
  vi: /(?<![\p{L}])(?:hộ\s+nghèo|cận\s+nghèo|dân\s+tộc\s+thiểu\s+số|DTTS|hộ|hộ\s+gia\s+đình|phủ\s+sóng|tăng\s+lương|điều\s+chỉnh(?:\s+tăng)?|lãi\s+suất|dân\s+số|tài\s+khoản\s+giao\s+dịch|từ\s+15\s+tuổi)(?![\p{L}])/gu,
  en: /(?<![\p{L}])(?:poor|near-poor|ethnic|minorit(?:y|ies)|households?|coverage\s+of\s+(?:mobile|internet)|pension\s+increase|increase\s+in\s+pensions?|pensions?\s+(?:were\s+|was\s+|have\s+been\s+)?(?:increased|raised|rose|adjusted)|interest\s+rate|population|transaction\s+accounts?|aged\s+15)(?![\p{L}])/giu,
};

/** True when the text is about something else than allowances and their payment (poor households, ethnicity). */
export function offTopic(text: string, language: Language): boolean {
  const pattern = offTopicWords[language];
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** Words that say a rate is about units carrying out cashless payment (`thực hiện chi trả`, `implemented`). */
export function statesImplementing(text: string, language: Language): boolean {
  return language === 'vi'
    ? /(?:thực\s+hiện|triển\s+khai|áp\s+dụng|tổ\s+chức|chuyển\s+sang|chuyển\s+hẳn\s+sang)(?:\s+[\p{L}]+){0,4}?\s+(?:chi\s+trả|thanh\s+toán)|^[\s\p{L},]{0,40}?(?:đã|đều)\s+(?:triển\s+khai|thực\s+hiện|hoàn\s+thành)\s*[.;]?$/iu.test(
        text,
      )
    : /(?:implement(?:ed|ing)?|carr(?:ied|y)\s+out|appl(?:ied|y)|adopt(?:ed)?|started|switched|moved|shifted|converted)(?:\s+[\p{L}'’-]+){0,6}?\s+(?:payments?|paying)/iu.test(
        text,
      );
}
