// Navigation, new windows, webviews, downloads, permissions and requests are all refused.
import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  denyNavigation,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWindowOpen,
  hardenContents,
  hardenSession,
  isAllowedRequest,
} from '../../../electron/shell/security-policy';

afterEach(() => vi.restoreAllMocks());

function preventable(extra: Record<string, unknown> = {}) {
  return { preventDefault: vi.fn(), ...extra };
}

class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

class FakeSession extends EventEmitter {
  requestHandler: typeof denyPermissionRequest | undefined;
  checkHandler: (() => boolean) | undefined;
  deviceHandler: (() => boolean) | undefined;
  beforeRequest: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | undefined;
  setPermissionRequestHandler(h: typeof denyPermissionRequest) {
    this.requestHandler = h;
  }
  setPermissionCheckHandler(h: () => boolean) {
    this.checkHandler = h;
  }
  setDevicePermissionHandler(h: () => boolean) {
    this.deviceHandler = h;
  }
  webRequest = {
    onBeforeRequest: (listener: FakeSession['beforeRequest']) => {
      this.beforeRequest = listener;
    },
  };
}

describe('the plain deny functions', () => {
  it('prevent navigation and refuse new windows', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const event = preventable({ url: 'https://example.com/' });
    denyNavigation(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(denyWindowOpen({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('deny every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      denyPermissionRequest({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
    expect(denyPermissionCheck()).toBe(false);
  });
});

describe('hardenContents', () => {
  const contents = new FakeContents();
  hardenContents(contents as unknown as WebContents);

  it.each(['will-navigate', 'will-redirect'])('prevents %s', (name) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const event = preventable({ url: 'https://example.com/' });
    contents.emit(name, event, 'https://example.com/');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('prevents subframe navigation', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const event = preventable({ url: 'https://example.com/', isMainFrame: false });
    contents.emit('will-frame-navigate', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('prevents attaching a webview', () => {
    const event = preventable();
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('denies window.open', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  function harden(devUrl?: string) {
    const session = new FakeSession();
    hardenSession(session as unknown as Session, devUrl);
    return session;
  }

  it('denies permission requests, checks and devices', () => {
    const session = harden();
    const callback = vi.fn();
    session.requestHandler?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    expect(session.checkHandler?.()).toBe(false);
    expect(session.deviceHandler?.()).toBe(false);
  });

  it('cancels every download: files are written by the main process after a native dialog', () => {
    const session = harden();
    const download = (url: string) => {
      const event = preventable();
      session.emit('will-download', event, { getURL: () => url }, {});
      return event.preventDefault.mock.calls.length === 0;
    };
    expect(download('blob:app://hearth/6f1d3c1e-8a52-4d0b-9b43-7b7a3c1f2e10')).toBe(false);
    expect(download('https://example.com/file.txt')).toBe(false);
    expect(download('blob:https://example.com/6f1d3c1e')).toBe(false);
    expect(download('blob:app://hearthx/6f1d3c1e')).toBe(false);
    expect(download('file:///etc/passwd')).toBe(false);
    expect(download('data:text/plain,hi')).toBe(false);
  });

  it('cancels requests that would leave the app', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const session = harden();
    const answer = (url: string) => {
      const callback = vi.fn();
      session.beforeRequest?.({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(answer('app://hearth/assets/index.js')).toEqual({ cancel: false });
    expect(answer('https://example.com/track.gif')).toEqual({ cancel: true });
    expect(answer('file:///etc/passwd')).toEqual({ cancel: true });
  });
});

describe('isAllowedRequest', () => {
  it('allows our app:// origin and local browser schemes', () => {
    expect(isAllowedRequest('app://hearth/index.html')).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isAllowedRequest('data:text/plain,hi')).toBe(true);
  });

  it('refuses the network, files, other app:// hosts and garbage', () => {
    for (const url of ['http://example.com/', 'https://example.com/', 'ws://example.com/', 'wss://x.test/', 'ftp://x.test/', 'file:///etc/passwd', 'app://evil/', 'nonsense']) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });

  it('allows only the dev server in development, over http and its HMR websocket', () => {
    const dev = 'http://localhost:5173';
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedRequest('https://example.com/', dev)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', dev)).toBe(false);
  });
});
