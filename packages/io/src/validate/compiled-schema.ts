import { z } from 'zod';

/**
 * A check of a row's values compiled from a zod object schema: the parsed row when the values pass
 * (the schema's fields present, in its order, others dropped, as zod's `parse` gives them), or `undefined`
 * when they may not: the caller then asks zod, which gives the reasons. It never accepts what the schema
 * refuses: a test holds it to `safeParse` on any values.
 */
export type CompiledSchema<T> = (values: Readonly<Record<string, unknown>>) => T | undefined;

/** A field's test, from the JSON Schema zod writes for it. */
export type FieldTest = (value: unknown) => boolean;

/** The JSON Schema keywords a field may have for the compiled check to stand for zod's. */
export const understood: ReadonlySet<string> = new Set([
  'type',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'enum',
  'minimum',
  'maximum',
  'description',
  'title',
  'id',
  'examples',
]);

/** The test of one field's JSON Schema, or `undefined` when it holds anything this does not read. */
function fieldTest(json: Record<string, unknown>): FieldTest | undefined {
  if (Object.keys(json).some((key) => !understood.has(key))) return undefined;
  const tests: FieldTest[] = [];
  const { type, minLength, maxLength, pattern, format, minimum, maximum } = json;
  const values = json.enum;
  if (type === 'string') {
    tests.push((v) => typeof v === 'string');
    if (typeof minLength === 'number') tests.push((v) => (v as string).length >= minLength);
    if (typeof maxLength === 'number') tests.push((v) => (v as string).length <= maxLength);
    if (typeof pattern === 'string') {
      const regex = new RegExp(pattern);
      tests.push((v) => regex.test(v as string));
    }
    // A format is read only with its pattern, which says it (zod writes both for a date).
    if (format !== undefined && typeof pattern !== 'string') return undefined;
  } else if (type === 'integer' || type === 'number') {
    if (typeof minimum !== 'number' || typeof maximum !== 'number') return undefined;
    tests.push(
      (v) => typeof v === 'number' && (type === 'number' ? Number.isFinite(v) : Number.isInteger(v)),
    );
    tests.push((v) => (v as number) >= minimum && (v as number) <= maximum);
  } else if (type === 'boolean') {
    tests.push((v) => typeof v === 'boolean');
  } else return undefined;
  if (values !== undefined) {
    if (!Array.isArray(values)) return undefined;
    const allowed = new Set<unknown>(values);
    tests.push((v) => allowed.has(v));
  }
  const [first, second, third] = tests;
  if (first === undefined) return () => true;
  if (second === undefined) return first;
  if (third === undefined) return (value) => first(value) && second(value);
  return (value) => {
    for (let i = 0; i < tests.length; i += 1) if (!(tests[i] as FieldTest)(value)) return false;
    return true;
  };
}

/** The answers of `acceptsAnyCode`, by schema (a zod schema does not change once made). */
const anyCodeAnswers = new WeakMap<z.ZodType, Map<string, boolean>>();

/**
 * Whether the schema takes in `field` any string of 1 to `longest` code units, as a code of the lanes is
 * (a string field with no pattern, format or choices, its lengths allowing all of them): such a field can
 * be left unread in a row the lanes vouch for (`TableSink.fromLine`). False for any other schema. Worked
 * out once a schema, field and length.
 */
export function acceptsAnyCode(schema: z.ZodType, field: string, longest: number): boolean {
  let answers = anyCodeAnswers.get(schema);
  if (answers === undefined) {
    answers = new Map();
    anyCodeAnswers.set(schema, answers);
  }
  const asked = `${field}\u0000${longest}`;
  let answer = answers.get(asked);
  if (answer === undefined) {
    answer = takesAnyCode(schema, field, longest);
    answers.set(asked, answer);
  }
  return answer;
}

/** `acceptsAnyCode`, worked out from the schema as JSON Schema. */
function takesAnyCode(schema: z.ZodType, field: string, longest: number): boolean {
  const def = (schema as unknown as { _zod?: { def?: { type?: string; shape?: object } } })._zod?.def;
  if (def?.type !== 'object' || fieldsOf(schema) === undefined) return false;
  let json: Record<string, unknown>;
  try {
    json = z.toJSONSchema(schema, { unrepresentable: 'throw', io: 'output', reused: 'inline' }) as Record<
      string,
      unknown
    >;
  } catch {
    return false;
  }
  const root = (typeof json.$ref === 'string' ? resolve(json, json.$ref) : json) as
    | Record<string, unknown>
    | undefined;
  const spec = (root?.properties as Record<string, Record<string, unknown>> | undefined)?.[field];
  if (spec === undefined || spec.type !== 'string') return false;
  const plain = Object.keys(spec).every((key) =>
    ['type', 'minLength', 'maxLength', 'description', 'title', 'id', 'examples'].includes(key),
  );
  const { minLength = 0, maxLength = Number.POSITIVE_INFINITY } = spec as {
    minLength?: number;
    maxLength?: number;
  };
  return plain && minLength <= 1 && maxLength >= longest;
}

/** A compiled field: its key, its test, whether the schema requires it, and its JSON Schema. */
interface CompiledField {
  readonly key: string;
  readonly test: FieldTest;
  readonly required: boolean;
  readonly json: Readonly<Record<string, unknown>>;
}

const compiled = new WeakMap<z.ZodType, CompiledSchema<unknown> | null>();
const compiledFields = new WeakMap<z.ZodType, readonly CompiledField[] | null>();

