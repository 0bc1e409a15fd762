// The `bridge` fixture: a test bridge (tests/bridge/serve.ts) on a fresh temporary vault, started
// only for the tests that ask for it and stopped after each of them.
import { test as base } from '@playwright/test';
import { startBridge, type RunningBridge } from '../bridge/launch';

export { expect } from '@playwright/test';

export type Bridge = Omit<RunningBridge, 'stop'>;

export const test = base.extend<{ bridge: Bridge }>({
  // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  bridge: async ({}, use) => {
    const bridge = await startBridge();
    try {
      await use(bridge);
    } finally {
      await bridge.stop();
    }
  },
});
