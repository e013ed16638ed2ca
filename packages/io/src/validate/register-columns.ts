import { beneficiaryCategories, foldDiacritics } from '@ansinh/core';
import {
  type CellResult,
  readAccountNumber,
  readBirthYear,
  readChoice,
  readDate,
  readFlag,
  readText,
  readWholeNumber,
} from './cells.js';
import type { ColumnSpec } from './table-issues.js';

/**
 * Sex as offices write it. Two conventions are read and listed as assumptions by `deriveRegister`: `1`
 * and `2` for men and women (system exports), and a tick `x` in a `Giới tính` column for women.
 */
const sexLabels = {
  nam: 'male',
  male: 'male',
  nu: 'female',
  female: 'female',
  '1': 'male',
  '2': 'female',
  x: 'female',
} as const;

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

/**
 * Words of the categories as offices name them in a column or a group heading, folded, to the category
 * they belong to: the 2021 decree's groups of social protection (Nghị định 20/2021/NĐ-CP, Art. 5), their
 * carers, the social pension, people of merit and their relatives (Pháp lệnh 02/2020/UBTVQH14).
 */
const categoryWords: readonly (readonly [RegExp, (typeof beneficiaryCategories)[number]['code']])[] = [
  [/\b(huu tri xa hoi)\b/u, 'social_pension'],
  [/\b(than nhan|liet si|nguoi tho cung)\b/u, 'merit_relative'],
  [
    /\b(thuong binh|benh binh|nguoi co cong|chat doc hoa hoc|bi dich bat|hoat dong cach mang|hoat dong khang chien|anh hung|ba me viet nam|lao thanh cach mang|tien khoi nghia|co cong giup do)\b/u,
    'merit',
  ],
  [/\b(cham soc|nuoi duong|nhan nuoi|ho gia dinh co)\b/u, 'social_protection_carer'],
  [
    /\b(tre em|mo coi|cao tuoi|80 tuoi|khuyet tat|don than|hiv|ngheo|bao tro xa hoi|btxh|tam than)\b/u,
    'social_protection',
  ],
];

/**
 * A category: its code or name (`social_protection`, `Bảo trợ xã hội`), or the words offices use for it
 * (`Người cao tuổi`, `Thương binh`, `Thân nhân liệt sĩ`).
 */
export function readCategory(text: string): CellResult<(typeof beneficiaryCategories)[number]['code']> {
  const folded = foldDiacritics(text);
  const exact = categoryLabels[folded];
  if (exact !== undefined) return { ok: true, value: exact };
  const found = categoryWords.find(([words]) => words.test(folded));
  return found === undefined ? readChoice(text, categoryLabels, 'category') : { ok: true, value: found[1] };
}

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
 * The columns of a register (danh sách đối tượng), with the header spellings and field codes offices and
 * their software use. The first spelling of each is the one ansinh writes; a spelling may name a header
 * over two rows (`Điều chỉnh sang chế độ / Số tiền`). Fields that are not the register's own
 * (`communeName`, `birthMale`, `changeDate`) are read to derive its fields (`deriveRegister`). `required`:
 * a row needs a value, read or derived.
 */
