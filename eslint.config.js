import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'node_modules/', 'coverage/', 'reports/', '.stryker-tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../github/*', '../local/*', '../action/*', '../cli/*', '../sources/*'],
              message: 'core/ is pure: faces depend on it, never the reverse.',
            },
            {
              group: [
                '@actions/*',
                'node:fs',
                'node:child_process',
                'node:http',
                'fs',
                'child_process',
              ],
              message: 'core/ does no I/O.',
            },
          ],
        },
      ],
    },
  },
);
