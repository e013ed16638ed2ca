// Every `@example expression; // => expected` in the library's doc comments is run here, with the
// library's exports in scope plus `tienHai` (the article's figure set), `units` (the Tiền Hải units) and
// `district` (the synthetic Tiền Hải of seed 2025).
import { join } from 'node:path';
import * as core from '@ansinh/core';
import { describe, expect, it } from 'vitest';
import {
  codeBlocks,
  docExamples,
  evaluatorIn,
  filesUnder,
  runCodeBlock,
} from '../../../scripts/doc-examples.js';
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

// ```ts blocks of the READMEs and docs/: imports of @ansinh packages are dropped (the library is in scope),
// types stripped, and every line `expression; // => expected` is checked.
const blocks = codeBlocks(repositoryRoot, [
  join(repositoryRoot, 'README.md'),
  join(repositoryRoot, 'packages/core/README.md'),
  ...filesUnder(join(repositoryRoot, 'docs'), '.md'),
]);

describe('documentation code blocks', () => {
  it.each(blocks)('$name runs and gives what it says', async ({ code }) => {
    const checks = await runCodeBlock(code, scope);
    expect(checks.length).toBeGreaterThan(0);
    for (const [actual, expected, expression] of checks) expect(actual, expression).toEqual(expected);
  });
});
