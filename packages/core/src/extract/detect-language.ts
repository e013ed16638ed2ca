import type { Language } from '../i18n/language.js';

/** Common English function words: present in any English sentence, absent from Vietnamese. */
const englishWords = /\b(?:the|of|and|to|in|is|are|was|were|has|have|with|for|that|which|people)\b/giu;

/**
 * The language a text is written in, Vietnamese or English: Vietnamese when at least one letter in twenty
 * carries a Vietnamese diacritic (`ă â đ ê ô ơ ư` or a tone mark), unless English function words dominate
 * (an English page quoting Vietnamese names). English page furniture in a Vietnamese page, or a Vietnamese
 * name in an English page, does not tip it. Empty text is Vietnamese. O(n).
 *
 * @example detectLanguage('Huyện A có 200 người hưởng trợ cấp.'); // => 'vi'
 * @example detectLanguage('Over 2,000 people have opened accounts, accounting for 45.5%.'); // => 'en'
 */
export function detectLanguage(text: string): Language {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let letters = 0;
  let marked = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) letters += 1;
    else if (code >= 0xc0 && code <= 0x1ef9) {
      letters += 1;
      if (vietnameseCodes.has(code)) marked += 1;
    }
  }
  if (letters === 0) return 'vi';
  englishWords.lastIndex = 0;
  let english = 0;
  while (englishWords.exec(sample) !== null) english += 1;
  let words = 1;
  for (let i = 0; i < sample.length; i += 1) if (sample.charCodeAt(i) === 32) words += 1;
  if (english / words > 0.08 && marked / letters < 0.1) return 'en';
  return marked / letters >= 0.05 ? 'vi' : 'en';
}

const vietnameseCodes = new Set(
  [
    ...'ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ',
  ].map((c) => c.charCodeAt(0)),
);
