import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

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
    // The service layer stays plain Node so it runs under vitest, the CLI and the test bridge.
    files: ['electron/vault/**', 'electron/store/**', 'electron/service/**', 'electron/cli/**', 'electron/ipc/**', 'shared/**'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'] }] },
  },
);
