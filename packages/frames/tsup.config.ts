import { defineConfig } from 'tsup';

// One entry per peer (arquero, danfo), one with neither (records), and the root with both. ESM shares
// chunks between entries; CommonJS has one whole file per entry (tsup's CommonJS splitting writes source
// maps that point at themselves). dist/ is emptied by the build script, not here: the two builds run at once.
const entry = ['src/index.ts', 'src/arquero.ts', 'src/danfo.ts', 'src/records.ts'];
const shared = {
  entry,
  dts: true,
  sourcemap: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
} as const;

export default defineConfig([
  { ...shared, format: ['esm'], splitting: true },
  { ...shared, format: ['cjs'], splitting: false },
]);
