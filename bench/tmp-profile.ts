import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { startBridge } from '../tests/bridge/launch';
type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] };
type ChartDom = { document: { querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }> } };
function allChartsDrawn(): boolean {
  const charts = Array.from((globalThis as unknown as ChartDom).document.querySelectorAll('[data-chart]'));
  return charts.length > 0 && charts.every((c) => c.getAttribute('data-ready') === 'true');
}
const bridge = await startBridge({ vaultDir: process.argv[2]! });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await page.goto(bridge.url);
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('benchmark passphrase, not secret');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.locator('.journal-count').filter({ hasText: /^[\d,]+ entr(y|ies)$/ }).waitFor({ timeout: 600_000 });
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const events: string[] = [];
  const t0 = performance.now();
  page.on('request', (r) => { if (r.url().endsWith('/__bridge/call')) events.push(`${(performance.now() - t0).toFixed(0)} req ${r.postData()?.slice(0, 60)}`); });
  page.on('response', (r) => { if (r.url().endsWith('/__bridge/call')) events.push(`${(performance.now() - t0).toFixed(0)} res ${r.request().postData()?.slice(0, 60)}`); });
  await cdp.send('Profiler.start');
  const start = performance.now();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights', exact: true }).click();
  await page.waitForFunction(allChartsDrawn, undefined, { timeout: 120_000 });
  const total = performance.now() - start;
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number } };
  writeFileSync('/tmp/page-bench/insights.cpuprofile', JSON.stringify(profile));
  console.log('first visit ms', total.toFixed(0));
  console.log(events.join('\n'));
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const sorted = [...self].sort((a, b) => b[1] - a[1]);
  console.log('profile span ms', ((profile.endTime - profile.startTime) / 1000).toFixed(0));
  for (const [k, v] of sorted.slice(0, 40)) console.log(v.toFixed(1).padStart(8), k);
} finally {
  await browser.close();
  await bridge.stop();
}
