// The doc comment examples of a package's sources, for its doc-examples test: every line
// `@example expression; // => expected` is evaluated with the given names in scope (`await` allowed) and
// the two values compared.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';

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

/** A fenced ```ts block of a Markdown file, named by the file and its place in it. */
export interface CodeBlock {
  readonly name: string;
  readonly code: string;
}

/** The ```ts blocks of Markdown files, named `file #n` relative to `root`. */
export function codeBlocks(root: string, files: readonly string[]): CodeBlock[] {
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/```ts\n([\s\S]*?)```/gu)].map((match, index) => ({
      name: `${relative(root, file)} #${index + 1}`,
      code: match[1] ?? '',
    })),
  );
}

/**
 * Runs a documentation block with `scope`'s names defined in place of its imports of @ansinh packages (an
 * import written over several lines too), types stripped by esbuild, `await` allowed; returns each line
 * `expression; // => expected` as `[actual, expected, expression]`.
 */
export async function runCodeBlock(
  code: string,
  scope: Readonly<Record<string, unknown>>,
): Promise<[unknown, unknown, string][]> {
  const body = code
    .replace(/^import\s[^;]*?\sfrom\s+'@ansinh\/[^']+';[ \t]*$/gmu, '')
    .split('\n')
    .map((line) => {
      const check = /^(.+?); \/\/ => (.+)$/u.exec(line);
      return check ? `__checks.push([${check[1]}, ${check[2]}, ${JSON.stringify(check[1])}]);` : line;
    })
    .join('\n');
  const javascript = transformSync(body, { loader: 'ts' }).code;
  const checks: [unknown, unknown, string][] = [];
  // In a block of its own, so that the example's declarations may shadow names of the scope.
  await new AsyncFunction('__checks', ...Object.keys(scope), `{\n${javascript}\n}`)(
    checks,
    ...Object.values(scope),
  );
  return checks;
}
