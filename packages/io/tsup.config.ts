import { copyFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// The library (ESM and CommonJS, with types) and the payment worker of `readColumnar` as an entry of its
// own, with the small entry that starts it: built code runs in plain Node, no tsx at run time.
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
      'payment-worker': 'src/columnar/payment-worker.ts',
      'register-worker': 'src/columnar/register-worker.ts',
    },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    tsconfig: 'tsconfig.build.json',
    onSuccess: async () => {
      copyFileSync('src/columnar/payment-worker-entry.mjs', 'dist/payment-worker-entry.mjs');
    },
  },
]);