export const registerColumns: readonly ColumnSpec[] = [
  {
    field: 'id',
    headers: ['Mã đối tượng', 'Mã ĐT', 'Mã số', 'Mã số đối tượng', 'Số sổ lĩnh tiền', 'Số sổ'],
    codes: ['MaDoiTuong', 'MaDT', 'ID'],
    required: true,
    read: readText,
    canonical: 'code',
  },
  {
    field: 'fullName',
    headers: [
      'Họ và tên',
      'Họ tên',
      'Tên đối tượng',
      'Họ và tên đối tượng',
      'Họ tên đối tượng',
      'Tên chủ hộ',
      'Họ và tên người hưởng',
    ],
    codes: ['HoTen', 'HoVaTen'],
    required: true,
    read: readText,
    canonical: 'text',
  },
  {
    field: 'birthYear',
    headers: ['Năm sinh', 'Ngày sinh', 'Ngày tháng năm sinh', 'Ngày, tháng, năm sinh'],
    codes: ['NgaySinh', 'NamSinh'],
    required: true,
    read: readBirthYear,
    canonical: 'year',
  },
  { field: 'birthMale', headers: [], required: false, read: readBirthYear, canonical: 'year' },
  { field: 'birthFemale', headers: [], required: false, read: readBirthYear, canonical: 'year' },
  {
    field: 'sex',
    headers: ['Giới tính'],
    codes: ['GioiTinh'],
    required: false,
    read: (t) => readChoice(t, sexLabels, 'sex'),
    canonical: 'label',
  },
  {
    field: 'nationalId',
    headers: [
      'Số CCCD',
      'CCCD',
      'Số định danh cá nhân',
      'Số định danh',
      'Số căn cước',
      'Số CCCD/ĐDCN',
      'Số CMND/CCCD',
      'CMND/CCCD',
    ],
    codes: ['SoDinhDanh', 'SoCCCD', 'CCCD'],
    required: false,
    // Excel's text marker `'` before the digits is not part of the number.
    read: (t) => readText(t.replace(/^'/u, '').replace(/[\s.]/gu, '')),
    canonical: 'numeral',
  },
  {
    field: 'communeCode',
    headers: ['Mã xã', 'Mã đơn vị', 'Mã xã/phường'],
    codes: ['MaXa'],
    required: true,
    read: readText,
    canonical: 'code',
  },
  {
    field: 'communeName',
    headers: ['Tên xã', 'Xã', 'Xã/phường', 'Xã, phường, thị trấn'],
    codes: ['TenXa'],
    required: false,
    read: readText,
    canonical: 'text',
  },
  {
    field: 'village',
    headers: ['Thôn', 'Thôn/Xóm', 'Xóm', 'Tổ dân phố', 'Thôn, xóm', 'Thôn/Tổ', 'Ấp', 'Địa chỉ'],
    codes: ['ThonXom', 'Thon'],
    required: false,
    read: readText,
    canonical: 'text',
  },
  {
    field: 'category',
    headers: [
      'Nhóm đối tượng',
      'Đối tượng',
      'Loại đối tượng',
      'Diện đối tượng',
      'Phân loại',
      'Điều chỉnh sang chế độ / Đối tượng',
      'Đang hưởng trợ cấp / Đối tượng',
    ],
    codes: ['TenLoaiDoiTuong'],
    required: false,
    read: readCategory,
    canonical: 'label',
  },
  {
    field: 'entitlement',
    headers: [
      'Trường hợp hưởng',
      'Diện hưởng',
      'Hệ số',
      'Tỷ lệ TTCT / mức độ',
      'Điều chỉnh sang chế độ / Hệ số',
      'Đang hưởng trợ cấp / Hệ số',
    ],
    codes: ['HeSo'],
    required: false,
    read: readText,
    canonical: 'text',
  },
  {
    field: 'monthlyAmountVnd',
    headers: [
      'Mức trợ cấp',
      'Mức hưởng',
      'Mức trợ cấp hàng tháng',
      'Số tiền hàng tháng',
      'Trợ cấp hàng tháng',
      'Số tiền',
      'Điều chỉnh sang chế độ / Số tiền',
      'Đang hưởng trợ cấp / Số tiền',
    ],
    codes: ['MucHuong'],
    required: false,
    read: readWholeNumber,
    canonical: 'digits',
  },
  {
    field: 'bank',
    headers: ['Ngân hàng', 'Tên ngân hàng', 'Ngân hàng mở tài khoản'],
    codes: ['MaNganHang', 'NganHang'],
    required: false,
    read: readText,
    canonical: 'text',
  },
  {
    field: 'accountNumber',
    headers: ['Số tài khoản', 'STK', 'Số tài khoản người nhận', 'Số TK', 'Số tài khoản ngân hàng'],
    codes: ['SoTaiKhoan', 'SoTaiKhoanNguoiNhan'],
    required: false,
    read: readAccountNumber,
    canonical: 'numeral',
  },
  {
    field: 'accountOpenedOn',
    headers: ['Ngày mở tài khoản'],
    required: false,
    read: readDate,
    canonical: 'date',
  },
  {
    field: 'authorisedReceiver',
    headers: ['Người được ủy quyền', 'Người nhận thay'],
    required: false,
    read: readText,
    canonical: 'text',
  },
  {
    field: 'since',
    headers: ['Hưởng từ ngày', 'Ngày hưởng', 'Thời điểm hưởng', 'Hưởng từ tháng'],
    codes: ['NgayHuong'],
    required: true,
    read: readDate,
    canonical: 'date',
  },
  {
    field: 'changeDate',
    headers: ['Thời điểm hưởng / thôi hưởng'],
    required: false,
    read: readDate,
    canonical: 'date',
  },
  {
    field: 'until',
    headers: ['Dừng hưởng từ ngày', 'Ngày dừng hưởng', 'Ngày thôi hưởng'],
    codes: ['NgayThoiHuong'],
    required: false,
    read: readDate,
    canonical: 'date',
  },
  {
    field: 'stopReason',
    headers: ['Lý do dừng', 'Lý do thôi hưởng'],
    required: false,
    read: (t) => readChoice(t, stopReasons, 'stop_reason'),
    canonical: 'label',
  },
  {
    field: 'severeDisability',
    headers: ['Khuyết tật nặng'],
    required: false,
    read: readFlag,
    emptyAs: false,
    canonical: 'label',
  },
  {
    field: 'cannotTravel',
    headers: ['Không đi lại được'],
    required: false,
    read: readFlag,
    emptyAs: false,
    canonical: 'label',
  },
];

const channels = {
  'qua tai khoan': 'account',
  'tai khoan': 'account',
  'chuyen khoan': 'account',
  'ngan hang': 'account',
  account: 'account',
  'tien mat': 'cash',
  'tai diem chi tra': 'cash',
  'diem chi tra': 'cash',
  'buu dien': 'cash',
  'qua buu dien': 'cash',
  cash: 'cash',
  'tai nha': 'cash_at_home',
  'tien mat tai nha': 'cash_at_home',
  'chi tra tai nha': 'cash_at_home',
  cash_at_home: 'cash_at_home',
} as const;
const statuses = {
  'da chi': 'paid',
  'da chi tra': 'paid',
  'da nhan': 'paid',
  'da tra': 'paid',
  'thanh cong': 'paid',
  paid: 'paid',
  loi: 'failed',
  'that bai': 'failed',
  failed: 'failed',
  'tra lai': 'returned',
  'hoan tra': 'returned',
  returned: 'returned',
  'chua chi': 'pending',
  'chua chi tra': 'pending',
  'chua nhan': 'pending',
  pending: 'pending',
} as const;
const receivers = {
  'doi tuong': 'beneficiary',
  'chinh chu': 'beneficiary',
  'ban than': 'beneficiary',
  beneficiary: 'beneficiary',
  'nguoi duoc uy quyen': 'authorised_receiver',
  'uy quyen': 'authorised_receiver',
  'nhan thay': 'authorised_receiver',
  authorised_receiver: 'authorised_receiver',
} as const;

/**
 * A channel by its words; a bare number is a code of some system's own list, which ansinh does not
 * guess: it reads as no channel, and `derivePayment` takes the channel from the row's account number
 * and lists that assumption.
 */
function readChannel(text: string): CellResult<(typeof channels)[keyof typeof channels] | undefined> {
  return /^\d{1,3}$/u.test(text) ? { ok: true, value: undefined } : readChoice(text, channels, 'channel');
}

/** A payment period as written: `2025-01`, `01/2025`, `1/2025`, `tháng 1/2025`, `202501` (system exports). */
function readPeriod(text: string) {
  const iso = /^(\d{4})-(0[1-9]|1[0-2])$/u.exec(text) ?? /^(\d{4})(0[1-9]|1[0-2])$/u.exec(text);
  if (iso) return { ok: true as const, value: `${iso[1]}-${iso[2]}` };
  const vn = /^(?:tháng\s+)?(\d{1,2})\/(\d{4})$/iu.exec(text);
  const month = Number(vn?.[1]);
  if (vn && month >= 1 && month <= 12)
    return { ok: true as const, value: `${vn[2]}-${String(month).padStart(2, '0')}` };
  return { ok: false as const, code: 'invalid_period' as const, params: { text } };
}

/**
 * The columns of a monthly payment list (danh sách chi trả), a list sent to the bank or the post office
 * and a list of results they return. Fields that are not the payment's own (`nationalId`, `fullName`,
 * `birthYear`, `accountNumber`, `paidVnd`, `unpaidReason`, `receiverName`) are read to derive its fields
 * (`derivePayment`).
 */
export const paymentColumns: readonly ColumnSpec[] = [
  {
    field: 'beneficiaryId',
    headers: ['Mã đối tượng', 'Mã ĐT', 'Mã số', 'Mã số đối tượng', 'Số sổ lĩnh tiền', 'Số sổ'],
    codes: ['MaDoiTuong', 'MaDT', 'ID'],
    required: true,
    read: readText,
    canonical: 'code',
  },
  {
    field: 'period',
    headers: ['Kỳ chi trả', 'Tháng', 'Kỳ'],
    codes: ['KyChiTra'],
    required: true,
    read: readPeriod,
    canonical: 'month',
  },
  {
    field: 'channel',
    headers: ['Hình thức chi trả', 'Hình thức', 'Phương thức chi trả'],
    codes: ['MaHinhThucChiTra', 'HinhThucChiTra'],
    required: true,
    read: readChannel,
    canonical: 'label',
  },
  {
    field: 'status',
    headers: ['Trạng thái', 'Trạng thái chi trả', 'Kết quả chi trả', 'Kết quả'],
    codes: ['TrangThaiChiTra'],
    required: true,
    read: (t) => readChoice(t, statuses, 'status'),
    canonical: 'label',
  },
  {
    field: 'amountVnd',
    headers: [
      'Số tiền',
      'Số tiền chi trả',
      'Tổng số tiền được lĩnh',
      'Tổng số tiền trợ cấp',
      'Tổng số tiền',
      'Thành tiền',
      'Số tiền phải trả',
      'Tiền trợ cấp tháng này',
      'Trợ cấp hàng tháng',
    ],
    codes: ['SoTienChiTra'],
    required: true,
    read: readWholeNumber,
    canonical: 'digits',
  },
  {
    field: 'receivedBy',
    headers: ['Người nhận'],
    required: true,
    // A name in this column is the receiver's name: `derivePayment` compares it with the beneficiary's.
    read: (t) => {
      const choice = readChoice(t, receivers, 'receiver');
      return choice.ok ? choice : { ok: true, value: undefined };
    },
    canonical: 'label',
  },
  {
    field: 'paidVnd',
    headers: [
      'Số tiền đã trả',
      'Số tiền đã chi',
      'Đã chi trả',
      'Số tiền thực trả',
      'Số tiền thực nhận',
      'Số tiền đã nhận',
      'Thực trả',
      'Thực nhận',
    ],
    required: false,
    read: readWholeNumber,
    canonical: 'digits',
  },
  {
    field: 'unpaidReason',
    headers: ['Lý do chưa chi trả', 'Lý do chưa nhận', 'Lý do chưa chi'],
    required: false,
    read: readText,
    canonical: 'text',
  },
  {
    field: 'receiverName',
    headers: [
      'Người nhận / Họ tên',
      'Người nhận tiền',
      'Người nhận thay',
      'Họ tên người nhận',
      'Người được ủy quyền',
    ],
    required: false,
    read: readText,
    canonical: 'text',
  },
  {
    field: 'receiverRelation',
    headers: ['Quan hệ', 'Quan hệ với đối tượng'],
    required: false,
    read: readText,
    canonical: 'text',
  },
  ...registerColumns
    .filter((c) =>
      [
        'fullName',
        'birthYear',
        'birthMale',
        'birthFemale',
        'nationalId',
        'accountNumber',
        'village',
      ].includes(c.field),
    )
    .map((c) => ({ ...c, required: false })),
];