/** The compiled fields of a schema (`undefined` when it is not one `compileSchema` compiles), once. */
function fieldsOf(schema: z.ZodType): readonly CompiledField[] | undefined {
  const known = compiledFields.get(schema);
  if (known !== undefined) return known ?? undefined;
  const made = fieldsOfSchema(schema);
  compiledFields.set(schema, made ?? null);
  return made;
}

/**
 * The compiled test of each field of a schema `compileSchema` compiles (`undefined` for any other): a
 * value passes a field's test when the schema would take it in that field.
 */
export function compileFieldTests(
  schema: z.ZodType,
): ReadonlyMap<string, (value: unknown) => boolean> | undefined {
  const fields = fieldsOf(schema);
  return fields === undefined ? undefined : new Map(fields.map((f) => [f.key, f.test]));
}

/**
 * The JSON Schema of each field of a schema `compileSchema` compiles, as its tests read it (`undefined`
 * for any other schema): what `narrowFieldTest` narrows a test by.
 */
export function compileFieldSpecs(
  schema: z.ZodType,
): ReadonlyMap<string, Readonly<Record<string, unknown>>> | undefined {
  const fields = fieldsOf(schema);
  return fields === undefined ? undefined : new Map(fields.map((f) => [f.key, f.json]));
}

/**
 * Compiles the check of a zod object schema of plain fields (strings with lengths, patterns and choices,
 * bounded integers, booleans; optional or not), from the JSON Schema zod writes for it. `undefined` for
 * any other schema (unions, nested objects, defaults, transforms, refinements, which JSON Schema cannot
 * say): every row is then parsed by zod. Compiled once per schema.
 */
export function compileSchema<T>(schema: z.ZodType<T>): CompiledSchema<T> | undefined {
  const known = compiled.get(schema);
  if (known !== undefined) return known === null ? undefined : (known as CompiledSchema<T>);
  const made = make(schema);
  compiled.set(schema, made ?? null);
  return made;
}

function make<T>(schema: z.ZodType<T>): CompiledSchema<T> | undefined {
  const fields = fieldsOf(schema);
  if (fields === undefined) return undefined;
  return (values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i += 1) {
      const { key, test, required: needed } = fields[i] as CompiledField;
      const value = values[key];
      if (value === undefined) {
        // An optional field absent is left out; present as `undefined`, zod decides.
        if (needed || key in values) return undefined;
        continue;
      }
      if (!test(value)) return undefined;
      row[key] = value;
    }
    return row as T;
  };
}

function fieldsOfSchema(schema: z.ZodType): readonly CompiledField[] | undefined {
  const def = (schema as unknown as { _zod?: { def?: { type?: string; shape?: object } } })._zod?.def;
  if (def?.type !== 'object' || def.shape === undefined || hasRefinements(schema)) return undefined;
  let json: Record<string, unknown>;
  try {
    json = z.toJSONSchema(schema, { unrepresentable: 'throw', io: 'output', reused: 'inline' }) as Record<
      string,
      unknown
    >;
  } catch {
    return undefined;
  }
  const root = (typeof json.$ref === 'string' ? resolve(json, json.$ref) : json) as
    | Record<string, unknown>
    | undefined;
  if (root?.type !== 'object' || typeof root.properties !== 'object' || root.properties === null)
    return undefined;
  if (root.additionalProperties !== undefined && root.additionalProperties !== false) return undefined;
  const required = new Set(Array.isArray(root.required) ? (root.required as string[]) : []);
  const fields: CompiledField[] = [];
  for (const [key, field] of Object.entries(root.properties as Record<string, Record<string, unknown>>)) {
    const test = fieldTest(field);
    if (test === undefined) return undefined;
    fields.push({ key, test, required: required.has(key), json: field });
  }
  return fields.length === Object.keys(def.shape).length ? fields : undefined;
}

function resolve(json: Record<string, unknown>, ref: string): unknown {
  const path = ref.replace(/^#\//u, '').split('/');
  let node: unknown = json;
  for (const part of path) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

/** The kinds of zod check JSON Schema says whole: bounds, lengths, formats and patterns. */
const saidChecks = new Set([
  'less_than',
  'greater_than',
  'multiple_of',
  'number_format',
  'max_length',
  'min_length',
  'length_equals',
  'string_format',
]);

/**
 * Whether any part of the schema checks or changes a value with code of its own (`refine`, `superRefine`,
 * `check`; `trim`, `toUpperCase` and the other overwrites; any kind of check not known to be said whole),
 * which JSON Schema leaves out: such a schema is not compiled.
 */
function hasRefinements(schema: z.ZodType): boolean {
  const seen = new Set<unknown>();
  const visit = (node: unknown): boolean => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return false;
    seen.add(node);
    const def = (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (def === undefined) return false;
    const checks = (def.checks ?? []) as { _zod?: { def?: { check?: string } } }[];
    if (checks.some((check) => !saidChecks.has(check._zod?.def?.check ?? ''))) return true;
    if (def.type === 'custom' || def.type === 'transform' || def.type === 'pipe') return true;
    return Object.values(def).some((value) =>
      Array.isArray(value)
        ? value.some(visit)
        : typeof value === 'object' && value !== null && !('_zod' in value)
          ? Object.values(value).some(visit)
          : visit(value),
    );
  };
  return visit(schema);
}
