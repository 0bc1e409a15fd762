import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NO_ELECTRON = { name: 'electron', message: 'Only electron/shell/, main.ts and preload.ts may know Electron.' };
/** The folders below the service, in the order of the layer table in scripts/check-imports.ts. */
const LOWER_MODULES = ['files', 'vault', 'store', 'backup', 'analytics', 'imports', 'exports', 'report'];
const NOTHING_ABOVE = {
  regex: '^\\.{1,2}/(.*/)?(ipc|shell|service|cli)(/|$)',
  message: 'A lower module never imports ipc/, shell/, service/ or cli/: those use it, so the import would point up.',
};

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'docs/**', 'test-results/**', 'playwright-report/**', '.native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The renderer is untrusted: it never reaches Node, files or keys.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'better-sqlite3', 'libsodium-wrappers-sumo', 'electron', '**/electron/**'] }],
    },
  },
  {
    // Renderer feature folders: a screen imports what screens share from ui/, navigation from
    // app/navigation and the contract from shared/, never another screen's folder. shell/ is the
    // one place that knows every screen. The untrusted-renderer patterns are repeated because a
    // later block's no-restricted-imports replaces an earlier one's.
    files: ['renderer/src/*/**/*.{ts,tsx}'],
    ignores: ['renderer/src/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'better-sqlite3', 'libsodium-wrappers-sumo', 'electron', '**/electron/**'] },
            {
              regex: '^\\.\\./(?!ui/|app/navigation$|\\.\\./\\.\\./shared/)',
              message: 'A screen imports only ui/, app/navigation and shared/: move what screens share into ui/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only shell/, main.ts and preload.ts know Electron: every other folder stays plain Node, so it
    // runs under vitest, the CLI and the test bridge. A new folder is covered the day it appears.
    files: ['electron/*/**'],
    ignores: ['electron/shell/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_ELECTRON] }] },
  },
  {
    // Lower modules serve the service and know nothing above it (scripts/check-imports.ts has the full table).
    files: LOWER_MODULES.map((folder) => `electron/${folder}/**`),
    rules: { 'no-restricted-imports': ['error', { paths: [NO_ELECTRON], patterns: [NOTHING_ABOVE] }] },
  },
  {
    // shared/ is the floor every side stands on: it imports nothing from electron/ or renderer/.
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [NO_ELECTRON], patterns: [{ regex: '^(\\.\\./)+(electron|renderer)(/|$)', message: 'shared/ imports only shared/: it is used by the main process and the renderer alike.' }] },
      ],
    },
  },
);
