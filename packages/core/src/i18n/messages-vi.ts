import type { Messages } from './messages.js';

const legacyNames = { tcvn3: 'TCVN3 (ABC, .VnTime)', vni: 'VNI (VNI-Times)' } as const;

/** Every message in Vietnamese, the default language. */
export const messagesVi: Messages = {
  language: 'vi',
  pick: (text) => text.vi,
  issues: {
    legacy_encoding: ({ encoding }) =>
      `tệp trông như văn bản mã ${legacyNames[encoding]} bị đọc như Unicode, nhưng megabyte đầu của tệp còn có chữ không phải (dòng hoặc ký hiệu gõ bằng Unicode) nên không tự đọc lại được; hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey), hoặc chỉ rõ bảng mã utf8-${encoding}, rồi đọc lại`,
    legacy_letters: ({ encoding }) =>
      `chữ của dòng này trông như văn bản mã ${legacyNames[encoding]} bị đọc như Unicode, dù phần đầu tệp là Unicode (dòng dán từ một danh sách cũ?); hãy chuyển các dòng đó sang Unicode rồi đọc lại tệp`,
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
    cell_too_long: ({ length }) => `ô có ${length} ký tự; không trường nào cần quá 4.096`,
    invalid_value: ({ field }) => `giá trị của ${field} không hợp lệ`,
    national_id_format: () => 'số CCCD phải có đúng 12 chữ số',
    national_id_province: ({ got }) => `chữ số 1–3 phải là mã tỉnh 001–096, nhận được ${got}`,
    national_id_century_sex: ({ expected, got, sex, birthYear }) =>
      `chữ số thứ 4 phải là ${expected} với ${sex === 'female' ? 'nữ' : 'nam'} sinh năm ${birthYear}, nhận được ${got}`,
    national_id_birth_year: ({ expected, got, birthYear }) =>
      `chữ số 5–6 phải là ${expected} với năm sinh ${birthYear}, nhận được ${got}`,
    duplicate_beneficiary: ({ id, earlier }) => `đối tượng ${id} đã có ở dòng ${earlier}`,
    duplicate_national_id: ({ earlier }) =>
      `trùng số CCCD với dòng ${earlier}: một người có tên hai lần (với mã đối tượng khác)`,
    stop_before_start: ({ since, until }) => `ngày dừng hưởng (${until}) trước ngày hưởng (${since})`,
    duplicate_payment: ({ id, period, earlier }) => `${id} đã được chi kỳ ${period} ở dòng ${earlier}`,
    account_scientific: ({ text }) =>
      `số tài khoản "${text}" ở dạng khoa học: Excel đã lưu thành số và mất chữ số; định dạng cột là văn bản rồi nhập lại`,
    unknown_commune: ({ name, candidates }) =>
      candidates === ''
        ? `xã "${name}" không có trong danh mục đơn vị`
        : `tên xã "${name}" trùng nhiều xã (${candidates}); hãy ghi mã xã`,
    missing_fields: ({ fields, headers, nearest }) =>
      `tệp thiếu thông tin cần cho phân tích: ${fields}. Các cột có trong tệp: ${headers}.${nearest === '' ? '' : ` Gần nhất: ${nearest}.`} Chỉ rõ cột bằng --columns "Tên cột=trường,…"`,
    column_map_problem: ({ absent, shared, headers }) =>
      `${[
        absent === '' ? '' : `--columns ghi tên cột tệp không có: ${absent}`,
        shared === '' ? '' : `--columns gán một trường cho nhiều cột: ${shared}`,
      ]
        .filter((part) => part !== '')
        .join('; ')}. Các cột có trong tệp: ${headers}`,
    commune_not_found: ({ name }) =>
      `tiêu đề ghi xã "${name}" nhưng danh mục đơn vị không có; hãy dùng --commune MÃ hoặc --units TỆP`,
    commune_ambiguous: ({ name, candidates }) =>
      `tiêu đề ghi xã "${name}", trùng tên nhiều xã (${candidates}); hãy dùng --commune MÃ`,
  },
  assumptions: {
    person_key: () => 'không có mã đối tượng: nhận diện người theo họ tên và năm sinh',
    birth_year_from_cccd: () => 'năm sinh lấy từ chữ số 4–6 của CCCD',
    sex_from_cccd: () => 'giới tính lấy từ chữ số thứ tư của CCCD',
    sex_from_birth_columns: () => 'giới tính theo cột (Nam hay Nữ) ghi ngày sinh',
    sex_tick_female: () => 'dấu "x" ở cột giới tính được hiểu là nữ',
    sex_number_codes: () => '"1" và "2" ở cột giới tính được hiểu là nam và nữ',
    commune_from_title: ({ name, code }) => `xã lấy từ tiêu đề: ${name} (${code})`,
    commune_from_option: ({ code }) => `xã theo tùy chọn --commune: ${code}`,
    commune_from_name: () => 'tên xã được tra theo danh mục đơn vị',
    village_from_heading: () => 'thôn lấy từ dòng tên thôn phía trên',
    category_from_heading: () => 'nhóm đối tượng lấy từ dòng tên nhóm phía trên',
    category_from_title: ({ category }) => `nhóm đối tượng lấy từ tiêu đề danh sách: ${category}`,
    since_from_period: ({ period }) =>
      `không có ngày hưởng: coi là có tên trong danh sách kỳ ${period}, từ ngày đầu tháng`,
    dates_from_section: () =>
      'phần của danh sách (tăng, giảm) cho biết ngày là ngày hưởng hay ngày thôi hưởng',
    account_held_in_period: ({ period }) =>
      `có số tài khoản mà không ghi ngày mở: coi là đã có tài khoản trong kỳ ${period}`,
    flags_absent: () => 'không có cột khuyết tật nặng hoặc không đi lại được: coi là không',
    period_from_file: ({ period, from }) =>
      `kỳ ${period}, lấy từ ${from === 'file_name' ? 'tên tệp' : from === 'option' ? 'tùy chọn --period' : 'tiêu đề'}`,
    status_from_paid_amount: () => 'đã chi khi có ghi số tiền đã trả, chưa chi khi để trống',
    status_from_reason: () =>
      'danh sách kết quả không ghi số tiền đã trả: coi là đã chi khi không ghi lý do chưa chi',
    amount_unit_from_header: ({ column, factor }) =>
      `"${column}" tính bằng ${factor === 1000 ? 'nghìn đồng' : 'triệu đồng'} theo tên cột: nhân với ${factor}`,
    status_listed_as_paid: () => 'danh sách đề nghị chi, không có kết quả: mọi dòng coi là đã chi',
    channel_from_account: () => 'chi qua tài khoản khi dòng có số tài khoản, tiền mặt khi không có',
    channel_from_kind: ({ channel }) =>
      `không ghi hình thức chi: coi là chi ${channel === 'account' ? 'qua tài khoản' : 'tiền mặt'}, theo loại danh sách`,
    channel_code_unknown: () =>
      'mã hình thức chi trả dạng số không được đoán: hình thức lấy theo số tài khoản',
    receiver_from_name: () => 'người được ủy quyền nhận khi tên người nhận khác tên đối tượng',
    receiver_assumed_beneficiary: () => 'không có cột người nhận: coi là đối tượng tự nhận',
  },
  structure: {
    title: 'tiêu đề',
    header: 'dòng tiêu đề cột',
    column_numbers: 'dòng số thứ tự cột',
    blank: 'dòng trống',
    group: 'tên nhóm',
    village: 'tên thôn',
    section: 'tên phần',
    subtotal: 'cộng nhóm',
    total: 'tổng cộng',
    in_words: 'số tiền bằng chữ',
    signature: 'chữ ký',
  },
  notes: {
    byte_order_mark: () => 'đã bỏ dấu BOM đầu tệp',
    delimiter: ({ delimiter }) => `dấu phân cách "${delimiter === '\t' ? 'tab' : delimiter}"`,
    comment: ({ text }) => text,
    rows_above_header: ({ count }) => `bỏ qua ${count} dòng phía trên dòng tiêu đề`,
    sheet: ({ name }) => `trang tính "${name}"`,
    no_sheet: () => 'sổ tính không có trang tính nào',
    legacy_letters_read: ({ encoding }) =>
      `chữ gõ bằng phông ${legacyNames[encoding]} rồi lưu thành Unicode, đã đọc lại thành tiếng Việt`,
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
    outputUnwritable: (path, why) =>
      why === 'no_folder'
        ? `Không ghi: thư mục của ${path} không tồn tại; hãy tạo thư mục hoặc chọn đường dẫn khác.`
        : `Không ghi: ${path} là một thư mục; hãy ghi tên tệp.`,
    outputIsInput: (path) => `Không ghi: ${path} là một tệp đầu vào; hãy chọn tệp khác để ghi kết quả.`,
  },
  validate: {
    summary: (file, kind, c) =>
      `${file} (${kind}): ${c.rows} dòng = ${c.accepted} nhận + ${c.rejected} loại + ${c.skipped} trống + ${c.structure} dòng cấu trúc (tiêu đề, tên nhóm, tổng cộng, chữ ký).`,
    facts: ({ commune, period, periodFrom, title, encoding }) =>
      [
        `Xã: ${commune ?? 'không ghi'}`,
        `kỳ: ${period === undefined ? 'không ghi' : `${period} (lấy từ ${periodFrom === 'file_name' ? 'tên tệp' : periodFrom === 'option' ? 'tùy chọn --period' : 'tiêu đề'})`}`,
        `bảng mã: ${encoding}`,
        ...(title === undefined ? [] : [`tiêu đề: ${title}`]),
      ].join('; '),
    assumptionsHeading: 'Giả định (chỗ tệp không ghi):',
    assumption: (text, rows) => `  - ${text} (${rows} dòng)`,
    nothingAccepted: (file) => `${file}: không dòng nào được nhận.`,
    fileRefused: (file) =>
      `${file}: không đọc được tệp như một danh sách: các dòng bị loại vì lý do này, chưa xét từng dòng.`,
    rejectedMasked:
      'Họ tên, số CCCD và số tài khoản trong tệp các dòng bị loại đã được che; --reveal để giữ nguyên.',
    headings: { row: 'Dòng', column: 'Cột', code: 'Mã lỗi', message: 'Chi tiết', count: 'Số lần' },
    rejectedWritten: (path) => `Các dòng bị loại, kèm lý do: ${path}`,
  },
  inspect: {
    columnsHeading: 'Các cột',
    structureHeading: 'Các dòng không phải đối tượng',
    headings: {
      column: '#',
      header: 'Tên cột',
      field: 'Trường',
      how: 'Theo',
      line: 'Dòng',
      kind: 'Loại',
      text: 'Nội dung',
    },
    notUsed: '(không dùng)',
    matchedBy: {
      map: '--columns',
      code: 'mã trường',
      spelling: 'tên cột',
      sex_split: 'ngày sinh dưới Nam/Nữ',
    },
    moreStructure: (more) => `… và ${more} dòng nữa (xem --json).`,
  },
  rates: {
    title: (period, by) =>
      `Tỷ lệ kỳ ${period}, theo ${{ commune: 'xã', district: 'huyện', province: 'tỉnh', 'commune-2025': 'xã từ 1/7/2025', 'province-2025': 'tỉnh từ 1/7/2025', 'unit-2025': 'đơn vị từ 1/7/2025' }[by]}`,
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
    noPayments:
      'Không có danh sách chi trả: tính được tỷ lệ có tài khoản; chưa biết chi qua tài khoản (ghi —).',
    nothingOnRegister: (period) =>
      `Không ai có tên trong danh sách đối tượng kỳ ${period}: không có tỷ lệ để tính.`,
    paymentsForNobody: (period) =>
      `Không khoản đã chi nào của kỳ ${period} thuộc người trong danh sách đối tượng: các danh sách không khớp nhau (mã khác, xã hoặc tháng khác).`,
    unknownUnits: (codes) =>
      `Cảnh báo: các mã không có trong danh mục đơn vị vào ngày của kỳ, giữ nguyên và không cộng lên cấp trên: ${codes} (kiểm tra mã xã và kỳ: mã xã cũ chỉ dùng đến kỳ 6/2025; hoặc dùng --units, như --units vietnam cho cả nước).`,
    noPaymentsInPeriod: (period) => `Cảnh báo: các danh sách chi trả không có dòng nào của kỳ ${period}.`,
    engineNeedsPeriod: (engine) => `--engine ${engine} cần --period YYYY-MM.`,
    paidRateBounds: 'Khoảng tỷ lệ chi qua TK',
    unplaced: (commune, people, candidates) =>
      `${commune}: ${people} người chưa xếp được vào xã mới (xã bị chia), có thể thuộc: ${candidates}.`,
    unplacedHow:
      'Tỷ lệ các xã đó cho dưới dạng khoảng (thấp nhất – cao nhất theo mọi cách chia). Để xếp từng người, cho bảng thôn → xã mới: --villages TỆP (cột Mã xã cũ, Thôn, Mã xã mới).',
    villageUnused: (oldCode, village, newCode) =>
      `bảng thôn: ${village} của xã ${oldCode} ghi xã mới ${newCode}, nhưng xã ${oldCode} không có người cần xếp vào ${newCode} (không phải xã bị chia vào ${newCode}, hoặc toàn bộ dân số đã sang một xã, hoặc mã không có trong danh mục).`,
    villagesNeedRows: '--villages chỉ dùng với --engine rows (các cách tính khác không đọc thôn).',
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
    noneWhy:
      'Một số liệu chỉ được giữ khi văn bản nêu địa bàn của nó (tỉnh, huyện, xã có trong danh mục đơn vị, --units); tỷ lệ không gắn với địa bàn nào thì không được báo.',
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
  units: {
    found: (count, query) => `${count} đơn vị khớp "${query}":`,
    none: (query) => `Không có đơn vị nào khớp "${query}".`,
    noPlace: (place) => `--in: không có huyện, tỉnh nào tên hoặc mã "${place}".`,
    headings: {
      unit: 'Đơn vị',
      code: 'Mã',
      validity: 'Hiệu lực',
      within: 'Thuộc',
      reform: 'Sắp xếp 2025',
    },
    until: (date) => `đến hết ${date}`,
    from: (date) => `từ ${date}`,
    always: 'không giới hạn',
    to: 'nay là',
    cameFrom: 'gồm',
    part: 'một phần',
    allPeople: 'toàn bộ dân số',
    abolished: 'bỏ cấp huyện từ 2025-07-01',
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
