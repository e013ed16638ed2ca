import { parseArgs } from 'node:util';
import type { Language } from '@ansinh/core';
import { reproduce } from './commands/reproduce.js';
import type { Output } from './output.js';

const usage = `ansinh: chi trả an sinh xã hội không dùng tiền mặt / cashless social-allowance payment

Cách dùng / Usage:
  ansinh reproduce PATH… [--units FILE] [--lang vi|en] [--json]
      Tính lại mọi số liệu đã công bố trong các tệp dữ liệu (JSON, hoặc mọi tệp .json của một thư mục)
      và cho biết vì sao. --units: các đơn vị hành chính (JSON) để đối chiếu số của xã với huyện.
      Recompute every published figure in the dataset files (JSON, or every .json file of a folder)
      and say why. --units: administrative units (JSON) to check communes against their district.
  ansinh help
`;

/**
 * Runs the command line. Returns the exit code instead of exiting, so tests can call it.
 */
export async function main(argv: readonly string[], out: Output): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    out.print(usage);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'reproduce') {
    out.error(`Lệnh không rõ / unknown command: ${command}\n\n${usage}`);
    return 2;
  }
  let parsed: ReturnType<typeof parseReproduceArgs>;
  try {
    parsed = parseReproduceArgs(rest);
  } catch (error) {
    out.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const language = values.lang;
  if (language !== 'vi' && language !== 'en') {
    out.error(`--lang phải là vi hoặc en / --lang must be vi or en, got ${JSON.stringify(language)}`);
    return 2;
  }
  if (positionals.length === 0) {
    out.error(`Cần ít nhất một tệp dữ liệu / at least one dataset file is needed\n\n${usage}`);
    return 2;
  }
  return reproduce(
    { files: positionals, units: values.units, language: language as Language, json: values.json },
    out,
  );
}

function parseReproduceArgs(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      lang: { type: 'string', default: 'vi' },
      units: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
}
