import type { Messages } from './messages.js';

const legacyNames = { tcvn3: 'TCVN3 (ABC, .VnTime)', vni: 'VNI (VNI-Times)' } as const;

/** Every message in Vietnamese, the default language. */
export const messagesVi: Messages = {
  language: 'vi',
  pick: (text) => text.vi,
  issues: {
    missing_column: ({ spellings }) => `dòng tiêu đề không có cột ${spellings}`,
    blank_row: () => 'dòng trống',
    legacy_encoding: ({ encoding }) =>
      `tệp trông như văn bản mã ${legacyNames[encoding]} bị đọc như Unicode; hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi đọc lại`,
    required: ({ column }) => `"${column}" bị bỏ trống`,
    invalid_date: ({ text, expected }) =>
      expected === 'calendar'
        ? `"${text}" không phải ngày có thật trên lịch`
        : expected === 'birth'
          ? `cần năm sinh hoặc ngày sinh, nhận được "${text}"`
          : `cần ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd, nhận được "${text}"`,
    invalid_period: ({ text }) => `cần tháng dạng 01/2025 hoặc 2025-01, nhận được "${text}"`,
    mangled_thousands: ({ text }) =>
      `"${text}" trông như dấu phân cách hàng nghìn bị đọc thành dấu thập phân (1.250.000 thành 1,25); hãy xuất lại số tiền dạng số nguyên`,
    invalid_number: ({ text }) => `cần số nguyên như 500000 hoặc 500.000, nhận được "${text}"`,
    invalid_flag: ({ text }) => `cần x/có hoặc để trống/không, nhận được "${text}"`,
    invalid_sex: ({ text, expected }) => `giới tính "${text}" không rõ; cần một trong: ${expected}`,
    invalid_category: ({ text, expected }) => `nhóm đối tượng "${text}" không rõ; cần một trong: ${expected}`,
    invalid_channel: ({ text, expected }) =>
      `hình thức chi trả "${text}" không rõ; cần một trong: ${expected}`,
    invalid_status: ({ text, expected }) => `trạng thái "${text}" không rõ; cần một trong: ${expected}`,
    invalid_receiver: ({ text, expected }) => `người nhận "${text}" không rõ; cần một trong: ${expected}`,
    invalid_stop_reason: ({ text, expected }) => `lý do dừng "${text}" không rõ; cần một trong: ${expected}`,
    invalid_value: ({ field }) => `giá trị của ${field} không hợp lệ`,
    national_id_format: () => 'số CCCD phải có đúng 12 chữ số',
    national_id_province: ({ got }) => `chữ số 1–3 phải là mã tỉnh 001–096, nhận được ${got}`,
    national_id_century_sex: ({ expected, got, sex, birthYear }) =>
      `chữ số thứ 4 phải là ${expected} với ${sex === 'female' ? 'nữ' : 'nam'} sinh năm ${birthYear}, nhận được ${got}`,
    national_id_birth_year: ({ expected, got, birthYear }) =>
      `chữ số 5–6 phải là ${expected} với năm sinh ${birthYear}, nhận được ${got}`,
    duplicate_beneficiary: ({ id, earlier }) => `đối tượng ${id} đã có ở dòng ${earlier}`,
    stop_before_start: ({ since, until }) => `ngày dừng hưởng (${until}) trước ngày hưởng (${since})`,
    duplicate_payment: ({ id, period, earlier }) => `${id} đã được chi kỳ ${period} ở dòng ${earlier}`,
  },
  notes: {
    byte_order_mark: () => 'đã bỏ dấu BOM đầu tệp',
    delimiter: ({ delimiter }) => `dấu phân cách "${delimiter === '\t' ? 'tab' : delimiter}"`,
    comment: ({ text }) => text,
    rows_above_header: ({ count }) => `bỏ qua ${count} dòng phía trên dòng tiêu đề`,
    sheet: ({ name }) => `trang tính "${name}"`,
    no_sheet: () => 'sổ tính không có trang tính nào',
  },
  kinds: { register: 'danh sách đối tượng', payments: 'danh sách chi trả' },
  common: {
    warning: 'Cảnh báo',
    note: 'Ghi chú',
    noPeriod: 'Danh sách chi trả không có kỳ nào.',
    rejectedLeftOut: (file, rejected) =>
      `Cảnh báo: ${file}: ${rejected} dòng bị loại, không tính (xem ansinh validate ${file}).`,
    paidToUnknownKeys: ({ lines, people, vnd }) =>
      `Cảnh báo: ${lines} khoản đã chi (${vnd} đồng) cho ${people} mã đối tượng không có trong danh sách đối tượng: không tính vào tỷ lệ.`,
    paidOffRegister: ({ lines, people, vnd }) =>
      `Cảnh báo: ${lines} khoản đã chi (${vnd} đồng) cho ${people} người không còn hoặc chưa có trong danh sách cuối kỳ: không tính vào tỷ lệ.`,
    reading: (file) => `Đang đọc ${file}`,
    validating: 'Đang kiểm tra',
    done: (path) => `Xong: ${path}`,
    masked: 'Họ tên và số CCCD đã được che (Nghị định 13/2023/NĐ-CP); dùng --reveal nếu được phép xem.',
    moreWithJson: (more) => `… và ${more} lỗi nữa (--json để xem hết).`,
    outputIsInput: (path) => `Không ghi: ${path} là một tệp đầu vào; hãy chọn tệp khác để ghi kết quả.`,
  },
  validate: {
    summary: (file, kind, rows, accepted, rejected) =>
      `${file} (${kind}): ${rows} dòng = ${accepted} nhận + ${rejected} loại.`,
    headings: { row: 'Dòng', column: 'Cột', code: 'Mã lỗi', message: 'Chi tiết', count: 'Số lần' },
    rejectedWritten: (path) => `Các dòng bị loại, kèm lý do: ${path}`,
  },
  rates: {
    title: (period, by) => `Tỷ lệ kỳ ${period}, theo ${by}`,
    headings: {
      unit: 'Đơn vị',
      beneficiaries: 'Đối tượng',
      accountHolders: 'Có tài khoản',
      accountRate: 'Tỷ lệ có TK',
      paidThroughAccount: 'Chi qua TK',
      paidRate: 'Tỷ lệ chi qua TK',
      byValue: 'Theo số tiền',
      stillNeeded: (target) => `Còn thiếu để đạt ${target}%`,
    },
    definitions:
      'Mẫu số: mọi người hưởng trợ cấp hàng tháng của kỳ; làm tròn nửa lên, 2 chữ số thập phân; “theo số tiền” = số tiền chi qua tài khoản ÷ tổng số tiền chi.',
    engineNeedsPeriod: (engine) =>
      `--engine ${engine} cần --period YYYY-MM và --by commune, district hoặc province.`,
  },
  residual: {
    title: (period, withoutAccount, notPaid) =>
      `Kỳ ${period}: ${withoutAccount} người chưa có tài khoản; ${notPaid} người không được chi trả qua tài khoản.`,
    headings: {
      commune: 'Xã',
      village: 'Thôn',
      name: 'Họ tên',
      account: 'Tài khoản',
      paidBy: 'Đã chi bằng',
      outreach: 'Lưu ý khi đến nhà',
    },
    yes: 'có',
    notYet: 'chưa',
    channels: { account: 'tài khoản', cash: 'tiền mặt', cash_at_home: 'tại nhà' },
    outreach: {
      aged80Plus: '80+',
      severeDisability: 'khuyết tật nặng',
      cannotTravel: 'không đi lại được',
      authorisedReceiver: 'có ủy quyền',
    },
  },
  extract: {
    none: 'Không tìm thấy số liệu nào.',
    found: (count) => `Số liệu tìm thấy: ${count}`,
    headings: {
      locality: 'Địa bàn',
      indicator: 'Chỉ số',
      period: 'Kỳ',
      asStated: 'Như đã nêu',
      fromWords: 'Từ những chữ (vị trí)',
    },
    rank: (rank) => `hạng ${rank}`,
  },
  evalExtract: {
    noGoldSet: (tried) =>
      `Không thấy bộ chú giải; hãy chỉ thư mục có articles/ và gold.jsonl (đã thử ${tried}).`,
    headings: {
      page: 'Trang',
      subset: 'Tập',
      gold: 'Chú giải',
      whole: 'Trọn vẹn',
      inPart: 'Một phần',
      missed: 'Bỏ sót',
      extracted: 'Trích được',
      invented: 'Bịa ra',
      recall: 'Độ phủ',
      precision: 'Độ chính xác',
    },
    consistency: (annotated, found, agreed, falseInconsistent) =>
      `Kiểm tra tính nhất quán: ${annotated} số liệu có chú giải, ${found} được trích trọn vẹn, bộ kiểm tra đồng ý ${agreed}; báo mâu thuẫn sai: ${falseInconsistent}.`,
    scoredAgainst: (dir) => `Đánh giá trích xuất số liệu: ${dir}`,
    totals: { all: 'tất cả', withoutOther: 'trừ chỉ số khác', withoutTargets: 'trừ chỉ tiêu' },
    inPart: 'một phần',
    missed: 'bỏ sót',
    gold: 'chú giải',
    found: 'trích được',
    notWhole: 'Chưa trọn vẹn:',
    invented: 'Bịa ra (không khớp số nào được nêu):',
    decimalMark: ',',
  },
  reproduce: {
    refused: (count) => `${count} tệp không hợp lệ, không tính lại số liệu nào.`,
    legend: '( ) = tử số suy ra từ lời văn, không ghi bằng số; ? = không được nêu.',
    title: 'Tái lập số liệu đã công bố',
    source: 'Nguồn',
    derivedTitle: 'Số suy ra (mẫu số − tử số)',
    headings: { who: 'Nhóm', formula: 'Phép tính', people: 'Số người' },
    figures: (count) => `${count} số liệu`,
  },
  synth: {
    generating: 'Đang tạo',
    writing: 'Đang ghi',
    generatingSeed: (seed) => `Đang tạo dữ liệu tổng hợp (hạt giống ${seed}) …`,
    wroteRegister: (file, count) => `Đã ghi ${file}: ${count} đối tượng`,
    wrotePayments: (file, count) => `Đã ghi ${file}: ${count} khoản chi trả`,
    doneAtScale: (dir, beneficiaries, payments) =>
      `Xong: ${dir} (${beneficiaries} đối tượng, ${payments} khoản chi trả)`,
  },
  report: {
    written: (path) => `Đã ghi báo cáo: ${path}`,
    syntheticNotice:
      'Dữ liệu tổng hợp (không phải người thật), khớp với các số liệu của bài báo về Tiền Hải, tháng 1/2025.',
  },
};
