// insights_screen_ms: from a click on "Insights" to every chart in the window (1200×800) drawn, in
// Debian's Chromium, on a given journal served by the test bridge (the built renderer must exist:
// npm run bench builds it). The sections below are drawn one by one when the page is idle, so
// insights_screen_all_ms also gives the time to every section's chart drawn.
// Each click is made from the Journal screen once it has loaded (its list, and every call its cards
// made answered), as a person would: the figure is the Insights screen's own cost, not the tail of
// the Journal's loading queued before it.
import { chromium, type Page } from '@playwright/test';
import { startBridge } from '../tests/bridge/launch';

/** The little of the DOM the predicates below need (this file is compiled without DOM types). */
type ChartElement = { getAttribute(name: string): string | null; getBoundingClientRect(): { top: number } };
type ChartDom = { innerHeight: number; document: { querySelectorAll(selector: string): ArrayLike<ChartElement> } };

/** Runs in the page: every chart whose top is in the window has said it is drawn. */
function firstScreenDrawn(): boolean {
  const page = globalThis as unknown as ChartDom;
  const charts = Array.from(page.document.querySelectorAll('[data-chart]')).filter((c) => c.getBoundingClientRect().top < page.innerHeight);
  return charts.length > 0 && charts.every((c) => c.getAttribute('data-ready') === 'true');
}

/** Runs in the page: every section is there and every chart in it drawn. */
function allSectionsDrawn(): boolean {
  const dom = (globalThis as unknown as ChartDom).document;
  const charts = Array.from(dom.querySelectorAll('[data-chart]'));
  return dom.querySelectorAll('.insights-sections[data-complete="true"]').length === 1 && charts.every((c) => c.getAttribute('data-ready') === 'true');
}

export interface InsightsScreenTimes {
  /** Click to the first screenful's charts drawn, per visit. */
  firstScreen: number[];
  /** Click to every section's charts drawn, per visit. */
  all: number[];
}

/** The calls to the bridge not answered yet; `settled` waits until there are none. */
function pendingCalls(page: Page): { settled: () => Promise<void> } {
  let pending = 0;
  const isCall = (url: string) => url.endsWith('/__bridge/call');
  page.on('request', (r) => void (isCall(r.url()) && pending++));
  page.on('requestfinished', (r) => void (isCall(r.url()) && pending--));
  page.on('requestfailed', (r) => void (isCall(r.url()) && pending--));
  return {
    async settled() {
      while (pending > 0) await page.waitForTimeout(20);
    },
  };
}

export async function measureInsightsScreen(vaultDir: string, passphrase: string, repeats: number): Promise<InsightsScreenTimes> {
  const bridge = await startBridge({ vaultDir });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(bridge.url);
    const calls = pendingCalls(page);
    await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(passphrase);
    await page.getByRole('button', { name: 'Unlock' }).click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Journal', exact: true }).waitFor({ timeout: 300_000 });
    const journalLoaded = page.getByRole('status').filter({ hasText: /^[\d,]+ entr(y|ies)$/ });
    const times: InsightsScreenTimes = { firstScreen: [], all: [] };
    for (let i = 0; i < repeats; i++) {
      await nav.getByRole('link', { name: 'Journal', exact: true }).click();
      await journalLoaded.waitFor({ timeout: 300_000 });
      await calls.settled();
      const start = performance.now();
      await nav.getByRole('link', { name: 'Insights', exact: true }).click();
      await page.waitForFunction(firstScreenDrawn, undefined, { polling: 'raf' });
      times.firstScreen.push(performance.now() - start);
      await page.waitForFunction(allSectionsDrawn, undefined, { polling: 'raf' });
      times.all.push(performance.now() - start);
    }
    return times;
  } finally {
    await browser.close();
    await bridge.stop();
  }
}
