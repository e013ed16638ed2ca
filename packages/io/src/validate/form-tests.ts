import { z } from 'zod';
import { maxCanonical, maxPlainText } from './canonical-lane.js';
import type { CanonicalForm } from './column-spec.js';
import { type FieldTest, understood } from './compiled-schema.js';

/**
 * The test of a field whose every value passes: what `narrowFieldTest` gives when a lane's form implies
 * the whole test (a compiled fill leaves its call out, `compileFill`).
 */
export const always: FieldTest = () => true;

/** What a lane's reader of a form gives for a cell in form: strings of some lengths, or whole numbers. */
type FormValues =
  | {
      readonly kind: 'string';
      readonly shortest: number;
      readonly longest: number;
      /** Whether every value is ASCII digits only. */
      readonly digitsOnly: boolean;
    }
  | { readonly kind: 'number'; readonly least: number; readonly most: number };

/**
 * The values each form's reader gives (`readers` in canonical-lane.ts, and the lane on bytes, which a
 * test holds to them): a `code` is 1 to 64 code units, a `numeral` 1 to 24 digits, a `month` 7 code
 * units, a `date` 10 (a day of the calendar), a `text` 1 to 4 096 code units (an empty cell is never
 * read); `digits` are whole numbers of at most 15 digits and a `year` four digits. A `label` is whatever
 * its column's reader makes of it: nothing is known.
 */
const formValues: Partial<Record<CanonicalForm, FormValues>> = {
  code: { kind: 'string', shortest: 1, longest: maxCanonical, digitsOnly: false },
  numeral: { kind: 'string', shortest: 1, longest: 24, digitsOnly: true },
  month: { kind: 'string', shortest: 7, longest: 7, digitsOnly: false },
  date: { kind: 'string', shortest: 10, longest: 10, digitsOnly: false },
  text: { kind: 'string', shortest: 1, longest: maxPlainText, digitsOnly: false },
  digits: { kind: 'number', least: 0, most: 10 ** 15 - 1 },
  year: { kind: 'number', least: 0, most: 9_999 },
};

/** The pattern zod writes for an ISO date (`z.iso.date()`), found once; `null` when it writes none. */
let isoDate: string | null | undefined;

/**
 * The pattern of a date field as zod writes it: every value of the `date` form matches it (a day of the
 * calendar, `YYYY-MM-DD`, 29 February in leap years only), which a test checks for every day of the years
 * 0000 to 9999.
 */
export function isoDatePattern(): string | undefined {
  if (isoDate === undefined) {
    const json = z.toJSONSchema(z.iso.date()) as { pattern?: unknown };
    isoDate = typeof json.pattern === 'string' ? json.pattern : null;
  }
  return isoDate ?? undefined;
}

/** One alternative of a simple pattern: code units of some ranges, repeated between two lengths. */
interface Repeat {
  readonly ranges: readonly (readonly [number, number])[];
  readonly shortest: number;
  readonly longest: number;
}

const alternative =
  /^\^(?:\\d|\[((?:[0-9A-Za-z_](?:-[0-9A-Za-z_])?)+)\])(?:\{(\d+)\}|\{(\d+),(\d*)\}|(\+)|(\*)|(\?))?\$$/u;

/**
 * A pattern whose every alternative is one character class, ASCII ranges and letters without negation
 * or escapes but `\d`, repeated, from `^` to `$` (`^\d{12}$`, `^[0-9A-Za-z]{6,24}$`, `^\d{2}$|^\d{5}$`):
 * each alternative's ranges and lengths. `undefined` for any other pattern, whose regular expression is
 * then run. A test holds the test made of it to the regular expression on any string.
 */
