// Every `@example expression; // => expected` in @ansinh/io's doc comments is run here, with the package's
// exports and @ansinh/core's in scope.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@ansinh/core';
import * as io from '@ansinh/io';
import { describe, expect, it } from 'vitest';
import { docExamples, evaluatorIn } from '../../../scripts/doc-examples.js';
import { units } from './fixtures.js';

const district = core.synthesizeDistrict(units, { seed: 2025 });
const examples = docExamples(join(dirname(fileURLToPath(import.meta.url)), '../src'));
const evaluate = evaluatorIn({ ...core, ...io, units, district });

// ```ts blocks of the package's README, imports dropped (the library is in scope), each
// `expression; // => expected` line checked.
const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/gu)].map((match) => match[1] ?? '');

describe('the README of @ansinh/io', () => {
  it.each(blocks)('block runs and gives what it says', (code) => {
    const scope = { ...core, ...io };
    const body = code
      .split('\n')
      .filter((line) => !/^import .* from '@ansinh\/(core|io)';$/u.test(line.trim()))
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

describe('doc comment examples of @ansinh/io', () => {
  it('there are examples to run', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples)('$file: $expression', async ({ expression, expected }) => {
    expect(await evaluate(expression)).toEqual(await evaluate(expected));
  });
});
