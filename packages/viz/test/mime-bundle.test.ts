import { rate } from '@ansinh/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  chartBundle,
  displayBundle,
  displayChart,
  displayTable,
  NotInJupyterError,
  rateByUnitChart,
  vegaLiteMime,
} from '../src/index.js';

const spec = rateByUnitChart(
  [
    { name: 'Tây Ninh', rate: rate(160, 160) },
    { name: 'Vũ Lăng', rate: rate(184, 191) },
  ],
  { target: '100', title: 'Chi qua tài khoản <3/2025>' },
);

describe('chartBundle(spec, options)', () => {
  it('holds the Vega-Lite spec as an object, not a JSON string (which front ends take for a URL)', async () => {
    const bundle = await chartBundle(spec);
    expect(typeof bundle[vegaLiteMime]).toBe('object');
    expect(bundle[vegaLiteMime]).toEqual(spec);
    expect(JSON.parse(JSON.stringify(bundle))[vegaLiteMime]).toEqual(spec);
  });

  it('leaves the spec it was given as it was (Vega marks the rows it draws, so it draws a copy)', async () => {
    const before = JSON.stringify(spec);
    await chartBundle(spec);
    expect(JSON.stringify(spec)).toBe(before);
    const rows = (spec as { data: { values: object[] } }).data.values;
    expect(rows.flatMap((row) => Object.getOwnPropertySymbols(row))).toEqual([]);
  });

  it('holds the same chart drawn as an SVG document', async () => {
    const svg = (await chartBundle(spec))['image/svg+xml'];
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('Vũ Lăng');
  });

  it('holds a line of alt text: the title, or the alt given', async () => {
    expect((await chartBundle(spec))['text/plain']).toBe('Biểu đồ / chart: Chi qua tài khoản <3/2025>');
    expect((await chartBundle(spec, { alt: 'rates' }))['text/plain']).toBe('Biểu đồ / chart: rates');
  });
});

/** What a fake tslab kernel was asked to send. */
interface Sent {
  readonly content: { data: Record<string, unknown>; metadata: object; transient: object };
  readonly update: boolean;
}

/** Pretends to be a running tslab kernel, as tslab sets it up: `globalThis.__tslab__` and its modules. */
function fakeKernel(options: { withKernelModule: boolean }) {
  const sent: Sent[] = [];
  const raw: { type: string; value: unknown }[] = [];
  const jupyter = {
    exports: {
      lastWriteDisplayData: (content: Sent['content'], update: boolean) => sent.push({ content, update }),
    },
  };
  const require = Object.assign(
    (id: string) => {
      if (id !== 'tslab') throw new Error(`no module ${id}`);
      return { display: { raw: (type: string, value: unknown) => raw.push({ type, value }) } };
    },
    {
      cache: options.withKernelModule
        ? { '/home/a/node_modules/.pnpm/tslab@1.0.22/node_modules/tslab/dist/jupyter.js': jupyter }
        : {},
    },
  );
  (globalThis as { __tslab__?: unknown }).__tslab__ = { exports: {}, require };
  return { sent, raw };
}

afterEach(() => {
  delete (globalThis as { __tslab__?: unknown }).__tslab__;
});

describe('displayBundle(bundle)', () => {
  it('sends every form of the bundle as one display_data output of the tslab kernel', async () => {
    const kernel = fakeKernel({ withKernelModule: true });
    const bundle = await chartBundle(spec);
    displayBundle(bundle);
    expect(kernel.sent).toHaveLength(1);
    expect(kernel.sent[0]?.update).toBe(false);
    expect(kernel.sent[0]?.content.data).toBe(bundle);
    expect(Object.keys(kernel.sent[0]?.content.data ?? {}).sort()).toEqual([
      'application/vnd.vegalite.v5+json',
      'image/svg+xml',
      'text/plain',
    ]);
  });

  it('falls back to one output a form through tslab’s public display.raw when the kernel module is not found', () => {
    const kernel = fakeKernel({ withKernelModule: false });
    displayBundle({ 'text/html': '<b>x</b>', 'text/plain': 'x' });
    expect(kernel.sent).toEqual([]);
    expect(kernel.raw).toEqual([{ type: 'text/html', value: '<b>x</b>' }]);
  });

  it('throws NotInJupyterError outside a tslab kernel, naming the function', () => {
    expect(() => displayBundle({ 'text/plain': 'x' })).toThrow(NotInJupyterError);
    expect(() => displayBundle({ 'text/plain': 'x' })).toThrow(/^displayBundle: needs a Jupyter notebook/u);
  });

  it('displayChart throws at once outside a kernel, before drawing: no promise left to reject', () => {
    expect(() => displayChart(spec)).toThrow(/^displayChart: needs a Jupyter notebook/u);
  });
});

describe('displayChart(spec) and displayTable(rows, options)', () => {
  it('display the chart bundle and the table bundle (masked) as one output each', async () => {
    const kernel = fakeKernel({ withKernelModule: true });
    await displayChart(spec);
    displayTable([{ 'Họ và tên': 'Đặng Đức Khải', rate: rate(1, 2) }]);
    expect(kernel.sent).toHaveLength(2);
    expect(typeof kernel.sent[0]?.content.data[vegaLiteMime]).toBe('object');
    expect(kernel.sent[1]?.content.data['text/html']).toContain('<td>Đ. Đ. K.</td>');
    expect(kernel.sent[1]?.content.data['text/plain']).toContain('50,00% (1/2)');
  });
});