export function simplePattern(pattern: string): readonly Repeat[] | undefined {
  const repeats: Repeat[] = [];
  for (const part of pattern.split('|')) {
    const match = alternative.exec(part);
    if (match === null) return undefined;
    const [, set, exactly, from, to, plus, star, optional] = match;
    const ranges: [number, number][] = [];
    if (set === undefined) ranges.push([48, 57]);
    else
      for (const piece of set.matchAll(/(.)(?:-(.))?/gu)) {
        const low = (piece[1] as string).charCodeAt(0);
        const high = (piece[2] ?? (piece[1] as string)).charCodeAt(0);
        if (high < low) return undefined;
        ranges.push([low, high]);
      }
    const [shortest, longest] =
      exactly !== undefined
        ? [Number(exactly), Number(exactly)]
        : from !== undefined
          ? [Number(from), to === '' || to === undefined ? Number.POSITIVE_INFINITY : Number(to)]
          : plus !== undefined
            ? [1, Number.POSITIVE_INFINITY]
            : star !== undefined
              ? [0, Number.POSITIVE_INFINITY]
              : optional !== undefined
                ? [0, 1]
                : [1, 1];
    if (!(shortest <= longest)) return undefined;
    repeats.push({ ranges, shortest, longest });
  }
  return repeats;
}

/** Whether every ASCII digit is in the ranges. */
const holdsDigits = (ranges: Repeat['ranges']): boolean => {
  for (let c = 48; c <= 57; c += 1) if (!ranges.some(([low, high]) => c >= low && c <= high)) return false;
  return true;
};

/**
 * The lengths each alternative of a simple pattern takes (`simplePattern`), where every alternative takes
 * any digit: on a string of digits only, the pattern asks its length alone. `undefined` for any other
 * pattern.
 */
function digitRuns(pattern: string): readonly (readonly [number, number])[] | undefined {
  const repeats = simplePattern(pattern);
  return repeats?.every((r) => holdsDigits(r.ranges)) === true
    ? repeats.map((r) => [r.shortest, r.longest] as const)
    : undefined;
}

/**
 * A pattern's test on a string: a simple pattern's (`simplePattern`) without a regular expression, any
 * other's by its regular expression. Answers as the regular expression does on every string.
 */
export function patternTest(pattern: string): FieldTest {
  const repeats = simplePattern(pattern);
  if (repeats !== undefined) return repeatsTest(repeats);
  const regex = new RegExp(pattern);
  return (value) => regex.test(value as string);
}

/** The test of a simple pattern on a string, without a regular expression. */
function repeatsTest(repeats: readonly Repeat[]): FieldTest {
  return (value) => {
    const text = value as string;
    const length = text.length;
    outer: for (const { ranges, shortest, longest } of repeats) {
      if (length < shortest || length > longest) continue;
      for (let i = 0; i < length; i += 1) {
        const c = text.charCodeAt(i);
        let inside = false;
        for (const [low, high] of ranges) if (c >= low && c <= high) inside = true;
        if (!inside) continue outer;
      }
      return true;
    }
    return false;
  };
}

/** The tests in one: each in order, all must pass. */
function together(tests: readonly FieldTest[]): FieldTest {
  const [first, second] = tests;
  if (first === undefined) return always;
  if (second === undefined) return first;
  if (tests.length === 2) return (value) => first(value) && second(value);
  return (value) => tests.every((test) => test(value));
}

/**
 * A field's test (`full`, from its JSON Schema `json`) for the values a lane reads in `form`, and the
 * value an empty cell is given (`emptyAs`): what the form already makes sure of is not tested again (a
 * code is a string of 1 to 64 code units, a date a day of the calendar, a numeral digits only, so that a
 * CCCD's `^\d{12}$` is its length), and a pattern of one repeated character class is tested without a
 * regular expression. `always` where nothing is left to test. On every value of the form, and on
 * `emptyAs`, it answers as `full` does (a test holds them alike on each form's values); `full` itself
 * where the form says nothing (a `label`), the schema says what this does not read, or the two would
 * differ on `emptyAs`.
 */
