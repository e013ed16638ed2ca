import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineConfig } from 'tsup';
import { shippedDatasets } from './src/shipped-data.js';

// The `ansinh` bin (ESM, split so that each command's code is loaded only when that command runs: `check`
// starts without @ansinh/io, SheetJS, DuckDB or Vega), the library entry in ESM and CommonJS with types, and
// the datasets the commands default to, copied into data/.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', bin: 'src/bin.ts' },
    format: ['esm'],
    splitting: true,
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    target: 'node20',
    tsconfig: 'tsconfig.build.json',
    onSuccess: async () => {
      rmSync('data', { recursive: true, force: true });
      for (const path of shippedDatasets) {
        const target = join('data', path);
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(join('..', '..', 'datasets', path), target);
      }
    },
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    shims: true,
    sourcemap: true,
    target: 'node20',
    tsconfig: 'tsconfig.build.json',
  },
]);
