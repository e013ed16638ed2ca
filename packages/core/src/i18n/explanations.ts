/**
 * Every user-facing word ansinh prints, in Vietnamese and English, in one place.
 */

import { type AdminUnitType, adminUnitTypeWords } from '../models/admin-unit.js';
import type { Indicator, Population } from '../models/indicator.js';
import type {
  FigureGroup,
  FigureIndicator,
  Qualifier,
  StatedAmount,
  StatedCount,
} from '../models/published-figure.js';
import {
  compareFractions,
  type ExactFraction,
  type FixedDecimal,
  maxDecimals,
  roundFraction,
} from '../numeric/fixed-decimal.js';
import { defaultRoundingMode, type RoundingMode } from '../numeric/rounding-mode.js';
import { formatNumber, formatPercent } from '../vietnamese/format-number.js';
import type { Bilingual, Language } from './language.js';

export const indicatorLabels: Readonly<Record<FigureIndicator, Bilingual>> = {
  account_rate: { vi: 'tỷ lệ có tài khoản', en: 'account rate' },
  paid_through_account_rate: { vi: 'tỷ lệ chi trả qua tài khoản', en: 'paid-through-account rate' },
  paid_through_account_value_share: {
    vi: 'tỷ trọng số tiền chi qua tài khoản',
    en: 'share of value paid through accounts',
  },
  transaction_account_ownership: {
    vi: 'tỷ lệ người trưởng thành có tài khoản giao dịch',
    en: 'adults with a transaction account',
  },
  cashless_units_share: {
    vi: 'tỷ lệ đơn vị chi trả không dùng tiền mặt',
    en: 'share of units paying without cash',
  },
  other: { vi: 'số liệu khác', en: 'other figure' },
};

export const populationLabels: Readonly<Record<Population, Bilingual>> = {
  monthly_beneficiaries: { vi: 'người hưởng trợ cấp hàng tháng', en: 'monthly beneficiaries' },
  account_holders: { vi: 'người đã có tài khoản', en: 'account holders' },
  paid_through_account: { vi: 'người được chi trả qua tài khoản', en: 'paid through an account' },
  paid_in_cash: { vi: 'người nhận tiền mặt', en: 'paid in cash' },
  other: { vi: 'người (khác)', en: 'people (other)' },
};

/** How an amount of money was paid. */
export const amountChannelLabels: Readonly<Record<StatedAmount['channel'], Bilingual>> = {
  account: { vi: 'số tiền chi qua tài khoản', en: 'amount paid through accounts' },
  cash: { vi: 'số tiền chi bằng tiền mặt', en: 'amount paid in cash' },
  all: { vi: 'số tiền chi trả', en: 'amount paid' },
};

/** What the complement of a rate counts: its denominator minus its numerator. */
export const uncoveredLabels: Readonly<Record<Indicator, Bilingual>> = {
  account_rate: { vi: 'chưa có tài khoản', en: 'without an account' },
  paid_through_account_rate: {
    vi: 'không được chi trả qua tài khoản',
    en: 'not paid through an account',
  },
  paid_through_account_value_share: {
    vi: 'số tiền không chi qua tài khoản',
    en: 'value not paid through accounts',
  },
  transaction_account_ownership: {
    vi: 'người trưởng thành chưa có tài khoản',
    en: 'adults without a transaction account',
  },
};

/** Who a figure counts, when not everyone on a monthly allowance. */
export const groupLabels: Readonly<Record<FigureGroup, Bilingual>> = {
  all: { vi: 'mọi đối tượng', en: 'all beneficiaries' },
  merit: { vi: 'người có công', en: 'people with merit' },
  merit_relative: { vi: 'thân nhân người có công', en: 'relatives of people with merit' },
  social_protection: { vi: 'đối tượng bảo trợ xã hội', en: 'social-protection beneficiaries' },
  social_protection_carer: {
    vi: 'người chăm sóc đối tượng bảo trợ xã hội',
    en: 'carers of social-protection beneficiaries',
  },
  social_pension: { vi: 'trợ cấp hưu trí xã hội', en: 'social pension' },
  merit_and_relatives: { vi: 'người có công và thân nhân', en: 'people with merit and relatives' },
  social_protection_and_carers: {
    vi: 'bảo trợ xã hội, kể cả người chăm sóc',
    en: 'social protection, carers included',
  },
  pension: {
    vi: 'người hưởng lương hưu, trợ cấp BHXH hàng tháng',
    en: 'pensions and monthly social-insurance benefits',
  },
  other: { vi: 'nhóm khác', en: 'another group' },
};

export const roundingLabels: Readonly<Record<RoundingMode, Bilingual>> = {
  'half-up': { vi: 'làm tròn nửa lên', en: 'round half up' },
  'half-even': { vi: 'làm tròn nửa về số chẵn', en: 'round half to even' },
  down: { vi: 'cắt bỏ (làm tròn xuống)', en: 'truncate (round down)' },
  up: { vi: 'làm tròn lên', en: 'round up' },
};

export const qualifierLabels: Readonly<Record<Qualifier, Bilingual>> = {
  exact: { vi: 'chính xác', en: 'exact' },
  over: { vi: 'trên (cận dưới)', en: 'over (a lower bound)' },
  under: { vi: 'dưới (cận trên)', en: 'under (an upper bound)' },
  nearly: { vi: 'gần (thấp hơn một chút)', en: 'nearly (a little below)' },
  about: { vi: 'khoảng (xấp xỉ)', en: 'about (approximate)' },
  at_least: { vi: 'ít nhất', en: 'at least' },
  at_most: { vi: 'tối đa', en: 'at most' },
};

export type Verdict =
  | 'reproduced'
  | 'reproduced_other_rounding'
  | 'reproduced_other_denominator'
  | 'inconsistent'
  | 'bound'
  | 'consistent'
  | 'not_checkable';

export const verdictLabels: Readonly<Record<Verdict, Bilingual>> = {
  reproduced: { vi: 'tái lập được', en: 'reproduced' },
  reproduced_other_rounding: {
    vi: 'chỉ tái lập với cách làm tròn khác',
    en: 'reproduced only with another rounding',
  },
  reproduced_other_denominator: {
    vi: 'chỉ tái lập với mẫu số khác',
    en: 'reproduced only with another denominator',
  },
  inconsistent: { vi: 'không nhất quán', en: 'inconsistent' },
  bound: { vi: 'là cận, không kiểm tra chính xác được', en: 'a bound, not checkable exactly' },
  consistent: { vi: 'nhất quán', en: 'consistent' },
  not_checkable: { vi: 'không kiểm tra được', en: 'not checkable' },
};

