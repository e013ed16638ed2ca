import type { ParseError } from '../errors.js';
import { type Qualifier, qualifierSchema } from '../models/published-figure.js';
import { normalizeText } from './normalize-text.js';
import {
  safeParseVietnameseNumber,
  type VietnameseNumber,
  type VietnameseNumberResult,
} from './parse-number.js';

/** Every qualifier (see `Qualifier`): `exact`, `over`, `under`, `nearly`, `about`, `at_least`, `at_most`. */
export const qualifiers: readonly Qualifier[] = qualifierSchema.options;

/** The Vietnamese words that introduce each qualifier (matched case-insensitively, longest first). */
export const vietnameseQualifierWords: Readonly<Record<string, Exclude<Qualifier, 'exact'>>> = {
  trên: 'over',
  hơn: 'over',
  'nhiều hơn': 'over',
  dưới: 'under',
  'ít hơn': 'under',
  gần: 'nearly',
  khoảng: 'about',
  'xấp xỉ': 'about',
  chừng: 'about',
  'ít nhất': 'at_least',
  'tối thiểu': 'at_least',
  'tối đa': 'at_most',
  'không quá': 'at_most',
};

/** A number with the qualifier it was stated with. */
export interface VietnameseQuantity {
  readonly qualifier: Qualifier;
  /** The qualifier word as written (`trên`), if any. */
  readonly qualifierWord: string | undefined;
  readonly number: VietnameseNumber;
}

/** The result of `safeParseVietnameseQuantity`. */
export type VietnameseQuantityResult =
  | { readonly success: true; readonly data: VietnameseQuantity }
  | { readonly success: false; readonly error: ParseError };

/**
 * Reads a quantity as Vietnamese text states it: an optional qualifier (`trên`/`hơn` over, `gần` nearly,
 * `khoảng` about, `dưới` under, …) then a Vietnamese number (`parseVietnameseNumber`).
 * Throws `ParseError`; see `safeParseVietnameseQuantity` for a result object.
 *
 * @example parseVietnameseQuantity('trên 900').qualifier; // => 'over'
 * @example parseVietnameseQuantity('Gần 1,2 triệu').number.value; // => { units: 1200000n, decimals: 0 }
 */
export function parseVietnameseQuantity(text: string): VietnameseQuantity {
  const result = safeParseVietnameseQuantity(text);
  if (!result.success) throw result.error;
  return result.data;
}

/** Like `parseVietnameseQuantity`, but returns `{ success: false, error }` instead of throwing. */
export function safeParseVietnameseQuantity(text: string): VietnameseQuantityResult {
  return parseQualified(text, vietnameseQualifierWords, safeParseVietnameseNumber);
}

/**
 * Reads an optional qualifier word (the longest that matches, case-insensitively) followed by a number read
 * by `readNumber`: the shared grammar of Vietnamese and English quantities.
 */
export function parseQualified(
  text: string,
  words: Readonly<Record<string, Exclude<Qualifier, 'exact'>>>,
  readNumber: (text: string) => VietnameseNumberResult,
): VietnameseQuantityResult {
  const clean = normalizeText(text);
  const lower = clean.toLowerCase();
  const word = Object.keys(words)
    .sort((a, b) => b.length - a.length)
    .find((w) => lower.startsWith(`${w} `));
  const parsed = readNumber(word === undefined ? clean : clean.slice(word.length + 1));
  if (!parsed.success) return parsed;
  return {
    success: true,
    data: {
      qualifier: word === undefined ? 'exact' : (words[word] ?? 'exact'),
      qualifierWord: word === undefined ? undefined : clean.slice(0, word.length),
      number: parsed.data,
    },
  };
}
