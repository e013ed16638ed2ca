import {
  type FigureCheck,
  fixedDecimalToNumber,
  formatLocality,
  formatNumber,
  formatPercent,
  gapToTarget,
  indicatorLabels,
  type Language,
  parseFixedDecimal,
  type Rate,
  ratePercent,
  verdictLabels,
} from '@ansinh/core';
import type { TopLevelSpec } from 'vega-lite';

/** One layer of a layered chart. */
type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

import { chartLabels as l } from './labels.js';

/** A rate of a named unit, for charts. */
export interface NamedRate {
  readonly name: string;
  readonly rate: Rate;
}

/** Number formats of the axes: `17.472` and `99,98` in Vietnamese, `17,472` and `99.98` in English. */
const numberLocales: Record<
  Language,
  { decimal: string; thousands: string; grouping: number[]; currency: [string, string] }
> = {
  vi: { decimal: ',', thousands: '.', grouping: [3], currency: ['', ' ₫'] },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['', ' VND'] },
};

function config(language: Language) {
  return {
    locale: { number: numberLocales[language] },
    axis: { labelLimit: 400 },
    legend: { labelLimit: 400 },
  };
}

/** The percent to plot (a float, for drawing only) and its exact printed form. */
function plotted(rate: Rate, language: Language) {
  const percent = ratePercent(rate);
  return {
    value: percent === undefined ? null : fixedDecimalToNumber(percent),
    label: formatPercent(percent, language),
  };
}

/** The target as a dashed vertical rule of a chart with rates along x. */
function targetRule(target: number, language: Language): Layer {
  return {
    mark: { type: 'rule', strokeDash: [4, 3], color: '#264653' },
    data: { values: [{ target }] },
    encoding: {
      x: { field: 'target', type: 'quantitative' },
      tooltip: [{ field: 'target', title: l.target[language] }],
    },
  };
}

/**
 * Rate by commune against a target: bars sorted from lowest, a rule at the target, colour by whether the
 * target is met, counts and the people still needed in the tooltip.
 *
 * @example rateByUnitChart([{ name: 'Tây Ninh', rate: rate(376, 376) }], { target: '100' }).data; // => { values: [{ name: 'Tây Ninh', percent: 100, label: '100,00%', covered: '376', of: '376', stillNeeded: '0', status: 'Đạt chỉ tiêu' }] }
 */
export function rateByUnitChart(
  units: readonly NamedRate[],
  options: { readonly target: string; readonly language?: Language; readonly title?: string },
): TopLevelSpec {
  const language = options.language ?? 'vi';
  const target = fixedDecimalToNumber(parseFixedDecimal(options.target));
  const lowest = units.reduce((low, u) => Math.min(low, plotted(u.rate, language).value ?? target), target);
  const from = Math.max(0, Math.floor(lowest - 1));
  const values = units.map((u) => {
    const gap = gapToTarget(u.rate, options.target);
    const shown = plotted(u.rate, language);
    return {
      name: u.name,
      percent: shown.value,
      label: shown.label,
      covered: formatNumber(u.rate.numerator, language),
      of: formatNumber(u.rate.denominator, language),
      stillNeeded: formatNumber(gap?.stillNeeded ?? 0, language),
      status: gap?.met === true ? l.met[language] : l.below[language],
    };
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    config: config(language),
    ...(options.title === undefined ? {} : { title: options.title }),
    width: 480,
    data: { values },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          y: { field: 'name', type: 'nominal', sort: 'x', title: l.unit[language] },
          x: {
            field: 'percent',
            type: 'quantitative',
            title: from > 0 ? `${l.rate[language]}, ${l.axisFrom[language]} ${from}` : l.rate[language],
            scale: { domain: [from, 100], zero: false, clamp: true },
          },
          color: {
            field: 'status',
            type: 'nominal',
            title: l.status[language],
            scale: { domain: [l.met[language], l.below[language]], range: ['#2a9d8f', '#e76f51'] },
          },
          tooltip: [
            { field: 'name', title: l.unit[language] },
            { field: 'label', title: l.rate[language] },
            { field: 'covered', title: l.covered[language] },
            { field: 'of', title: l.of[language] },
            { field: 'stillNeeded', title: l.stillNeeded[language] },
          ],
        },
      },
      targetRule(target, language),
    ],
  };
}

