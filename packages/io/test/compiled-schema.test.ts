import { paymentRowSchema, registerRowSchema } from '@ansinh/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { acceptsAnyCode, compileSchema } from '../src/validate/compiled-schema.js';

/** Values of every kind a row's field may be given, valid for some field and not for others. */
const anyValue = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'DT-1',
    '2025-01',
    '2025-13',
    '2025-01-31',
    '2023-02-29',
    '2024-02-29',
    '0000-01-01',
    '90083',
    '9008',
    '001080000000',
    '00108000000',
    '48294705',
    '4829 4705',
    'male',
    'female',
    'Male',
    'account',
    'cash',
    'paid',
    'pending',
    'beneficiary',
    'authorised_receiver',
    'merit',
    'social_protection',
    'died',
    'Lê Thị Hoa',
  ),
  fc.constantFrom(
    0,
    1,
    -1,
    1.5,
    1899,
    1900,
    2100,
    2101,
    750_000,
    2 ** 53,
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ),
  fc.boolean(),
  fc.constantFrom(null, undefined, {}, []),
  fc.string({ maxLength: 14 }),
  fc.integer(),
);

/** Objects with the schema's keys (some left out, some of the wrong kind) and keys it does not know. */
const valuesFor = (keys: readonly string[], valid: Record<string, unknown>) =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...keys), anyValue), { maxLength: 4 }),
      fc.subarray([...keys]),
      fc.boolean(),
    )
    .map(([changes, dropped, extra]) => {
      const values: Record<string, unknown> = { ...valid };
      for (const key of dropped) delete values[key];
      for (const [key, value] of changes) values[key] = value;
      if (extra) values.communeName = 'Xã Tây Lương';
      return values;
    });

const validPayment = {
  beneficiaryId: 'DT-1',
  period: '2025-01',
  channel: 'account',
  status: 'paid',
  amountVnd: 750_000,
  receivedBy: 'beneficiary',
};
const validRegister = {
  id: 'DT-1',
  fullName: 'Lê Thị Hoa',
  birthYear: 1956,
  sex: 'female',
  nationalId: '001156000000',
  communeCode: '90083',
  village: 'Thôn 1',
  category: 'merit',
  monthlyAmountVnd: 750_000,
  accountNumber: '482947050809',
  accountOpenedOn: '2015-03-12',
  since: '2015-03-12',
  severeDisability: false,
  cannotTravel: true,
};

describe('compileSchema', () => {
  for (const [name, schema, valid] of [
    ['payment row', paymentRowSchema, validPayment],
    ['register row', registerRowSchema, validRegister],
  ] as const) {
    it(`passes only what zod passes, as zod gives it (${name})`, () => {
      const check = compileSchema(schema as z.ZodType<unknown>);
      expect(check).toBeDefined();
      expect(check?.(valid)).toEqual(schema.parse(valid));
      const keys = Object.keys((schema as z.ZodObject).shape);
      let passed = 0;
      fc.assert(
        fc.property(valuesFor(keys, valid), (values) => {
          const row = check?.(values);
          const zod = schema.safeParse(values);
          if (row !== undefined) {
            passed += 1;
            expect(zod.success).toBe(true);
            // The same fields in the same order (a JSON writer would show any difference).
            expect(JSON.stringify(row)).toBe(JSON.stringify(zod.data));
          } else if (zod.success) {
            // Only an optional field given as `undefined` is left to zod although it passes.
            expect(Object.values(values)).toContain(undefined);
          }
        }),
        { numRuns: 3_000, seed: 21 },
      );
      expect(passed).toBeGreaterThan(100);
    });
  }

  it('compiles no schema that JSON Schema cannot say whole: refinements, transforms, unions, open objects', () => {
    const plain = z.object({ id: z.string().min(1) });
    expect(compileSchema(plain)).toBeDefined();
    expect(compileSchema(plain.refine((v) => v.id !== 'x'))).toBeUndefined();
    expect(compileSchema(z.object({ id: z.string().refine((v) => v !== 'x') }))).toBeUndefined();
    expect(compileSchema(z.object({ id: z.string().transform((v) => v.trim()) }))).toBeUndefined();
    // Checks that change the value as they pass it (zod's overwrites), which JSON Schema leaves out too.
    for (const changed of [
      z.string().trim(),
      z.string().toUpperCase(),
      z.string().toLowerCase(),
      z.string().normalize(),
    ]) {
      expect(compileSchema(z.object({ id: changed }))).toBeUndefined();
      expect(acceptsAnyCode(z.object({ id: changed }), 'id', 64)).toBe(false);
    }
    expect(compileSchema(z.object({ id: z.union([z.string(), z.number()]) }))).toBeUndefined();
    expect(compileSchema(z.object({ id: z.string() }).passthrough())).toBeUndefined();
    expect(compileSchema(z.object({ id: z.string().default('a') }))).toBeUndefined();
    expect(compileSchema(z.string())).toBeUndefined();
  });
});