/** Verdicts of `checkStatedPercent`. */
export const statedPercentVerdictLabels: Readonly<Record<StatedPercentVerdictName, Bilingual>> = {
  consistent: { vi: 'nhất quán', en: 'consistent' },
  consistent_other_rounding: {
    vi: 'chỉ nhất quán với cách làm tròn khác',
    en: 'consistent only with another rounding',
  },
  inconsistent: { vi: 'không nhất quán', en: 'inconsistent' },
  unconstrained: { vi: 'không bác bỏ được', en: 'cannot be rejected' },
  too_large: { vi: 'không kiểm tra được (số quá lớn)', en: 'not checkable (numbers too large)' },
};

/** The verdict names of `checkStatedPercent` (see `StatedPercentVerdict`). */
type StatedPercentVerdictName =
  | 'consistent'
  | 'consistent_other_rounding'
  | 'inconsistent'
  | 'unconstrained'
  | 'too_large';

/** Column headings of the reproduction table. */
export const reproductionHeadings = {
  locality: { vi: 'Địa bàn', en: 'Locality' },
  indicator: { vi: 'Chỉ số', en: 'Indicator' },
  period: { vi: 'Kỳ', en: 'Period' },
  published: { vi: 'Công bố', en: 'As published' },
  recomputed: { vi: 'Tính lại', en: 'Recomputed' },
  denominator: { vi: 'Mẫu số dùng', en: 'Denominator used' },
  rounding: { vi: 'Làm tròn', en: 'Rounding' },
  verdict: { vi: 'Kết luận', en: 'Verdict' },
  reason: { vi: 'Lý do', en: 'Reason' },
} as const satisfies Record<string, Bilingual>;

/** Short words the reproduction table uses. */
export const words = {
  count: { vi: 'số người', en: 'count' },
  rank: { vi: 'xếp hạng', en: 'rank' },
  decimals: { vi: 'chữ số thập phân', en: 'decimals' },
  target: { vi: 'chỉ tiêu', en: 'target' },
} as const satisfies Record<string, Bilingual>;

// ---------------------------------------------------------------------------------------------------
// Explanations of published-figure checks (claims/check-published-figures.ts).

/** The parts of a recomputation an explanation needs (structurally a `Recomputation`). */
interface RecomputationView {
  readonly numerator: number;
  readonly denominator: { readonly value: number; readonly population: Population; readonly stated: boolean };
  readonly rounding: RoundingMode;
  readonly decimals: number;
  readonly percent: FixedDecimal;
  readonly matches: boolean;
}

/** The parts of a published rate an explanation needs. */
interface RateView {
  readonly percent: { readonly asStated: string } | null;
  readonly numerator: StatedCount | null;
  readonly denominator: StatedCount | null;
}

function both(make: (language: Language) => string): Bilingual {
  return { vi: make('vi'), en: make('en') };
}

function num(value: number | bigint, language: Language): string {
  // A count past 2^53 − 1 (an upper end a qualifier pushed there) prints as the integer it holds.
  return formatNumber(typeof value === 'number' && Number.isInteger(value) ? BigInt(value) : value, language);
}

function pct(value: FixedDecimal | undefined, language: Language): string {
  return formatPercent(value, language);
}

/** `n / d` in percent to `decimals + 3` decimals, truncated, with `…` when more digits follow; exact values print as they are. */
function exactPercent(numerator: number, denominator: number, decimals: number, language: Language): string {
  const fraction = { numerator: BigInt(numerator) * 100n, denominator: BigInt(denominator) };
  const most = Math.min(decimals + 3, maxDecimals);
  for (let shown = 0; shown <= most; shown += 1) {
    const value = roundFraction(fraction, shown, 'down');
    if (value.units * fraction.denominator === fraction.numerator * 10n ** BigInt(shown)) {
      return `${formatNumber(value, language)}%`;
    }
  }
  return `${formatNumber(roundFraction(fraction, most, 'down'), language)}…%`;
}

function computation(r: RecomputationView, language: Language): string {
  const dec = words.decimals[language];
  return `${num(r.numerator, language)} / ${num(r.denominator.value, language)} = ${exactPercent(
    r.numerator,
    r.denominator.value,
    r.decimals,
    language,
  )} → ${pct(r.percent, language)} (${roundingLabels[r.rounding][language]}, ${r.decimals} ${dec}).`;
}

function otherRoundings(list: readonly RecomputationView[], language: Language): string {
  const verdictWord = (m: boolean) =>
    language === 'vi' ? (m ? 'khớp' : 'không khớp') : m ? 'matches' : 'does not match';
  const items = list.map(
    (r) => `${roundingLabels[r.rounding][language]} ${pct(r.percent, language)} (${verdictWord(r.matches)})`,
  );
  return language === 'vi'
    ? `Các cách làm tròn khác: ${items.join('; ')}.`
    : `Other roundings: ${items.join('; ')}.`;
}

