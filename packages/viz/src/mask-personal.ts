import { foldDiacritics, maskIdentifier, maskName, maskPersonalNumbers } from '@ansinh/core';

/** What a column holds that identifies a person: a name, or a number (CCCD, bank account). */
export type PersonalKind = 'name' | 'identifier';

/** Lowercase, without diacritics (`đ` as `d`), words separated by one space: `Số CCCD` → `so cccd`. */
const key = (text: string) =>
  foldDiacritics(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The columns known to hold personal data, by their key: the fields of @ansinh/core's models and the
 * headers offices give them (compared without case or diacritics). `Người nhận` (who received: the
 * beneficiary or an authorised receiver) is a category, not a name, and is not here.
 */
const knownColumns: ReadonlyMap<string, PersonalKind> = new Map([
  ...[
    'fullName',
    'receiverName',
    'authorisedReceiver',
    'Họ và tên',
    'Họ tên',
    'Tên đối tượng',
    'Họ và tên đối tượng',
    'Họ tên đối tượng',
    'Họ và tên người hưởng',
    'Tên chủ hộ',
    'Người được ủy quyền',
    'Người nhận thay',
    'Người nhận tiền',
    'Họ tên người nhận',
    'Người nhận / Họ tên',
  ].map((column) => [key(column), 'name' as const] as const),
  ...[
    'nationalId',
    'accountNumber',
    'Số CCCD',
    'CCCD',
    'Số CMND',
    'CMND',
    'Số CMND/CCCD',
    'CMND/CCCD',
    'Số CCCD/ĐDCN',
    'Số định danh',
    'Số định danh cá nhân',
    'Số căn cước',
    'Số tài khoản',
    'STK',
    'Số TK',
    'Số tài khoản người nhận',
    'Số tài khoản ngân hàng',
  ].map((column) => [key(column), 'identifier' as const] as const),
]);

/**
 * Whether a column holds personal data, by its key: a field of the models (`fullName`, `nationalId`,
 * `accountNumber`, `authorisedReceiver`, `receiverName`) or a header offices use for one (`Họ và tên`,
 * `Số CCCD`, `STK`, …), compared without case or diacritics. `undefined` for any other column.
 *
 * @example personalKindOf('SỐ CCCD'); // => 'identifier'
 * @example personalKindOf('Họ và tên'); // => 'name'
 * @example personalKindOf('Thôn'); // => undefined
 */
export function personalKindOf(column: string): PersonalKind | undefined {
  return knownColumns.get(key(column));
}

/**
 * A cell's text as a table may show it: a name to its initials (`maskName`), an identifier to its last
 * four characters (`maskIdentifier`), and in any other cell the personal numbers it quotes
 * (`maskPersonalNumbers`: a CCCD or an account number in a column that was not declared, or in a message).
 * Names in a column not known to hold them cannot be told from other text and stay: declare such columns.
 * Decree 13/2023/NĐ-CP: ansinh shows personal data only when asked. O(length).
 *
 * @example maskCell('Nguyễn Văn An', 'name'); // => 'N. V. A.'
 * @example maskCell('Số CCCD 03404101234 có 11 chữ số', undefined); // => 'Số CCCD *******1234 có 11 chữ số'
 */
export function maskCell(text: string, kind: PersonalKind | undefined): string {
  if (text.trim() === '') return text;
  if (kind === 'name') return maskName(text);
  if (kind === 'identifier') return maskIdentifier(text);
  return maskPersonalNumbers(text);
}
