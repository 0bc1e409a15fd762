// Hearth's Content-Security-Policy held by real Chromium. The renderer runs here from the test
// bridge under the app's own policy (only connect-src differs: the bridge's transport is fetch to
// itself). So what tests/e2e/electron.spec.ts checks in Electron is checked in Chromium too, on
// machines where the Electron binary cannot be had: the app's screens load with no violation, and
// inline scripts and handlers, code from strings, other origins, frames, objects, images from
// elsewhere and workers are refused.
import { CSP } from '../bridge/server';
import { expect, test } from './fixtures';
import { watchProblems } from './page-checks';

test('the renderer runs under Hearth’s policy, which Chromium enforces', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  const served = await page.goto(bridge.url);
  expect(served?.headers()['content-security-policy']).toBe(CSP);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const enforced = await page.evaluate(async () => {
    const g = globalThis as unknown as Record<string, unknown>;
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    const attempt = async (fn: () => unknown) => {
      try {
        await fn();
        return 'ran';
      } catch {
        return 'blocked';
      }
    };
    const inline = document.createElement('script');
    inline.textContent = 'globalThis.inlineRan = true';
    document.head.append(inline);
    const handler = document.createElement('div');
    handler.setAttribute('onclick', 'globalThis.handlerRan = true');
    document.body.append(handler);
    handler.click();
    // A string timer is evaluated by the page itself later: evaluating here (through the DevTools
    // protocol) would not be held to the policy's ban on eval.
    (setTimeout as unknown as (code: string, ms: number) => void)('globalThis.timerRan = true', 0);
    const elsewhere = await attempt(() => fetch('https://example.com/'));
    new Worker(URL.createObjectURL(new Blob(['1'], { type: 'text/javascript' })));
    const frame = document.createElement('iframe');
    frame.src = 'https://example.com/';
    document.body.append(frame);
    const object = document.createElement('object');
    object.data = 'https://example.com/';
    document.body.append(object);
    const image = document.createElement('img');
    image.src = 'https://example.com/pixel.png';
    document.body.append(image);
    // Violation reports are queued as tasks: let them arrive.
    await new Promise((r) => setTimeout(r, 500));
    return {
      inlineRan: g.inlineRan === true,
      handlerRan: g.handlerRan === true,
      timerRan: g.timerRan === true,
      elsewhere,
      violations: [...new Set(violations)].sort(),
    };
  });
  expect(enforced).toEqual({
    inlineRan: false,
    handlerRan: false,
    timerRan: false,
    elsewhere: 'blocked',
    violations: ['connect-src', 'frame-src', 'img-src', 'object-src', 'script-src-attr', 'script-src-elem', 'script-src', 'worker-src'].sort(),
  });
  // Only what this test provoked: the app itself broke no rule of its policy.
  expect(problems.filter((p) => !/Content Security Policy|example\.com|Refused to/.test(p))).toEqual([]);
});