/** Why a rate with exact counts did or did not reproduce. */
export function explainRateCheck(input: {
  readonly figure: RateView;
  readonly verdict: Verdict;
  readonly stated: FixedDecimal;
  readonly recomputed: RecomputationView | undefined;
  readonly tried: readonly RecomputationView[];
  readonly grim: { readonly from: number; readonly to: number } | undefined;
}): Bilingual {
  const { figure, verdict, stated, recomputed, tried, grim } = input;
  return both((language) => {
    const parts: string[] = [];
    if (recomputed !== undefined) parts.push(computation(recomputed, language));
    const statedDefault = tried.find((t) => t.denominator.stated && t.rounding === defaultRoundingMode);
    const sameDenominator = tried.filter(
      (t) => recomputed !== undefined && t.denominator === recomputed.denominator && t !== recomputed,
    );
    if (verdict === 'reproduced_other_rounding' && statedDefault !== undefined) {
      parts.push(
        language === 'vi'
          ? `Làm tròn nửa lên cho ${pct(statedDefault.percent, language)}, khác ${pct(stated, language)} đã công bố.`
          : `Rounding half up gives ${pct(statedDefault.percent, language)}, not the published ${pct(stated, language)}.`,
      );
    }
    if (
      verdict === 'reproduced_other_denominator' &&
      statedDefault !== undefined &&
      recomputed !== undefined
    ) {
      parts.push(
        language === 'vi'
          ? `Chia cho mẫu số đã nêu (${num(statedDefault.denominator.value, language)} ${populationLabels[statedDefault.denominator.population].vi}) ra ${pct(statedDefault.percent, language)}; con số công bố chỉ khớp khi chia cho ${populationLabels[recomputed.denominator.population].vi}.`
          : `Over the stated denominator (${num(statedDefault.denominator.value, language)} ${populationLabels[statedDefault.denominator.population].en}) it is ${pct(statedDefault.percent, language)}; the published figure only follows over ${populationLabels[recomputed.denominator.population].en}.`,
      );
    }
    if (verdict === 'inconsistent') {
      parts.push(
        language === 'vi'
          ? `Không mẫu số nào trong văn bản và không cách làm tròn nào cho ra ${pct(stated, language)}.`
          : `No denominator in the text under any rounding gives ${pct(stated, language)}.`,
      );
    }
    if (sameDenominator.length > 0 && verdict !== 'inconsistent')
      parts.push(otherRoundings(sameDenominator, language));
    const alternatives = tried.filter(
      (t) =>
        !t.denominator.stated &&
        t.rounding === defaultRoundingMode &&
        t.denominator !== recomputed?.denominator,
    );
    for (const alt of alternatives) {
      const anyMatch = tried.some((t) => t.denominator === alt.denominator && t.matches);
      const statedPop = figure.denominator?.population;
      const population = populationLabels[alt.denominator.population][language];
      if (anyMatch) {
        parts.push(
          language === 'vi'
            ? `Chia cho ${population} (${num(alt.denominator.value, language)}) cũng ra ${pct(stated, language)}: không phân biệt được mẫu số.`
            : `Dividing by ${population} (${num(alt.denominator.value, language)}) also gives ${pct(stated, language)}: the denominator cannot be told apart.`,
        );
      } else {
        const used =
          statedPop === undefined || verdict === 'reproduced_other_denominator'
            ? ''
            : language === 'vi'
              ? `: văn bản chia cho ${populationLabels[statedPop].vi}`
              : `: the text divides by ${populationLabels[statedPop].en}`;
        parts.push(
          language === 'vi'
            ? `Nếu chia cho ${population} (${num(alt.denominator.value, language)}) sẽ ra ${pct(alt.percent, language)}, không phải ${pct(stated, language)}${used}.`
            : `Dividing by ${population} (${num(alt.denominator.value, language)}) would print ${pct(alt.percent, language)}, not ${pct(stated, language)}${used}.`,
        );
      }
    }
    const numerator = figure.numerator;
    if (numerator?.basis === 'implied') {
      parts.push(
        language === 'vi'
          ? `Tử số ${num(numerator.value, language)} không ghi bằng số mà suy ra từ lời văn${numerator.note ? ` (${numerator.note})` : ''}.`
          : `The numerator ${num(numerator.value, language)} is not written as a number but implied by the wording${numerator.note ? ` (${numerator.note})` : ''}.`,
      );
      if (grim !== undefined && grim.from !== grim.to && figure.denominator !== null) {
        parts.push(
          language === 'vi'
            ? `Với ${stated.decimals} chữ số thập phân, mọi tử số từ ${num(grim.from, language)} đến ${num(grim.to, language)} trên ${num(figure.denominator.value, language)} đều in ra ${pct(stated, language)}.`
            : `At ${stated.decimals} decimals, every numerator from ${num(grim.from, language)} to ${num(grim.to, language)} over ${num(figure.denominator.value, language)} prints ${pct(stated, language)}.`,
        );
      }
    }
    return parts.join(' ');
  });
}

function countPhrase(count: StatedCount | null, language: Language): string {
  if (count === null) return language === 'vi' ? 'không được nêu' : 'not stated';
  if (count.qualifier === 'exact') return `${num(count.value, language)}`;
  return `“${count.asStated}” (${qualifierLabels[count.qualifier][language]})`;
}

/** The lowest true percent that prints as `stated` under half-up rounding: `stated − half a unit`. */
function halfUpFloor(stated: FixedDecimal): FixedDecimal {
  const lowered = stated.units * 10n - 5n;
  return { units: lowered < 0n ? 0n : lowered, decimals: stated.decimals + 1 };
}

/** Why a rate whose percent is itself qualified (`gần 100%`) is only a bound. */
export function explainQualifiedPercent(figure: {
  readonly percent: { readonly asStated: string; readonly qualifier: Qualifier };
}): Bilingual {
  return both((language) =>
    language === 'vi'
      ? `Tỷ lệ “${figure.percent.asStated}” được nêu kèm “${qualifierLabels[figure.percent.qualifier].vi}”, nên chỉ là cận hoặc ước lượng, không kiểm tra chính xác được.`
      : `The percent “${figure.percent.asStated}” is stated as ${qualifierLabels[figure.percent.qualifier].en}, so it is a bound or an estimate and cannot be checked exactly.`,
  );
}

/** Why a rate whose numerator exceeds its denominator is inconsistent. */
export function explainNumeratorAboveDenominator(figure: RateView): Bilingual {
  return both((language) =>
    language === 'vi'
      ? `Tử số ${countPhrase(figure.numerator, language)} lớn hơn mẫu số ${countPhrase(figure.denominator, language)}.`
      : `The numerator ${countPhrase(figure.numerator, language)} exceeds the denominator ${countPhrase(figure.denominator, language)}.`,
  );
}

/** How a count compares with the other statements of the same count. */
export function explainCountCheck(figure: { readonly count: StatedCount }, otherMentions: number): Bilingual {
  return both((language) => {
    if (figure.count.qualifier !== 'exact') {
      return language === 'vi'
        ? `“${figure.count.asStated}” là cận, không phải số đếm chính xác.`
        : `“${figure.count.asStated}” is a bound, not an exact count.`;
    }
    if (otherMentions === 0) {
      return language === 'vi'
        ? 'Chỉ được nêu một lần; không có số nào khác trong văn bản để đối chiếu.'
        : 'Stated once; nothing else in the text to check it against.';
    }
    return language === 'vi'
      ? `Văn bản nêu lại cùng số ${num(figure.count.value, language)} thêm ${otherMentions} lần, cùng địa bàn và thời điểm: khớp.`
      : `The text states the same ${num(figure.count.value, language)} ${otherMentions} more time(s) for the same place and time: they agree.`;
  });
}

/** Why a count disagrees with another statement of it. */
export function explainInconsistentCounts(
  figure: { readonly count: StatedCount },
  others: readonly { readonly figureId: string; readonly value: number }[],
): Bilingual {
  return both((language) => {
    const list = others.map((o) => `${num(o.value, language)} (${o.figureId})`).join(', ');
    return language === 'vi'
      ? `Cùng văn bản nêu ${num(figure.count.value, language)} ở đây nhưng ${list} ở chỗ khác, cùng địa bàn và thời điểm.`
      : `The text states ${num(figure.count.value, language)} here but ${list} elsewhere, for the same place and time.`;
  });
}

/**
 * Why a count of a part of the monthly beneficiaries (account holders, paid through an account) and the
 * count of the beneficiaries themselves, for the same place and time, contradict each other.
 */
