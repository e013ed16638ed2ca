// Every `@example expression; // => expected` in @ansinh/io's doc comments is run here, with the package's
// exports and @ansinh/core's in scope.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@ansinh/core';
import * as io from '@ansinh/io';
import { describe, expect, it } from 'vitest';
import { codeBlocks, docExamples, evaluatorIn, runCodeBlock } from '../../../scripts/doc-examples.js';
import { units } from './fixtures.js';

const district = core.synthesizeDistrict(units, { seed: 2025 });
const examples = docExamples(join(dirname(fileURLToPath(import.meta.url)), '../src'));
const evaluate = evaluatorIn({ ...core, ...io, units, district });

// ```ts blocks of the package's README, imports dropped (the library is in scope), each
// `expression; // => expected` line checked.
const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const blocks = codeBlocks(packageRoot, [join(packageRoot, 'README.md')]);

describe('the README of @ansinh/io', () => {
  it.each(blocks)('$name runs and gives what it says', async ({ code }) => {
    const checks = await runCodeBlock(code, { ...core, ...io });
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
