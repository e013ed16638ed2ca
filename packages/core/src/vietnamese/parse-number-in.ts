import { ParseError } from '../errors.js';
import type { Language } from '../i18n/language.js';
import type { Qualifier } from '../models/published-figure.js';
import { normalizeText } from './normalize-text.js';
import {
  safeParseVietnameseNumber,
  type VietnameseNumber,
  type VietnameseNumberResult,
} from './parse-number.js';
import {
  parseQualified,
  safeParseVietnameseQuantity,
  type VietnameseQuantityResult,
} from './parse-quantity.js';

const englishScaleWords: Readonly<Record<string, number>> = {
  thousand: 3,
  million: 6,
  billion: 9,
  bn: 9,
};

const englishNumberPattern =
  /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*(thousand|million|billion|bn))?\s*(%)?$/iu;

const englishQualifierWords: Readonly<Record<string, Exclude<Qualifier, 'exact'>>> = {
  over: 'over',
  'more than': 'over',
  above: 'over',
  under: 'under',
  'fewer than': 'under',
  'less than': 'under',
  below: 'under',
  nearly: 'nearly',
  almost: 'nearly',
  about: 'about',
  around: 'about',
  approximately: 'about',
  some: 'about',
  'at least': 'at_least',
  'at most': 'at_most',
  'up to': 'at_most',
};

function safeParseEnglishNumber(text: string): VietnameseNumberResult {
  const clean = normalizeText(text);
  const match = englishNumberPattern.exec(clean);
  if (!match) {
    return {
      success: false,
      error: new ParseError(
        'invalid_number',
        clean,
        'expected an English-style number such as 17,472, 99.98%, 1.2 million or 3 thousand',
        'cần một số viết kiểu tiếng Anh như 17,472, 99.98%, 1.2 million hoặc 3 thousand',
      ),
    };
  }
  const [, whole = '', fraction = '', scale, percent] = match;
  const shift = scale === undefined ? 0 : (englishScaleWords[scale.toLowerCase()] ?? 0);
  let units = BigInt(`${whole.replaceAll(',', '')}${fraction}`);
  let decimals = fraction.length - shift;
  if (decimals < 0) {
    units *= 10n ** BigInt(-decimals);
    decimals = 0;
  }
  const data: VietnameseNumber = {
    text: clean,
    value: { units, decimals },
    isPercent: percent === '%',
    writtenDecimals: fraction.length,
    scaleWord: undefined,
    scale: shift,
  };
  return { success: true, data };
}

/**
 * Reads a number as a text in the given language writes it: Vietnamese (`17.472`, `99,98%`, `1,2 triệu`)
 * or English (`17,472`, `99.98%`, `1.2 million`, `142 bn`). The same string can mean different numbers
 * (`17.472` is seventeen thousand in Vietnamese, seventeen and a half in English), so the language is
 * never guessed. Returns `{ success, data | error }`.
 *
 * @example safeParseNumberIn('21,150', 'en').success && safeParseNumberIn('21,150', 'en').data.value; // => { units: 21150n, decimals: 0 }
 */
export function safeParseNumberIn(text: string, language: Language): VietnameseNumberResult {
  return language === 'vi' ? safeParseVietnameseNumber(text) : safeParseEnglishNumber(text);
}

/**
 * Reads a quantity, a qualifier then a number, in the given language: `trên 900`, `gần 18.000` in
 * Vietnamese; `over 115,000`, `nearly 18,000`, `about 142 bn` in English.
 *
 * @example safeParseQuantityIn('over 3.35 million', 'en').success; // => true
 */
export function safeParseQuantityIn(text: string, language: Language): VietnameseQuantityResult {
  return language === 'vi'
    ? safeParseVietnameseQuantity(text)
    : parseQualified(text, englishQualifierWords, safeParseEnglishNumber);
}
