import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readers } from '../src/validate/canonical-lane.js';
import type { CanonicalForm } from '../src/validate/column-spec.js';
import { compileFieldSpecs, compileFieldTests } from '../src/validate/compiled-schema.js';
import {
  always,
  isoDatePattern,
  narrowFieldTest,
  numeralLengths,
  patternTest,
  simplePattern,
} from '../src/validate/form-tests.js';

/** A field's JSON Schema and its full test, as the table reader gets them from a schema of one field. */
function fieldOf(schema: z.ZodType) {
  const object = z.object({ f: schema });
  const json = compileFieldSpecs(object)?.get('f');
  const full = compileFieldTests(object)?.get('f');
  if (json === undefined || full === undefined) throw new Error('the schema does not compile');
  return { json, full };
}

const daysIn = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('the pattern zod writes for a date', () => {
  it('matches every day of the calendar from 0000-01-01 to 9999-12-31, and so every date a lane reads', () => {
    const regex = new RegExp(isoDatePattern() ?? '(?!)');
    let days = 0;
    let misses = 0;
    for (let year = 0; year <= 9_999; year += 1) {
      const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
      for (let month = 1; month <= 12; month += 1) {
        const last = month === 2 && leap ? 29 : (daysIn[month - 1] as number);
        const prefix = `${pad(year, 4)}-${pad(month, 2)}-`;
        for (let day = 1; day <= last; day += 1) {
          days += 1;
          if (!regex.test(prefix + pad(day, 2))) misses += 1;
        }
      }
    }
    expect(days).toBe(3_652_425);
    expect(misses).toBe(0);
  });

  it('is tested no more on a date a lane read: the form says it all', () => {
    const { json, full } = fieldOf(z.iso.date());
    expect(narrowFieldTest(json, 'date', undefined, full)).toBe(always);
    // Read as text, a date is still tested by its pattern.
    const asText = narrowFieldTest(json, 'text', undefined, full);
    expect(asText('2024-02-30')).toBe(false);
    expect(asText('2024-02-29')).toBe(true);
  });
});

describe('a pattern of one repeated class, tested without a regular expression', () => {
  it('reads the shapes it knows, and no other', () => {
    expect(simplePattern('^\\d{12}$')).toEqual([{ ranges: [[48, 57]], shortest: 12, longest: 12 }]);
    expect(simplePattern('^[0-9A-Za-z]{6,24}$')?.[0]).toMatchObject({ shortest: 6, longest: 24 });
    expect(simplePattern('^\\d{2}$|^\\d{3}$|^\\d{5}$')?.map((r) => r.shortest)).toEqual([2, 3, 5]);
    for (const other of [
      '^(ab|cd)$',
      '^\\d{4}-\\d{2}$',
      '^[^0-9]+$',
      '\\d{3}',
      '^\\w+$',
      '^[a\\-z]$',
      '^\\d{3,1}$',
    ])
      expect(simplePattern(other), other).toBeUndefined();
  });

  it('answers as the regular expression does on any string', () => {
    const classes = fc.constantFrom('\\d', '[0-9]', '[A-Z]', '[0-9A-Za-z]', '[a-c_]', '[0-9a-f]', '[5-7x]');
    const quantifiers = fc.constantFrom('', '{3}', '{2,5}', '{1,}', '{0,2}', '+', '*', '?');
    const alternative = fc.tuple(classes, quantifiers).map(([c, q]) => `^${c}${q}$`);
    const pattern = fc.array(alternative, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('|'));
    const text = fc.string({ unit: fc.constantFrom(...'0159aAfzZ_-. xé'.split('')), maxLength: 8 });
    fc.assert(
      fc.property(pattern, text, (p, s) => {
        expect(simplePattern(p)).toBeDefined();
        expect(patternTest(p)(s)).toBe(new RegExp(p).test(s));
      }),
      { numRuns: 5_000, seed: 14 },
    );
  });
});

