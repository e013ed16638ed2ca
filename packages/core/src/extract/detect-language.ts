import type { Language } from '../i18n/language.js';

/** Letters only Vietnamese writes: the vowels with hat, horn or breve, đ, and the tone marks on vowels. */
const vietnameseLetter =
  /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/gu;
const letter = /\p{L}/gu;
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
  const letters = sample.match(letter)?.length ?? 0;
  if (letters === 0) return 'vi';
  const marked = sample.match(vietnameseLetter)?.length ?? 0;
  const english = sample.match(englishWords)?.length ?? 0;
  const words = Math.max(1, sample.split(/\s+/u).length);
  if (english / words > 0.08 && marked / letters < 0.1) return 'en';
  return marked / letters >= 0.05 ? 'vi' : 'en';
}
