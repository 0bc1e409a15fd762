// journal_screen_*: the Journal screen in Debian's Chromium on a given journal served by the test
// bridge (the built renderer must exist: npm run bench builds it).
// - journal_screen_first_ms: from the unlock's answer to the first entries drawn with their count,
//   which is what a person waits for after typing their passphrase;
// - journal_screen_ms: from a click on "Journal" (from Help) to the same, once the page is warm;
// - journal_screen_bytes: what the list calls carried into the page on that first draw;
// - journal_screen_heap_mb: the page's JavaScript heap, after a collection, once the Journal is drawn.
import { chromium, type Page } from '@playwright/test';
import { startBridge } from '../tests/bridge/launch';

/** The little of the DOM the predicate below needs (this file is compiled without DOM types). */
type RowDom = { document: { querySelector(selector: string): unknown } };

/** Runs in the page: at least one entry row is drawn in the list. */
function firstRowDrawn(): boolean {
  return (globalThis as unknown as RowDom).document.querySelector('.journal-scroll .entry-open') !== null;
}

export interface JournalScreenFigures {
  firstMs: number;
  times: number[];
  bytes: number;
  heapMb: number;
}

const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Sums the bytes of the answers to `method` calls from now on. */
function countAnswers(page: Page, method: string): { bytes: () => number } {
  let total = 0;
  page.on('response', (response) => {
    const request = response.request();
    if (!request.url().endsWith('/__bridge/call') || !request.postData()?.includes(`"method":"${method}"`)) return;
    void response.request().sizes().then(
      (sizes) => (total += sizes.responseBodySize),
      () => undefined,
    );
  });
  return { bytes: () => total };
}

async function heapUsedMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
}

export async function measureJournalScreen(vaultDir: string, passphrase: string, repeats: number): Promise<JournalScreenFigures> {
  const bridge = await startBridge({ vaultDir });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: BROWSER_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(bridge.url);
    const listed = countAnswers(page, 'listEntries');
    const counted = page.locator('.journal-count').filter({ hasText: /^[\d,]+ entr(y|ies)$/ });
    const drawn = async () => {
      await counted.waitFor({ timeout: 600_000 });
      await page.waitForFunction(firstRowDrawn, undefined, { timeout: 600_000 });
    };

    await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(passphrase);
    const unlocked = page.waitForResponse((r) => r.url().endsWith('/__bridge/call') && (r.request().postData() ?? '').includes('"method":"unlock"'), {
      timeout: 600_000,
    });
    await page.getByRole('button', { name: 'Unlock' }).click();
    await unlocked;
    const start = performance.now();
    await drawn();
    const firstMs = performance.now() - start;
    // Answers still streaming in after the first row count: let the page settle before reading.
    await page.waitForTimeout(500);
    const bytes = listed.bytes();
    const heapMb = await heapUsedMb(page);

    const nav = page.getByRole('navigation', { name: 'Main' });
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      await page.getByRole('link', { name: 'Help', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Help' }).waitFor();
      const t = performance.now();
      await nav.getByRole('link', { name: 'Journal', exact: true }).click();
      await drawn();
      times.push(performance.now() - t);
    }
    return { firstMs, times, bytes, heapMb };
  } finally {
    await browser.close();
    await bridge.stop();
  }
}
