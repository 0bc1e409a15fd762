// node --import tsx bench/insights-breakdown.ts --vault DIR [--range LABEL]   (after npx electron-vite build)
// Where the Insights screen's time goes, on a journal made by bench:screens (same passphrase): a
// first visit after unlock and a warm one (then, with --range, the switch to that range, e.g. All),
// each traced in Chromium from the click to the charts in the window drawn. Per visit: the service
// call (waiting for the answer, receiving it, its size) and the renderer's main thread (compiling,
// script, style and layout, paint, garbage collection), in milliseconds.
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startBridge } from '../tests/bridge/launch';

const { values } = parseArgs({ options: { vault: { type: 'string' }, range: { type: 'string' } } });
if (values.vault === undefined) {
  console.error('--vault DIR is required: a journal made by npm run bench:screens -- --vault DIR');
  process.exit(2);
}
const PASSPHRASE = 'benchmark passphrase, not secret';
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.compile'];

/** The little of the DOM the page functions need (this file is compiled without DOM types). */
type El = { getAttribute(name: string): string | null; getBoundingClientRect(): { top: number }; textContent: string | null };
type Dom = { innerHeight: number; document: { querySelectorAll(s: string): ArrayLike<El>; querySelector(s: string): El | null } };

/** Runs in the page: every chart whose top is in the window is drawn, and no section in it waits to be. */
function firstScreenDrawn(): boolean {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const page = globalThis as unknown as Dom;
  const [charts, waiting] = ['[data-chart]', '.insights-placeholder'].map((s) => Array.from(page.document.querySelectorAll(s)).filter((c) => c.getBoundingClientRect().top < page.innerHeight)) as [El[], El[]];
  return charts.length > 0 && waiting.length === 0 && charts.every((c) => c.getAttribute('data-ready') === 'true');
}

/** Runs in the page: the screen has the answer for the range it shows. */
function answered(): boolean {
  const dom = (globalThis as unknown as Dom).document;
  return dom.querySelector('[data-testid="insights"][aria-busy="false"]') !== null && /with entries|Nothing is written/.test(dom.querySelector('.insights-status')?.textContent ?? '');
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Main-thread milliseconds by kind, counting an event only where no event of the same kind encloses it. */
function mainThread(file: string): Record<string, number> {
  const { traceEvents } = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] };
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const events = traceEvents.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const kinds: Record<string, RegExp> = {
    tasks: /^(RunTask|ThreadControllerImpl::RunTask)$/,
    compile: /^V8\.(CompileCode|CompileLazy|ParseFunction)$/,
    script: /^(FunctionCall|EvaluateScript|v8\.callFunction)$/,
    style_layout: /^(UpdateLayoutTree|Layout)$/,
    paint: /^(Paint|PrePaint|Layerize|Commit)$/,
    gc: /^(MinorGC|MajorGC)$/,
  };
  const out: Record<string, number> = {};
  for (const [kind, pattern] of Object.entries(kinds)) {
    let end = 0;
    let total = 0;
    for (const e of events) {
      if (!pattern.test(e.name) || e.ts < end) continue;
      end = e.ts + (e.dur ?? 0);
      total += (e.dur ?? 0) / 1000;
    }
    out[`${kind}_ms`] = Math.round(total);
  }
  return out;
}

/** The service calls since `since` (page time): waiting for the answer, receiving it, and its size. */
async function calls(page: Page, since: number): Promise<string[]> {
  return page.evaluate((t0) => {
    type Entry = { name: string; startTime: number; requestStart: number; responseStart: number; responseEnd: number; encodedBodySize: number };
    const entries = (globalThis as unknown as { performance: { getEntriesByType(t: string): Entry[] } }).performance.getEntriesByType('resource');
    return entries
      .filter((e) => e.name.includes('__bridge/call') && e.startTime >= t0)
      .map((e) => `at ${Math.round(e.startTime - t0)} ms: waited ${Math.round(e.responseStart - e.requestStart)} ms, received ${Math.round(e.responseEnd - e.responseStart)} ms, ${e.encodedBodySize} bytes`);
  }, since);
}

const work = mkdtempSync(join(tmpdir(), 'hearth-insights-trace-'));
const bridge = await startBridge({ vaultDir: resolve(values.vault) });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  // As in the bench, each visit starts once the Journal's calls are answered (the service answers
  // one call at a time, so a visit would otherwise wait for the Journal's cards).
  let pending = 0;
  const isCall = (url: string) => url.endsWith('/__bridge/call');
  page.on('request', (r) => void (isCall(r.url()) && pending++));
  page.on('requestfinished', (r) => void (isCall(r.url()) && pending--));
  page.on('requestfailed', (r) => void (isCall(r.url()) && pending--));
  await page.goto(bridge.url);
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  const nav = page.getByRole('navigation', { name: 'Main' });
  const journal = nav.getByRole('link', { name: 'Journal', exact: true });
  await journal.waitFor({ timeout: 300_000 });
  const traced = async (label: string, act: () => Promise<void>) => {
    const file = join(work, `${label}.json`);
    const since = await page.evaluate(() => (globalThis as unknown as { performance: { now(): number } }).performance.now());
    await browser.startTracing(page, { path: file, categories: CATEGORIES });
    const start = performance.now();
    await act();
    await page.waitForFunction(answered, undefined, { polling: 'raf' });
    await page.waitForFunction(firstScreenDrawn, undefined, { polling: 'raf' });
    const drawn = Math.round(performance.now() - start);
    await browser.stopTracing();
    console.log(`${label}: first screen drawn in ${drawn} ms (traced, so slower than the bench)`);
    for (const call of await calls(page, since)) console.log(`  service call ${call}`);
    console.log(`  main thread ${JSON.stringify(mainThread(file))}`);
  };
  for (const visit of ['first visit', 'warm visit']) {
    await journal.click();
    await page.getByRole('status').filter({ hasText: /^[\d,]+ entr(y|ies)$/ }).waitFor({ timeout: 300_000 });
    while (pending > 0) await page.waitForTimeout(20);
    await traced(visit, () => nav.getByRole('link', { name: 'Insights', exact: true }).click());
  }
  if (values.range !== undefined) {
    const range = values.range;
    await traced(`range ${range}`, () => page.getByRole('radio', { name: range, exact: true }).check());
  }
} finally {
  await browser.close();
  await bridge.stop();
  rmSync(work, { recursive: true, force: true });
}
