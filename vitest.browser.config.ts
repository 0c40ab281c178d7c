import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the built site and the built test archive (see harness/browser.ts).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/setup/build-site.ts', 'tests/setup/build-fixture-site.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
