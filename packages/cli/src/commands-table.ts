/**
 * The commands of `ansinh` and the options each takes, with their help in both languages: the one place
 * the command line is described. `main` parses with it, `ansinh --help` and `ansinh COMMAND --help` print
 * from it.
 */

/** Every option of the command line, as `parseArgs` declares it. */
export const options = {
  lang: { type: 'string', default: 'vi' },
  json: { type: 'boolean', default: false },
  units: { type: 'string' },
  'published-on': { type: 'string' },
  rounding: { type: 'string', default: 'half-up' },
  out: { type: 'string' },
  seed: { type: 'string', default: '1' },
  kind: { type: 'string' },
  rejected: { type: 'string' },
  register: { type: 'string' },
  payments: { type: 'string' },
  period: { type: 'string' },
  by: { type: 'string', default: 'commune' },
  reveal: { type: 'boolean', default: false },
  scale: { type: 'string', default: 'district' },
  target: { type: 'string' },
  engine: { type: 'string', default: 'rows' },
  columns: { type: 'string' },
  commune: { type: 'string' },
  encoding: { type: 'string' },
  code: { type: 'string' },
  villages: { type: 'string' },
  in: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** An option's name. */
export type OptionName = keyof typeof options;

/** What each option is for, as the help prints it. */
const optionHelp: Readonly<Record<OptionName, string>> = {
  units:
    '--units FILE|vietnam   đơn vị hành chính (JSON, CSV), hoặc vietnam: cả nước trước và sau 2025 / administrative units (JSON, CSV), or vietnam: the whole country before and after 2025',
  'published-on':
    '--published-on DATE   ngày đăng (YYYY-MM-DD), cho "đến nay" / publication date, for "đến nay"',
  rounding: '--rounding MODE       half-up (mặc định / default), half-even, down, up',
  out: '--out PATH            nơi ghi / where to write',
  seed: '--seed N              hạt giống ngẫu nhiên / random seed (1)',
  kind: '--kind KIND           register | payments (tự nhận biết / detected)',
  rejected: '--rejected OUT        ghi các dòng bị loại kèm lý do / write rejected rows with reasons',
  register: '--register FILE       danh sách đối tượng (CSV, XLSX) / register (CSV, XLSX)',
  payments:
    '--payments FILE[,…]   danh sách chi trả, cách nhau bởi dấu phẩy / payment lists, comma-separated',
  period:
    '--period YYYY-MM      kỳ / period (mặc định: kỳ mới nhất hoặc kỳ của tệp / default: latest, or the file’s)',
  by: '--by LEVEL            commune | district | province | commune-2025 | province-2025 (commune)',
  reveal:
    '--reveal              hiện họ tên, số CCCD, số tài khoản (mặc định che) / show names, CCCD, accounts',
  scale: '--scale SCALE         district | province | national (district)',
  target: '--target PERCENT      chỉ tiêu chi qua tài khoản, 0–100 / paid-through-account target, 0–100',
  engine: '--engine ENGINE       rows (mặc định / default) | columns | duckdb (columns, duckdb cần --period)',
  columns:
    '--columns MAP         tên cột=trường, hoặc tệp JSON / header=field pairs, or a JSON file ("Xã=communeName,Ghi chú=-")',
  commune: '--commune CODE        mã xã khi tệp không ghi / the commune’s code when the file does not say',
  encoding:
    '--encoding ENC        utf8 | utf16le | utf16be | cp1258 | tcvn3 | vni | utf8-tcvn3 | utf8-vni (tự nhận biết / detected)',
  villages:
    '--villages FILE       bảng thôn → xã mới cho xã bị chia (Mã xã cũ, Thôn, Mã xã mới) / village → 2025 commune table for split communes',
  code: '--code CODE           mã đơn vị (thay cho tên) / a unit code (instead of a name)',
  in: '--in PLACE            trong huyện, tỉnh này (tên hoặc mã) / within this district or province (name or code)',
  lang: '--lang vi|en          ngôn ngữ / language (vi)',
  json: '--json                kết quả JSON / JSON output',
  help: '-h, --help            in hướng dẫn / print the help',
};

/** A command: how it is called, what it does in both languages, and the options it takes. */
export interface CommandSpec {
  readonly synopsis: string;
  readonly about: string;
  readonly options: readonly OptionName[];
  /** How many positional arguments it takes. */
  readonly positionals: { readonly min: number; readonly max: number };
}

/** The commands, in the order the help lists them. */
export const commandTable = {
  reproduce: {
    synopsis: 'ansinh reproduce PATH… [--units FILE] [--published-on DATE] [--reveal] [--json]',
    about:
      'Tính lại mọi số liệu đã công bố trong tệp dữ liệu (.json, hoặc mọi .json của một thư mục) hoặc trích từ văn bản (tệp khác, hoặc - cho đầu vào chuẩn), và cho biết vì sao.\nRecompute every published figure of dataset files (.json, or every .json of a folder) or extracted from texts (any other file, or - for standard input), and say why.',
    options: ['units', 'published-on', 'reveal', 'json'],
    positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  },
  extract: {
    synopsis: 'ansinh extract FILE|- [--units FILE] [--published-on DATE] [--reveal] [--json]',
    about:
      'Tìm các số liệu trong một văn bản tiếng Việt, kèm vị trí và những chữ làm căn cứ.\nFind the figures of a Vietnamese text, with their offsets and the words they rest on.',
    options: ['units', 'published-on', 'reveal', 'json'],
    positionals: { min: 1, max: 1 },
  },
  units: {
    synopsis: 'ansinh units find NAME | --code CODE [--in PLACE] [--units FILE] [--json]',
    about:
      'Tìm đơn vị hành chính theo tên (có hoặc không có chữ xã, huyện…, không dấu cũng được) hoặc mã: mọi đơn vị trùng tên, đơn vị cấp trên, và đơn vị sau sắp xếp 2025 (hoặc các đơn vị trước đó).\nFind administrative units by name (with or without the type word, diacritics optional) or code: every unit of that name, the units above it, and what it became in the 2025 reform (or what it was made of).',
    options: ['code', 'in', 'units', 'json'],
    positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  },
  'eval-extract': {
    synopsis: 'ansinh eval-extract [DIR] [--units FILE] [--json]',
    about:
      'Chấm điểm trích xuất trên một bộ chú giải (thư mục có articles/ và gold.jsonl; mặc định ../shared/corpus).\nScore extraction against a gold set (a folder with articles/ and gold.jsonl; ../shared/corpus by default).',
    options: ['units', 'json'],
    positionals: { min: 0, max: 1 },
  },
  check: {
    synopsis: 'ansinh check "17.328/17.475 = 99,16%" [--rounding MODE] [--json]',
    about:
      'Kiểm tra một tỷ lệ với các số đếm đi kèm (cũng nhận "17328 of 17475 is 99.16%", "?/376 = 100%").\nCheck a percent against the counts stated with it.',
    options: ['rounding', 'json'],
    positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  },
  synth: {
    synopsis:
      'ansinh synth --out DIR [--seed N] [--scale district|province|national] [--units FILE] [--json]',
    about:
      'Tạo danh sách đối tượng và danh sách chi trả tổng hợp của Tiền Hải (7/2024–6/2025), khớp số liệu bài báo; province, national: 300.000 hoặc 4,6 triệu người, dạng cột.\nWrite a synthetic Tiền Hải register and payment lists (2024-07 … 2025-06) calibrated to the article; province, national: 300 000 or 4.6 million people, in columns.',
    options: ['out', 'seed', 'scale', 'units', 'json'],
    positionals: { min: 0, max: 0 },
  },
  inspect: {
    synopsis:
      'ansinh inspect FILE [--kind register|payments] [--columns MAP] [--period YYYY-MM] [--commune CODE] [--encoding ENC] [--json]',
    about:
      'Cho biết tệp được hiểu thế nào: tiêu đề (xã, kỳ), mỗi cột ứng với trường nào, các dòng cấu trúc, các giả định.\nShow how a file is understood: its title (commune, period), the field of each column, the structure rows, the assumptions.',
    options: ['kind', 'columns', 'period', 'commune', 'encoding', 'units', 'reveal', 'json'],
    positionals: { min: 1, max: 1 },
  },
  validate: {
    synopsis:
      'ansinh validate FILE [--kind register|payments] [--rejected OUT] [--columns MAP] [--period YYYY-MM] [--commune CODE] [--encoding ENC] [--reveal] [--json]',
    about:
      'Kiểm tra một danh sách (CSV, XLSX, cả danh sách như văn phòng lưu): mỗi dòng được nhận, bị loại kèm lý do, bỏ qua (trống) hoặc là dòng cấu trúc.\nValidate a register or payment list (CSV, XLSX, also as offices keep them): every row accepted, rejected with its reasons, skipped (blank) or structure.',
    options: ['kind', 'rejected', 'columns', 'period', 'commune', 'encoding', 'units', 'reveal', 'json'],
    positionals: { min: 1, max: 1 },
  },
  rates: {
    synopsis:
      'ansinh rates --register FILE --payments FILE[,FILE…] [--period YYYY-MM] [--by LEVEL] [--villages FILE] [--target PERCENT] [--engine rows|columns|duckdb] [--json]',
    about:
      'Tỷ lệ có tài khoản và chi trả qua tài khoản theo đơn vị. / Account and paid-through-account rates by unit.\n--engine columns: đọc dần từng phần, giữ dạng cột (tệp cỡ cả nước) / streamed into columns (national-size files); --engine duckdb: DuckDB trên tệp đã kiểm tra / DuckDB over the validated files.',
    options: ['register', 'payments', 'period', 'by', 'villages', 'target', 'engine', 'units', 'json'],
    positionals: { min: 0, max: 0 },
  },
  residual: {
    synopsis:
      'ansinh residual --register FILE --payments FILE[,FILE…] [--period YYYY-MM] [--reveal] [--json]',
    about:
      'Danh sách cần đến tận nhà: chưa có tài khoản, chưa được chi qua tài khoản (đã che thông tin cá nhân).\nWho has no account or was not paid through one, for home visits (personal data masked).',
    options: ['register', 'payments', 'period', 'reveal', 'units', 'json'],
    positionals: { min: 0, max: 0 },
  },
  report: {
    synopsis:
      'ansinh report [--register FILE --payments FILE[,FILE…]] [--period YYYY-MM] [--out FILE] [--json]',
    about:
      'Báo cáo HTML ngoại tuyến (biểu đồ nhúng sẵn); không có tệp thì dùng dữ liệu kèm theo.\nA self-contained offline HTML report (charts embedded); the bundled data without files.',
    options: ['register', 'payments', 'period', 'units', 'out', 'json'],
    positionals: { min: 0, max: 0 },
  },
} as const satisfies Record<string, CommandSpec>;

/** A command's name. */
export type CommandName = keyof typeof commandTable;

/** Whether a word is a command. */
export const isCommand = (word: string): word is CommandName => Object.hasOwn(commandTable, word);

const exitCodes = `Mã thoát / Exit codes: 0 được / fine; 1 có mâu thuẫn hoặc dòng bị loại / an inconsistency or a rejected row;
  2 sai cách dùng hoặc không đọc được đầu vào / bad usage or unreadable input.`;

/** The help of every command: `ansinh --help`. */
export function usage(): string {
  const lines = [
    'ansinh: chi trả an sinh xã hội không dùng tiền mặt / cashless social-allowance payment',
    '',
    'Cách dùng / Usage:',
  ];
  for (const spec of Object.values(commandTable) as CommandSpec[]) {
    lines.push(`  ${spec.synopsis}`);
    for (const line of spec.about.split('\n')) lines.push(`      ${line}`);
  }
  lines.push('  ansinh help | ansinh LỆNH --help / ansinh COMMAND --help | ansinh --version', '');
  lines.push(
    'Tùy chọn chung / Common options:',
    `  ${optionHelp.lang}`,
    `  ${optionHelp.json}`,
    `  ${optionHelp.help}`,
    '',
  );
  lines.push(exitCodes);
  return `${lines.join('\n')}\n`;
}

/** The help of one command: `ansinh COMMAND --help`, with its own options only. */
export function commandUsage(name: CommandName): string {
  const spec: CommandSpec = commandTable[name];
  const own = spec.options.filter((o) => o !== 'json');
  return [
    'Cách dùng / Usage:',
    `  ${spec.synopsis}`,
    ...spec.about.split('\n').map((line) => `      ${line}`),
    '',
    'Tùy chọn / Options:',
    ...[...own, 'lang', ...(spec.options.includes('json') ? (['json'] as const) : []), 'help'].map(
      (o) => `  ${optionHelp[o as OptionName]}`,
    ),
    '',
    exitCodes,
    '',
  ].join('\n');
}
