// One lint configuration for the whole workspace. The rules below guard the architecture
// (STYLE.md): each workspace imports only what the boundary table lets it (scripts/lint/
// boundaries.js), never by path into another package, and no file imports its way back to
// itself (scripts/lint/no-import-cycle.js, decision 35); no console in packages, and at most
// three positional parameters.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import { boundaryBlocks } from './scripts/lint/boundaries.js';
import rapporteur from './scripts/lint/no-import-cycle.js';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/data/**', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { rapporteur },
    rules: {
      'max-params': ['error', 3],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'rapporteur/no-import-cycle': 'error',
    },
  },
  ...boundaryBlocks(),
  {
    files: ['packages/**/*.ts'],
    ignores: ['**/*.test.ts', '**/testing/**', '**/bench/**'],
    rules: { 'no-console': 'error' },
  },
  {
    // Kysely's own advice: migrations take Kysely<any> and import no application code.
    files: ['**/migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
);
