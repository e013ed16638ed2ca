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
import { type CommandSpec, commandTable, commandUsage, isCommand, options, usage } from './commands-table.js';
import { type Engine, engines } from './engine-names.js';
import { inBothLanguages } from './in-both-languages.js';
import { asksForHelp, findOptionProblem, type OptionProblem } from './option-problem.js';
import type { Output } from './output.js';
import { sameFile } from './same-file.js';
import { defaultUnitsFile, nationalUnitsFile } from './shipped-data.js';

const optionMessages: Readonly<
  Record<OptionProblem['code'], (option: string) => { vi: string; en: string }>
> = {
  unknown_option: cliMessages.unknownOption,
  missing_option_value: cliMessages.missingOptionValue,
  unexpected_option_value: cliMessages.unexpectedOptionValue,
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
  // zod's messages follow --lang while a command runs; the host program's own setting comes back after.
  const { localeError } = z.config();
  try {
    return await run(argv, out);
  } catch (error) {
    // A file that cannot be read as a table (a quote never closed, text in no known encoding), found while
    // streaming: its name and line, exit 2.
    // io's named errors, known by name: the same class may come from io's ES module or its CommonJS file.
    const named = error instanceof Error ? error.name : '';
    const file = (error as { file?: unknown }).file;
    if (
      ['CsvFormatError', 'TextEncodingError', 'WorkbookError'].includes(named) &&
      typeof file === 'string'
    ) {
      out.error(`${file}: ${(error as Error).message}`);
      return 2;
    }
    if (named === 'MissingDuckdbError') {
      out.error((error as Error).message);
      return 2;
    }
    // One error boundary: an error no command expected prints one line, never a stack trace, and exits 2.
    const message = error instanceof Error ? error.message : String(error);
    out.error(
      `Lỗi không mong đợi / unexpected error: ${message.split('\n')[0] ?? ''} (ANSINH_DEBUG=1 để xem chi tiết / for details)`,
    );
    if (process.env.ANSINH_DEBUG === '1' && error instanceof Error && error.stack !== undefined) {
      out.error(error.stack);
    }
    return 2;
  } finally {
    z.config({ localeError });
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

/** A misuse of a command: one line (both languages), where to look, exit 2. */
/**
 * The units file of `--units`: a path, or the name of a shipped set: `vietnam` (every unit of the country,
 * before and after the 2025 reform) or `tien-hai` (the district of the source article).
 */
function unitsFile(value: string | undefined): string | undefined {
  if (value === 'vietnam') return nationalUnitsFile;
  if (value === 'tien-hai') return defaultUnitsFile;
  return value;
}

function misuse(out: Output, command: string, text: string): number {
  out.error(`${text} (xem / see: ansinh ${command} --help)`);
  return 2;
}

/** Reads `--columns`: `Header=field` pairs separated by commas, or a JSON file of them. */
function columnMap(value: string | undefined): Record<string, string> | string | undefined {
  if (value === undefined) return undefined;
  if (/\.json$/iu.test(value)) {
    try {
      const parsed = JSON.parse(readFileSync(value, 'utf8')) as unknown;
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new Error('not an object');
      const entries = Object.entries(parsed);
      if (entries.some(([, field]) => typeof field !== 'string')) throw new Error('not header: field');
      return Object.fromEntries(entries) as Record<string, string>;
    } catch (error) {
      return `--columns ${value}: cần một tệp JSON {"Tên cột": "trường"} / needs a JSON file {"Header": "field"} (${(error as Error).message})`;
    }
  }
  const map: Record<string, string> = {};
  for (const pair of value.split(',')) {
    const at = pair.lastIndexOf('=');
    if (at <= 0 || at === pair.length - 1)
      return `--columns cần dạng "Tên cột=trường,…" / --columns needs "Header=field,…", got ${JSON.stringify(pair)}`;
    map[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return map;
}

/** The options given more than once (`--payments a --payments b`): refused rather than one dropped. */
function repeatedOption(args: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const token of parseArgs({
    args: [...args],
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  }).tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) return token.rawName;
    seen.add(token.name);
  }
  return undefined;
}

async function run(argv: readonly string[], out: Output): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    out.print(usage());
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-V' || command === '-v' || command === 'version') {
    out.print(rest.includes('--json') ? JSON.stringify({ version: version() }) : `ansinh ${version()}`);
    return 0;
  }
  if (!isCommand(command)) {
    out.error(`Lệnh không rõ / unknown command: ${command} (xem / see: ansinh --help)`);
    return 2;
  }
  if (asksForHelp(rest, options)) {
    out.print(commandUsage(command));
    return 0;
  }
  const spec: CommandSpec = commandTable[command];
  // An option of another command: one short line, and where to look.
  const taken = new Set<string>(['lang', 'help', ...spec.options]);
  const ownOptions = Object.fromEntries(Object.entries(options).filter(([name]) => taken.has(name)));
  const foreign = findOptionProblem(rest, ownOptions);
  if (foreign?.code === 'unknown_option' && Object.hasOwn(options, foreign.option.replace(/^--?/u, ''))) {
    out.error(
      `Lệnh ${command} không nhận ${foreign.option} (xem ansinh ${command} --help) / ${command} takes no ${foreign.option} (see ansinh ${command} --help)`,
    );
    return 2;
  }
  const problem = findOptionProblem(rest, options);
  if (problem !== undefined)
    return misuse(out, command, inBothLanguages(optionMessages[problem.code](problem.option)));
  const twice = repeatedOption(rest);
  if (twice !== undefined)
    return misuse(out, command, `Tùy chọn ${twice} được ghi hai lần / option ${twice} is given twice`);
  const { values, positionals } = parseArgs({
    args: [...rest],
    options,
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length < spec.positionals.min || positionals.length > spec.positionals.max) {
    return misuse(
      out,
      command,
      spec.positionals.max === 0
        ? `${command} không nhận đối số ${JSON.stringify(positionals[0])} / ${command} takes no argument ${JSON.stringify(positionals[0])}`
        : `${command} cần ${spec.positionals.min === spec.positionals.max ? `đúng ${spec.positionals.min}` : `ít nhất ${spec.positionals.min}`} đối số / needs ${spec.positionals.min === spec.positionals.max ? `exactly ${spec.positionals.min}` : `at least ${spec.positionals.min}`} argument(s), got ${positionals.length}`,
    );
  }
  const valid = validate(values);
  if (typeof valid === 'string') return misuse(out, command, valid);
  // Schema messages (a field of a dataset, a cell of a list) in the language asked for.
  z.config(z.locales[valid.language]());
  const common = {
    units: unitsFile(values.units),
    publishedOn: values['published-on'],
    language: valid.language,
    json: values.json,
  };
  const reveal = values.reveal;
  if (values.period !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/u.test(values.period))
    return misuse(
      out,
      command,
      `--period cần YYYY-MM / --period needs YYYY-MM, got ${JSON.stringify(values.period)}`,
    );
  if (command === 'synth') {
    const { synth } = await import('./commands/synth.js');
    const seed = Number(values.seed);
    const scale = values.scale;
    if (values.out === undefined) return misuse(out, command, 'synth cần --out DIR / synth needs --out DIR');
    if (!Number.isSafeInteger(seed))
      return misuse(
        out,
        command,
        `--seed cần một số nguyên / --seed needs an integer, got ${JSON.stringify(values.seed)}`,
      );
    if (scale !== 'district' && scale !== 'province' && scale !== 'national')
      return misuse(
        out,
        command,
        `--scale là district, province hoặc national / --scale is district, province or national, got ${JSON.stringify(scale)}`,
      );
    return synth(
      {
        out: values.out,
        seed,
        scale,
        // At province and national scale the people are placed in real communes and provinces.
        units: unitsFile(values.units) ?? (scale === 'district' ? defaultUnitsFile : nationalUnitsFile),
        language: valid.language,
        json: values.json,
      },
      out,
    );
  }
  if (command === 'validate' || command === 'inspect') {
    const kind = values.kind;
    if (kind !== undefined && kind !== 'register' && kind !== 'payments')
      return misuse(
        out,
        command,
        `--kind là register hoặc payments / --kind is register or payments, got ${JSON.stringify(kind)}`,
      );
    const { ignoredColumn, paymentColumns, registerColumns, textEncodings } = await import('@ansinh/io');
    const columns = columnMap(values.columns);
    if (typeof columns === 'string') return misuse(out, command, columns);
    const fields = new Set([...registerColumns, ...paymentColumns].map((c) => c.field));
    const unknownField = Object.values(columns ?? {}).find((f) => f !== ignoredColumn && !fields.has(f));
    if (unknownField !== undefined)
      return misuse(
        out,
        command,
        `--columns: trường không rõ ${JSON.stringify(unknownField)} / unknown field ${JSON.stringify(unknownField)}; fields: ${[...fields].join(', ')}, or - to leave a column out`,
      );
    const encoding = values.encoding;
    if (encoding !== undefined && !(textEncodings as readonly string[]).includes(encoding))
      return misuse(
        out,
        command,
        `--encoding là / is ${textEncodings.join(', ')}, got ${JSON.stringify(encoding)}`,
      );
    const listOptions = {
      file: positionals[0] ?? '',
      kind: kind as 'register' | 'payments' | undefined,
      columns,
      period: values.period,
      commune: values.commune,
      encoding: encoding as (typeof textEncodings)[number] | undefined,
      units: unitsFile(values.units) ?? defaultUnitsFile,
      reveal,
      language: valid.language,
      json: values.json,
    };
    return command === 'validate'
      ? (await import('./commands/validate.js')).validate({ ...listOptions, rejected: values.rejected }, out)
      : (await import('./commands/inspect.js')).inspect(listOptions, out);
  }
  if (command === 'report') {
    if ((values.register === undefined) !== (values.payments === undefined))
      return misuse(
        out,
        command,
        'report cần cả --register và --payments, hoặc không cái nào / report needs both --register and --payments, or neither',
      );
    const { report } = await import('./commands/report.js');
    return report(
      {
        register: values.register,
        payments: values.payments,
        period: values.period,
        units: unitsFile(values.units) ?? defaultUnitsFile,
        out: values.out ?? 'ansinh-report.html',
        language: valid.language,
        json: values.json,
      },
      out,
    );
  }
  if (command === 'rates' || command === 'residual') {
    const by = values.by;
    if (values.register === undefined)
      return misuse(out, command, `${command} cần --register FILE / ${command} needs --register FILE`);
    if (!(levels as readonly string[]).includes(by))
      return misuse(out, command, `--by là / is ${levels.join(', ')}, got ${JSON.stringify(by)}`);
    if (!(engines as readonly string[]).includes(values.engine))
      return misuse(
        out,
        command,
        `--engine là / is ${engines.join(', ')}, got ${JSON.stringify(values.engine)}`,
      );
    // A Vietnamese decimal comma (99,5) as well as a point (99.5).
    const target = values.target?.replace(',', '.');
    if (target !== undefined && (!/^\d+(\.\d+)?$/u.test(target) || Number(target) > 100))
      return misuse(
        out,
        command,
        `--target cần một phần trăm từ 0 đến 100, như 100 hoặc 99.5 / --target needs a percent from 0 to 100, such as 100 or 99.5, got ${JSON.stringify(values.target)}`,
      );
    const payments = values.payments === undefined ? [] : values.payments.split(',').map((f) => f.trim());
    if (payments.some((f) => f === ''))
      return misuse(
        out,
        command,
        `--payments cần tên tệp, cách nhau bởi dấu phẩy / --payments needs file names separated by commas, got ${JSON.stringify(values.payments)}`,
      );
    // A file may be both the register and a payment list (a system export of both); a payment list given
    // twice would be counted twice.
    const twiceGiven = payments.find((f, i, all) => all.slice(0, i).some((g) => sameFile(f, g)));
    if (twiceGiven !== undefined)
      return misuse(
        out,
        command,
        `${twiceGiven} được ghi hai lần, sẽ bị tính hai lần / ${twiceGiven} is given twice and would be counted twice`,
      );
    const shared = {
      register: values.register,
      payments,
      period: values.period,
      units: unitsFile(values.units) ?? defaultUnitsFile,
      // Without --units: titles read with Tiền Hải's units, communes of any province rolled up nationally.
      rollupUnits: values.units === undefined ? nationalUnitsFile : undefined,
      language: valid.language,
      json: values.json,
    };
    const { rates, residual } = await import('./commands/rates.js');
    return command === 'rates'
      ? rates(
          {
            ...shared,
            by: by as CoverageLevel,
            target,
            engine: values.engine as Engine,
            villages: values.villages,
          },
          out,
        )
      : residual({ ...shared, reveal: values.reveal }, out);
  }
  if (command === 'units') {
    const [action, ...words] = positionals;
    if (action !== 'find')
      return misuse(
        out,
        command,
        `units cần "find" / units needs "find" (ansinh units find NAME), got ${JSON.stringify(action)}`,
      );
    if ((words.length === 0) === (values.code === undefined))
      return misuse(
        out,
        command,
        'units find cần một tên hoặc --code, không cả hai / units find needs a name or --code, not both',
      );
    const name = words.join(' ').trim();
    // A type word alone (`xã`) or nothing names no unit; a code is 2 to 5 digits.
    if (
      values.code === undefined &&
      (name === '' ||
        /^(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh|đặc khu|tp\.?)$/iu.test(
          name.normalize('NFC'),
        ))
    )
      return misuse(
        out,
        command,
        `units find cần một tên / units find needs a name, got ${JSON.stringify(name)}`,
      );
    if (values.code !== undefined && !/^\s*\d{2,5}\s*$/u.test(values.code))
      return misuse(
        out,
        command,
        `--code cần 2 đến 5 chữ số / --code needs 2 to 5 digits, got ${JSON.stringify(values.code)}`,
      );
    const { unitsFind } = await import('./commands/units.js');
    return unitsFind(
      {
        name: words.length === 0 ? undefined : words.join(' '),
        code: values.code,
        within: values.in,
        units: unitsFile(values.units) ?? nationalUnitsFile,
        language: valid.language,
        json: values.json,
      },
      out,
    );
  }
  if (command === 'eval-extract') {
    const { evalExtract } = await import('./commands/eval-extract.js');
    return evalExtract(
      { dir: positionals[0], units: unitsFile(values.units), language: valid.language, json: values.json },
      out,
    );
  }
  if (command === 'check') {
    const { check } = await import('./commands/check.js');
    return check({ claim: positionals.join(' '), rounding: valid.rounding, ...common }, out);
  }
  if (command === 'extract') {
    const { extract } = await import('./commands/extract.js');
    return extract({ file: positionals[0] ?? '-', ...common, reveal }, out);
  }
  const { reproduce } = await import('./commands/reproduce.js');
  return reproduce({ files: positionals, ...common, reveal }, out);
}