export function narrowFieldTest(
  json: Readonly<Record<string, unknown>>,
  form: CanonicalForm,
  emptyAs: unknown,
  full: FieldTest,
): FieldTest {
  const values = formValues[form];
  if (values === undefined || Object.keys(json).some((key) => !understood.has(key))) return full;
  const { type, minLength, maxLength, pattern, format, minimum, maximum } = json;
  const tests: FieldTest[] = [];
  if (type === 'string' && values.kind === 'string') {
    if (format !== undefined && typeof pattern !== 'string') return full;
    if (typeof minLength === 'number' && minLength > values.shortest)
      tests.push((v) => (v as string).length >= minLength);
    if (typeof maxLength === 'number' && maxLength < values.longest)
      tests.push((v) => (v as string).length <= maxLength);
    if (typeof pattern === 'string' && !(form === 'date' && pattern === isoDatePattern())) {
      const runs = values.digitsOnly ? digitRuns(pattern) : undefined;
      if (runs === undefined) tests.push(patternTest(pattern));
      // Digits only, each alternative taking any digit: a question of length alone.
      else if (!runs.some(([low, high]) => low <= values.shortest && high >= values.longest))
        tests.push((v) => {
          const length = (v as string).length;
          return runs.some(([low, high]) => length >= low && length <= high);
        });
    }
  } else if ((type === 'integer' || type === 'number') && values.kind === 'number') {
    if (typeof minimum !== 'number' || typeof maximum !== 'number') return full;
    if (minimum > values.least || maximum < values.most)
      tests.push((v) => (v as number) >= minimum && (v as number) <= maximum);
  } else return full;
  if (json.enum !== undefined) {
    if (!Array.isArray(json.enum)) return full;
    const allowed = new Set<unknown>(json.enum);
    tests.push((v) => allowed.has(v));
  }
  const narrowed = together(tests);
  if (emptyAs === undefined) return narrowed;
  try {
    return narrowed(emptyAs) === full(emptyAs) ? narrowed : full;
  } catch {
    return full;
  }
}

/**
 * The lengths a value of the `numeral` form must have to pass a field's test (from its JSON Schema), where
 * the test asks nothing else of such a value: a string field whose lengths and pattern (of one repeated
 * class taking every digit, its alternatives' lengths one run) leave one run of lengths open, as
 * `^[0-9A-Za-z]{6,24}$` leaves 6 to 24 digits. Such a cell can be checked on its bytes alone (a numeral's
 * bytes are its code units) and left unmade where nobody reads it (`compileByteLane`). `undefined` for any
 * other field or form.
 */
export function numeralLengths(
  json: Readonly<Record<string, unknown>>,
  form: CanonicalForm,
): readonly [number, number] | undefined {
  const values = formValues[form];
  if (form !== 'numeral' || values?.kind !== 'string') return undefined;
  if (Object.keys(json).some((key) => !understood.has(key)) || json.type !== 'string') return undefined;
  const { minLength, maxLength, pattern, format } = json;
  if (json.enum !== undefined || (format !== undefined && typeof pattern !== 'string')) return undefined;
  let shortest = Math.max(values.shortest, typeof minLength === 'number' ? minLength : 0);
  let longest = Math.min(
    values.longest,
    typeof maxLength === 'number' ? maxLength : Number.POSITIVE_INFINITY,
  );
  if (typeof pattern === 'string') {
    // The lengths the alternatives take within those, as runs: one run, or none.
    const runs = digitRuns(pattern)
      ?.map(([low, high]) => [Math.max(low, shortest), Math.min(high, longest)] as const)
      .filter(([low, high]) => low <= high)
      .sort((a, b) => a[0] - b[0]);
    const first = runs?.[0];
    if (runs === undefined || first === undefined) return undefined;
    let [low, high] = first;
    for (const [from, to] of runs.slice(1)) {
      if (from > high + 1) return undefined;
      high = Math.max(high, to);
    }
    [shortest, longest] = [low, high];
  }
  return shortest <= longest ? [shortest, longest] : undefined;
}
