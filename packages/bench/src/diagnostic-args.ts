// The arguments of the diagnostic commands (`register`, `payments`, `load`, `encoding`), read one way.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * A diagnostic's arguments: one path (`--<path>`, as the caller wrote it, from where they ran npm, which
 * runs the script in packages/bench) and whole numbers, each with its default and least value. A flag the
 * parser refuses, a missing path or a number out of range prints `usage` and exits with 2: a usage line,
 * not a stack trace.
 */
export function diagnosticArgs<P extends string, N extends string>(spec: {
  readonly path: P;
  readonly numbers: Readonly<Record<N, { readonly fallback: number; readonly least: number }>>;
  readonly usage: string;
}): Record<P, string> & Record<N, number> {
  const fail = (why?: string): never => {
    console.error(why === undefined ? spec.usage : `${why}\n${spec.usage}`);
    process.exit(2);
  };
  const names = Object.keys(spec.numbers) as N[];
  const options: Record<string, { type: 'string'; default?: string }> = { [spec.path]: { type: 'string' } };
  for (const name of names) options[name] = { type: 'string', default: String(spec.numbers[name].fallback) };
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ options }).values;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const path = values[spec.path];
  if (typeof path !== 'string') return fail();
  const read = { [spec.path]: resolve(process.env.INIT_CWD ?? process.cwd(), path) } as Record<
    string,
    string | number
  >;
  for (const name of names) {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < spec.numbers[name].least) fail();
    read[name] = value;
  }
  return read as Record<P, string> & Record<N, number>;
}