export function explainPartAboveWhole(
  own: StatedCount,
  others: readonly { readonly figureId: string; readonly count: StatedCount }[],
): Bilingual {
  return both((language) => {
    const vi = language === 'vi';
    const shown = others.slice(0, 10);
    const list = shown
      .map(
        (o) =>
          `${countText(o.count, language)} ${populationLabels[o.count.population][language]} (${o.figureId})`,
      )
      .join(', ');
    const more = others.length - shown.length;
    const rest = more > 0 ? (vi ? ` và ${more} số khác` : ` and ${more} more`) : '';
    const mine = `${countText(own, language)} ${populationLabels[own.population][language]}`;
    if (own.population === 'monthly_beneficiaries') {
      return vi
        ? `Cùng địa bàn, nhóm và thời điểm, văn bản nêu ${list}${rest}: nhiều hơn ${mine}, mà họ chỉ là một phần của số này.`
        : `For the same place, group and time the text states ${list}${rest}: more than ${mine}, of whom they are only a part.`;
    }
    return vi
      ? `${mine} nhiều hơn ${list}${rest} cùng địa bàn, nhóm và thời điểm, trong khi họ chỉ có thể là một phần của người hưởng trợ cấp hàng tháng.`
      : `${mine}: more than the ${list}${rest} for the same place, group and time, though they can only be some of the monthly beneficiaries.`;
  });
}

/** Why a qualified percent (`hơn 85,7%`) does or does not fit the counts stated with it. */
export function explainQualifiedPercentCheck(
  percent: FixedDecimal,
  qualifier: Qualifier,
  check: {
    readonly verdict: 'consistent' | 'inconsistent' | 'bound';
    readonly rates: { readonly from: ExactFraction; readonly to: ExactFraction | undefined } | undefined;
  },
): Bilingual {
  return both((language) => {
    const vi = language === 'vi';
    const stated = `“${qualifierWords[qualifier][language]}${pct(percent, language)}”`;
    const show = (fraction: ExactFraction) => {
      const rounded = roundFraction(fraction, Math.min(percent.decimals + 2, maxDecimals), 'half-up');
      let { units, decimals } = rounded;
      while (decimals > 0 && units % 10n === 0n) {
        units /= 10n;
        decimals -= 1;
      }
      return pct({ units, decimals }, language);
    };
    if (check.rates === undefined) {
      return vi
        ? `Tỷ lệ ${stated} không kèm đủ tử số và mẫu số nên chỉ là cận, không kiểm tra được.`
        : `${stated} comes without both counts, so it is a bound that cannot be checked.`;
    }
    const span =
      check.rates.to === undefined
        ? vi
          ? `từ ${show(check.rates.from)} trở lên`
          : `${show(check.rates.from)} or more`
        : compareFractions(check.rates.from, check.rates.to) === 0
          ? show(check.rates.from)
          : vi
            ? `từ ${show(check.rates.from)} đến ${show(check.rates.to)}`
            : `from ${show(check.rates.from)} to ${show(check.rates.to)}`;
    if (check.verdict === 'consistent') {
      return vi
        ? `Các số đếm cho tỷ lệ ${span}, đúng là ${stated}.`
        : `The counts give a rate of ${span}, which is ${stated} indeed.`;
    }
    if (check.verdict === 'inconsistent') {
      return vi
        ? `Các số đếm cho tỷ lệ ${span}, không phải ${stated}.`
        : `The counts give a rate of ${span}, which is not ${stated}.`;
    }
    return vi
      ? `Các số đếm cho tỷ lệ ${span}: có thể là ${stated}, có thể không; không kiểm tra chính xác được.`
      : `The counts give a rate of ${span}: it may or may not be ${stated}; it cannot be checked exactly.`;
  });
}

const qualifierWords: Readonly<Record<Qualifier, Bilingual>> = {
  exact: { vi: '', en: '' },
  over: { vi: 'hơn ', en: 'over ' },
  under: { vi: 'dưới ', en: 'under ' },
  nearly: { vi: 'gần ', en: 'nearly ' },
  about: { vi: 'khoảng ', en: 'about ' },
  at_least: { vi: 'ít nhất ', en: 'at least ' },
  at_most: { vi: 'tối đa ', en: 'at most ' },
};

/** A rate stated by its counts alone: no percent printed, so nothing to check; what the counts give. */
export function explainCountsWithoutPercent(figure: RateView, percent: FixedDecimal | undefined): Bilingual {
  return both((language) => {
    const counts = `${countPhrase(figure.numerator, language)} / ${countPhrase(figure.denominator, language)}`;
    if (percent === undefined) {
      return language === 'vi'
        ? `Không in tỷ lệ; các số đếm (${counts}) không đủ chính xác để tính ra một tỷ lệ.`
        : `No percent is printed, and the counts (${counts}) are not exact enough to give one.`;
    }
    return language === 'vi'
      ? `Không in tỷ lệ nên không có gì để đối chiếu; các số đếm ${counts} cho ${pct(percent, language)} (${roundingLabels[defaultRoundingMode].vi}).`
      : `No percent is printed, so there is nothing to check; the counts ${counts} give ${pct(percent, language)} (${roundingLabels[defaultRoundingMode].en}).`;
  });
}

/** Why an amount of money cannot be checked from one text. */
export function explainAmount(amount: StatedAmount): Bilingual {
  return both((language) =>
    language === 'vi'
      ? `Số tiền “${amount.asStated}” (${amountChannelLabels[amount.channel].vi}) là số tiền, không phải số người; một văn bản không cho gì để đối chiếu.`
      : `“${amount.asStated}” (${amountChannelLabels[amount.channel].en}) is an amount of money, not a count of people; one text gives nothing to check it against.`,
  );
}

/** Why a rank cannot be checked from one text. */
export function explainRank(figure: { readonly rank: number; readonly among: string }): Bilingual {
  return both((language) =>
    language === 'vi'
      ? `Xếp hạng ${figure.rank} trong ${figure.among} cần số liệu của các địa phương khác, văn bản không đưa ra.`
      : `Rank ${figure.rank} among ${figure.among} needs the other places' figures, which the text does not give.`,
  );
}

