// Generates the files derived from the zod schemas: JSON Schema (packages/core/json-schema/) and the
// field tables of docs/reference/models.md. `npm run gen` writes them; a test fails when they drift.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  accountSchema,
  adminUnitSchema,
  adminUnitSetSchema,
  authorisedReceiverSchema,
  beneficiaryCategorySchema,
  beneficiarySchema,
  paymentPeriodSchema,
  paymentRowSchema,
  paymentSchema,
  publishedFigureSchema,
  publishedFigureSetSchema,
  registerChangeSchema,
  registerRowSchema,
  targetSchema,
  targetSetSchema,
} from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Every model that gets a JSON Schema file and a docs table, by kebab-case file name. */
export const models: Record<string, z.ZodType> = {
  'admin-unit': adminUnitSchema,
  'admin-unit-set': adminUnitSetSchema,
  'beneficiary-category': beneficiaryCategorySchema,
  beneficiary: beneficiarySchema,
  account: accountSchema,
  'authorised-receiver': authorisedReceiverSchema,
  'payment-period': paymentPeriodSchema,
  payment: paymentSchema,
  'register-change': registerChangeSchema,
  'register-row': registerRowSchema,
  'payment-row': paymentRowSchema,
  target: targetSchema,
  'target-set': targetSetSchema,
  'published-figure': publishedFigureSchema,
  'published-figure-set': publishedFigureSetSchema,
};

type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
};

function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'throw' }) as JsonSchema;
}

function typeOf(s: JsonSchema): string {
  if (s.$ref) return s.$ref.replace('#/$defs/', '');
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.enum) return s.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  const variants = s.anyOf ?? s.oneOf;
  if (variants) return variants.map(typeOf).join(' \\| ');
  if (s.type === 'array' && s.items) {
    const item = typeOf(s.items);
    return item.includes('|') ? `(${item})[]` : `${item}[]`;
  }
  const base = Array.isArray(s.type) ? s.type.join(' \\| ') : (s.type ?? 'any');
  return s.format ? `${base} (${s.format})` : base;
}

function describeOf(s: JsonSchema): string {
  if (s.description) return s.description;
  const variants = s.anyOf ?? s.oneOf;
  return variants?.map((v) => v.description).find((d) => d !== undefined) ?? '';
}

function table(name: string, json: JsonSchema): string[] {
  const schema = (json.$ref ? json.$defs?.[json.$ref.replace('#/$defs/', '')] : undefined) ?? json;
  const lines = [`### ${name}`, ''];
  if (schema.description) lines.push(schema.description, '');
  const variants = schema.properties ? [schema] : (schema.oneOf ?? schema.anyOf ?? []);
  for (const variant of variants) {
    if (!variant.properties) continue;
    const kind = variant.properties.kind?.const;
    if (kind !== undefined) lines.push(`**kind = \`${String(kind)}\`**`, '');
    lines.push('| field | type | required | description |', '|---|---|---|---|');
    for (const [field, property] of Object.entries(variant.properties)) {
      const required = variant.required?.includes(field) ? 'yes' : 'no';
      lines.push(
        `| \`${field}\` | ${typeOf(property)} | ${required} | ${describeOf(property).replaceAll('|', '\\|')} |`,
      );
    }
    lines.push('');
  }
  return lines;
}

/** The generated files, path relative to the repository root → content. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const doc = [
    '# Models: the data dictionary',
    '',
    'Generated from the zod schemas of `@ansinh/core` by `npm run gen`; do not edit by hand (a test fails',
    'when this file drifts). Each description gives the Vietnamese term, then its English gloss. JSON Schema',
    'files for the same models are in `packages/core/json-schema/`.',
    '',
  ];
  for (const [name, schema] of Object.entries(models)) {
    const json = jsonSchemaOf(schema);
    files.set(`packages/core/json-schema/${name}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
    doc.push(...table(name, json));
  }
  files.set('docs/reference/models.md', `${doc.join('\n').trimEnd()}\n`);
  return files;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, content] of generatedFiles()) {
    writeFileSync(join(root, path), content);
    console.log(`wrote ${path}`);
  }
}
