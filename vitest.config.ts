import { defineConfig } from 'vitest/config';

// Three projects, so a run builds only what its tests read (a project's globalSetup runs only when
// one of its files is queued): `npx vitest run tests/importer/dates.test.ts` builds nothing.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 600_000,
    projects: [
      // Functions, the CLIs and the content check, on the test archive or content of their own: no site build.
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/build/**', 'tests/browser/**'] },
      },
      // The built site in dist/ (built first when missing or older than its sources), and tests that run a build of their own.
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/setup/build-site.ts'] },
      },
      // Real Chromium against the built site and the built test archive (see harness/browser.ts); needs /usr/bin/chromium.
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts', 'tests/setup/build-fixture-site.ts'],
          testTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