/** Cells of each form's shape, most in form, some not: what a lane's reader is given. */
const cellOf: Record<Exclude<CanonicalForm, 'label'>, fc.Arbitrary<string>> = {
  code: fc.string({ unit: fc.constantFrom(...'0189AZaz-./_ é'.split('')), minLength: 1, maxLength: 70 }),
  numeral: fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: 1, maxLength: 26 }),
  month: fc
    .tuple(fc.integer({ min: 0, max: 9_999 }), fc.integer({ min: 0, max: 13 }))
    .map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`),
  date: fc
    .tuple(
      fc.integer({ min: 0, max: 9_999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  text: fc.string({ unit: fc.constantFrom(...'ab Ắ9-'.split('')), minLength: 1, maxLength: 12 }),
  digits: fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: 1, maxLength: 16 }),
  year: fc.string({ unit: fc.constantFrom(...'0129'.split('')), minLength: 3, maxLength: 5 }),
};

/** Fields of the kinds a list schema has: strings with lengths, patterns and choices, bounded numbers. */
const fieldSchemas: readonly z.ZodType[] = [
  z.string(),
  z.string().min(1),
  z.string().min(3).max(12),
  z.string().regex(/^\d{12}$/u),
  z.string().regex(/^\d{2}$|^\d{3}$|^\d{5}$/u),
  z.string().regex(/^[0-9A-Za-z]{6,24}$/u),
  z.string().regex(/^\d+$/u),
  z.string().regex(/^[A-Z]-\d$/u),
  z
    .string()
    .min(2)
    .regex(/^[0-9a-z]*$/u),
  z.iso.date(),
  z.enum(['2024-07', 'a1', '12', 'Ắb']),
  z.int().min(1_900).max(2_100),
  z.int().nonnegative(),
  z
    .int()
    .min(-5)
    .max(10 ** 16),
  z.number().min(0).max(100),
  z.boolean(),
];

describe('a field test narrowed by the form a lane reads', () => {
  it("answers as the field's full test on every value of the form, and on an empty cell's value", () => {
    const forms = Object.keys(cellOf) as (keyof typeof cellOf)[];
    const emptyAs = fc.constantFrom(undefined, '', false, 0, 'x', null, 2_000);
    fc.assert(
      fc.property(
        fc
          .constantFrom(...forms)
          .chain((form) => fc.tuple(fc.constant(form), fc.array(cellOf[form], { maxLength: 20 }))),
        fc.constantFrom(...fieldSchemas),
        emptyAs,
        ([form, cells], schema, empty) => {
          const { json, full } = fieldOf(schema);
          const narrowed = narrowFieldTest(json, form, empty, full);
          const read = readers[form];
          for (const cell of cells) {
            const value = read(cell, 0, cell.length);
            if (value !== undefined) expect(narrowed(value), `${form} ${cell}`).toBe(full(value));
          }
          if (empty !== undefined) expect(narrowed(empty)).toBe(full(empty));
        },
      ),
      { numRuns: 3_000, seed: 21 },
    );
  });

  it('asks a numeral only its length where the pattern takes digits, and drops what the form says', () => {
    const cccd = fieldOf(z.string().regex(/^\d{12}$/u));
    const test = narrowFieldTest(cccd.json, 'numeral', undefined, cccd.full);
    expect(test).not.toBe(cccd.full);
    expect([test('001080000000'), test('00108000000'), test('0010800000001')]).toEqual([true, false, false]);
    const code = fieldOf(z.string().min(1));
    expect(narrowFieldTest(code.json, 'code', undefined, code.full)).toBe(always);
    const year = fieldOf(z.int().min(0).max(9_999));
    expect(narrowFieldTest(year.json, 'year', undefined, year.full)).toBe(always);
  });

  it('keeps the full test where the form says nothing, the schema says more, or an empty cell would differ', () => {
    const code = fieldOf(z.string().min(1));
    // A label is whatever its column's reader makes of it.
    expect(narrowFieldTest(code.json, 'label', undefined, code.full)).toBe(code.full);
    // A keyword the tests do not read.
    expect(narrowFieldTest({ ...code.json, const: 'x' }, 'code', undefined, code.full)).toBe(code.full);
    // A number read where a string is asked for.
    expect(narrowFieldTest(code.json, 'digits', undefined, code.full)).toBe(code.full);
    // An empty cell given `false`, which a code's test refuses: the narrowed test would take it.
    expect(narrowFieldTest(code.json, 'code', false, code.full)).toBe(code.full);
  });
});

describe('the lengths a numeral must have to pass a field test that asks nothing else of it', () => {
  it('are read off the lengths and a pattern of digits, as one run or not at all', () => {
    const lengths = (schema: z.ZodType, form: CanonicalForm = 'numeral') =>
      numeralLengths(fieldOf(schema).json, form);
    expect(lengths(z.string().regex(/^\d{12}$/u))).toEqual([12, 12]);
    expect(lengths(z.string().regex(/^[0-9A-Za-z]{6,24}$/u))).toEqual([6, 24]);
    expect(lengths(z.string().regex(/^\d{2}$|^\d{3}$/u))).toEqual([2, 3]);
    expect(lengths(z.string().min(3).max(30))).toEqual([3, 24]);
    expect(lengths(z.string())).toEqual([1, 24]);
    // A gap among the lengths, letters only, a choice, another form, a number: no run to test bytes by.
    expect(lengths(z.string().regex(/^\d{2}$|^\d{5}$/u))).toBeUndefined();
    expect(lengths(z.string().regex(/^[A-Z]{6}$/u))).toBeUndefined();
    expect(lengths(z.enum(['123', '456']))).toBeUndefined();
    expect(lengths(z.string().regex(/^\d{12}$/u), 'code')).toBeUndefined();
    expect(lengths(z.int().min(0).max(99))).toBeUndefined();
  });

  it("take a numeral exactly where the field's full test does", () => {
    const numeral = fc.string({
      unit: fc.constantFrom(...'0123456789'.split('')),
      minLength: 1,
      maxLength: 24,
    });
    fc.assert(
      fc.property(fc.constantFrom(...fieldSchemas), fc.array(numeral, { maxLength: 30 }), (schema, cells) => {
        const { json, full } = fieldOf(schema);
        const run = numeralLengths(json, 'numeral');
        if (run === undefined) return;
        for (const cell of cells) expect(cell.length >= run[0] && cell.length <= run[1]).toBe(full(cell));
      }),
      { numRuns: 2_000, seed: 3 },
    );
  });
});
