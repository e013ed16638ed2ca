// @ansinh/viz: Vega-Lite specs for the standard charts, labelled in Vietnamese or English; SVG in Node;
// tables and charts for notebooks (MIME bundles, shown by tslab).

export type { BoundedRate, NamedRate } from './charts.js';
export {
  funnelChart,
  progressionChart,
  publishedVsRecomputedChart,
  rateBoundsChart,
  rateByUnitChart,
} from './charts.js';
export { chartLabels } from './labels.js';
export { renderSvg } from './render-svg.js';
export type { ReportInput } from './report.js';
export { buildReport } from './report.js';

// Tables and charts in notebooks
export type { CellFormat } from './format-cell.js';
export { formatCell, isFixedDecimal, isRate } from './format-cell.js';
export type { PersonalKind } from './mask-personal.js';
export { maskCell, personalKindOf } from './mask-personal.js';
export type { TableCells, TableColumn, TableOptions } from './table-cells.js';
export { tableCells } from './table-cells.js';
export { escapeHtml, htmlTable } from './html-table.js';
export { textTable } from './text-table.js';
export type { ChartBundle, MimeBundle, TableBundle } from './mime-bundle.js';
export { chartBundle, tableBundle, vegaLiteMime } from './mime-bundle.js';
export { displayBundle, displayChart, displayTable, NotInJupyterError } from './display-bundle.js';
