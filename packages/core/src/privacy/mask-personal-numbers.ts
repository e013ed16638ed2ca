import { maskIdentifier } from './mask-identifier.js';

/** Words after which a number is someone's: an account, a citizen ID (CCCD, CMND). */
const idWords = String.raw`(?:số\s+tài\s+khoản|tài\s+khoản|STK|CCCD|CMND|CMT|căn\s+cước(?:\s+công\s+dân)?|chứng\s+minh\s+nhân\s+dân|account(?:\s+(?:number|no\.?))?|a\/c|ID)`;

/** Words after a number that make it an amount or a count, not an account: `1 100 000 000 đồng`. */
const notAnId = String.raw`(?!\s*(?:đồng|đ\b|VNĐ|VND|dong|triệu|tỷ|nghìn|ngàn|người|hộ|lượt|%))`;

/**
 * A personal number in a text: a run of 9 to 19 digits standing alone (not part of a longer number, nor of
 * a decimal or a number with thousands separators such as `1.100.000.000`), or, after one of `idWords`,
 * 9 to 19 digits in groups split by spaces or hyphens (`STK: 0123 4567 8901`); in both cases not followed
 * by a unit that makes it an amount or a count (`1100000000 đồng`, `… người`).
 */
const personalNumber = new RegExp(
  String.raw`(?<!\p{N}[.,]?)\p{Nd}{9,19}(?![.,]?\p{N})${notAnId}|(?<=(?<!\p{L})${idWords}\s*[:.#]?\s*(?:số\s*)?)\p{Nd}+(?:[ -]\p{Nd}+)+(?![.,]?\p{N})${notAnId}`,
  'giu',
);

/**
 * A text with the personal numbers it quotes masked by `maskIdentifier` (the one masking of ansinh: the
 * only the last four digits stay, `001203004567` → `********4567`): citizen IDs (CCCD, 12 digits),
 * old ID cards (CMND, 9) and bank accounts (9 to 19 digits), standing alone or after `tài khoản`, `STK`,
 * `CCCD`, `CMND`, `account` (digits grouped by spaces or hyphens there too). Numbers written with thousands
 * separators (`17.475`, `1.100.000.000`) are figures, not identifiers, and stay. Decree 13/2023/NĐ-CP:
 * output shows personal data only when asked (`--reveal`). O(n).
 *
 * @example maskPersonalNumbers('CCCD 001203004567, STK 0123 4567 8901'); // => 'CCCD ********4567, STK ********8901'
 */
export function maskPersonalNumbers(text: string): string {
  return text.replace(personalNumber, (match) => {
    const digits = match.replace(/[ -]/gu, '');
    return digits.length < 9 || digits.length > 19 ? match : maskIdentifier(digits);
  });
}

/**
 * A `JSON.stringify` replacer that masks the personal numbers quoted in every string value
 * (`maskPersonalNumbers`), numbers and the JSON's shape left as they are.
 *
 * @example JSON.stringify({ title: 'STK 0123456789012' }, maskedStrings); // => '{"title":"STK *********9012"}'
 */
export function maskedStrings(_key: string, value: unknown): unknown {
  return typeof value === 'string' ? maskPersonalNumbers(value) : value;
}
