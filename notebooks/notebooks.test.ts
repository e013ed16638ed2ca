// Every notebook in notebooks/ is executed headless with Jupyter's nbconvert and the workspace's tslab kernel
// (installed by `npm run kernel`, into a temporary folder), as an analyst would run it. A notebook fails on
// any error, any type error tslab prints, when its outputs lack a text listed in its metadata
// (`metadata.ansinh.expectOutputs`), or when a chart is not a Vega-Lite object with an SVG beside it in one
// output. 00-your-register runs twice: on the shipped CSV files, and on an XLSX copy of them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeText, parseCsv, writeSheet } from '@ansinh/io';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const notebooks = readdirSync(here).filter((f) => f.endsWith('.ipynb'));

/** A text field of nbformat: a string, or a list of lines. */
type MultilineText = string | string[];

interface Output {
  output_type: string;
  name?: string;
  text?: MultilineText;
  ename?: string;
  evalue?: string;
  data?: Record<string, unknown>;
}
interface Notebook {
  metadata: { kernelspec?: { name?: string }; ansinh?: { expectOutputs?: string[] } };
  cells: { cell_type: string; outputs?: Output[] }[];
}

const vegaLite = 'application/vnd.vegalite.v5+json';

/** A Python that has nbconvert: Debian's (/usr/bin/python3) first, since another python3 may be on PATH. */
function jupyterPython(): string {
  for (const python of ['/usr/bin/python3', 'python3']) {
    const probe = spawnSync(python, ['-c', 'import nbconvert, nbclient, jupyter_client'], {
      stdio: 'ignore',
    });
    if (probe.status === 0) return python;
  }
  throw new Error(
    'Jupyter nbconvert not found. `npm test` installs it when run as root; otherwise run ' +
      '`apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client`.',
  );
}

/** A Jupyter data folder with the kernel `npm run kernel` installs, written there by the same script. */
function kernelPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ansinh-jupyter-'));
  execFileSync(process.execPath, [join(root, 'scripts/install-kernel.mjs'), '--dir', dir], {
    stdio: 'ignore',
  });
  return dir;
}

const joined = (value: unknown): string =>
  Array.isArray(value) ? value.join('') : typeof value === 'string' ? value : '';

/** What an output shows as text: a stream's text, or the `text/plain` of a display. */
const text = (output: Output) => joined(output.text ?? output.data?.['text/plain']);

/** Executes a notebook with nbconvert (extra environment variables given) and returns it with its outputs. */
function execute(name: string, env: Record<string, string> = {}): Notebook {
  const outputDir = mkdtempSync(join(tmpdir(), 'ansinh-notebook-'));
  execFileSync(
    jupyterPython(),
    [
      '-m',
      'nbconvert',
      '--to',
      'notebook',
      '--execute',
      '--allow-errors',
      '--ExecutePreprocessor.timeout=300',
      '--output-dir',
      outputDir,
      name,
    ],
    {
      cwd: here,
      env: { ...process.env, ...env, JUPYTER_PATH: kernelPath() },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return JSON.parse(readFileSync(join(outputDir, name), 'utf8')) as Notebook;
}

/** Checks a run: no error, no type error, every expected text shown, every chart an object with its SVG. */
function expectGoodRun(executed: Notebook): Output[] {
  const outputs = executed.cells.flatMap((cell) => cell.outputs ?? []);
  const problems = outputs
    .filter((o) => o.output_type === 'error' || (o.output_type === 'stream' && o.name === 'stderr'))
    .map((o) => (o.output_type === 'error' ? `${o.ename}: ${o.evalue}` : text(o)));
  expect(problems).toEqual([]);
  const printed = outputs.map(text).join('\n');
  const expected = executed.metadata.ansinh?.expectOutputs ?? [];
  expect(expected.length, 'metadata.ansinh.expectOutputs lists what the notebook must show').toBeGreaterThan(
    0,
  );
  for (const line of expected) expect(printed).toContain(line);
  for (const output of outputs.filter((o) => o.data?.[vegaLite] !== undefined)) {
    expect(output.output_type).toBe('display_data');
    const spec = output.data?.[vegaLite];
    expect(typeof spec, 'a Vega-Lite spec is an object (a string is taken for a URL)').toBe('object');
    expect(spec).toHaveProperty('$schema', 'https://vega.github.io/schema/vega-lite/v5.json');
    expect(joined(output.data?.['image/svg+xml']).startsWith('<svg'), 'the chart has its SVG fallback').toBe(
      true,
    );
  }
  return outputs;
}

/** An XLSX copy of a shipped CSV list: its notice as the first row, then its records as text cells. */
function xlsxOf(csvFile: string): Uint8Array {
  const decoded = decodeText(readFileSync(csvFile));
  if (!decoded.ok) throw new Error(`${csvFile} is not text`);
  const parsed = parseCsv(decoded.text);
  return writeSheet('Danh sách', [
    parsed.comments.map((c) => c.replace(/^#\s*/u, '')),
    ...parsed.records.map((r) => [...r.fields]),
  ]);
}

describe('notebooks', () => {
  it('there are notebooks to run, 00 to 04', () => {
    expect(notebooks.length).toBeGreaterThanOrEqual(5);
  });

  it.each(notebooks)('%s names the kernel `npm run kernel` installs (ansinh-tslab)', (name) => {
    const notebook = JSON.parse(readFileSync(join(here, name), 'utf8')) as Notebook;
    expect(notebook.metadata.kernelspec?.name).toBe('ansinh-tslab');
  });

  it.each(notebooks)(
    '%s runs top to bottom with no error and shows what it promises',
    (name) => {
      const outputs = expectGoodRun(execute(name));
      if (name.startsWith('00-')) {
        // Masked by default: no CCCD or account number (9 to 19 digits) in anything shown as text.
        const shown = outputs.map((o) => `${text(o)}\n${joined(o.data?.['text/html'])}`).join('\n');
        expect(shown).not.toMatch(/(?<![\d.,])\d{9,19}(?![\d]|[.,]\d)/u);
        expect(outputs.filter((o) => o.data?.[vegaLite] !== undefined)).toHaveLength(1);
      }
    },
    600_000,
  );

  it('00-your-register runs on an XLSX register and payment list (ANSINH_REGISTER, ANSINH_PAYMENTS)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ansinh-xlsx-'));
    const files = { register: join(dir, 'register.xlsx'), payments: join(dir, 'payments.xlsx') };
    writeFileSync(files.register, xlsxOf(join(root, 'datasets/synthetic/register.csv')));
    writeFileSync(files.payments, xlsxOf(join(root, 'datasets/synthetic/payments.csv')));
    const outputs = expectGoodRun(
      execute('00-your-register.ipynb', {
        ANSINH_REGISTER: files.register,
        ANSINH_PAYMENTS: files.payments,
        ANSINH_CHECK_SYNTHETIC: '1',
      }),
    );
    expect(outputs.map(text).join('\n')).toContain(
      'Đối tượng / register: register.xlsx; chi trả / payments: payments.xlsx; kỳ / period: 2025-03',
    );
  }, 600_000);
});
