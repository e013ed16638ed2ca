import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { chartSpecs, generatedCharts } from '../scripts/generate-charts.js';
import { renderSvg } from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const specs = chartSpecs();
const pick = (name: string): TopLevelSpec => {
  const spec = specs[name];
  if (spec === undefined) throw new Error(`no chart ${name}`);
  return spec;
};

/** The charts of docs/charts.md: rate by commune in Vietnamese, progression in English, and so on. */
const charts = {
  'rate by commune (vi)': pick('rate-by-commune.svg'),
  'progression (en)': pick('progression.svg'),
  'funnel (vi)': pick('funnel.svg'),
  'published vs recomputed (en)': pick('published-vs-recomputed.svg'),
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
  });
});
