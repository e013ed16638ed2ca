import { defineConfig } from 'vitest/config';

// Tests run on the TypeScript sources (the `@ansinh/source` export condition); the global setup builds
// @ansinh/core once for the package and notebook tests, which use it as users get it.
export default defineConfig({
  resolve: { conditions: ['@ansinh/source'] },
  ssr: { resolve: { conditions: ['@ansinh/source'] } },
  test: {
    globalSetup: ['scripts/vitest-global-setup.ts'],
    include: ['packages/*/test/**/*.test.ts', 'datasets/**/*.test.ts', 'notebooks/**/*.test.ts'],
    // Tests check correctness, never speed: on a shared two-core machine a test that takes a second alone
    // can take a minute. One generous limit catches a hang; no test sets its own.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    typecheck: {
      enabled: true,
      include: ['packages/*/test/**/*.test-d.ts'],
      tsconfig: 'packages/core/tsconfig.json',
    },
  },
});
