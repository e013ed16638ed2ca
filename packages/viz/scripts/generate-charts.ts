// Generates the charts shown in docs/charts.md (SVG, from the article's figures and the synthetic district
// of seed 2025). `npm run gen` writes them; a test fails when they drift.
import { readFileSync, writeFileSync } from 'node:fs';
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
import type { TopLevelSpec } from 'vega-lite';
import {
  funnelChart,
  progressionChart,
  publishedVsRecomputedChart,
  rateByUnitChart,
  renderSvg,
} from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The charts of docs/charts.md, by file name. */
export function chartSpecs(): Record<string, TopLevelSpec> {
  const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
  const units = adminUnitSetSchema.parse(readJson('datasets/admin-units/tien-hai-units.json')).units;
  const article = publishedFigureSetSchema.parse(
    readJson('datasets/published-figures/tien-hai-2025-01.json'),
  );
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
      ?.accountRate ?? {
      numerator: 0,
      denominator: 0,
    },
  }));
  const [whole] = coverageRates(district.register, district.payments, '2025-01', { by: 'district', units });
  return {
    'rate-by-commune.svg': rateByUnitChart(byCommune, {
      target: '100',
      title: 'Tỷ lệ chi trả qua tài khoản theo xã, 1/2025 (dữ liệu tổng hợp)',
    }),
    'progression.svg': progressionChart(series, {
      target: '100',
      projected: projectTargetDate(series, '100').period,
      language: 'en',
      title: 'Account rate, Tiền Hải, by month (synthetic data)',
    }),
    'funnel.svg': funnelChart(
      {
        beneficiaries: whole?.accountRate.denominator ?? 0,
        accountHolders: whole?.accountRate.numerator ?? 0,
        paidThroughAccount: whole?.paidThroughAccountRate.numerator ?? 0,
      },
      { title: 'Huyện Tiền Hải, 1/2025' },
    ),
    'published-vs-recomputed.svg': publishedVsRecomputedChart(
      checkPublishedFigures(flattenFigureSet(article)),
      {
        language: 'en',
        title: 'The article’s percents, published and recomputed',
      },
    ),
  };
}

/** The generated files, path relative to the repository root → content. */
export async function generatedCharts(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const [name, spec] of Object.entries(chartSpecs()))
    files.set(`docs/charts/${name}`, `${await renderSvg(spec)}\n`);
  return files;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, content] of await generatedCharts()) {
    writeFileSync(join(root, path), content);
    console.log(`wrote ${path}`);
  }
}
