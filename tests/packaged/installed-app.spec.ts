// The packaged Hearth, as a person gets it (release workflow only; HEARTH_PACKAGED_APP names the
// executable inside the unpacked package): its fuses are flipped, and it creates a journal, keeps an
// entry, locks and unlocks. Playwright's _electron.launch() cannot drive it: it attaches through
// `--inspect=0`, which the EnableNodeCliInspectArguments fuse turns off. So the app is started with
// Chromium's own `--remote-debugging-port` and Playwright connects to its window over CDP.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { getCurrentFuseWire } from '@electron/fuses';
import { fuseWireProblems } from '../../scripts/package-rules';

const EXECUTABLE = process.env.HEARTH_PACKAGED_APP ?? '';
const PASSPHRASE = 'correct horse battery staple';

let app: ChildProcess;
let browser: Browser;
let page: Page;
let home: string;

/** The DevTools endpoint the app prints on stderr once it listens. */
function devtoolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`Hearth exited (${code}) before listening:\n${seen}`)));
  });
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  expect(EXECUTABLE, 'HEARTH_PACKAGED_APP names the packaged executable').not.toBe('');
  home = mkdtempSync(join(tmpdir(), 'hearth-packaged-'));
  const env: NodeJS.ProcessEnv = { ...process.env, HEARTH_VAULT: join(home, 'vault') };
  delete env.ELECTRON_RENDERER_URL;
  app = spawn(EXECUTABLE, ['--remote-debugging-port=0', ...(process.platform === 'linux' ? ['--no-sandbox'] : [])], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  browser = await chromium.connectOverCDP(await devtoolsEndpoint(app));
  await expect.poll(() => browser.contexts().flatMap((c) => c.pages()).length, { timeout: 60_000 }).toBeGreaterThan(0);
  page = browser.contexts().flatMap((c) => c.pages())[0]!;
});

test.afterAll(async () => {
  await browser?.close();
  app?.kill();
  if (home) rmSync(home, { recursive: true, force: true });
});

test('the packaged executable has its fuses flipped', async () => {
  expect(fuseWireProblems(await getCurrentFuseWire(EXECUTABLE))).toEqual([]);
});

test('creates a journal, writes an entry, locks and unlocks', async () => {
  expect(page.url()).toBe('app://hearth/index.html');
  const passphrase = page.getByRole('textbox', { name: 'Passphrase', exact: true });
  await expect(page.getByRole('heading', { name: 'Create your journal' })).toBeVisible({ timeout: 60_000 });
  await passphrase.fill(PASSPHRASE);
  await page.getByRole('textbox', { name: 'Repeat passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create journal' }).click();
  const key = page.getByRole('figure', { name: 'Recovery key' }).locator('code');
  await expect(key).toHaveText(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){12}$/, { timeout: 60_000 });
  await page.getByRole('textbox', { name: 'Recovery key' }).fill(await key.innerText());
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('link', { name: 'Journal' })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('button', { name: 'New entry' }).first().click();
  const form = page.getByRole('form', { name: 'New entry' });
  await form.getByRole('slider', { name: 'Mood' }).fill('7');
  await form.getByRole('slider', { name: 'Felt supported' }).fill('8');
  await form.getByRole('textbox', { name: 'Note' }).fill('Installed from the package; a walk with Sam.');
  await form.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText('Installed from the package; a walk with Sam.')).toBeVisible();

  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Hearth is locked' })).toBeVisible();
  await expect(page.getByText('Installed from the package; a walk with Sam.')).toHaveCount(0);
  await passphrase.fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('Installed from the package; a walk with Sam.')).toBeVisible({ timeout: 60_000 });
});
