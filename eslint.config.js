// @ts-check
// ESLint flat config (ESLint 10 + typescript-eslint 8). Not type-aware on purpose: fast enough to run
// on every `pnpm test`; `tsc --noEmit` already does the type checking.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import tseslint from 'typescript-eslint';

/** `.only` left in a test silently skips the rest of the suite in CI. */
const noOnly = ['describe', 'it', 'test', 'bench', 'suite'].map((object) => ({
  object,
  property: 'only',
  message: 'Remove `.only` before committing: it silently skips every other test.',
}));

export default defineConfig(
  globalIgnores([
    '**/dist/',
    '**/node_modules/',
    '**/coverage/',
    '**/storybook-static/',
    '**/__screenshots__/',
    '**/.vitest-attachments/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      // Only JS files use these: typescript-eslint turns `no-undef` off for TS (the compiler checks it).
      globals: { ...globals.es2021 },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['warn', { allow: ['warn', 'error'] }],
      'prefer-const': 'error',
      'no-restricted-properties': ['error', ...noOnly],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // A few rules from `strict` that need no type information. `no-non-null-assertion` is left out on
      // purpose: under noUncheckedIndexedAccess, `list[i % list.length]!` is the honest way to state an
      // invariant the compiler cannot see.
      '@typescript-eslint/no-non-null-asserted-nullish-coalescing': 'error',
      '@typescript-eslint/no-dynamic-delete': 'error',
      '@typescript-eslint/no-extraneous-class': 'error',
      '@typescript-eslint/no-invalid-void-type': 'error',
      '@typescript-eslint/no-useless-constructor': 'error',
      '@typescript-eslint/unified-signatures': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Tests may capture `this` to assert how a hook was called (`self = this`).
    files: ['**/*.test.ts', '**/*.bench.ts'],
    rules: { '@typescript-eslint/no-this-alias': 'off' },
  },
  {
    files: ['packages/components/**/*.ts', 'examples/**/*.{ts,js}', 'tests/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Lit templates: binding mistakes (lit) and accessibility in the markup (lit-a11y).
    files: ['packages/components/src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended],
  },
  {
    // Build scripts, config files and CLIs run in Node.
    files: [
      '**/*.config.{js,ts,mjs}',
      '**/scripts/**/*.{js,mjs,ts}',
      'packages/content/**/*.{ts,mjs}',
      'tests/size/**/*.mjs',
      'examples/*/*.mjs',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    // The benchmarks (tests/bench): Node CLIs that hand functions to their pages, and the pages' scripts.
    files: ['tests/bench/**/*.{mjs,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
  {
    // The examples' browser tests run in Node and hand functions to the page (page.evaluate).
    files: ['examples/*/src/**/*.test.mjs', 'examples/shared/browserTest.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