/** The parts of a `StatedPercentCheck` its explanation needs. */
interface StatedPercentView {
  readonly percent: FixedDecimal;
  readonly numerator: { readonly from: number; readonly to: number | undefined };
  readonly denominator: { readonly from: number; readonly to: number | undefined };
  readonly byRounding: readonly {
    readonly rounding: RoundingMode;
    readonly consistent: boolean | undefined;
    readonly numerators: { readonly from: number; readonly to: number | undefined } | undefined;
    readonly denominators: { readonly from: number; readonly to: number | undefined } | undefined;
    readonly pairCount: number | undefined;
  }[];
  readonly verdict: StatedPercentVerdictName;
  readonly precisionBites: boolean;
  readonly denominatorsForNumerator: { readonly from: number; readonly to: number | undefined } | undefined;
  readonly numeratorsForDenominator: { readonly from: number; readonly to: number } | undefined;
  readonly plausible?: {
    readonly numerator: { readonly from: number; readonly to: number | undefined };
    readonly denominator: { readonly from: number; readonly to: number | undefined };
    readonly verdict: StatedPercentVerdictName;
    readonly byRounding: StatedPercentView['byRounding'];
  };
  readonly beyondLargestCount?: { readonly from: bigint; readonly to: bigint | undefined };
}

/** 2^53 − 1: the largest count checked (`largestCount`). */
const largestCount = Number.MAX_SAFE_INTEGER;

function intervalPhrase(
  interval: { readonly from: number; readonly to: number | undefined },
  language: Language,
): string {
  const vi = language === 'vi';
  if (interval.to === undefined) {
    if (interval.from === 0) return vi ? 'không được nêu' : 'not stated';
    return vi ? `từ ${num(interval.from, language)} trở lên` : `${num(interval.from, language)} or more`;
  }
  if (interval.from === interval.to) return num(interval.from, language);
  if (interval.to < interval.from) {
    return vi ? `từ ${num(interval.from, language)} trở lên` : `${num(interval.from, language)} or more`;
  }
  const cut =
    interval.to === largestCount
      ? vi
        ? ' (2^53 − 1, số đếm lớn nhất được xét)'
        : ' (2^53 − 1, the largest count checked)'
      : '';
  return vi
    ? `từ ${num(interval.from, language)} đến ${num(interval.to, language)}${cut}`
    : `${num(interval.from, language)} to ${num(interval.to, language)}${cut}`;
}

/** The true percents that print as `stated` under half-up rounding: [stated − ½ unit, stated + ½ unit), within [0, 100]. */
function halfUpCeiling(stated: FixedDecimal): FixedDecimal | undefined {
  const raised = stated.units * 10n + 5n;
  return raised > 1000n * 10n ** BigInt(stated.decimals)
    ? undefined
    : { units: raised, decimals: stated.decimals + 1 };
}

const verdictWordVi = (verdict: StatedPercentView['verdict']) =>
  verdict === 'inconsistent'
    ? 'mâu thuẫn'
    : verdict === 'unconstrained'
      ? 'không bác bỏ được'
      : verdict === 'too_large'
        ? 'không kiểm tra được'
        : 'khớp';
const verdictWordEn = (verdict: StatedPercentView['verdict']) =>
  verdict === 'inconsistent'
    ? 'inconsistent'
    : verdict === 'unconstrained'
      ? 'unconstrained'
      : verdict === 'too_large'
        ? 'not checkable'
        : 'consistent';

/** How the counts of a `checkStatedPercent` were written, for its explanation. */
export interface StatedPercentWording {
  /** The counts as the text wrote them (`trên 900`). */
  readonly numerator?: string | undefined;
  readonly denominator?: string | undefined;
  /** Which counts were written with a scale word (`1,2 triệu`) and so stand for an interval. */
  readonly rounded?: { readonly numerator: boolean; readonly denominator: boolean } | undefined;
  /** Which bounds the plausible reading reads: `over` (trên, hơn, ít nhất), `under` (dưới, tối đa). */
  readonly bounds?: readonly ('over' | 'under')[] | undefined;
}

