import {
  checkPublishedFigures,
  deriveUncovered,
  type FigureCheck,
  flattenFigureSet,
  type PublishedFigure,
  type PublishedRate,
} from '@ansinh/core';
import { describe, expect, it } from 'vitest';
import { tienHai } from './fixtures.js';

const figures = flattenFigureSet(tienHai);
const checks = checkPublishedFigures(figures);
const byId = (id: string): FigureCheck => {
  const check = checks.find((c) => c.figure.id === id);
  if (check === undefined) throw new Error(`no figure ${id}`);
  return check;
};
const districtRate = figures.find((f) => f.id === 'tien-hai-paid-through-account-2025-01') as PublishedRate;

/** The percent a rate prints (every rate of the source article prints one). */
function printed(rate: PublishedRate) {
  if (rate.percent === null) throw new Error(`${rate.id} prints no percent`);
  return rate.percent;
}

/** The district's paid-through-account figure with another printed percent. */
function withPercent(value: string, asStated: string): PublishedFigure[] {
  return [
    ...figures.filter((f) => f.id !== districtRate.id),
    { ...districtRate, percent: { ...printed(districtRate), value, asStated } },
  ];
}

describe('checkPublishedFigures(figures) on the source article', () => {
  it('reproduces 17.472/17.475 → 99,98% over all monthly beneficiaries, half-up', () => {
    const check = byId('tien-hai-account-rate');
    expect(check.verdict).toBe('reproduced');
    expect(check.recomputed?.denominator).toMatchObject({
      value: 17_475,
      population: 'monthly_beneficiaries',
    });
    expect(check.recomputed?.rounding).toBe('half-up');
    expect(check.reason.vi).toContain('17.472 / 17.475 = 99,98283…% → 99,98%');
    expect(check.reason.en).toContain('17,472 / 17,475 = 99.98283…% → 99.98%');
  });

  it('reproduces 17.328/17.475 → 99,16% and says the account-holder denominator would print 99,18%', () => {
    const check = byId('tien-hai-paid-through-account-2025-01');
    expect(check.verdict).toBe('reproduced');
    expect(check.recomputed?.percent).toEqual({ units: 9916n, decimals: 2 });
    const onHolders = check.tried.find(
      (t) => t.denominator.population === 'account_holders' && t.rounding === 'half-up',
    );
    expect(onHolders?.denominator.value).toBe(17_472);
    expect(onHolders?.percent).toEqual({ units: 9918n, decimals: 2 });
    expect(onHolders?.matches).toBe(false);
    expect(check.reason.vi).toContain(
      'Nếu chia cho người đã có tài khoản (17.472) sẽ ra 99,18%, không phải 99,16%',
    );
    expect(check.reason.en).toContain('the text divides by monthly beneficiaries');
    expect(check.reason.en).toContain('truncate (round down) 99.15% (does not match)');
  });

  it('reproduces Tây Ninh 376/376 → 100% and warns that 375 would print 100% too', () => {
    const check = byId('tay-ninh-account-rate');
    expect(check.verdict).toBe('reproduced');
    expect(check.recomputed).toMatchObject({ numerator: 376, denominator: { value: 376 } });
    expect(check.reason.en).toContain('every numerator from 375 to 376 over 376 prints 100%');
  });

  it('treats Tây Lương “trên 900” → 100% as a bound, not checkable exactly', () => {
    const check = byId('tay-luong-account-rate');
    expect(check.verdict).toBe('bound');
    expect(check.mustReproduce).toBe(false);
    expect(check.reason.vi).toContain('“trên 900”');
    expect(check.reason.en).toContain('means a true rate at least 99.5%');
  });

  it('finds the 17.472 of the first sentence consistent with the later statement', () => {
    expect(byId('tien-hai-account-holders-lead').verdict).toBe('consistent');
  });

  it('cannot check “dẫn đầu tỉnh” (leads the province) from one text', () => {
    expect(byId('tien-hai-paid-through-account-rank-2025-01').verdict).toBe('not_checkable');
  });

  it('derives 3 without an account and 147 not paid through an account in 1/2025', () => {
    const derived = deriveUncovered(checks);
    const district = derived.filter((d) => d.locality.code === '342').map((d) => [d.indicator, d.value]);
    expect(district).toEqual([
      ['account_rate', 3],
      ['paid_through_account_rate', 147],
    ]);
    expect(derived.filter((d) => d.locality.code === '12994')).toHaveLength(1);
  });
});

