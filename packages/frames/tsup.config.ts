import { defineConfig } from 'tsup';

// One entry per peer (arquero, danfo), one with neither (records), and the root with both; ESM shares
// chunks, CommonJS has one file per entry.
export default defineConfig({
  entry: ['src/index.ts', 'src/arquero.ts', 'src/danfo.ts', 'src/records.ts'],
  format: ['esm', 'cjs'],
  splitting: true,
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
});
