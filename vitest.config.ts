import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // The build-failure tests run `astro sync` in a scratch copy of the project.
    testTimeout: 60_000,
  },
});
