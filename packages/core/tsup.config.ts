import { defineConfig } from 'tsup';

// ESM file by file (`bundle: false`), so that a bundler keeps only the modules an import reaches: a
// bundle of `ratePercent` holds neither zod nor the schemas. CommonJS as one file. Types for both.
export default defineConfig([
  {
    entry: ['src/**/*.ts'],
    format: ['esm'],
    bundle: false,
    sourcemap: true,
    target: 'node20',
    tsconfig: 'tsconfig.build.json',
  },
  {
    entry: ['src/index.ts'],
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    tsconfig: 'tsconfig.build.json',
  },
  {
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: { only: true },
    tsconfig: 'tsconfig.build.json',
  },
]);
