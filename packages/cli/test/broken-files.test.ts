// Files as they break, and outputs that would destroy inputs: each with the exit code and the message a
// user gets. The files are made here (invented people, our own sentences), so the corpus runs anywhere.
import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSheet } from '@ansinh/io';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ansinh-broken-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const register = [
  'DANH SÁCH ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI',
  'Xã Nam Hà, tháng 02 năm 2025',
  'STT,Họ và tên,Năm sinh,Giới tính,Số CCCD,Thôn,Số tài khoản',
  '1,Phan Văn Khải,1940,Nam,034040111222,Thôn Bắc,190355678812',
  '2,Công Thị Nga,1938,Nữ,034138333444,Thôn Bắc,',
  '3,=HYPERLINK("http://x"),1950,Không rõ,034050999888,Thôn Nam,',
].join('\n');

const bankList = [
  'DANH SÁCH CHI TRẢ TRỢ CẤP QUA TÀI KHOẢN',
  'Tháng 02/2025 - Xã Nam Hà',
  'STT,Họ và tên,Số CCCD,Số tài khoản,Số tiền (đồng)',
  '1,Phan Văn Khải,034040111222,190355678812,500.000',
  '2,Công Thị Nga,034138333444,,500.000',
].join('\n');

const workbook = (rows: string[][]) => writeSheet('DS', rows);

/** Text in Windows-1258 as Vietnamese Windows writes it: letters precomposed, tone marks combining after them. */
function windows1258(text: string): Buffer {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/gu;
  const spelled = [...text]
    .map((ch) => {
      const parts = ch.normalize('NFD');
      return `${parts.replace(tones, '').normalize('NFC')}${parts.match(tones)?.join('') ?? ''}`;
    })
    .join('');
  return iconv.encode(spelled, 'windows1258');
}
const rows = register.split('\n').map((line) => line.split(','));

describe('broken files: one clear message and exit 2, never a stack trace or "0 rows"', () => {
  it.each([
    [
      'an unclosed quote',
      'quote.csv',
      bankList.replace('Khải,', 'Khải,"'),
      /line 4: a quote opened here is never closed/u,
    ],
    [
      'bytes that are no text',
      'bytes.csv',
      Buffer.concat([Buffer.from('a,b\n'), Buffer.from([0x80, 0x81, 0xfe, 0xff])]),
      /line 2: not UTF-8 text/u,
    ],
    ['a text file named .xlsx', 'text.xlsx', register, /not an XLSX workbook/u],
    [
      'an encrypted workbook',
      'secret.xlsx',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]),
      /a workbook with a password, or an old \.xls/u,
    ],
    ['a workbook cut short', 'cut.xlsx', workbook(rows).subarray(0, 2_000), /damaged or cut short/u],
  ] as const)('%s', async (_, name, content, message) => {
    const result = await run('validate', file(name, content), '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).not.toMatch(/\n\s+at /u);
    expect(result.out).toBe('');
  });

  it('reads the same register in UTF-16, TCVN3 and VNI-free Windows-1258 alike', async () => {
    const cp1258 = windows1258(register);
    for (const [name, bytes, encoding] of [
      [
        'utf16.csv',
        Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(register, 'utf-16le')]),
        'utf16le',
      ],
      ['tcvn3.csv', iconv.encode(register, 'tcvn'), 'tcvn3'],
      ['cp1258.csv', cp1258, 'cp1258'],
    ] as const) {
      const result = await run('validate', file(name, bytes), '--json');
      const report = JSON.parse(result.out);
      expect({ name, accepted: report.accepted, encoding: report.encoding }).toEqual({
        name,
        accepted: 2,
        encoding,
      });
    }
  });
});

