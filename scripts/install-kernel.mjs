// Writes a Jupyter kernel spec for this workspace's tslab into .jupyter/kernels/tslab/, so that
// `JUPYTER_PATH=$PWD/.jupyter jupyter lab notebooks/` offers the TypeScript kernel.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, '.jupyter', 'kernels', 'tslab');
mkdirSync(dir, { recursive: true });
const spec = {
  argv: [join(root, 'node_modules', '.bin', 'tslab'), 'kernel', '--config-path', '{connection_file}'],
  display_name: 'TypeScript (ansinh)',
  language: 'typescript',
};
writeFileSync(join(dir, 'kernel.json'), `${JSON.stringify(spec, null, 2)}\n`);
console.log(`wrote ${join(dir, 'kernel.json')}; start Jupyter with JUPYTER_PATH=${join(root, '.jupyter')}`);
