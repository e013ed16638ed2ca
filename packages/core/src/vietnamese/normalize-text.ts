/**
 * Unicode NFC normalisation with whitespace collapsed. Vietnamese text arrives both precomposed (NFC:
 * "ơ" + tone as one code point) and decomposed (NFD: base letter + combining marks, common from macOS and
 * some Windows input methods); the two look identical and compare unequal. Every name ansinh stores or
 * compares goes through this first.
 *
 * @example normalizeText('Ta\u0302y  Lu\u031Bo\u031Bng') === 'Tây Lương'; // => true
 */
export function normalizeText(text: string): string {
  // Most cells are already normal: printable ASCII and precomposed Latin letters (Vietnamese included),
  // single spaces between words. Those code points are their own NFC and no two of them compose, so the
  // text is returned as it is, without the cost of `normalize` (a test checks every code point). The
  // check runs on cells of ordinary length only: on megabytes of one word its regex would overflow the
  // stack, and `normalize` is linear.
  if (text.length <= 4_096 && alreadyNormal.test(text)) return text;
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

const alreadyNormal = /^(?:[!-~\u00a1-\u024f\u1e00-\u1eff]+(?: [!-~\u00a1-\u024f\u1e00-\u1eff]+)*)?$/u;
