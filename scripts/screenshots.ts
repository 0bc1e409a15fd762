// npm run screenshots: renders each main screen, light and dark, from a generated journal into
// docs/screenshots/ (used by the README). Runs the built renderer through the test bridge in
// Debian's Chromium, like the browser tests.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { generateJournal } from '../bench/generate-journal';
import { startBridge } from '../tests/bridge/launch';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const PASSPHRASE = 'screenshots are not a secret';
const journal = generateJournal({ entries: 420, people: 14, years: 1, endDate: '2026-11-24', seed: 7 });

async function shoot(page: Page, name: string, theme: 'light' | 'dark') {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(OUT, `${name}-${theme}.png`) });
}

async function nav(page: Page, link: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
}

mkdirSync(OUT, { recursive: true });
const bridge = await startBridge();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const theme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, colorScheme: theme });
    await page.goto(bridge.url);
    if (theme === 'light') {
      await page.getByRole('button', { name: 'Create journal' }).waitFor();
      await shoot(page, 'first-run', theme);
      await page.evaluate(async ({ passphrase, entries }) => {
        await window.hearth.create({ passphrase });
        for (const entry of entries) await window.hearth.addEntry(entry);
      }, { passphrase: PASSPHRASE, entries: journal });
      await page.reload();
    } else {
      await page.getByRole('textbox', { name: 'Passphrase' }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock' }).click();
    }
    await page.getByRole('button', { name: 'New entry' }).first().waitFor();
    await shoot(page, 'journal', theme);
    await page.getByRole('button', { name: 'New entry' }).first().click();
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('combobox', { name: 'Person' }).fill('Ana A.');
    await page.getByRole('textbox', { name: 'Note' }).fill('Ana came over with soup and we watched a film. I did not have to explain anything.');
    await shoot(page, 'entry', theme);
    await page.getByRole('button', { name: 'Cancel' }).click();
    page.once('dialog', (d) => void d.accept());
    await nav(page, 'People');
    await page.getByRole('table').waitFor();
    await shoot(page, 'people', theme);
    await nav(page, 'Insights');
    await page.locator('[data-chart][data-ready="true"]').first().waitFor();
    await shoot(page, 'insights', theme);
    await nav(page, 'Export');
    await page.getByRole('button', { name: 'Preview report' }).click();
    await page.getByTestId('report-preview').locator('svg').first().waitFor();
    await shoot(page, 'export', theme);
    await nav(page, 'Settings');
    await shoot(page, 'settings', theme);
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('button', { name: 'Unlock' }).waitFor();
    await shoot(page, 'unlock', theme);
    await page.close();
  }
  console.log(`Screenshots written to ${OUT}`);
} finally {
  await browser.close();
  await bridge.stop();
}
