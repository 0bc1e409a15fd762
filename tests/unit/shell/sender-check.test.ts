// Only the app window's main frame, showing app://hearth (or the dev server in development), may call.
import { describe, expect, it } from 'vitest';
import { isOwnPageUrl, isTrustedSender, type FrameLike } from '../../../electron/shell/sender-check';

const main: FrameLike = { url: 'app://hearth/index.html', processId: 4, routingId: 1, parent: null };

describe('isTrustedSender', () => {
  it('accepts the main frame of the app window on app://hearth', () => {
    expect(isTrustedSender(main, main)).toBe(true);
    expect(isTrustedSender({ ...main, url: 'app://hearth/index.html#/people' }, main)).toBe(true);
  });

  it('refuses a subframe, even one on app://hearth', () => {
    expect(isTrustedSender({ ...main, routingId: 2, parent: main }, main)).toBe(false);
    expect(isTrustedSender({ ...main, parent: main }, main)).toBe(false);
  });

  it('refuses another window or process', () => {
    expect(isTrustedSender({ ...main, processId: 5 }, main)).toBe(false);
    expect(isTrustedSender({ ...main, routingId: 7 }, main)).toBe(false);
  });

  it('refuses the main frame once it shows anything but our page', () => {
    for (const url of ['https://example.com/', 'app://evil/index.html', 'file:///index.html', 'about:blank', 'data:text/html,x', '']) {
      expect(isTrustedSender({ ...main, url }, { ...main, url }), url).toBe(false);
    }
  });

  it('refuses a missing or detached frame', () => {
    expect(isTrustedSender(null, main)).toBe(false);
    expect(isTrustedSender(main, null)).toBe(false);
    expect(isTrustedSender(undefined, undefined)).toBe(false);
  });

  it('accepts the dev server origin only when one is given', () => {
    const dev = { ...main, url: 'http://localhost:5173/' };
    expect(isTrustedSender(dev, dev)).toBe(false);
    expect(isTrustedSender(dev, dev, 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender({ ...dev, url: 'http://localhost:5174/' }, dev, 'http://localhost:5173')).toBe(false);
    expect(isTrustedSender(main, main, 'http://localhost:5173')).toBe(true);
  });
});

describe('isOwnPageUrl', () => {
  it('never matches an opaque origin against a dev URL', () => {
    expect(isOwnPageUrl('data:text/html,x', 'data:text/html,x')).toBe(false);
    expect(isOwnPageUrl('not a url', 'http://localhost:5173')).toBe(false);
  });
});
