import { parseArgs } from 'node:util';

/** How an option is declared to `parseArgs`: a switch or an option with a value, perhaps with a letter. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
}

/** The first misuse of an option on a command line, as data: what is wrong and the option as typed. */
export interface OptionProblem {
  readonly code: 'unknown_option' | 'missing_option_value' | 'unexpected_option_value';
  /** The option as typed: `--bogus`, `-x`. */
  readonly option: string;
}

function tokensOf(args: readonly string[], options: Readonly<Record<string, OptionSpec>>) {
  return parseArgs({
    args: [...args],
    options: { ...options },
    allowPositionals: true,
    strict: false,
    tokens: true,
  }).tokens;
}

/**
 * Whether the arguments ask for help (`--help` or `-h` before any `--`), whatever else they hold.
 *
 * @example asksForHelp(['FILE', '-h'], { help: { type: 'boolean', short: 'h' } }); // => true
 */
export function asksForHelp(args: readonly string[], options: Readonly<Record<string, OptionSpec>>): boolean {
  return tokensOf(args, options).some((token) => token.kind === 'option' && token.name === 'help');
}

/**
 * The first option of the arguments that the command line cannot take: one it does not know, one that
 * needs a value and has none (or is followed by another option, as `--units --json`), or a switch given a
 * value (`--json=yes`); `undefined` when every option is fine. Arguments after `--` are not options.
 *
 * @example findOptionProblem(['FILE', '--bogus'], { json: { type: 'boolean' } }); // => { code: 'unknown_option', option: '--bogus' }
 */
export function findOptionProblem(
  args: readonly string[],
  options: Readonly<Record<string, OptionSpec>>,
): OptionProblem | undefined {
  for (const token of tokensOf(args, options)) {
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (spec === undefined) return { code: 'unknown_option', option: token.rawName };
    if (spec.type === 'boolean' && token.value !== undefined) {
      return { code: 'unexpected_option_value', option: token.rawName };
    }
    if (
      spec.type === 'string' &&
      (token.value === undefined ||
        (!token.inlineValue && token.value.length > 1 && token.value.startsWith('-')))
    ) {
      return { code: 'missing_option_value', option: token.rawName };
    }
  }
  return undefined;
}
