// Every notebook in notebooks/ is executed headless with Jupyter's nbconvert and the tslab kernel, as an
// analyst would run it. A notebook fails on any error, any type error tslab prints, and when its outputs
// lack a text listed in its metadata (`metadata.ansinh.expectOutputs`).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const notebooks = readdirSync(here).filter((f) => f.endsWith('.ipynb'));

interface Output {
  output_type: string;
  name?: string;
  text?: string | string[];
  ename?: string;
  evalue?: string;
}
interface Notebook {
  metadata: { ansinh?: { expectOutputs?: string[] } };
  cells: { cell_type: string; outputs?: Output[] }[];
}

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

/** A Jupyter data folder with a tslab kernel spec pointing at this workspace's tslab. */
function kernelPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ansinh-jupyter-'));
  mkdirSync(join(dir, 'kernels', 'tslab'), { recursive: true });
  const spec = {
    argv: [join(root, 'node_modules/.bin/tslab'), 'kernel', '--config-path', '{connection_file}'],
    display_name: 'TypeScript',
    language: 'typescript',
  };
  writeFileSync(join(dir, 'kernels', 'tslab', 'kernel.json'), JSON.stringify(spec));
  return dir;
}

const text = (output: Output) => (Array.isArray(output.text) ? output.text.join('') : (output.text ?? ''));

describe('notebooks', () => {
  it('there are notebooks to run', () => {
    expect(notebooks.length).toBeGreaterThan(0);
  });

  it.each(notebooks)(
    '%s runs top to bottom with no error and shows what it promises',
    (name) => {
      const python = jupyterPython();
      const outputDir = mkdtempSync(join(tmpdir(), 'ansinh-notebook-'));
      execFileSync(
        python,
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
        { cwd: here, env: { ...process.env, JUPYTER_PATH: kernelPath() }, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      const executed = JSON.parse(readFileSync(join(outputDir, name), 'utf8')) as Notebook;
      const outputs = executed.cells.flatMap((cell) => cell.outputs ?? []);
      const problems = outputs
        .filter((o) => o.output_type === 'error' || (o.output_type === 'stream' && o.name === 'stderr'))
        .map((o) => (o.output_type === 'error' ? `${o.ename}: ${o.evalue}` : text(o)));
      expect(problems).toEqual([]);
      const printed = outputs.map(text).join('\n');
      const expected = executed.metadata.ansinh?.expectOutputs ?? [];
      expect(
        expected.length,
        'metadata.ansinh.expectOutputs lists what the notebook must show',
      ).toBeGreaterThan(0);
      for (const line of expected) expect(printed).toContain(line);
    },
    600_000,
  );
});
