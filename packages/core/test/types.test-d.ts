import type {
  Bilingual,
  FigureCheck,
  FixedDecimal,
  PublishedFigure,
  PublishedRate,
  Rate,
  StatedCount,
  Verdict,
} from '@ansinh/core';
import { checkPublishedFigures, type publishedFigureSchema, ratePercent, rollup } from '@ansinh/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';

describe('types', () => {
  it('PublishedFigure is the schema’s inferred type, discriminated by kind', () => {
    expectTypeOf<PublishedFigure>().toEqualTypeOf<z.infer<typeof publishedFigureSchema>>();
    expectTypeOf<Extract<PublishedFigure, { kind: 'rate' }>>().toEqualTypeOf<PublishedRate>();
    expectTypeOf<PublishedRate['numerator']>().toEqualTypeOf<StatedCount | null>();
    expectTypeOf<NonNullable<PublishedRate['percent']>['value']>().toEqualTypeOf<string>();
    expectTypeOf<PublishedRate['percent']>().toBeNullable();
  });

  it('calculators say in their types when a result can be missing', () => {
    expectTypeOf(ratePercent).returns.toEqualTypeOf<FixedDecimal | undefined>();
    expectTypeOf(rollup).parameter(0).toEqualTypeOf<readonly Rate[]>();
    expectTypeOf(checkPublishedFigures).returns.toEqualTypeOf<FigureCheck[]>();
    expectTypeOf<FigureCheck['verdict']>().toEqualTypeOf<Verdict>();
    expectTypeOf<FigureCheck['reason']>().toEqualTypeOf<Bilingual>();
  });
});
