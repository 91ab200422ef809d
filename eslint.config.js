// Layering rules (DESIGN.md §3) are enforced here as well as by the three tsconfigs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'http',
  'https',
  'net',
  'stream',
  'util',
  'events',
  'worker_threads',
  'zlib',
  'buffer',
  'process',
];
// Bare built-in names are matched exactly (a pattern "path" would also match "./ladder/path").
const nodePaths = [...nodeBuiltins, 'fs/promises', 'stream/promises', 'timers/promises'].map(
  (name) => ({ name, message: 'No Node built-ins here (DESIGN.md §3).' }),
);
const nodePatterns = ['node:*'];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'test-results/**',
      'playwright-report/**',
      'tests/artifacts/**',
      'tests/security/node_modules/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodePaths,
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react/*',
                'dexie',
                'dexie-*',
                'electron',
                'electron/*',
              ],
              message: 'shared/ is pure domain code: no React, Dexie or Electron.',
            },
            { group: nodePatterns, message: 'shared/ must not use Node built-ins.' },
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'shared/ imports only shared/.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'shared/ has no DOM.' },
        { name: 'document', message: 'shared/ has no DOM.' },
        { name: 'indexedDB', message: 'shared/ has no storage.' },
        { name: 'localStorage', message: 'shared/ has no storage.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'shared/ never reads the clock: take "asOf" as a parameter.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'shared/ never reads the clock: take "asOf" as a parameter.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: nodePaths,
          patterns: [
            { group: ['electron', 'electron/*'], message: 'The renderer never imports Electron.' },
            { group: ['**/electron/**'], message: 'The renderer never imports electron/.' },
            { group: nodePatterns, message: 'The renderer never uses Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodePaths,
          patterns: [
            { group: ['dexie'], message: 'Only renderer/src/db touches Dexie.' },
            { group: ['electron', 'electron/*'], message: 'The renderer never imports Electron.' },
            { group: ['**/electron/**'], message: 'The renderer never imports electron/.' },
            { group: nodePatterns, message: 'The renderer never uses Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', 'react', 'react-dom', 'dexie'],
              message: 'electron/ never imports the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx,mjs,js}', '*.config.{ts,js,mjs}', 'vite.renderer.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
