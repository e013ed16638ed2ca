import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  type CoverageLevel,
  cliMessages,
  coverageLevels,
  isoDate,
  type Language,
  type RoundingMode,
  roundingModes,
} from '@ansinh/core';
import { z } from 'zod';
import { check } from './commands/check.js';
import { evalExtract } from './commands/eval-extract.js';
import { extract } from './commands/extract.js';
import { type Engine, engines, rates, residual } from './commands/rates.js';
import { report } from './commands/report.js';
import { reproduce } from './commands/reproduce.js';
import { synth } from './commands/synth.js';
import { validate as validateFile } from './commands/validate.js';
import { defaultUnitsFile } from './default-units.js';
import { inBothLanguages } from './in-both-languages.js';
import { asksForHelp, findOptionProblem, type OptionProblem } from './option-problem.js';
import type { Output } from './output.js';

const usage = `ansinh: chi trả an sinh xã hội không dùng tiền mặt / cashless social-allowance payment

Cách dùng / Usage:
  ansinh reproduce PATH… [--units FILE] [--published-on DATE] [--lang vi|en] [--json] [--reveal]
      Tính lại mọi số liệu đã công bố trong tệp dữ liệu (.json, hoặc mọi .json của một thư mục) hoặc
      trích từ văn bản (tệp khác, hoặc - cho đầu vào chuẩn), và cho biết vì sao.
      Recompute every published figure of dataset files (.json, or every .json of a folder) or extracted
      from texts (any other file, or - for standard input), and say why.
  ansinh extract FILE|- [--units FILE] [--published-on DATE] [--lang vi|en] [--json] [--reveal]
      Tìm các số liệu trong một văn bản tiếng Việt, kèm vị trí và những chữ làm căn cứ.
      Find the figures of a Vietnamese text, with their offsets and the words they rest on.
  ansinh eval-extract [DIR] [--units FILE] [--lang vi|en] [--json]
      Chấm điểm trích xuất trên một bộ chú giải (thư mục có articles/ và gold.jsonl; mặc định ../shared/corpus).
      Score extraction against a gold set (a folder with articles/ and gold.jsonl; ../shared/corpus by default).
  ansinh check "17.328/17.475 = 99,16%" [--rounding MODE] [--lang vi|en] [--json]
      Kiểm tra một tỷ lệ với các số đếm đi kèm (cũng nhận "17328 of 17475 is 99.16%", "?/376 = 100%").
      Check a percent against the counts stated with it.
  ansinh synth --out DIR [--seed N] [--scale district|province|national] [--units FILE] [--json]
      Tạo danh sách đối tượng và danh sách chi trả tổng hợp của Tiền Hải (7/2024–6/2025), khớp số liệu bài báo.
      Write a synthetic Tiền Hải register and payment lists (2024-07 … 2025-06) calibrated to the article;
      --scale province|national: a columnar register of 300 000 or 4,6 million, with monthly coverage.
  ansinh validate FILE [--kind register|payments] [--rejected OUT] [--lang vi|en] [--json]
      Kiểm tra một danh sách (CSV): mỗi dòng được nhận hoặc bị loại kèm lý do.
      Validate a register or payment list (CSV): every row accepted or rejected with its reasons.
  ansinh rates --register FILE --payments FILE[,FILE…] [--period YYYY-MM] [--by commune|district|province|unit-2025]
        [--target PERCENT] [--engine rows|columns|duckdb]
      Tỷ lệ có tài khoản và chi trả qua tài khoản theo đơn vị. / Account and paid-through-account rates by unit.
      --engine columns: đọc dần từng phần, kiểm tra mọi dòng, giữ dạng cột (tệp cỡ cả nước) / streamed, every
      row validated, held in columns (national-size files); --engine duckdb: DuckDB đọc thẳng tệp CSV/Parquet,
      lớn hơn bộ nhớ cũng được / DuckDB over CSV or Parquet files, even larger than memory.
  ansinh residual --register FILE --payments FILE [--period YYYY-MM] [--reveal]
      Danh sách cần đến tận nhà: chưa có tài khoản, chưa được chi qua tài khoản (đã che thông tin cá nhân).
      Who has no account or was not paid through one, for home visits (personal data masked).
  ansinh report [--register FILE --payments FILE] [--period YYYY-MM] [--out FILE] [--lang vi|en] [--json]
      Báo cáo HTML ngoại tuyến (biểu đồ nhúng sẵn); không có tệp thì dùng dữ liệu kèm theo.
      A self-contained offline HTML report (charts embedded); the bundled data without files.
  ansinh help | ansinh LỆNH --help / ansinh COMMAND --help | ansinh --version

Tùy chọn / Options:
  --units FILE          đơn vị hành chính (JSON) / administrative units (JSON): codes, communes within districts
  --published-on DATE   ngày đăng (YYYY-MM-DD), cho "đến nay" / publication date, for "đến nay"
  --rounding MODE       half-up (mặc định / default), half-even, down, up
  --out DIR             thư mục ghi / output folder (synth)
  --seed N              hạt giống ngẫu nhiên / random seed (synth; 1)
  --kind KIND           register | payments (validate; tự nhận biết / detected)
  --rejected OUT        ghi các dòng bị loại kèm lý do / write rejected rows with reasons (validate)
  --register FILE       danh sách đối tượng (CSV) / register (CSV)
  --payments FILE       danh sách chi trả (CSV) / payment lists (CSV)
  --period YYYY-MM      kỳ chi trả / payment period (mặc định kỳ mới nhất / latest)
  --by LEVEL            commune | district | province | unit-2025 (commune)
  --reveal              hiện họ tên, số CCCD, số tài khoản (mặc định che) / show names, CCCD and account
                        numbers (masked by default) (residual, extract, reproduce)
  --engine ENGINE       rows (mặc định / default) | columns | duckdb (rates; columns, duckdb cần --period)
  --target PERCENT      chỉ tiêu chi qua tài khoản (vd. 100) / paid-through-account target, e.g. 100 (rates)
  --lang vi|en          ngôn ngữ / language (vi)
  --json                kết quả JSON / JSON output
  -h, --help            in hướng dẫn này / print this help

Mã thoát / Exit codes: 0 nhất quán / all consistent; 1 có mâu thuẫn / an inconsistency found;
  2 sai cách dùng hoặc không đọc được đầu vào / bad usage or unreadable input.
`;

