// The doc comment examples of a package's sources, for its doc-examples test: every line
// `@example expression; // => expected` is evaluated with the given names in scope (`await` allowed) and
// the two values compared.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface DocExample {
  readonly file: string;
  readonly expression: string;
  readonly expected: string;
}

export function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(dir, entry.name), extension)
      : entry.name.endsWith(extension)
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Every `@example expression; // => expected` under `sourceRoot`, with the file it is in. */
export function docExamples(sourceRoot: string): DocExample[] {
  return filesUnder(sourceRoot, '.ts').flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/@example (.+?); \/\/ => (.+)$/gmu)].map((match) => ({
      file: relative(sourceRoot, file),
      expression: match[1] ?? '',
      expected: match[2] ?? '',
    })),
  );
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<unknown>;

/** An evaluator of expressions with `scope`'s names defined; `await` may be used. */
export function evaluatorIn(scope: Readonly<Record<string, unknown>>): (code: string) => Promise<unknown> {
  return (code) => new AsyncFunction(...Object.keys(scope), `return (${code});`)(...Object.values(scope));
}
