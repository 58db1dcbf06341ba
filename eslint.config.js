import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Every folder of src/. */
const FOLDERS = ['core', 'node', 'sources', 'wiring', 'github', 'cli', 'action'];

/**
 * The lint rules of one folder of src/: it may import itself and `allowed`, nothing else of
 * src/ (and none of `packages`).
 */
function layer(folder, allowed, message, packages = []) {
  const forbidden = FOLDERS.filter((f) => f !== folder && !allowed.includes(f));
  const patterns = [{ group: forbidden.map((f) => `**/${f}/*`), message }];
  if (packages.length > 0) patterns.push({ group: packages, message: `${folder}/ does no I/O.` });
  return [
    {
      files: [`src/${folder}/**/*.ts`],
      rules: {
        ...(folder === 'core' ? { '@typescript-eslint/no-explicit-any': 'error' } : {}),
        'no-restricted-imports': ['error', { patterns }],
      },
    },
  ];
}

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
  // The layers (README, "Layout"): each folder imports only the folders below it. A wrong-layer
  // import fails `npm run lint`.
  ...layer('core', [], 'core/ is pure: faces and adapters depend on it, never the reverse.', [
    '@actions/*',
    '@octokit/*',
    'node:fs',
    'node:fs/promises',
    'node:child_process',
    'node:http',
    'node:https',
    'fs',
    'child_process',
  ]),
  ...layer('node', ['core'], 'node/ holds the Node adapters both faces share: it uses core/ only.'),
  ...layer('sources', ['core', 'node'], 'sources/ (metrics) uses core/ and node/ only.'),
  ...layer(
    'wiring',
    ['core', 'node', 'sources'],
    "wiring/ plugs node/ and sources/ into the lane's ports for both faces: it uses those and core/ only.",
  ),
  ...layer('github', ['core', 'node'], 'github/ (the GitHub adapters) uses core/ and node/ only.'),
  ...layer(
    'cli',
    ['core', 'node', 'sources', 'wiring'],
    'cli/ is the local face: core/, node/, sources/ and wiring/, never the Action or GitHub.',
  ),
  ...layer(
    'action',
    ['core', 'node', 'sources', 'wiring', 'github'],
    'action/ is the GitHub face: it never imports the CLI.',
  ),
);
