import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  adminUnitSetSchema,
  checkPublishedFigures,
  coverageRates,
  flattenFigureSet,
  projectTargetDate,
  publishedFigureSetSchema,
  synthesizeDistrict,
} from '@ansinh/core';
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { generatedCharts } from '../scripts/generate-charts.js';
import {
  funnelChart,
  progressionChart,
  publishedVsRecomputedChart,
  rateByUnitChart,
  renderSvg,
} from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const units = adminUnitSetSchema.parse(readJson('datasets/admin-units/tien-hai-units.json')).units;
const article = publishedFigureSetSchema.parse(readJson('datasets/published-figures/tien-hai-2025-01.json'));
const district = synthesizeDistrict(units, { seed: 2025 });
const nameOf = (code: string) => units.find((u) => u.code === code && u.level === 'commune')?.name ?? code;

const byCommune = coverageRates(district.register, district.payments, '2025-01', { units }).map((r) => ({
  name: nameOf(r.unitCode),
  rate: r.paidThroughAccountRate,
}));
const months = ['2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01'];
const series = months.map((period) => ({
  period,
  rate: coverageRates(district.register, district.payments, period, { by: 'district', units })[0]
    ?.accountRate ?? { numerator: 0, denominator: 0 },
}));

const charts = {
  'rate by commune (vi)': rateByUnitChart(byCommune, { target: '100', language: 'vi' }),
  'progression (en)': progressionChart(series, {
    target: '100',
    projected: projectTargetDate(series, '100').period,
    language: 'en',
  }),
  'funnel (vi)': funnelChart({ beneficiaries: 17_475, accountHolders: 17_472, paidThroughAccount: 17_328 }),
  'published vs recomputed (en)': publishedVsRecomputedChart(
    checkPublishedFigures(flattenFigureSet(article)),
    { language: 'en' },
  ),
};

describe('chart specs', () => {
  it.each(Object.entries(charts))('%s compiles to Vega without warnings', (_, spec) => {
    const warnings: string[] = [];
    const logger = {
      level: () => logger,
      info: () => logger,
      debug: () => logger,
      warn: (...m: unknown[]) => {
        warnings.push(m.join(' '));
        return logger;
      },
      error: (...m: unknown[]) => {
        throw new Error(m.join(' '));
      },
    };
    expect(() => compile(spec, { logger: logger as never })).not.toThrow();
    expect(warnings).toEqual([]);
  });
});

describe('renderSvg(spec)', () => {
  it('draws one bar per commune, the target rule and Vietnamese axis titles', async () => {
    const svg = await renderSvg(charts['rate by commune (vi)']);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('mark-rect role-mark');
    expect((svg.match(/<path[^>]*aria-roledescription="bar"/gu) ?? []).length).toBe(28);
    expect(svg).toContain('Tỷ lệ (%)');
    expect(svg).toContain('Tây Ninh');
    expect(svg).toContain('mark-rule');
  });

  it('draws the funnel with its counts and percents', async () => {
    const svg = await renderSvg(charts['funnel (vi)']);
    expect(svg).toContain('17.328 (99,16%)');
    expect(svg).toContain('17.472 (99,98%)');
    expect(svg).toContain('Chi trả qua tài khoản');
  });

  it('draws the progression line with its English labels, and the published-against-recomputed points', async () => {
    const line = await renderSvg(charts['progression (en)']);
    expect(line).toContain('mark-line');
    expect(line).toContain('Month');
    const points = await renderSvg(charts['published vs recomputed (en)']);
    expect(points).toContain('reproduced');
  });
});

describe('docs/charts', () => {
  it('the SVGs in docs/charts match what the script generates (run `npm run gen` after a change)', async () => {
    for (const [path, expected] of await generatedCharts()) {
      expect(readFileSync(join(root, path), 'utf8'), `${path} is stale: run npm run gen`).toBe(expected);
    }
  }, 60_000);
});
