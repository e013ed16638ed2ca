import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkPublishedFigures,
  checkRelations,
  flattenFigureSet,
  type PublishedFigure,
  publishedFigureSetSchema,
} from '@ansinh/core';
import { describe, expect, it } from 'vitest';
import { repositoryRoot, tienHai, units } from './fixtures.js';

const binhThuan = flattenFigureSet(
  publishedFigureSetSchema.parse(
    JSON.parse(readFileSync(join(repositoryRoot, 'datasets/published-figures/binh-thuan-2024.json'), 'utf8')),
  ),
);
const article = flattenFigureSet(tienHai);

describe('checkRelations(figures, units)', () => {
  it('adds Bình Thuận’s two groups up to its total: 4.283 + 16.867 = 21.150 and 9.035 + 45.614 = 54.649', () => {
    const relations = checkRelations(binhThuan).get('binh-thuan-2024-paid-through-account') ?? [];
    expect(relations.map((r) => [r.kind, r.holds])).toEqual([
      ['parts_sum', true],
      ['parts_sum', true],
    ]);
    expect(relations[0]?.reason.en).toContain('4,283 + 16,867 = 21,150');
    expect(relations[1]?.reason.vi).toContain('9.035 + 45.614 = 54.649');
  });

  it('finds parts that add up to more than the whole, and makes the whole inconsistent', () => {
    const altered: PublishedFigure[] = binhThuan.map((f) =>
      f.kind === 'rate' && f.id.endsWith('-merit') && f.numerator !== null && f.percent !== null
        ? {
            ...f,
            numerator: { ...f.numerator, value: 4_328, asStated: '4,328' },
            percent: { ...f.percent, value: '47.9', asStated: '47.9%' },
          }
        : f,
    );
    const whole = checkPublishedFigures(altered).find(
      (c) => c.figure.id === 'binh-thuan-2024-paid-through-account',
    );
    expect(whole?.verdict).toBe('inconsistent');
    expect(whole?.reason.en).toContain('add up to more than the whole');
    expect(whole?.reason.en).toContain('over by 45');
  });

  it('reports parts that add up to less than the whole without holding it against the whole (a group may be unstated)', () => {
    const altered: PublishedFigure[] = binhThuan.map((f) =>
      f.kind === 'rate' && f.id.endsWith('-merit') && f.numerator !== null && f.percent !== null
        ? {
            ...f,
            numerator: { ...f.numerator, value: 4_238, asStated: '4,238' },
            percent: { ...f.percent, value: '46.9', asStated: '46.9%' },
          }
        : f,
    );
    const relations = checkRelations(altered).get('binh-thuan-2024-paid-through-account') ?? [];
    expect(relations[0]?.holds).toBeUndefined();
    expect(relations[0]?.reason.en).toContain('45 less than the whole');
  });

  it('checks a commune against its district: Tây Ninh’s 376 fit within Tiền Hải’s 17.475', () => {
    const relations = checkRelations(article, units).get('tay-ninh-account-rate') ?? [];
    expect(relations.map((r) => [r.kind, r.holds])).toEqual([
      ['within_parent', true],
      ['within_parent', true],
    ]);
    expect(relations[1]?.reason.vi).toContain('xã Tây Ninh (376) không vượt quá của huyện Tiền Hải (17.475)');
  });

  it('flags a commune that exceeds its district', () => {
    const tayNinh = article.find((f) => f.id === 'tay-ninh-account-rate');
    if (tayNinh?.kind !== 'rate' || tayNinh.denominator === null || tayNinh.numerator === null)
      throw new Error('fixture');
    const big: PublishedFigure = {
      ...tayNinh,
      numerator: { ...tayNinh.numerator, value: 18_000 },
      denominator: { ...tayNinh.denominator, value: 18_000, asStated: '18.000' },
    };
    const check = checkPublishedFigures([...article.filter((f) => f.id !== tayNinh.id), big], { units }).find(
      (c) => c.figure.id === tayNinh.id,
    );
    expect(check?.verdict).toBe('inconsistent');
    expect(check?.reason.en).toContain('exceed those of');
  });

  it('compares nothing without units or across periods (Tây Lương’s December figure)', () => {
    expect(checkRelations(article).size).toBe(0);
    expect(checkRelations(article, units).get('tay-luong-account-rate')).toBeUndefined();
  });
});
