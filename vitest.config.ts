import { defineConfig } from 'vitest/config';

// Tests run on the TypeScript sources (the `@ansinh/source` export condition), no build needed; the
// package test builds and packs @ansinh/core itself.
export default defineConfig({
  resolve: { conditions: ['@ansinh/source'] },
  ssr: { resolve: { conditions: ['@ansinh/source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'datasets/**/*.test.ts', 'notebooks/**/*.test.ts'],
    typecheck: {
      enabled: true,
      include: ['packages/*/test/**/*.test-d.ts'],
      tsconfig: 'packages/core/tsconfig.json',
    },
  },
});