describe('outputs never destroy inputs', () => {
  it('refuses to write the rejected rows onto the input, through a hard link too, and leaves it whole', async () => {
    const input = file('input.csv', register);
    const link = join(dir, 'link.csv');
    linkSync(input, link);
    for (const target of [input, link]) {
      const result = await run('validate', input, '--rejected', target, '--lang', 'en');
      expect(result.code).toBe(2);
      expect(result.err).toContain('is one of the inputs');
      expect(readFileSync(input, 'utf8')).toBe(register);
    }
  });

  it('says so when the output folder does not exist or the output is a folder', async () => {
    const input = file('input2.csv', register);
    const missing = await run(
      'validate',
      input,
      '--rejected',
      join(dir, 'no/such/folder/r.csv'),
      '--lang',
      'en',
    );
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('does not exist');
    const folder = await run('validate', input, '--rejected', dir, '--lang', 'en');
    expect(folder.code).toBe(2);
    expect(folder.err).toContain('is a folder');
  });

  it('writes rejected rows masked and neutralised against formulas unless --reveal', async () => {
    const input = file('input3.csv', register);
    const masked = join(dir, 'rejected.csv');
    const result = await run('validate', input, '--rejected', masked);
    expect(result.code).toBe(1);
    const text = readFileSync(masked, 'utf8');
    expect(text).toContain("'=");
    expect(text).not.toContain('Công Thị Nga');
    expect(text).not.toContain('034050999888');
    expect(text).toContain('********9888');
    const revealed = join(dir, 'revealed.csv');
    await run('validate', input, '--rejected', revealed, '--reveal');
    expect(readFileSync(revealed, 'utf8')).toContain('034050999888');
  });
});

describe('nothing lost, said every time', () => {
  it('exits 1 with a message when nothing is accepted, and 2 when a file lacks what the analysis needs', async () => {
    const none = file('none.csv', register.split('\n').slice(0, 3).join('\n'));
    const empty = await run('validate', none, '--lang', 'en');
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('no row accepted');
    const lacking = file('lacking.csv', 'Xã Nam Hà\nSTT,Tên,Số tiền\n1,An,500.000\n');
    const refused = await run('validate', lacking, '--lang', 'en');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('the file lacks what the analysis needs');
  });

  it('validates a list with every cell quoted past its first 64 K characters (the kind found from whole records)', async () => {
    const header = '"Mã đối tượng","Họ và tên","Năm sinh","Mã xã","Hưởng từ ngày"';
    const lines = Array.from(
      { length: 2_000 },
      (_, i) => `"TH-${String(i + 1).padStart(6, '0')}","Nguyễn Văn An","1950","12970","2020-01-01"`,
    );
    const quoted = file('quoted.csv', `${header}\n${lines.join('\n')}\n`);
    const result = await run('validate', quoted, '--json');
    expect(result.code, result.err).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ kind: 'register', accepted: 2_000, rejected: 0 });
    // A short payment list, fewer lines than the delimiter is told from: still a payment list.
    const payments = ['Mã đối tượng,Kỳ chi trả,Hình thức chi trả,Trạng thái,Số tiền,Người nhận'];
    for (let i = 1; i <= 5; i += 1)
      payments.push(`TH-00000${i},2025-03,Qua tài khoản,Đã chi,750000,Đối tượng`);
    const short = await run('validate', file('short-payments.csv', `${payments.join('\n')}\n`), '--json');
    expect(JSON.parse(short.out)).toMatchObject({ kind: 'payments', accepted: 5, rejected: 0 });
  });

  it('gives rates for an office register and the bank’s list, every engine alike', async () => {
    const reg = file('office-register.csv', register);
    const bank = file('office-bank.csv', bankList);
    const answers = [];
    for (const engine of ['rows', 'columns', 'duckdb']) {
      const result = await run(
        'rates',
        '--register',
        reg,
        '--payments',
        bank,
        '--period',
        '2025-02',
        '--engine',
        engine,
        '--json',
      );
      // The register's third row (sex "Không rõ") is rejected and left out: said, and exit 1.
      expect(result.code).toBe(1);
      answers.push(JSON.parse(result.out).units);
    }
    expect(answers[0]).toEqual([
      expect.objectContaining({
        unitCode: '13054',
        accountRate: { numerator: 1, denominator: 2 },
        paidThroughAccountRate: { numerator: 1, denominator: 2 },
      }),
    ]);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });
});

