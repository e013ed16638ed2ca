import { copyFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// The library (ESM and CommonJS, with types) and the worker thread of `readColumnar` and
// `readRegisterColumnar` as an entry of its own, with the small entry that starts it: built code runs in
// plain Node, no tsx at run time.
export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    shims: true,
    target: 'node20',
    tsconfig: 'tsconfig.build.json',
  },
  {
    entry: {
      'pool-worker': 'src/columnar/pool-worker.ts',
    },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    tsconfig: 'tsconfig.build.json',
    onSuccess: async () => {
      copyFileSync('src/columnar/worker-entry.mjs', 'dist/worker-entry.mjs');
    },
  },
]);