/** Why a printed percent is or is not consistent with the counts stated with it. */
export function explainStatedPercent(
  check: StatedPercentView,
  asStated: StatedPercentWording = {},
): Bilingual {
  return both((language) => {
    const vi = language === 'vi';
    const p = pct(check.percent, language);
    const side = (interval: StatedPercentView['numerator'], text: string | undefined) => {
      const phrase = intervalPhrase(interval, language);
      return text === undefined || text === phrase || interval.from === interval.to
        ? phrase
        : `“${text}” (${phrase})`;
    };
    const parts = [
      vi
        ? `Tử số: ${side(check.numerator, asStated.numerator)}; mẫu số: ${side(check.denominator, asStated.denominator)}.`
        : `Numerator: ${side(check.numerator, asStated.numerator)}; denominator: ${side(check.denominator, asStated.denominator)}.`,
    ];
    const rounded = asStated.rounded;
    if (rounded?.numerator === true || rounded?.denominator === true) {
      parts.push(
        vi
          ? 'Số viết kèm chữ chỉ hàng (nghìn, triệu, tỷ) đã được làm tròn tới chữ số cuối cùng được viết: đó là mọi số làm tròn nửa lên thành nó.'
          : 'A count written with a scale word (thousand, million, billion) was rounded to its last written digit: it stands for every count that rounds half up to it.',
      );
    }
    if (check.denominator.to === 0) {
      parts.push(
        vi
          ? 'Mẫu số bằng 0: không có tỷ lệ nào trên 0 người, nên không tỷ lệ phần trăm nào in ra được.'
          : 'The denominator is 0: there is no rate over no one, so no percent can be printed.',
      );
    }
    const [presumed] = check.byRounding;
    const fitting = check.byRounding.find((r) => r.consistent === true);
    const exactPair =
      check.numerator.to === check.numerator.from && check.denominator.to === check.denominator.from;
    if (fitting !== undefined && fitting.numerators !== undefined && fitting.denominators !== undefined) {
      const mode = roundingLabels[fitting.rounding][language];
      if (exactPair) {
        parts.push(
          `${num(check.numerator.from, language)} / ${num(check.denominator.from, language)} = ${exactPercent(check.numerator.from, check.denominator.from, check.percent.decimals, language)} → ${p} (${mode}).`,
        );
      } else if (fitting.denominators.from === fitting.denominators.to) {
        parts.push(
          vi
            ? `Trên mẫu số ${num(fitting.denominators.from, language)}, tử số ${intervalPhrase(fitting.numerators, language)} cho ra ${p} (${mode}).`
            : `Over ${num(fitting.denominators.from, language)}, a numerator of ${intervalPhrase(fitting.numerators, language)} prints ${p} (${mode}).`,
        );
      } else {
        const count =
          fitting.pairCount === undefined
            ? vi
              ? 'vô số cặp'
              : 'infinitely many pairs'
            : vi
              ? `tất cả ${num(fitting.pairCount, language)} cặp`
              : `${num(fitting.pairCount, language)} pairs in all`;
        parts.push(
          vi
            ? `Các cặp cho ra ${p} (${mode}): tử số ${intervalPhrase(fitting.numerators, language)}, mẫu số ${intervalPhrase(fitting.denominators, language)}, ${count}.`
            : `Pairs printing ${p} (${mode}): numerators ${intervalPhrase(fitting.numerators, language)}, denominators ${intervalPhrase(fitting.denominators, language)}, ${count}.`,
        );
      }
      if (check.verdict === 'consistent_other_rounding' && presumed !== undefined) {
        parts.push(
          vi
            ? `Với ${roundingLabels[presumed.rounding].vi} thì không cặp nào cho ra ${p}.`
            : `Under ${roundingLabels[presumed.rounding].en} no pair prints ${p}.`,
        );
      }
    }
    if (check.verdict === 'too_large') {
      const beyond = check.beyondLargestCount;
      const needs =
        beyond === undefined
          ? ''
          : beyond.to === undefined
            ? vi
              ? ` ${p} cần mẫu số từ ${num(beyond.from, language)} trở lên.`
              : ` ${p} needs a denominator of ${num(beyond.from, language)} or more.`
            : vi
              ? ` ${p} cần mẫu số từ ${num(beyond.from, language)} đến ${num(beyond.to, language)}.`
              : ` ${p} needs a denominator of ${num(beyond.from, language)} to ${num(beyond.to, language)}.`;
      parts.push(
        vi
          ? `Không số đếm nào tới ${num(largestCount, language)} (2^53 − 1) cho ra ${p}; chỉ số lớn hơn mới được, mà không nhóm người nào lớn như vậy: không kiểm tra.${needs}`
          : `No count up to ${num(largestCount, language)} (2^53 − 1) prints ${p}; only larger ones would, and no group of people is that large: not checked.${needs}`,
      );
    }
    if (check.verdict === 'inconsistent') {
      parts.push(
        vi
          ? `Không cặp tử số, mẫu số nào trong các khoảng trên cho ra ${p}, với bất kỳ cách làm tròn nào.`
          : `No numerator and denominator within those intervals print ${p}, under any rounding.`,
      );
      if (exactPair && check.denominator.from > 0 && check.numerator.from <= check.denominator.from) {
        const printed = roundFraction(
          { numerator: BigInt(check.numerator.from) * 100n, denominator: BigInt(check.denominator.from) },
          check.percent.decimals,
          presumed?.rounding ?? defaultRoundingMode,
        );
        parts.push(
          `${num(check.numerator.from, language)} / ${num(check.denominator.from, language)} = ${exactPercent(check.numerator.from, check.denominator.from, check.percent.decimals, language)} → ${pct(printed, language)} (${roundingLabels[presumed?.rounding ?? defaultRoundingMode][language]}).`,
        );
      }
      const forNumerator = check.denominatorsForNumerator;
      if (forNumerator !== undefined) {
        parts.push(
          vi
            ? `Với tử số ${num(check.numerator.from, language)}, mẫu số phải ${intervalPhrase(forNumerator, language)} mới cho ra ${p}.`
            : `With the numerator ${num(check.numerator.from, language)}, ${p} needs a denominator of ${intervalPhrase(forNumerator, language)}.`,
        );
      }
      const forDenominator = check.numeratorsForDenominator;
      if (forDenominator !== undefined) {
        parts.push(
          vi
            ? `Với mẫu số ${num(check.denominator.from, language)}, tử số phải ${intervalPhrase(forDenominator, language)} mới cho ra ${p}.`
            : `With the denominator ${num(check.denominator.from, language)}, ${p} needs a numerator of ${intervalPhrase(forDenominator, language)}.`,
        );
      }
    }
    if (check.verdict === 'unconstrained') {
      const ceiling = halfUpCeiling(check.percent);
      const floor = pct(halfUpFloor(check.percent), language);
      const range =
        ceiling === undefined
          ? vi
            ? `ít nhất ${floor}`
            : `at least ${floor}`
          : vi
            ? `từ ${floor} đến dưới ${pct(ceiling, language)}`
            : `from ${floor} to below ${pct(ceiling, language)}`;
      const finite = check.numerator.to !== undefined && check.denominator.to !== undefined;
      parts.push(
        finite
          ? vi
            ? `Các số đã nêu để ngỏ quá nhiều cặp tử số, mẫu số để xét từng cặp, và khoảng tỷ lệ của chúng chạm tới ${p}: không bác bỏ được. In ra ${p} (làm tròn nửa lên) nghĩa là tỷ lệ thật ${range}.`
            : `The stated counts leave too many pairs to try one by one, and the rates they allow reach ${p}: nothing can be rejected. Printing ${p} (round half up) means a true rate ${range}.`
          : vi
            ? `Các số đã nêu để ngỏ vô số cặp tử số, mẫu số: không bác bỏ được. In ra ${p} (làm tròn nửa lên) nghĩa là tỷ lệ thật ${range}.`
            : `The stated counts leave infinitely many pairs open: nothing can be rejected. Printing ${p} (round half up) means a true rate ${range}.`,
      );
    }
    if (
      check.verdict === 'inconsistent' &&
      check.numeratorsForDenominator === undefined &&
      check.denominator.from === check.denominator.to &&
      check.denominator.from > 0
    ) {
      const d = check.denominator.from;
      const scaled = check.percent.units * BigInt(d);
      const unit = 100n * 10n ** BigInt(check.percent.decimals);
      const below = Number(scaled / unit);
      const neighbours = [below, below + 1]
        .filter((n) => n >= 0 && n <= d)
        .map(
          (n) =>
            `${num(n, language)}/${num(d, language)} → ${pct(roundFraction({ numerator: BigInt(n) * 100n, denominator: BigInt(d) }, check.percent.decimals, presumed?.rounding ?? defaultRoundingMode), language)}`,
        );
      if (neighbours.length > 0) {
        parts.push(
          vi
            ? `Không tử số nào trên ${num(d, language)} cho ra ${p}; gần nhất: ${neighbours.join(', ')}.`
            : `No numerator over ${num(d, language)} prints ${p}; the nearest: ${neighbours.join(', ')}.`,
        );
      }
    }
    if (check.percent.units > 100n * 10n ** BigInt(check.percent.decimals)) {
      parts.push(
        vi
          ? `${p} lớn hơn 100%: một phần của số người không thể nhiều hơn tất cả số người đó.`
          : `${p} is over 100%: a part of a group of people cannot be more than all of them.`,
      );
    }
    const plausible = check.plausible;
    if (plausible !== undefined) {
      const bounds = asStated.bounds ?? ['over'];
      const overWords = vi
        ? '“trên/hơn N” là dưới đơn vị kế tiếp của chữ số cuối đã viết'
        : '“over N” as below the next unit of its last written digit';
      const underWords = vi
        ? '“dưới N” là trên đơn vị liền trước của chữ số cuối đã viết'
        : '“under N” as above the unit before it at its last written digit';
      const words = [
        ...(bounds.includes('over') ? [overWords] : []),
        ...(bounds.includes('under') ? [underWords] : []),
      ].join(vi ? ', và ' : ', and ');
      const reading = vi
        ? `Hiểu ${words} (tử số ${intervalPhrase(plausible.numerator, language)}; mẫu số ${intervalPhrase(plausible.denominator, language)})`
        : `Reading ${words} (numerator ${intervalPhrase(plausible.numerator, language)}; denominator ${intervalPhrase(plausible.denominator, language)})`;
      const fit = plausible.byRounding.find((r) => r.consistent === true);
      const bounded = plausible.numerator.to !== undefined && plausible.denominator.to !== undefined;
      const outcome =
        plausible.verdict === 'inconsistent' || plausible.verdict === 'too_large'
          ? vi
            ? `không cặp nào cho ra ${p}; không có cận trên thì ${verdictWordVi(check.verdict)}.`
            : `no pair prints ${p}; with no upper bound it is ${verdictWordEn(check.verdict)}.`
          : plausible.verdict === 'unconstrained'
            ? bounded
              ? vi
                ? 'vẫn còn quá nhiều cặp để xét từng cặp.'
                : 'too many pairs remain to try one by one.'
              : vi
                ? 'vẫn còn vô số cặp.'
                : 'infinitely many pairs remain.'
            : fit?.numerators !== undefined && fit.denominators !== undefined
              ? vi
                ? `cho ra ${p} khi tử số ${intervalPhrase(fit.numerators, language)} và mẫu số ${intervalPhrase(fit.denominators, language)}.`
                : `${p} is printed by numerators ${intervalPhrase(fit.numerators, language)} over denominators ${intervalPhrase(fit.denominators, language)}.`
              : '';
      parts.push(`${reading}: ${outcome}`);
    }
    if (
      !check.precisionBites &&
      !exactPair &&
      check.verdict !== 'inconsistent' &&
      check.verdict !== 'too_large'
    ) {
      const threshold = num(10n ** BigInt(2 + check.percent.decimals), language);
      parts.push(
        vi
          ? `Với mẫu số từ ${threshold} trở lên, mọi tỷ lệ in với ${check.percent.decimals} chữ số thập phân đều đạt được: độ chính xác của con số không bác bỏ được gì, chỉ các số đếm đã nêu mới có thể mâu thuẫn.`
          : `With denominators of ${threshold} or more every percent printed at ${check.percent.decimals} decimals is reachable: the printed precision cannot reject anything, only the stated counts can conflict.`,
      );
    }
    return parts.join(' ');
  });
}

