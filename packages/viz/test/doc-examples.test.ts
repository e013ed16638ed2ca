// Every `@example expression; // => expected` in @ansinh/viz's doc comments is run here, with the package's
// exports and @ansinh/core's in scope.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@ansinh/core';
import * as viz from '@ansinh/viz';
import { describe, expect, it } from 'vitest';
import { docExamples, evaluatorIn } from '../../../scripts/doc-examples.js';

const examples = docExamples(join(dirname(fileURLToPath(import.meta.url)), '../src'));
const evaluate = evaluatorIn({ ...core, ...viz });

describe('doc comment examples of @ansinh/viz', () => {
  it('there are examples to run', () => {
    expect(examples.length).toBeGreaterThanOrEqual(1);
  });

  it.each(examples)('$file: $expression', async ({ expression, expected }) => {
    expect(await evaluate(expression)).toEqual(await evaluate(expected));
  });
});
