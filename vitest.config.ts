import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/renderer/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/renderer/system-locale.ts'],
    // The tests that start bin/hearth.mjs run the built command line: build it once, first.
    globalSetup: ['tests/unit/cli/build-cli.setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Argon2id uses 64-256 MiB per derivation; keep parallelism modest on 2-core machines.
    maxWorkers: 2,
  },
});