/** An exact count in the reader's number format; a bound as the text wrote it (`trên 900`). */
function countText(count: StatedCount, language: Language): string {
  return count.qualifier === 'exact' ? num(count.value, language) : count.asStated;
}

/** How the parts of a whole add up. */
export function explainPartsSum(
  population: Population,
  whole: StatedCount,
  parts: readonly { readonly id: string; readonly count: StatedCount }[],
  sum: number,
  exact: boolean,
): Bilingual {
  return both((language) => {
    const vi = language === 'vi';
    const terms = parts.map((p) => countText(p.count, language)).join(' + ');
    const who = populationLabels[population][language];
    if (!exact) {
      return vi
        ? `Các phần (${who}): ${terms}; có số là cận nên không kiểm tra được tổng ${whole.asStated}.`
        : `Parts (${who}): ${terms}; some are bounds, so the total ${whole.asStated} cannot be checked.`;
    }
    if (sum === whole.value) {
      return vi
        ? `Các phần cộng lại đúng bằng tổng (${who}): ${terms} = ${num(sum, language)}.`
        : `The parts add up to the whole (${who}): ${terms} = ${num(sum, language)}.`;
    }
    if (sum < whole.value) {
      return vi
        ? `Các phần được nêu (${who}): ${terms} = ${num(sum, language)}, ít hơn tổng ${whole.asStated} ${num(whole.value - sum, language)}; có thể còn nhóm không được nêu (người chăm sóc, thân nhân), nên không coi là mâu thuẫn.`
        : `The parts stated (${who}): ${terms} = ${num(sum, language)}, ${num(whole.value - sum, language)} less than the whole ${whole.asStated}; a group may be left unstated (carers, relatives), so this is not held as a contradiction.`;
    }
    return vi
      ? `Các phần cộng lại vượt tổng (${who}): ${terms} = ${num(sum, language)}, nhưng tổng được nêu là ${whole.asStated} (vượt ${num(sum - whole.value, language)}).`
      : `The parts add up to more than the whole (${who}): ${terms} = ${num(sum, language)}, but the whole is stated as ${whole.asStated} (over by ${num(sum - whole.value, language)}).`;
  });
}

/** Whether a place's count fits within its parent's. */
export function explainWithinParent(
  child: { readonly name: string; readonly type?: AdminUnitType | undefined; readonly level: string },
  parent: { readonly name: string; readonly type?: AdminUnitType | undefined; readonly level: string },
  population: Population,
  childCount: StatedCount,
  parentCount: StatedCount,
  childLow: number,
  parentHigh: number | undefined,
): Bilingual {
  return both((language) => {
    const vi = language === 'vi';
    const who = populationLabels[population][language];
    const c = `${child.type === undefined ? child.name : vi ? `${adminUnitTypeWords[child.type]} ${child.name}` : child.name} (${countText(childCount, language)})`;
    const p = `${parent.type === undefined ? parent.name : vi ? `${adminUnitTypeWords[parent.type]} ${parent.name}` : parent.name} (${countText(parentCount, language)})`;
    if (parentHigh === undefined) {
      return vi ? `Không so được ${who} của ${c} với ${p}.` : `Cannot compare the ${who} of ${c} with ${p}.`;
    }
    return childLow <= parentHigh
      ? vi
        ? `Số ${who} của ${c} không vượt quá của ${p}.`
        : `The ${who} of ${c} do not exceed those of ${p}.`
      : vi
        ? `Số ${who} của ${c} vượt quá của ${p}.`
        : `The ${who} of ${c} exceed those of ${p}.`;
  });
}

// ---------------------------------------------------------------------------------------------------
// The command line's refusals and warnings (packages/cli): what went wrong with the input, and where.