// The same path as the shared samples below, on lists made here, so that a bare clone tests it too: a
// commune's register kept in Windows-1258 with `;` (a title, the month, a total line) and the bank's payment
// list as a workbook.
describe('office lists made here through the command line (every clone)', () => {
  const officeRegister = file(
    'dsdt-namha-t02.csv',
    windows1258(
      [
        'UBND XÃ NAM HÀ;;;;;',
        'DANH SÁCH ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI HƯỞNG TRỢ CẤP HÀNG THÁNG;;;;;',
        'Tháng 02 năm 2025;;;;;',
        'STT;Họ và tên;Năm sinh;Số CCCD;Thôn;Số tài khoản',
        '1;Phan Văn Khải;1940;034040111222;Thôn Bắc;190355678812',
        '2;Công Thị Nga;1938;034138333444;Thôn Bắc;',
        '3;Lê Minh Tâm;1990;034090555666;Thôn Nam;200311112222',
        ';TỔNG CỘNG: 3 người;;;;',
      ].join('\r\n'),
    ),
  );
  const officePayments = file(
    'chi-tra-namha-t02.xlsx',
    workbook([
      ['DANH SÁCH CHI TRẢ TRỢ CẤP QUA TÀI KHOẢN'],
      ['Tháng 02/2025 - Xã Nam Hà'],
      ['STT', 'Họ và tên', 'Năm sinh', 'Số CCCD', 'Số tài khoản', 'Số tiền (đồng)'],
      ['1', 'Phan Văn Khải', '1940', '034040111222', '190355678812', '500.000'],
      ['2', 'Lê Minh Tâm', '1990', '034090555666', '200311112222', '1.000.000'],
    ]),
  );

  it('validate finds the commune, the month and the encoding, and accounts for every line', async () => {
    const validated = await run('validate', officeRegister, '--json');
    expect(validated.code).toBe(0);
    const report = JSON.parse(validated.out);
    expect(report).toMatchObject({ encoding: 'cp1258', inputRows: 8, accepted: 3, structure: 5 });
    expect(report.facts.commune.code).toBe('13054');
    expect(report.facts.period).toEqual({ period: '2025-02', from: 'title' });
    const payments = JSON.parse((await run('validate', officePayments, '--json')).out);
    expect(payments).toMatchObject({ kind: 'payments', inputRows: 5, accepted: 2, structure: 3 });
  });

  it('rates gives the commune its account and paid rates: 2 of 3 people, every dong through an account', async () => {
    const rates = await run('rates', '--register', officeRegister, '--payments', officePayments, '--json');
    expect(rates.code).toBe(0);
    const [unit] = JSON.parse(rates.out).units;
    expect(unit).toMatchObject({
      unitCode: '13054',
      period: '2025-02',
      accountRate: { numerator: 2, denominator: 3 },
      paidThroughAccountRate: { numerator: 2, denominator: 3 },
      paidThroughAccountValueShare: { numerator: 1_500_000, denominator: 1_500_000 },
    });
  });
});

const samples = join(dirname(), '../../../../shared/reference/layouts/samples');
function dirname() {
  return new URL('.', import.meta.url).pathname;
}

describe.runIf(existsSync(samples))(
  'the shared office samples through the command line (where ../shared exists)',
  () => {
    const files = existsSync(samples) ? readdirSync(samples).filter((f) => /\.(csv|xlsx)$/u.test(f)) : [];

    it.each(files)('%s: validate finds commune and period; rates gives coverage', async (name) => {
      const path = join(samples, name);
      const validated = await run('validate', path, '--json');
      const report = JSON.parse(validated.out);
      expect(validated.code).toBeLessThan(2);
      expect(report.inputRows).toBe(report.accepted + report.rejected + report.skipped + report.structure);
      expect(report.facts.period.period).toBe('2025-01');
      // A register alone gives its account rate; a payment list is its own register (the people it
      // pays), except the post office's result, which has no year of birth: it returns list 02.
      const payments = report.kind === 'register' && !name.startsWith('06_') ? [] : ['--payments', path];
      const register = name.startsWith('07_')
        ? path.replace(/07_bang-ke-ket-qua-chi-tra-BuuDien/u, '02_danh-sach-chi-tra-tien-mat')
        : path;
      const rates = await run('rates', '--register', register, ...payments, '--period', '2025-01', '--json');
      // Exit 1 where a sample's duplicate line was rejected and left out, 0 where none was.
      expect(rates.code).toBe(
        JSON.parse(rates.out).inputs.some((i: { rejected: number }) => i.rejected > 0) ? 1 : 0,
      );
      expect(JSON.parse(rates.out).units.length).toBeGreaterThan(0);
    });
  },
);
