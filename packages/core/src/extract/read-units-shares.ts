import type { Language } from '../i18n/language.js';
import {
  compareFractions,
  type FixedDecimal,
  fixedDecimalToFraction,
  isWholeFixedDecimal,
} from '../numeric/fixed-decimal.js';
import { statesImplementing } from './cue-words.js';
import type { Mention } from './read-mentions.js';

/**
 * A share of units (provinces, districts, communes) stated by its counts: `12/12 huyện đã triển khai`,
 * `5/16 xã đạt trên 95%`, `29 of the 34 provinces … more than 95 per cent …`, `Cả tỉnh có 8 huyện … đã có 5
 * địa phương vượt 85%`. What the units did is either paying without cash (`đã triển khai`, `have started
 * paying`) or passing a threshold; a threshold is a condition, never a figure of its own.
 */
export interface UnitsShare {
  /** The mention the share is anchored at: its numerator. */
  readonly numerator: Mention;
  readonly numeratorValue: FixedDecimal;
  readonly numeratorText: string;
  /** Undefined when the text states only how many units (`8 xã vẫn dưới 95%`). */
  readonly denominatorValue: FixedDecimal | undefined;
  readonly denominatorText: string | undefined;
  /** The words that say which units and what they did (`xã, thị trấn đạt trên 95%`). */
  readonly words: string;
  /** True when the units are provinces: the share is the whole country's. */
  readonly provinces: boolean;
  /** The percent the units passed (`trên 95%`), if that is what they did. */
  readonly threshold: Mention | undefined;
}

