import { beneficiaryCategories, foldDiacritics } from '@ansinh/core';
import { readBirthYear, readChoice, readDate, readFlag, readText, readWholeNumber } from './cells.js';
import type { ColumnSpec } from './table-issues.js';

const sexLabels = { nam: 'male', male: 'male', nu: 'female', female: 'female' } as const;

const categoryLabels: Record<string, (typeof beneficiaryCategories)[number]['code']> = {};
for (const category of beneficiaryCategories) {
  categoryLabels[foldDiacritics(category.code)] = category.code;
  categoryLabels[foldDiacritics(category.nameVi)] = category.code;
  categoryLabels[foldDiacritics(category.nameEn)] = category.code;
}
Object.assign(categoryLabels, {
  'nguoi co cong': 'merit',
  'than nhan': 'merit_relative',
  'than nhan nguoi co cong': 'merit_relative',
  'bao tro xa hoi': 'social_protection',
  btxh: 'social_protection',
  ncc: 'merit',
});

const stopReasons = {
  'tu tran': 'died',
  chet: 'died',
  died: 'died',
  'chuyen di': 'moved_out',
  'moved out': 'moved_out',
  moved_out: 'moved_out',
  'khong con du dieu kien': 'no_longer_eligible',
  'khong du dieu kien': 'no_longer_eligible',
  no_longer_eligible: 'no_longer_eligible',
  khac: 'other',
  other: 'other',
} as const;

/**
 * The columns of a register (danh sách đối tượng), with the header spellings offices use. The first
 * spelling of each is the one ansinh writes.
 */
export const registerColumns: readonly ColumnSpec[] = [
  { field: 'id', headers: ['Mã đối tượng', 'Mã ĐT', 'Mã số'], required: true, read: readText },
  { field: 'fullName', headers: ['Họ và tên', 'Họ tên', 'Tên đối tượng'], required: true, read: readText },
  {
    field: 'birthYear',
    headers: ['Năm sinh', 'Ngày sinh', 'Ngày tháng năm sinh'],
    required: true,
    read: readBirthYear,
  },
  { field: 'sex', headers: ['Giới tính'], required: true, read: (t) => readChoice(t, sexLabels, 'sex') },
  {
    field: 'nationalId',
    headers: ['Số CCCD', 'CCCD', 'Số định danh cá nhân', 'Số căn cước', 'Số CCCD/ĐDCN'],
    required: true,
    read: (t) => readText(t.replace(/[\s.]/gu, '')),
  },
  { field: 'communeCode', headers: ['Mã xã', 'Mã đơn vị', 'Mã xã/phường'], required: true, read: readText },
  {
    field: 'village',
    headers: ['Thôn', 'Thôn/Xóm', 'Xóm', 'Tổ dân phố', 'Thôn, xóm'],
    required: true,
    read: readText,
  },
  {
    field: 'category',
    headers: ['Nhóm đối tượng', 'Đối tượng', 'Loại đối tượng'],
    required: true,
    read: (t) => readChoice(t, categoryLabels, 'category'),
  },
  { field: 'entitlement', headers: ['Trường hợp hưởng', 'Diện hưởng'], required: true, read: readText },
  {
    field: 'monthlyAmountVnd',
    headers: ['Mức trợ cấp', 'Mức hưởng', 'Mức trợ cấp hàng tháng', 'Số tiền hàng tháng'],
    required: true,
    read: readWholeNumber,
  },
  { field: 'bank', headers: ['Ngân hàng'], required: false, read: readText },
  {
    field: 'accountNumber',
    headers: ['Số tài khoản', 'STK'],
    required: false,
    read: (t) => readText(t.replace(/[\s.-]/gu, '')),
  },
  { field: 'accountOpenedOn', headers: ['Ngày mở tài khoản'], required: false, read: readDate },
  {
    field: 'authorisedReceiver',
    headers: ['Người được ủy quyền', 'Người nhận thay'],
    required: false,
    read: readText,
  },
  { field: 'since', headers: ['Hưởng từ ngày', 'Ngày hưởng'], required: true, read: readDate },
  { field: 'until', headers: ['Dừng hưởng từ ngày', 'Ngày dừng hưởng'], required: false, read: readDate },
  {
    field: 'stopReason',
    headers: ['Lý do dừng'],
    required: false,
    read: (t) => readChoice(t, stopReasons, 'stop_reason'),
  },
  { field: 'severeDisability', headers: ['Khuyết tật nặng'], required: true, read: readFlag, emptyAs: false },
  { field: 'cannotTravel', headers: ['Không đi lại được'], required: true, read: readFlag, emptyAs: false },
];

const channels = {
  'qua tai khoan': 'account',
  'tai khoan': 'account',
  account: 'account',
  'tien mat': 'cash',
  cash: 'cash',
  'tai nha': 'cash_at_home',
  'tien mat tai nha': 'cash_at_home',
  cash_at_home: 'cash_at_home',
} as const;
const statuses = {
  'da chi': 'paid',
  'da chi tra': 'paid',
  paid: 'paid',
  loi: 'failed',
  'that bai': 'failed',
  failed: 'failed',
  'tra lai': 'returned',
  returned: 'returned',
  'chua chi': 'pending',
  pending: 'pending',
} as const;
const receivers = {
  'doi tuong': 'beneficiary',
  'chinh chu': 'beneficiary',
  beneficiary: 'beneficiary',
  'nguoi duoc uy quyen': 'authorised_receiver',
  'uy quyen': 'authorised_receiver',
  authorised_receiver: 'authorised_receiver',
} as const;

/** A payment period as written: `2025-01`, `01/2025`, `1/2025`, `tháng 1/2025`. */
function readPeriod(text: string) {
  const iso = /^(\d{4})-(\d{2})$/u.exec(text);
  if (iso) return { ok: true as const, value: text };
  const vn = /^(?:tháng\s+)?(\d{1,2})\/(\d{4})$/iu.exec(text);
  const month = Number(vn?.[1]);
  if (vn && month >= 1 && month <= 12)
    return { ok: true as const, value: `${vn[2]}-${String(month).padStart(2, '0')}` };
  return { ok: false as const, code: 'invalid_period' as const, params: { text } };
}

/** The columns of a monthly payment list (danh sách chi trả). */
export const paymentColumns: readonly ColumnSpec[] = [
  { field: 'beneficiaryId', headers: ['Mã đối tượng', 'Mã ĐT', 'Mã số'], required: true, read: readText },
  { field: 'period', headers: ['Kỳ chi trả', 'Tháng', 'Kỳ'], required: true, read: readPeriod },
  {
    field: 'channel',
    headers: ['Hình thức chi trả', 'Hình thức'],
    required: true,
    read: (t) => readChoice(t, channels, 'channel'),
  },
  {
    field: 'status',
    headers: ['Trạng thái'],
    required: true,
    read: (t) => readChoice(t, statuses, 'status'),
  },
  {
    field: 'amountVnd',
    headers: ['Số tiền', 'Số tiền chi trả'],
    required: true,
    read: readWholeNumber,
  },
  {
    field: 'receivedBy',
    headers: ['Người nhận'],
    required: true,
    read: (t) => readChoice(t, receivers, 'receiver'),
  },
];
