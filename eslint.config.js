// ESLint (npm run lint, part of npm test): the recommended rules of ESLint, typescript-eslint and
// eslint-plugin-astro; eslint-config-prettier last, so no rule argues with the formatter.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // what tools generate, and the test data (raw pages, archives), which is not code
  { ignores: ['**/dist/', '**/.astro/', '.bench/', 'coverage/', 'tests/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    // an argument a callback must accept but does not use is named with a leading _
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  // The importer finds control characters in raw text on purpose, and a test strips terminal colours.
  { files: ['src/importer/normalise.ts', 'tests/build/contract-table.test.ts'], rules: { 'no-control-regex': 'off' } },
  // Tests read frontmatter and JSON whose shape is what they assert.
  { files: ['tests/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  prettier,
);