/** Between the two counts of `29 of the 34`, `31 of the province's 38`, `5 trong số 8`, `5 trên tổng số 8`. */
const ofTheOther =
  /^\s*(?:(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+|(?:the\s+)?[\p{L}-]+['’]s\s+)?|trong\s+(?:tổng\s+)?số\s+|trên\s+(?:tổng\s+số\s+)?)$/iu;
/** Before a percent: the words that make it a threshold (`vượt 85%`, `above 90 per cent`). */
const thresholdVerb =
  /(?:vượt|vượt\s+mức|exceed(?:ed|ing|s)?|above|below|under|(?:cho\s+)?từ|yet\s+to\s+reach|not\s+yet\s+reached|chưa\s+đạt)\s*$/iu;
/** Between a count of units and the threshold it passed: a few words, no number, no full stop. */
const toThreshold = /^[\s\p{L},'’-]{0,80}$/u;

function atMost(a: FixedDecimal, b: FixedDecimal): boolean {
  return compareFractions(fixedDecimalToFraction(a), fixedDecimalToFraction(b)) <= 0;
}

/**
 * Reads the shares of units a sentence states, in order, with the percents that are their thresholds. A
 * share needs its numerator and its denominator stated (`N/M`, `N of the M`, `có M … có N`, or a later
 * `seven are still below 30 per cent` against the same M), units nouns, the numerator at most the
 * denominator, and either words of paying without cash or a threshold percent after it. O(m²) in the
 * sentence's m numbers.
 */
export function readUnitsShares(
  text: string,
  mentions: readonly Mention[],
  sentence: { readonly start: number; readonly end: number },
  language: Language,
): UnitsShare[] {
  const shares: UnitsShare[] = [];
  const used = new Set<number>();
  const firstUnits = mentions.findIndex((m) => m.role === 'units');
  /**
   * The threshold after the count at `index` (the denominator of `29 of the 34`), before the next count: a
   * qualified percent or one after `vượt`.
   */
  const thresholdAfter = (index: number): Mention | undefined => {
    const from = mentions[index] as Mention;
    for (let k = index + 1; k < mentions.length; k += 1) {
      const next = mentions[k] as Mention;
      if (next.role !== 'percent') {
        if (next.number.kind === 'count' || next.number.kind === 'ratio') return undefined;
        continue;
      }
      const between = text.slice(from.number.end, next.number.start);
      const qualified = next.number.qualifier !== 'exact' || thresholdVerb.test(between);
      return qualified && toThreshold.test(between) ? next : undefined;
    }
    return undefined;
  };
  const unitsWords = (from: number, to: number) =>
    text
      .slice(from, to)
      .replace(/^\s*(?:of\s+the\s+|các\s+)?/iu, '')
      .replace(/[\s,.;:]+$/u, '')
      .trim()
      .slice(0, 120);
  const add = (
    numerator: Mention,
    index: number,
    numeratorValue: FixedDecimal,
    denominatorValue: FixedDecimal | undefined,
    denominatorText: string | undefined,
    nounFrom: number,
    last = index,
    provinces = /tỉnh|province/iu.test(text.slice(nounFrom, nounFrom + 40)),
  ) => {
    if (
      !isWholeFixedDecimal(numeratorValue) ||
      (denominatorValue !== undefined &&
        (!isWholeFixedDecimal(denominatorValue) || !atMost(numeratorValue, denominatorValue)))
    ) {
      return;
    }
    const threshold = thresholdAfter(last);
    const rest = text.slice(numerator.number.end, sentence.end);
    const implementing = statesImplementing(rest, language);
    if (threshold === undefined && !implementing) return;
    const wordsEnd = threshold?.number.end ?? Math.min(sentence.end, numerator.rightEnd);
    shares.push({
      numerator,
      numeratorValue,
      numeratorText: numerator.number.numberText.split('/')[0] ?? numerator.number.numberText,
      denominatorValue,
      denominatorText,
      words: unitsWords(nounFrom, wordsEnd),
      provinces,
      threshold,
    });
    used.add(index);
  };
  mentions.forEach((mention, index) => {
    if (used.has(index)) return;
    const { number } = mention;
    // `12/12 huyện`, `5/16 xã`.
    if (mention.role === 'units' && number.kind === 'ratio' && number.denominator !== undefined) {
      add(mention, index, number.value, number.denominator.value, number.denominator.text, number.end);
      return;
    }
    if (number.kind !== 'count' || number.qualifier !== 'exact') return;
    // `29 of the 34 provinces`, `47 of the 63` after `Forty-seven provinces`.
    const next = mentions[index + 1];
    if (
      next !== undefined &&
      next.number.kind === 'count' &&
      ofTheOther.test(text.slice(number.end, next.number.start)) &&
      (next.role === 'units' || (firstUnits !== -1 && firstUnits < index))
    ) {
      const nounFrom = next.role === 'units' ? next.number.end : (mentions[firstUnits] as Mention).number.end;
      used.add(index + 1);
      add(mention, index, number.value, next.number.value, next.number.numberText, nounFrom, index + 1);
      return;
    }
    // `Cả tỉnh có 8 huyện … đã có 5 địa phương vượt 85%`: the units counted before are the whole.
    const whole = shares.at(-1);
    if (mention.role === 'units') {
      const before = mentions
        .slice(0, index)
        .reverse()
        .find((m) => m.role === 'units' && m.number.kind === 'count' && m.number.qualifier === 'exact');
      if (before !== undefined && whole === undefined) {
        add(mention, index, number.value, before.number.value, before.number.numberText, number.end);
      } else if (thresholdAfter(index) !== undefined) {
        // `8 xã vẫn dưới 95%`, `nine localities … have yet to reach 70 percent`: how many, of no stated whole.
        add(mention, index, number.value, undefined, undefined, number.end);
      }
      return;
    }
    // `… while seven are still below 30 per cent`: another share of the same units.
    if (mention.role === 'none' && whole !== undefined && thresholdAfter(index) !== undefined) {
      add(
        mention,
        index,
        number.value,
        whole.denominatorValue,
        whole.denominatorText,
        number.end,
        index,
        whole.provinces,
      );
    }
  });
  return shares;
}
