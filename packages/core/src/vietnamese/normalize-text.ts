/**
 * Unicode NFC normalisation with whitespace collapsed. Vietnamese text arrives both precomposed (NFC:
 * "ơ" + tone as one code point) and decomposed (NFD: base letter + combining marks, common from macOS and
 * some Windows input methods); the two look identical and compare unequal. Every name ansinh stores or
 * compares goes through this first.
 *
 * @example normalizeText('Ta\u0302y  Lu\u031Bo\u031Bng') === 'Tây Lương'; // => true
 */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
