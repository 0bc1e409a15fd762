import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/renderer/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/renderer/system-locale.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Argon2id uses 64-256 MiB per derivation; keep parallelism modest on 2-core machines.
    maxWorkers: 2,
  },
});
