import type { TopLevelSpec } from 'vega-lite';
import { htmlTable } from './html-table.js';
import { renderSvg } from './render-svg.js';
import type { TableOptions } from './table-cells.js';
import { textTable } from './text-table.js';

/**
 * A Jupyter MIME bundle: one output in several forms, keyed by MIME type; the front end shows the richest
 * it can render. JSON types (`application/…+json`) hold objects, the others text.
 */
export type MimeBundle = Readonly<Record<string, unknown>>;

/** The Vega-Lite v5 MIME type JupyterLab, Notebook 7, VS Code and nteract render. */
export const vegaLiteMime = 'application/vnd.vegalite.v5+json';

/** A chart as a notebook shows it: the spec as an object, its SVG, and a line of text. */
export type ChartBundle = {
  /** The Vega-Lite spec itself (an object: a string would be taken for a URL to load). */
  readonly 'application/vnd.vegalite.v5+json': TopLevelSpec;
  /** The chart drawn in Node (`renderSvg`): what GitHub, nbviewer and front ends without Vega show. */
  readonly 'image/svg+xml': string;
  /** A short description, for text-only outputs. */
  readonly 'text/plain': string;
};

/** A table as a notebook shows it: HTML, and the same table as text. */
export type TableBundle = {
  readonly 'text/html': string;
  readonly 'text/plain': string;
};

/** The title of a spec as text, if it has one. */
function titleOf(spec: TopLevelSpec): string | undefined {
  const title: unknown = (spec as { title?: unknown }).title;
  if (typeof title === 'string') return title;
  if (Array.isArray(title)) return title.join(' ');
  if (typeof title === 'object' && title !== null) {
    const text: unknown = (title as { text?: unknown }).text;
    if (typeof text === 'string') return text;
    if (Array.isArray(text)) return text.join(' ');
  }
  return undefined;
}

/**
 * A Vega-Lite chart as a Jupyter MIME bundle: the spec as an object under `application/vnd.vegalite.v5+json`
 * (interactive, with tooltips, in JupyterLab, Notebook 7 and VS Code), the same chart drawn to SVG in Node
 * under `image/svg+xml` (shown by GitHub, nbviewer and any front end without a Vega renderer, and kept in
 * the saved notebook), and `text/plain` alt text (the chart's title, or `alt`). Pass it to
 * `displayBundle` in a tslab notebook, or to any other Jupyter kernel's display. O(chart size).
 *
 * @example (await chartBundle(funnelChart({ beneficiaries: 4, accountHolders: 3, paidThroughAccount: 2 })))['image/svg+xml'].startsWith('<svg'); // => true
 */
export async function chartBundle(
  spec: TopLevelSpec,
  options: { readonly alt?: string } = {},
): Promise<ChartBundle> {
  const title = options.alt ?? titleOf(spec);
  // Vega marks the data objects it ingests (a symbol on each row), so it draws a copy; the bundle holds
  // the spec as JSON carries it, untouched.
  return {
    [vegaLiteMime]: JSON.parse(JSON.stringify(spec)) as TopLevelSpec,
    'image/svg+xml': await renderSvg(structuredClone(spec)),
    'text/plain': title === undefined ? 'Biểu đồ / chart (Vega-Lite, SVG)' : `Biểu đồ / chart: ${title}`,
  };
}

/**
 * Rows as a Jupyter MIME bundle: `htmlTable` under `text/html` and `textTable` under `text/plain`, with
 * the same formatting and masking (personal data masked unless `reveal`). O(rows × columns).
 *
 * @example tableBundle([{ n: 1 }])['text/plain']; // => 'n\n-\n1'
 */
export function tableBundle(
  rows: readonly Readonly<Record<string, unknown>>[],
  options: TableOptions = {},
): TableBundle {
  return { 'text/html': htmlTable(rows, options), 'text/plain': textTable(rows, options) };
}
