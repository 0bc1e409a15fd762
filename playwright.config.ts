import { defineConfig } from '@playwright/test';

// Browser tests run the built renderer (npx electron-vite build) in Debian's Chromium: Playwright's
// own browsers cannot be downloaded on our machines. Tests that need the service start the test
// bridge through the `bridge` fixture in tests/e2e/fixtures.ts; the Electron test needs no browser.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  retries: 0,
  workers: process.env.CI ? 1 : undefined,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    // The system locale the app's dates follow by default (as tests/renderer/system-locale.ts).
    locale: 'en-GB',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
