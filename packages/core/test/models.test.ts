import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  accountSchema,
  authorisedReceiverSchema,
  beneficiaryCategories,
  beneficiaryCategorySchema,
  beneficiarySchema,
  paymentPeriodSchema,
  paymentSchema,
  registerChangeSchema,
  targetSchema,
} from '@ansinh/core';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../scripts/generate.js';
import { repositoryRoot } from './fixtures.js';

const issuePaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('models (zod schemas)', () => {
  it('beneficiarySchema accepts a register row and names the field of a bad CCCD', () => {
    const row = {
      id: 'b-0001',
      fullName: 'Nguyễn Văn An',
      nationalId: '034056001234',
      categories: ['merit_relative'],
      unitCode: '12994',
      since: '2021-07-01',
      monthlyAmountVnd: 2_789_000,
    };
    expect(beneficiarySchema.parse(row)).toEqual(row);
    const bad = beneficiarySchema.safeParse({ ...row, nationalId: '12345' });
    expect(issuePaths(bad)).toEqual(['nationalId']);
    expect(bad.error?.issues[0]?.message).toBe(
      'cần số CCCD 12 chữ số / expected a 12-digit citizen ID (CCCD)',
    );
  });

  it('paymentSchema takes whole dong only', () => {
    const payment = {
      id: 'p-1',
      beneficiaryId: 'b-0001',
      period: '2025-01',
      channel: 'account',
      status: 'paid',
      amountVnd: 500_000,
      receivedBy: 'beneficiary',
    };
    expect(paymentSchema.parse(payment)).toEqual(payment);
    expect(issuePaths(paymentSchema.safeParse({ ...payment, amountVnd: 500_000.5 }))).toEqual(['amountVnd']);
    expect(issuePaths(paymentSchema.safeParse({ ...payment, period: '2025-13' }))).toEqual(['period']);
  });

  it('accountSchema, authorisedReceiverSchema, paymentPeriodSchema and registerChangeSchema accept valid rows', () => {
    expect(() =>
      accountSchema.parse({
        id: 'a-1',
        beneficiaryId: 'b-0001',
        holder: 'beneficiary',
        kind: 'bank',
        provider: 'Agribank',
        accountNumber: '1903664123401',
        openedOn: '2024-11-02',
      }),
    ).not.toThrow();
    expect(() =>
      authorisedReceiverSchema.parse({
        id: 'r-1',
        beneficiaryId: 'b-0001',
        relationship: 'child',
        validFrom: '2024-01-01',
      }),
    ).not.toThrow();
    expect(() => paymentPeriodSchema.parse({ month: '2025-01', payFrom: '2025-01-05' })).not.toThrow();
    expect(() =>
      registerChangeSchema.parse({
        id: 'c-1',
        beneficiaryId: 'b-0001',
        unitCode: '12991',
        kind: 'stopped',
        effectiveOn: '2025-01-01',
        reason: 'died',
      }),
    ).not.toThrow();
  });

  it('targetSchema holds a target as data: Bình Thuận Plan 4102, 100% paid through accounts by 2025', () => {
    const target = {
      id: 'binh-thuan-plan-4102',
      indicator: 'paid_through_account_rate',
      scope: { name: 'Bình Thuận', level: 'province', code: '60' },
      group: 'all',
      thresholdPercent: '100',
      deadline: '2025-12-31',
      instrument: 'Kế hoạch 4102 (24/10/2023)',
      source: {
        title: 'Plan 4102 as reported in the press',
        url: null,
        publishedOn: null,
        label: 'secondary',
      },
    };
    expect(targetSchema.parse(target)).toEqual({ ...target, source: { ...target.source, language: 'vi' } });
    expect(issuePaths(targetSchema.safeParse({ ...target, thresholdPercent: '100%' }))).toEqual([
      'thresholdPercent',
    ]);
  });

  it('beneficiaryCategories cover merit, relatives and social protection, each with a legal basis', () => {
    for (const category of beneficiaryCategories)
      expect(() => beneficiaryCategorySchema.parse(category)).not.toThrow();
    expect(beneficiaryCategories.map((c) => c.code)).toEqual(
      expect.arrayContaining(['merit', 'merit_relative', 'social_protection']),
    );
    const numbers = beneficiaryCategories.flatMap((c) => c.legalBasis.map((l) => l.number));
    expect(numbers).toEqual(expect.arrayContaining(['02/2020/UBTVQH14', '20/2021/NĐ-CP']));
  });
});

describe('generated files', () => {
  it('JSON Schema files and docs/reference/models.md match the zod schemas (run `npm run gen` after a change)', () => {
    for (const [path, expected] of generatedFiles()) {
      const actual = readFileSync(join(repositoryRoot, path), 'utf8');
      expect(actual, `${path} is stale: run npm run gen`).toBe(expected);
    }
  });

  it('every field of every model has a description', () => {
    const missing: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (node === null || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
      if (properties) {
        for (const [name, property] of Object.entries(properties)) {
          if (name === 'kind' && property.const !== undefined) continue;
          if (typeof property.description !== 'string' && property.$ref === undefined)
            missing.push(`${path}.${name}`);
        }
      }
      for (const [key, value] of Object.entries(schema)) visit(value, `${path}/${key}`);
    };
    for (const [path, content] of generatedFiles())
      if (path.endsWith('.json')) visit(JSON.parse(content), path);
    expect(missing).toEqual([]);
  });
});
