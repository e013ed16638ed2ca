// Every dataset file is parsed with its schema, and checked against what it claims to represent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  adminUnitSetSchema,
  parseFixedDecimal,
  publishedFigureSetSchema,
  safeParseNumberIn,
  safeParseQuantityIn,
  sameFixedDecimal,
  statedCountsOf,
  targetSetSchema,
} from '@ansinh/core';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(here, path), 'utf8'));
const figureFiles = readdirSync(join(here, 'published-figures')).filter((f) => f.endsWith('.json'));

describe.each(figureFiles)('datasets/published-figures/%s', (file) => {
  const set = publishedFigureSetSchema.parse(readJson(join('published-figures', file)));

  it('parses with publishedFigureSetSchema and has unique figure ids', () => {
    const ids = set.figures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  const language = set.source.language;

  it('states each percent as printed: the canonical value equals the text, read in the source’s language', () => {
    for (const figure of set.figures) {
      if (figure.kind !== 'rate' || figure.percent === null) continue;
      const { percent } = figure;
      const printed = safeParseNumberIn(percent.asStated, language);
      expect(printed.success, `${figure.id}: ${percent.asStated}`).toBe(true);
      if (!printed.success) continue;
      expect(printed.data.isPercent, figure.id).toBe(true);
      expect(sameFixedDecimal(printed.data.value, parseFixedDecimal(percent.value)), figure.id).toBe(true);
    }
  });

  it('quotes every number it records: each count and percent appears verbatim in a quote of its figure', () => {
    for (const figure of set.figures) {
      if (figure.quotes.length === 0) continue;
      const stated = statedCountsOf(figure).map((c) => c.asStated);
      if (figure.kind === 'rate' && figure.percent !== null) stated.push(figure.percent.asStated);
      if (figure.kind === 'amount') stated.push(figure.amount.asStated);
      for (const text of stated) {
        expect(
          figure.quotes.some((q) => q.includes(text)),
          `${figure.id}: "${text}" is in none of its quotes`,
        ).toBe(true);
      }
    }
  });

  it('records each stated count with the value and qualifier its text reads', () => {
    for (const figure of set.figures) {
      for (const count of statedCountsOf(figure)) {
        if (count.basis !== 'stated') continue;
        const quantity = safeParseQuantityIn(count.asStated, language);
        expect(quantity.success, `${figure.id}: ${count.asStated}`).toBe(true);
        if (!quantity.success) continue;
        expect(quantity.data.number.value, `${figure.id}: ${count.asStated}`).toEqual({
          units: BigInt(count.value),
          decimals: 0,
        });
        expect(quantity.data.qualifier, `${figure.id}: qualifier of "${count.asStated}"`).toBe(
          count.qualifier,
        );
      }
    }
  });

  // The archived article sits in shared/seed beside the repository on the team's machines and in CI.
  const sourceFile = set.source.file === undefined ? undefined : join(here, '../..', set.source.file);
  if (sourceFile !== undefined) {
    it.runIf(existsSync(sourceFile))('quotes the archived article verbatim', () => {
      const text = readFileSync(sourceFile, 'utf8');
      for (const figure of set.figures) {
        for (const quote of figure.quotes) expect(text.includes(quote), `${figure.id}: ${quote}`).toBe(true);
      }
    });
  }
});

describe('datasets/admin-units/tien-hai-units.json', () => {
  const set = adminUnitSetSchema.parse(readJson('admin-units/tien-hai-units.json'));
  const crosswalk = readFileSync(join(here, 'admin-units/tien-hai-2025-crosswalk.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));

  it('parses with adminUnitSetSchema', () => {
    expect(set.units.length).toBeGreaterThan(0);
  });

  it('has the 28 units of Tiền Hải district before the reform and the 8 communes after', () => {
    const before = set.units.filter((u) => u.level === 'commune' && u.parentCode === '342');
    const after = set.units.filter((u) => u.level === 'commune' && u.validFrom === '2025-07-01');
    expect(before).toHaveLength(28);
    expect(before.filter((u) => u.type === 'thi_tran').map((u) => u.name)).toEqual(['Tiền Hải']);
    expect(after).toHaveLength(8);
    expect(after.every((u) => u.parentCode === '33')).toBe(true);
  });

  it('maps every old unit to the successor the reference crosswalk gives', () => {
    expect(crosswalk).toHaveLength(28);
    for (const [oldCode, oldName, , , , , , newCode, newName] of crosswalk) {
      const old = set.units.find(
        (u) => u.code === oldCode && u.validTo === '2025-06-30' && u.level === 'commune',
      );
      expect(old?.name, oldCode).toBe(oldName);
      expect(old?.successorCodes, oldCode).toEqual([newCode]);
      const successor = set.units.find((u) => u.code === newCode && u.validFrom === '2025-07-01');
      expect(successor?.name, newCode).toBe(newName);
    }
  });

  it('never gives one code two units valid on the same day', () => {
    const byCode = new Map<string, typeof set.units>();
    for (const unit of set.units) byCode.set(unit.code, [...(byCode.get(unit.code) ?? []), unit]);
    for (const [code, list] of byCode) {
      const sorted = [...list].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
      for (let i = 1; i < sorted.length; i += 1) {
        const previous = sorted[i - 1];
        const current = sorted[i];
        expect(
          previous?.validTo !== null && (current?.validFrom ?? '') > (previous?.validTo ?? ''),
          code,
        ).toBe(true);
      }
    }
  });

  it('names successors that exist, and Tây Ninh, Tây Lương, An Ninh, Vũ Lăng and the town form xã Tiền Hải (item 45)', () => {
    const codes = new Set(set.units.map((u) => u.code));
    for (const unit of set.units)
      for (const code of unit.successorCodes) expect(codes.has(code), code).toBe(true);
    const intoTienHai = set.units.filter(
      (u) => u.level === 'commune' && u.validTo === '2025-06-30' && u.successorCodes.includes('12970'),
    );
    expect(intoTienHai.map((u) => u.name).sort()).toEqual([
      'An Ninh',
      'Tiền Hải',
      'Tây Lương',
      'Tây Ninh',
      'Vũ Lăng',
    ]);
  });
});

describe('datasets/targets/targets.json', () => {
  const { targets } = targetSetSchema.parse(readJson('targets/targets.json'));

  it('parses with targetSetSchema, with unique ids and a source for every target', () => {
    expect(new Set(targets.map((t) => t.id)).size).toBe(targets.length);
    for (const target of targets) expect(target.source.title.length, target.id).toBeGreaterThan(0);
  });

  it('keeps Quảng Trị’s separate targets per group (32% merit, 28% social protection)', () => {
    const quangTri = targets
      .filter((t) => t.scope.name === 'Quảng Trị')
      .map((t) => [t.group, t.thresholdPercent]);
    expect(quangTri).toEqual([
      ['merit', '32'],
      ['social_protection', '28'],
    ]);
  });
});
