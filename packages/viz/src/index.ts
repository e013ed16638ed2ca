// @ansinh/viz: Vega-Lite specs for the standard charts, labelled in Vietnamese or English; SVG in Node.

export type { NamedRate } from './charts.js';
export { funnelChart, progressionChart, publishedVsRecomputedChart, rateByUnitChart } from './charts.js';
export { chartLabels } from './labels.js';
export { renderSvg } from './render-svg.js';
export type { ReportInput } from './report.js';
export { buildReport } from './report.js';