/** A unit's rate when some people may or may not belong to it: the rate of those placed, and its bounds. */
export interface BoundedRate {
  readonly name: string;
  readonly placed: Rate;
  readonly low: Rate;
  readonly high: Rate;
}

/**
 * Rates that may be a range (the 2025 communes that people of split communes may belong to, `reformRates`):
 * a line from the lowest to the highest rate the unit can have, and a point at the rate of the people placed
 * there for sure; a unit with nobody unplaced is a point. Sorted by the placed rate; the target as a rule.
 *
 * @example rateBoundsChart([{ name: 'xã Gia Lâm', placed: rate(2, 4), low: rate(2, 6), high: rate(5, 7) }], { target: '100' }).data; // => { values: [{ name: 'xã Gia Lâm', placed: 50, low: 33.33, high: 71.43, placedLabel: '50,00%', lowLabel: '33,33%', highLabel: '71,43%' }] }
 */
export function rateBoundsChart(
  units: readonly BoundedRate[],
  options: { readonly target: string; readonly language?: Language; readonly title?: string },
): TopLevelSpec {
  const language = options.language ?? 'vi';
  const target = fixedDecimalToNumber(parseFixedDecimal(options.target));
  const values = units.map((u) => {
    const [placed, low, high] = [
      plotted(u.placed, language),
      plotted(u.low, language),
      plotted(u.high, language),
    ];
    return {
      name: u.name,
      placed: placed.value,
      low: low.value,
      high: high.value,
      placedLabel: placed.label,
      lowLabel: low.label,
      highLabel: high.label,
    };
  });
  const tooltip = [
    { field: 'name', title: l.unit[language] },
    { field: 'placedLabel', title: l.placed[language] },
    { field: 'lowLabel', title: l.low[language] },
    { field: 'highLabel', title: l.high[language] },
  ];
  const y = {
    field: 'name',
    type: 'nominal',
    sort: { field: 'placed', order: 'ascending' },
    title: l.unit[language],
  } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    config: config(language),
    ...(options.title === undefined ? {} : { title: options.title }),
    width: 480,
    data: { values },
    layer: [
      {
        mark: { type: 'rule', strokeWidth: 3, color: '#e9c46a' },
        encoding: {
          y,
          x: { field: 'low', type: 'quantitative', title: l.rate[language], scale: { domain: [0, 100] } },
          x2: { field: 'high' },
          tooltip,
        },
      },
      {
        mark: { type: 'point', filled: true, size: 60, color: '#264653' },
        encoding: { y, x: { field: 'placed', type: 'quantitative' }, tooltip },
      },
      targetRule(target, language),
    ],
  };
}

/**
 * Monthly progression of a rate with the target line and, when given, the projected month of reaching
 * it (a model, labelled so).
 */
