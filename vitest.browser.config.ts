import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the built site (see tests/browser/harness.ts).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/setup/build-site.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
