// Every `@example expression; // => expected` in the library's doc comments is run here, with the
// library's exports in scope plus `tienHai` (the article's figure set), `units` (the Tiền Hải units) and
// `district` (the synthetic Tiền Hải of seed 2025).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as core from '@ansinh/core';
import { describe, expect, it } from 'vitest';
import { docExamples, evaluatorIn, filesUnder } from '../../../scripts/doc-examples.js';
import { repositoryRoot, tienHai, units } from './fixtures.js';

const district = core.synthesizeDistrict(units, { seed: 2025 });
const examples = docExamples(join(repositoryRoot, 'packages/core/src'));
const scope: Record<string, unknown> = { ...core, tienHai, units, district };
const evaluate = evaluatorIn(scope);

describe('doc comment examples', () => {
  it('there are examples to run', () => {
    expect(examples.length).toBeGreaterThan(25);
  });

  it.each(examples)('$file: $expression', async ({ expression, expected }) => {
    expect(await evaluate(expression)).toEqual(await evaluate(expected));
  });
});

// ```ts blocks of the READMEs and docs/: import lines are dropped (the library is in scope), and every line
// `expression; // => expected` is checked. Blocks must be plain JavaScript apart from their imports.
const blocks = [
  join(repositoryRoot, 'README.md'),
  join(repositoryRoot, 'packages/core/README.md'),
  ...filesUnder(join(repositoryRoot, 'docs'), '.md'),
].flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/```ts\n([\s\S]*?)```/gu)].map((match, index) => ({
    name: `${relative(repositoryRoot, file)} #${index + 1}`,
    code: match[1] ?? '',
  })),
);

describe('documentation code blocks', () => {
  it.each(blocks)('$name runs and gives what it says', ({ code }) => {
    const body = code
      .split('\n')
      .filter((line) => !/^import .* from '@ansinh\/core';$/u.test(line.trim()))
      .map((line) => {
        const check = /^(.+?); \/\/ => (.+)$/u.exec(line);
        return check ? `__checks.push([${check[1]}, ${check[2]}, ${JSON.stringify(check[1])}]);` : line;
      })
      .join('\n');
    const checks: [unknown, unknown, string][] = [];
    new Function('__checks', ...Object.keys(scope), body)(checks, ...Object.values(scope));
    expect(checks.length).toBeGreaterThan(0);
    for (const [actual, expected, expression] of checks) expect(actual, expression).toEqual(expected);
  });
});