const options = {
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
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const optionMessages: Readonly<
  Record<OptionProblem['code'], (option: string) => { vi: string; en: string }>
> = {
  unknown_option: cliMessages.unknownOption,
  missing_option_value: cliMessages.missingOptionValue,
  unexpected_option_value: cliMessages.unexpectedOptionValue,
};

const commands = [
  'reproduce',
  'extract',
  'eval-extract',
  'check',
  'synth',
  'validate',
  'rates',
  'residual',
  'report',
] as const;
/** The options each command takes, besides `--lang` and `--help`: any other is refused (exit 2). */
const commandOptions: Readonly<Record<(typeof commands)[number], readonly (keyof typeof options)[]>> = {
  reproduce: ['units', 'published-on', 'reveal', 'json'],
  extract: ['units', 'published-on', 'reveal', 'json'],
  'eval-extract': ['units', 'json'],
  check: ['rounding', 'json'],
  synth: ['out', 'seed', 'scale', 'units', 'json'],
  validate: ['kind', 'rejected', 'json'],
  rates: ['register', 'payments', 'period', 'by', 'target', 'engine', 'units', 'json'],
  residual: ['register', 'payments', 'period', 'by', 'reveal', 'units', 'json'],
  report: ['register', 'payments', 'period', 'units', 'out', 'json'],
};

const levels = coverageLevels;

/** Refuses bad usage with a message; returns the validated language and rounding, or an error text. */
function validate(values: { lang: string; rounding: string; 'published-on'?: string | undefined }) {
  if (values.lang !== 'vi' && values.lang !== 'en') {
    return `--lang phải là vi hoặc en / --lang must be vi or en, got ${JSON.stringify(values.lang)}`;
  }
  if (!(roundingModes as readonly string[]).includes(values.rounding)) {
    return `--rounding phải là / must be one of ${roundingModes.join(', ')}, got ${JSON.stringify(values.rounding)}`;
  }
  const date = values['published-on'];
  // A day of the calendar (2024-02-29, not 2025-02-30), as the schema of a source's date requires.
  if (date !== undefined && !isoDate.safeParse(date).success) {
    return inBothLanguages(cliMessages.notCalendarDate('--published-on', date));
  }
  return { language: values.lang as Language, rounding: values.rounding as RoundingMode };
}

/**
 * Runs the command line. Returns the exit code instead of exiting, so tests can call it.
 */
export async function main(argv: readonly string[], out: Output): Promise<number> {
  try {
    return await run(argv, out);
  } catch (error) {
    // One error boundary: an error no command expected prints one line, never a stack trace, and exits 2.
    const message = error instanceof Error ? error.message : String(error);
    out.error(
      `Lỗi không mong đợi / unexpected error: ${message.split('\n')[0] ?? ''} (ANSINH_DEBUG=1 để xem chi tiết / for details)`,
    );
    if (process.env.ANSINH_DEBUG === '1' && error instanceof Error && error.stack !== undefined) {
      out.error(error.stack);
    }
    return 2;
  }
}

/** The version of this command, from its package. */
function version(): string {
  try {
    const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
    return (JSON.parse(text) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

async function run(argv: readonly string[], out: Output): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    out.print(usage);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-V' || command === 'version') {
    out.print(`ansinh ${version()}`);
    return 0;
  }
  if (!(commands as readonly string[]).includes(command)) {
    out.error(`Lệnh không rõ / unknown command: ${command}\n\n${usage}`);
    return 2;
  }
  if (asksForHelp(rest, options)) {
    out.print(usage);
    return 0;
  }
  // An option of another command: one short line, and where to look.
  const taken = new Set<string>(['lang', 'help', ...commandOptions[command as (typeof commands)[number]]]);
  const ownOptions = Object.fromEntries(Object.entries(options).filter(([name]) => taken.has(name)));
  const foreign = findOptionProblem(rest, ownOptions);
  if (foreign?.code === 'unknown_option' && Object.hasOwn(options, foreign.option.replace(/^--?/u, ''))) {
    out.error(
      `Lệnh ${command} không nhận ${foreign.option} (xem ansinh ${command} --help) / ${command} takes no ${foreign.option} (see ansinh ${command} --help)`,
    );
    return 2;
  }
  const problem = findOptionProblem(rest, options);
  if (problem !== undefined) {
    out.error(`${inBothLanguages(optionMessages[problem.code](problem.option))}\n\n${usage}`);
    return 2;
  }
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof options; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true });
  } catch (error) {
    // `findOptionProblem` finds what `parseArgs` refuses; this is a guard for what it may refuse later.
    out.error(`Sai cách dùng / bad usage: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const valid = validate(values);
  if (typeof valid === 'string') {
    out.error(valid);
    return 2;
  }
  // Schema messages (a field of a dataset, a cell of a list) in the language asked for.
  z.config(z.locales[valid.language]());
  const common = {
    units: values.units,
    publishedOn: values['published-on'],
    language: valid.language,
    json: values.json,
  };
  const reveal = values.reveal;
  if (command === 'synth') {
    const seed = Number(values.seed);
    const scale = values.scale;
    if (
      values.out === undefined ||
      !Number.isSafeInteger(seed) ||
      (scale !== 'district' && scale !== 'province' && scale !== 'national')
    ) {
      out.error(
        `synth cần --out DIR, --seed là số nguyên, --scale là district, province hoặc national / synth needs --out DIR, an integer --seed and --scale district, province or national\n\n${usage}`,
      );
      return 2;
    }
    return synth(
      {
        out: values.out,
        seed,
        scale,
        units: values.units ?? defaultUnitsFile,
        language: valid.language,
        json: values.json,
      },
      out,
    );
  }
  if (command === 'validate') {
    const kind = values.kind;
    if (positionals.length !== 1 || (kind !== undefined && kind !== 'register' && kind !== 'payments')) {
      out.error(
        `validate cần đúng một tệp; --kind là register hoặc payments / validate needs one file; --kind is register or payments\n\n${usage}`,
      );
      return 2;
    }
    return validateFile(
      {
        file: positionals[0] ?? '',
        kind,
        rejected: values.rejected,
        language: valid.language,
        json: values.json,
      },
      out,
    );
  }
  if (command === 'report') {
    if ((values.register === undefined) !== (values.payments === undefined)) {
      out.error(
        `report cần cả --register và --payments, hoặc không cái nào / report needs both --register and --payments, or neither\n\n${usage}`,
      );
      return 2;
    }
    return report(
      {
        register: values.register,
        payments: values.payments,
        period: values.period,
        units: values.units ?? defaultUnitsFile,
        out: values.out ?? 'ansinh-report.html',
        language: valid.language,
        json: values.json,
      },
      out,
    );
  }
  if (command === 'rates' || command === 'residual') {
    const by = values.by;
    if (
      values.register === undefined ||
      values.payments === undefined ||
      !(levels as readonly string[]).includes(by)
    ) {
      out.error(
        `${command} cần --register FILE --payments FILE; --by là / needs --register FILE --payments FILE; --by is ${levels.join(', ')}\n\n${usage}`,
      );
      return 2;
    }
    if (!(engines as readonly string[]).includes(values.engine)) {
      out.error(`--engine là / is ${engines.join(', ')}, got ${JSON.stringify(values.engine)}`);
      return 2;
    }
    if (values.target !== undefined && !/^\d+(\.\d+)?$/u.test(values.target)) {
      out.error(
        `--target cần một phần trăm như 100 hoặc 99.5 / --target needs a percent such as 100 or 99.5`,
      );
      return 2;
    }
    if (values.period !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/u.test(values.period)) {
      out.error(`--period cần YYYY-MM / --period needs YYYY-MM, got ${JSON.stringify(values.period)}`);
      return 2;
    }
    const shared = {
      register: values.register,
      payments: values.payments,
      period: values.period,
      units: values.units ?? defaultUnitsFile,
      language: valid.language,
      json: values.json,
    };
    return command === 'rates'
      ? rates(
          {
            ...shared,
            by: by as CoverageLevel,
            target: values.target,
            engine: values.engine as Engine,
          },
          out,
        )
      : residual({ ...shared, reveal: values.reveal }, out);
  }
  if (command === 'eval-extract') {
    if (positionals.length > 1) {
      out.error(
        `eval-extract nhận nhiều nhất một thư mục / eval-extract takes at most one folder\n\n${usage}`,
      );
      return 2;
    }
    return evalExtract(
      { dir: positionals[0], units: values.units, language: valid.language, json: values.json },
      out,
    );
  }
  if (command === 'check') {
    if (positionals.length === 0) {
      out.error(`Cần một tỷ lệ để kiểm tra / a claim to check is needed\n\n${usage}`);
      return 2;
    }
    return check({ claim: positionals.join(' '), rounding: valid.rounding, ...common }, out);
  }
  if (positionals.length === 0 || (command === 'extract' && positionals.length > 1)) {
    out.error(
      command === 'extract'
        ? `Cần đúng một văn bản / exactly one text is needed\n\n${usage}`
        : `Cần ít nhất một tệp / at least one file is needed\n\n${usage}`,
    );
    return 2;
  }
  if (command === 'extract') return extract({ file: positionals[0] ?? '-', ...common, reveal }, out);
  return reproduce({ files: positionals, ...common, reveal }, out);
}