describe('checkPublishedFigures(figures) on altered figures', () => {
  it('says “reproduced only with another rounding” for 99,15% (truncation)', () => {
    const check = checkPublishedFigures(withPercent('99.15', '99,15%')).at(-1);
    expect(check?.verdict).toBe('reproduced_other_rounding');
    expect(check?.recomputed?.rounding).toBe('down');
    expect(check?.reason.en).toContain('Rounding half up gives 99.16%, not the published 99.15%');
  });

  it('says “reproduced only with another denominator” for 99,18% (over account holders)', () => {
    const check = checkPublishedFigures(withPercent('99.18', '99,18%')).at(-1);
    expect(check?.verdict).toBe('reproduced_other_denominator');
    expect(check?.recomputed?.denominator).toMatchObject({ value: 17_472, population: 'account_holders' });
  });

  it('says “inconsistent” for 99,50%, which no denominator or rounding gives, and the figure must reproduce', () => {
    const check = checkPublishedFigures(withPercent('99.50', '99,50%')).at(-1);
    expect(check?.verdict).toBe('inconsistent');
    expect(check?.mustReproduce).toBe(true);
  });

  it('says “inconsistent” when a numerator exceeds its denominator', () => {
    const broken: PublishedFigure = {
      ...districtRate,
      numerator: districtRate.numerator && { ...districtRate.numerator, value: 17_500, asStated: '17.500' },
    };
    const [check] = checkPublishedFigures([broken]);
    expect(check?.verdict).toBe('inconsistent');
    expect(check?.reason.en).toContain('exceeds the denominator');
  });

  it('brackets a missing numerator with the numerators that print the same percent', () => {
    const [check] = checkPublishedFigures([{ ...districtRate, numerator: null }]);
    expect(check?.verdict).toBe('not_checkable');
    expect(check?.reason.en).toContain('Over 17,475, a numerator of 17,328 to 17,329 prints 99.16%');
    expect(check?.reason.en).toContain('With denominators of 10,000 or more');
    expect(check?.reason.vi).toContain('độ chính xác của con số không bác bỏ được gì');
  });

  it('brackets a missing numerator over a small denominator, where the test can bite', () => {
    const tayNinh = figures.find((f) => f.id === 'tay-ninh-account-rate') as PublishedRate;
    const twoDecimals = { ...printed(tayNinh), asStated: '100,00%', value: '100.00' };
    const [sharp] = checkPublishedFigures([{ ...tayNinh, numerator: null, percent: twoDecimals }]);
    expect(sharp?.reason.en).toContain('Over 376, a numerator of 376 prints 100.00%');
    expect(sharp?.reason.en).not.toContain('cannot reject');
    expect(sharp?.percentCheck?.precisionBites).toBe(true);
    // At whole percent, 376 ≥ 100: every percent is reachable, and the reason says the test cannot bite.
    const [blunt] = checkPublishedFigures([{ ...tayNinh, numerator: null }]);
    expect(blunt?.reason.en).toContain('a numerator of 375 to 376 prints 100%');
    expect(blunt?.reason.en).toContain('With denominators of 100 or more');
  });

  it('finds a count stated twice with different values inconsistent', () => {
    const lead = figures.find((f) => f.id === 'tien-hai-account-holders-lead');
    if (lead?.kind !== 'count') throw new Error('fixture changed');
    const altered = figures.map((f) =>
      f.id === lead.id ? { ...lead, count: { ...lead.count, value: 17_427 } } : f,
    );
    const check = checkPublishedFigures(altered).find((c) => c.figure.id === lead.id);
    expect(check?.verdict).toBe('inconsistent');
    expect(check?.reason.en).toContain('17,472 (tien-hai-account-rate)');
  });

  it('finds account holders above the monthly beneficiaries of the same place inconsistent, both ways', () => {
    const lead = figures.find((f) => f.id === 'tien-hai-account-holders-lead');
    if (lead?.kind !== 'count') throw new Error('fixture changed');
    const whole = {
      ...lead,
      id: 'whole',
      count: { ...lead.count, value: 17_000, population: 'monthly_beneficiaries' as const },
    };
    const [part, ofWhole] = checkPublishedFigures([lead, whole]);
    expect(part?.verdict).toBe('inconsistent');
    expect(part?.reason.en).toContain('more than the 17,000');
    expect(ofWhole?.verdict).toBe('inconsistent');
    expect(ofWhole?.reason.vi).toContain('17.472');
  });
});

describe('checkPublishedFigures(figures): which places are the same', () => {
  const lead = figures.find((f) => f.id === 'tien-hai-account-holders-lead');
  if (lead?.kind !== 'count') throw new Error('fixture changed');
  const at = (id: string, name: string, value: number, part?: string) => ({
    ...lead,
    id,
    locality: { name, level: 'commune' as const, ...(part === undefined ? {} : { part }) },
    count: { ...lead.count, value },
  });

  it('tells apart two communes whose names differ only by a tone mark (Tân Thành, Tân Thạnh)', () => {
    const verdicts = checkPublishedFigures([at('a', 'Tân Thành', 100), at('b', 'Tân Thạnh', 120)]);
    expect(verdicts.map((c) => c.verdict)).toEqual(['not_checkable', 'not_checkable']);
  });

  it('takes a name written decomposed (NFD) or in capitals as the same place', () => {
    const verdicts = checkPublishedFigures([
      at('a', 'Tân Thành', 100),
      at('b', 'TÂN THÀNH'.normalize('NFD'), 120),
    ]);
    expect(verdicts.map((c) => c.verdict)).toEqual(['inconsistent', 'inconsistent']);
  });

  it('does not compare a count of a part of a place (an area of a former province) with the whole', () => {
    const verdicts = checkPublishedFigures([
      at('whole', 'Xã A', 1_214),
      at('area', 'Xã A', 387, 'khu vực B cũ'),
    ]);
    expect(verdicts.map((c) => c.verdict)).toEqual(['not_checkable', 'not_checkable']);
  });
});