export function progressionChart(
  series: readonly { readonly period: string; readonly rate: Rate }[],
  options: {
    readonly target: string;
    readonly projected?: string | undefined;
    readonly language?: Language;
    readonly title?: string;
  },
): TopLevelSpec {
  const language = options.language ?? 'vi';
  const target = fixedDecimalToNumber(parseFixedDecimal(options.target));
  const values = series.map((s) => ({
    month: s.period,
    percent: plotted(s.rate, language).value,
    label: plotted(s.rate, language).label,
  }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    config: config(language),
    ...(options.title === undefined ? {} : { title: options.title }),
    width: 480,
    layer: [
      {
        data: { values },
        mark: { type: 'line', point: true },
        encoding: {
          x: { field: 'month', type: 'ordinal', title: l.month[language] },
          y: { field: 'percent', type: 'quantitative', title: l.rate[language], scale: { zero: false } },
          tooltip: [
            { field: 'month', title: l.month[language] },
            { field: 'label', title: l.rate[language] },
          ],
        },
      },
      {
        data: { values: [{ target, name: l.target[language] }] },
        mark: { type: 'rule', strokeDash: [4, 3], color: '#264653' },
        encoding: { y: { field: 'target', type: 'quantitative' } },
      },
      ...(options.projected === undefined
        ? []
        : [
            {
              data: {
                values: [{ month: options.projected, percent: target, label: l.projection[language] }],
              },
              mark: { type: 'point' as const, shape: 'diamond', size: 120, color: '#e9c46a' },
              encoding: {
                x: { field: 'month', type: 'ordinal' as const },
                y: { field: 'percent', type: 'quantitative' as const },
                tooltip: [
                  { field: 'label', title: l.projection[language] },
                  { field: 'month', title: l.month[language] },
                ],
              },
            },
          ]),
    ],
  };
}

/** The funnel: beneficiaries → with an account → paid through an account, with counts and percents. */
export function funnelChart(
  counts: {
    readonly beneficiaries: number;
    readonly accountHolders: number;
    readonly paidThroughAccount: number;
  },
  options: { readonly language?: Language; readonly title?: string } = {},
): TopLevelSpec {
  const language = options.language ?? 'vi';
  const stage = (name: string, n: number) => ({
    stage: name,
    people: n,
    label: `${formatNumber(n, language)} (${formatPercent(ratePercent({ numerator: n, denominator: counts.beneficiaries }), language)})`,
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    config: config(language),
    ...(options.title === undefined ? {} : { title: options.title }),
    width: 480,
    data: {
      values: [
        stage(l.beneficiaries[language], counts.beneficiaries),
        stage(l.accountHolders[language], counts.accountHolders),
        stage(l.paidThroughAccount[language], counts.paidThroughAccount),
      ],
    },
    encoding: {
      y: { field: 'stage', type: 'nominal', sort: null, title: l.stage[language] },
      x: { field: 'people', type: 'quantitative', title: l.people[language] },
    },
    layer: [
      {
        mark: { type: 'bar', color: '#2a9d8f' },
        encoding: { tooltip: [{ field: 'label', title: l.people[language] }] },
      },
      { mark: { type: 'text', align: 'left', dx: 4 }, encoding: { text: { field: 'label' } } },
    ],
  };
}

/** Published against recomputed percents, one row per checked figure, coloured by verdict. */
export function publishedVsRecomputedChart(
  checks: readonly FigureCheck[],
  options: { readonly language?: Language; readonly title?: string } = {},
): TopLevelSpec {
  const language = options.language ?? 'vi';
  const values = checks.flatMap((check) => {
    const figure = check.figure;
    if (figure.kind !== 'rate' || figure.percent === null) return [];
    const name = `${formatLocality(figure.locality, language)} · ${indicatorLabels[figure.indicator][language]}`;
    const published = fixedDecimalToNumber(parseFixedDecimal(figure.percent.value));
    const rows: { figure: string; kind: string; percent: number; verdict: string }[] = [
      {
        figure: name,
        kind: l.published[language],
        percent: published,
        verdict: verdictLabels[check.verdict][language],
      },
    ];
    if (check.recomputed !== undefined) {
      rows.push({
        figure: name,
        kind: l.recomputed[language],
        percent: fixedDecimalToNumber(check.recomputed.percent),
        verdict: verdictLabels[check.verdict][language],
      });
    }
    return rows;
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    config: config(language),
    ...(options.title === undefined ? {} : { title: options.title }),
    width: 420,
    data: { values },
    mark: { type: 'point', filled: true, size: 90 },
    encoding: {
      y: { field: 'figure', type: 'nominal', title: null },
      x: { field: 'percent', type: 'quantitative', title: l.rate[language], scale: { zero: false } },
      shape: { field: 'kind', type: 'nominal', title: '' },
      color: { field: 'verdict', type: 'nominal', title: l.verdict[language] },
      tooltip: [
        { field: 'figure', title: l.figure[language] },
        { field: 'kind', title: '' },
        { field: 'percent', title: l.rate[language] },
        { field: 'verdict', title: l.verdict[language] },
      ],
    },
  };
}
