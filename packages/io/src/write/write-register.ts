import {
  beneficiaryCategories,
  describeIssue,
  InvalidArgumentError,
  type Language,
  maskIdentifier,
  messagesIn,
  type PaymentRow,
  type RegisterRow,
} from '@ansinh/core';
import { writeCsv } from '../csv/write-csv.js';
import { paymentColumns, registerColumns } from '../validate/register-columns.js';
import type { RejectedRow } from '../validate/table-issues.js';

/** Options for writing personal data. */
export interface WriteOptions {
  /** Write CCCD and account numbers in full (default: masked, `********1234`). */
  readonly reveal?: boolean;
  /** A `#` comment line before the header (such as the synthetic-data notice). */
  readonly comment?: string;
}

/** The fields of a register in the canonical form, in the order ansinh writes them. */
export const registerFields = [
  'id',
  'fullName',
  'birthYear',
  'sex',
  'nationalId',
  'communeCode',
  'village',
  'category',
  'entitlement',
  'monthlyAmountVnd',
  'bank',
  'accountNumber',
  'accountOpenedOn',
  'authorisedReceiver',
  'since',
  'until',
  'stopReason',
  'severeDisability',
  'cannotTravel',
] as const satisfies readonly (keyof RegisterRow)[];

/** The fields of a payment list in the canonical form, in order. */
export const paymentFields = [
  'beneficiaryId',
  'period',
  'channel',
  'status',
  'amountVnd',
  'receivedBy',
] as const satisfies readonly (keyof PaymentRow)[];

const categoryNames = new Map(beneficiaryCategories.map((c) => [c.code, c.nameVi]));
const sexNames = { male: 'Nam', female: 'Nữ' } as const;
const stopNames = {
  died: 'Từ trần',
  moved_out: 'Chuyển đi',
  no_longer_eligible: 'Không còn đủ điều kiện',
  other: 'Khác',
} as const;

/**
 * Writes a register as CSV with Vietnamese headers that `readRegisterCsv` reads back. CCCD and account
 * numbers are masked unless `reveal` (Decree 13/2023/NĐ-CP); a masked file does not read back as valid.
 */
export function writeRegisterCsv(rows: readonly RegisterRow[], options: WriteOptions = {}): string {
  const table = registerTable(rows, options);
  return writeCsv(table.header, table.rows, {
    bom: true,
    ...(options.comment === undefined ? {} : { comment: options.comment }),
  });
}

/** A register as a header and rows of cells, personal numbers masked unless `reveal`. */
export function registerTable(
  rows: readonly RegisterRow[],
  options: WriteOptions = {},
): { header: string[]; rows: (string | number | undefined)[][] } {
  const mask = (value: string | undefined) =>
    value === undefined ? undefined : options.reveal === true ? value : maskIdentifier(value);
  return {
    header: registerFields.map(canonicalHeader),
    rows: rows.map((r) => [
      r.id,
      r.fullName,
      r.birthYear,
      r.sex === undefined ? undefined : sexNames[r.sex],
      mask(r.nationalId),
      r.communeCode,
      r.village,
      r.category === undefined ? undefined : (categoryNames.get(r.category) ?? r.category),
      r.entitlement,
      r.monthlyAmountVnd,
      r.bank,
      mask(r.accountNumber),
      r.accountOpenedOn,
      r.authorisedReceiver,
      r.since,
      r.until,
      r.stopReason === undefined ? undefined : stopNames[r.stopReason],
      r.severeDisability ? 'x' : '',
      r.cannotTravel ? 'x' : '',
    ]),
  };
}

const channelNames = { account: 'Qua tài khoản', cash: 'Tiền mặt', cash_at_home: 'Tại nhà' } as const;
const statusNames = { paid: 'Đã chi', failed: 'Lỗi', returned: 'Trả lại', pending: 'Chưa chi' } as const;
const receiverNames = { beneficiary: 'Đối tượng', authorised_receiver: 'Người được ủy quyền' } as const;

/**
 * How the canonical form writes each coded value, by field: what SQL over canonical files compares with.
 * Fields not listed are written as they are held.
 */
export const canonicalLabels: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  channel: channelNames,
  status: statusNames,
  receivedBy: receiverNames,
  sex: sexNames,
  stopReason: stopNames,
};

/** The header the canonical form gives a field (the first spelling of its column). */
export function canonicalHeader(field: string): string {
  const column = [...registerColumns, ...paymentColumns].find((c) => c.field === field);
  if (column === undefined)
    throw new InvalidArgumentError(
      'canonicalHeader',
      `no column holds the field ${field}`,
      `không cột nào chứa trường ${field}`,
    );
  return column.headers[0] ?? field;
}

/** Writes payment lists as CSV with Vietnamese headers that `readPaymentsCsv` reads back. */
export function writePaymentsCsv(
  rows: readonly PaymentRow[],
  options: Pick<WriteOptions, 'comment'> = {},
): string {
  const table = paymentTable(rows);
  return writeCsv(table.header, table.rows, {
    bom: true,
    ...(options.comment === undefined ? {} : { comment: options.comment }),
  });
}

/** Payment lists as a header and rows of cells with the Vietnamese labels. */
export function paymentTable(rows: readonly PaymentRow[]): { header: string[]; rows: (string | number)[][] } {
  return {
    header: paymentFields.map(canonicalHeader),
    rows: rows.map((p) => [
      p.beneficiaryId,
      p.period,
      channelNames[p.channel],
      statusNames[p.status],
      p.amountVnd,
      receiverNames[p.receivedBy],
    ]),
  };
}

/**
 * Writes the rejected rows of a read back out, as they were, with a last column giving every reason
 * (`Số CCCD: national_id_birth_year: …`, in Vietnamese unless `language` says otherwise), so an officer
 * can correct and resubmit them.
 */
export function writeRejectedCsv(
  result: { readonly header: readonly string[]; readonly rejected: readonly RejectedRow[] },
  language: Language = 'vi',
): string {
  return writeCsv(rejectedHeader(result.header), rejectedCells(result.header, result.rejected, language), {
    bom: true,
  });
}

/** The header of a rejected-rows file: the input's columns and a last one for the reasons. */
export function rejectedHeader(header: readonly string[]): string[] {
  return [...header, 'Lý do / Reason'];
}

/**
 * Rejected rows as cells under `rejectedHeader`: the raw cells as they were, then every reason. Used by
 * `writeRejectedCsv`, and to write a streamed file's rejects a chunk at a time (`csvLines`).
 */
export function rejectedCells(
  header: readonly string[],
  rows: readonly RejectedRow[],
  language: Language = 'vi',
): string[][] {
  const messages = messagesIn(language);
  return rows.map((r) => [
    ...header.map((h, i) => r.cells[h || `#${i + 1}`] ?? ''),
    r.issues
      .map((i) => `${i.column ? `${i.column}: ` : ''}${i.code}: ${describeIssue(i, messages)}`)
      .join(' | '),
  ]);
}