/** Messages the `ansinh` command prints about its input, in both languages. */
export const cliMessages = {
  /** `ansinh check "5/0 = 0%"`: a rate over no one. */
  zeroDenominator: (): Bilingual => ({
    vi: 'Không kiểm tra được: mẫu số bằng 0, mà không có tỷ lệ nào trên 0 người.',
    en: 'Cannot check: the denominator is 0, and there is no rate over no one.',
  }),
  /** `ansinh reproduce`: the figures found inconsistent, the first twenty by id. */
  inconsistentFigures: (ids: readonly string[]): Bilingual => {
    const shown = ids.slice(0, 20).join(', ');
    const more = ids.length - 20;
    return {
      vi: `Lỗi: ${ids.length} số liệu không nhất quán: ${shown}${more > 0 ? ` và ${more} số liệu khác` : ''}.`,
      en: `Error: ${ids.length} figure(s) inconsistent: ${shown}${more > 0 ? ` and ${more} more` : ''}.`,
    };
  },
  /** A text input whose bytes are not UTF-8: the first bad byte and its offset (from 0). */
  notUtf8Text: (byte: number, offset: number): Bilingual => {
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    return {
      vi: `không phải văn bản UTF-8 (byte ${hex} ở vị trí ${offset}; có thể là Windows-1258, TCVN3 hoặc VNI); hãy lưu lại dưới dạng UTF-8`,
      en: `not UTF-8 text (byte ${hex} at offset ${offset}; perhaps Windows-1258, TCVN3 or VNI); save it as UTF-8`,
    };
  },
  /** A text input that starts with a UTF-16 byte-order mark but is not valid UTF-16. */
  invalidUtf16Text: (encoding: 'utf-16le' | 'utf-16be'): Bilingual => ({
    vi: `bắt đầu bằng dấu BOM của ${encoding.toUpperCase()} nhưng không phải văn bản ${encoding.toUpperCase()} hợp lệ; hãy lưu lại dưới dạng UTF-8`,
    en: `starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} text; save it as UTF-8`,
  }),
  /** A text input holding a NUL byte or mostly control characters: a binary file, not a text. */
  binaryText: (offset: number): Bilingual => ({
    vi: `là tệp nhị phân, không phải văn bản (ký tự điều khiển ở vị trí ${offset}; UTF-16 không có BOM cũng vậy); cần văn bản UTF-8`,
    en: `is binary, not text (a control byte at offset ${offset}; so is UTF-16 without a byte-order mark); expected UTF-8 text`,
  }),
  /** A text input in valid UTF-8 that reads as TCVN3 or VNI mojibake (`NguyÔn V¨n H¶i`). */
  legacyEncodedText: (encoding: 'tcvn3' | 'vni'): Bilingual => {
    const name = encoding === 'tcvn3' ? 'TCVN3 (ABC, .VnTime)' : 'VNI (VNI-Times)';
    return {
      vi: `trông như văn bản mã ${name} bị đọc như Unicode; hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) và lưu dưới dạng UTF-8`,
      en: `looks like ${name} text read as Unicode; convert it to Unicode (for example with Unikey's converter) and save it as UTF-8`,
    };
  },
  /** `ansinh extract --bogus`: an option the command line does not know. */
  unknownOption: (option: string): Bilingual => ({
    vi: `Tùy chọn không rõ: ${option}`,
    en: `unknown option: ${option}`,
  }),
  /** `ansinh extract FILE --units`: an option that needs a value, given none (or another option). */
  missingOptionValue: (option: string): Bilingual => ({
    vi: `Tùy chọn ${option} cần một giá trị (${option} GIÁ_TRỊ)`,
    en: `option ${option} needs a value (${option} VALUE)`,
  }),
  /** `ansinh extract FILE --json=yes`: a switch given a value. */
  unexpectedOptionValue: (option: string): Bilingual => ({
    vi: `Tùy chọn ${option} không nhận giá trị`,
    en: `option ${option} takes no value`,
  }),
  /** `--published-on 2025-02-30`: not a day of the calendar, or not written YYYY-MM-DD. */
  notCalendarDate: (option: string, given: string): Bilingual => ({
    vi: `${option} cần một ngày có thật, dạng YYYY-MM-DD (như 2025-01-31), không phải ${JSON.stringify(given)}`,
    en: `${option} needs a real calendar date as YYYY-MM-DD (such as 2025-01-31), not ${JSON.stringify(given)}`,
  }),
  /** `ansinh reproduce DIR`: a folder with no dataset in it. */
  noInputInFolder: (): Bilingual => ({
    vi: 'thư mục không có tệp .json nào để đọc (một thư mục cho các tệp .json trong nó; văn bản thì hãy chỉ từng tệp)',
    en: 'no .json file to read in this folder (a folder gives the .json files in it; name texts one by one)',
  }),
  /** A gold set (`gold.jsonl`) with no figure in it. */
  goldEmpty: (): Bilingual => ({
    vi: 'bộ chú giải rỗng: cần mỗi dòng một đối tượng JSON, mỗi số liệu một dòng',
    en: 'the gold set is empty: expected one JSON object per line, one line per figure',
  }),
  /** A gold figure whose id an earlier line already gave. */
  goldDuplicateId: (id: string, firstLine: number): Bilingual => ({
    vi: `mã ${JSON.stringify(id)} đã dùng ở dòng ${firstLine}; mỗi số liệu cần một mã riêng`,
    en: `id ${JSON.stringify(id)} is already used on line ${firstLine}; expected an id of its own for each figure`,
  }),
  /** A gold count (numerator, denominator) that is negative or has a fraction. */
  goldNotACount: (value: number): Bilingual => ({
    vi: `cần một số nguyên không âm (số người, số đồng), không phải ${value}`,
    en: `expected a whole number of at least 0 (people, dong), not ${value}`,
  }),
  /** A gold percent that is not the number its `percent_text` prints (or only one of them is given). */
  goldPercentMismatch: (percent: number | null, percentText: string | null): Bilingual => ({
    vi: `percent là ${percent} nhưng percent_text là ${JSON.stringify(percentText)}; cần cùng một số (64,70% → 64.7), hoặc cả hai là null`,
    en: `percent is ${percent} but percent_text is ${JSON.stringify(percentText)}; expected the same number (64,70% → 64.7), or both null`,
  }),
  /** A gold figure whose quote is not in its article. */
  goldQuoteNotInArticle: (article: string): Bilingual => ({
    vi: `câu trích không có trong ${article}; cần nguyên văn một đoạn của bài`,
    en: `the quote is not in ${article}; expected a verbatim part of the article`,
  }),
  /** A gold figure that names an article the set does not have. */
  goldUnknownArticle: (article: string, folder: string): Bilingual => ({
    vi: `bài ${article} không có trong ${folder}; cần tên một tệp .txt ở đó`,
    en: `article ${article} is not in ${folder}; expected the name of a .txt file there`,
  }),
} as const;
