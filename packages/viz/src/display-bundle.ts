import { AnsinhError } from '@ansinh/core';
import type { TopLevelSpec } from 'vega-lite';
import { chartBundle, type MimeBundle, tableBundle } from './mime-bundle.js';
import type { TableOptions } from './table-cells.js';

/** A display function was called outside a Jupyter kernel run by tslab. */
export class NotInJupyterError extends AnsinhError {
  override readonly name = 'NotInJupyterError';
  /** The function that was called. */
  readonly fn: string;

  constructor(fn: string) {
    super(
      `${fn}: needs a Jupyter notebook run by the tslab kernel (npm install tslab && npx tslab install); elsewhere, chartBundle and tableBundle give the data / ` +
        `cần chạy trong sổ tay Jupyter với nhân tslab (npm install tslab && npx tslab install); ở nơi khác, chartBundle và tableBundle trả về dữ liệu`,
    );
    this.fn = fn;
  }
}

/** What tslab's kernel sends a `display_data` message with. */
type WriteDisplayData = (
  content: { readonly data: MimeBundle; readonly metadata: object; readonly transient: object },
  update: boolean,
) => void;

/** What tslab sets on `globalThis` for the code of a notebook: its `require`. */
interface TslabGlobal {
  readonly require?: {
    (id: string): unknown;
    readonly cache?: Readonly<Record<string, { readonly exports?: unknown } | undefined>>;
  };
}

/** The kernel's tslab: `globalThis.__tslab__` while a notebook runs, undefined elsewhere. */
const tslabGlobal = (): TslabGlobal | undefined => (globalThis as { __tslab__?: TslabGlobal }).__tslab__;

/**
 * The function tslab's kernel writes a `display_data` message with, found among the modules Node has
 * loaded (the kernel's own `tslab/dist/jupyter.js`, wherever tslab is installed). tslab's public
 * `display.raw(type, value)` builds `{ data: { [type]: value } }`, one MIME type an output, and nothing in
 * its public API sends a bundle; the kernel module's `lastWriteDisplayData`, which `display.raw` itself
 * calls, sends any bundle as one output. Checked with tslab 1.0.22.
 */
function kernelWriter(tslab: TslabGlobal): WriteDisplayData | undefined {
  const cache = tslab.require?.cache ?? {};
  for (const [id, loaded] of Object.entries(cache)) {
    if (!/[\\/]tslab[\\/]dist[\\/]jupyter\.js$/u.test(id)) continue;
    const write = (loaded?.exports as { lastWriteDisplayData?: unknown } | undefined)?.lastWriteDisplayData;
    if (typeof write === 'function') return write as WriteDisplayData;
  }
  return undefined;
}

/**
 * Shows a MIME bundle (`chartBundle`, `tableBundle`, or any `{ mimeType: data }`) as one output of the
 * running tslab notebook cell: one `display_data` message holding every form, so that the front end
 * picks the richest it renders and the saved notebook keeps them all. Should tslab's kernel module not be
 * found (a tslab other than 1.0.x), each form is shown through tslab's public `display.raw` as its own
 * output instead. Throws `NotInJupyterError` outside a tslab kernel.
 */
export function displayBundle(bundle: MimeBundle): void {
  const tslab = tslabGlobal();
  if (tslab === undefined) throw new NotInJupyterError('displayBundle');
  const write = kernelWriter(tslab);
  if (write !== undefined) {
    write({ data: bundle, metadata: {}, transient: {} }, false);
    return;
  }
  const display = (tslab.require?.('tslab') as { display?: { raw(type: string, value: unknown): void } })
    ?.display;
  if (display === undefined) throw new NotInJupyterError('displayBundle');
  for (const [type, value] of Object.entries(bundle)) if (type !== 'text/plain') display.raw(type, value);
}

/**
 * Shows a Vega-Lite chart in a tslab notebook: `chartBundle` (the spec as an object, its SVG, alt text)
 * through `displayBundle`, once the SVG is drawn (await the promise). Throws `NotInJupyterError` at once,
 * before drawing anything, outside a tslab kernel.
 */
export function displayChart(spec: TopLevelSpec, options: { readonly alt?: string } = {}): Promise<void> {
  if (tslabGlobal() === undefined) throw new NotInJupyterError('displayChart');
  return chartBundle(spec, options).then(displayBundle);
}

/**
 * Shows rows as a table in a tslab notebook: `tableBundle` (HTML and text; rates as percents, personal
 * data masked unless `reveal`) through `displayBundle`. Throws `NotInJupyterError` outside a tslab kernel.
 */
export function displayTable(
  rows: readonly Readonly<Record<string, unknown>>[],
  options: TableOptions = {},
): void {
  displayBundle(tableBundle(rows, options));
}
