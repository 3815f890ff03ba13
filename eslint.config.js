import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/', 'src/web/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Knowledge points inwards (DESIGN.md): domain and extraction know nothing else.
    files: ['src/domain/**/*.ts', 'src/extraction/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '**/cli/**', '**/web/**'], message: 'domain/ and extraction/ are pure: no server, cli or web imports.' },
            { group: ['node:fs', 'node:net', 'node:http', 'fs', 'http', 'net', 'kysely', 'pg', 'better-sqlite3', 'fastify'], message: 'domain/ and extraction/ do no I/O.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/extraction/**', '**/server/**', '**/cli/**', '**/web/**'], message: 'domain/ knows nothing else.' }, { group: ['node:fs', 'fs', 'kysely', 'pg', 'better-sqlite3', 'fastify'], message: 'domain/ does no I/O.' }] },
      ],
    },
  },
  {
    // Plain Node scripts (the CLI shim, fixture tools).
    files: ['bin/**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The front end runs in the browser and knows the server only through /api/v1.
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/**', '**/domain/**', '**/extraction/**', '**/cli/**'], message: 'web/ talks to the server through /api/v1 only.' }] }],
    },
  },
);
