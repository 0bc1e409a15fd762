import { defineConfig } from '@playwright/test';

// The installed app, in the release workflow only (.github/workflows/release.yml): it needs a real
// packaged Hearth, named by HEARTH_PACKAGED_APP. The normal `npm test` run (tests/e2e) never sees it.
export default defineConfig({
  testDir: '.',
  timeout: 180_000,
  retries: 0,
  workers: 1,
  forbidOnly: true,
  reporter: 'list',
});
