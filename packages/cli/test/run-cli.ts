// Runs the command line in the test's process, collecting what it prints: the one harness of the CLI tests.
import { main } from '../src/main.js';

/** Runs `ansinh ARGV…` and returns its exit code and what it printed on standard output and error. */
export async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { print: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
