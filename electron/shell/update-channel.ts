// The opt-in update check's network, built from Electron's `net` and `shell`. It exists in the app
// only; the service asks it for nothing until the person has turned the check on in Settings and
// clicked "Check now" (electron/service/features/updates.ts). It fetches only the address it is
// given (the feed constant, shared/updates.ts), refusing redirects, and opens only https pages.
import type { UpdateChannel } from '../../shared/updates';

/** The parts of Electron's `net` and `shell` this needs, so a test can stand in for them. */
export interface UpdateNet {
  fetch(url: string, init: { method: 'GET'; redirect: 'error'; cache: 'no-store'; credentials: 'omit' }): Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
}
export interface UpdateShell {
  openExternal(url: string): Promise<void>;
}

/** Feeds are a few bytes; anything bigger is not ours. */
const MAX_FEED_CHARS = 4096;

export function createUpdateChannel(net: UpdateNet, shell: UpdateShell, currentVersion: string): UpdateChannel {
  return {
    currentVersion,
    async fetchText(url) {
      const response = await net.fetch(url, { method: 'GET', redirect: 'error', cache: 'no-store', credentials: 'omit' });
      if (!response.ok) throw new Error(`the feed answered ${response.status}`);
      const text = await response.text();
      if (text.length > MAX_FEED_CHARS) throw new Error('the feed is larger than a feed can be');
      return text;
    },
    async openPage(url) {
      if (!url.startsWith('https://')) throw new Error(`refusing to open ${url}`);
      await shell.openExternal(url);
    },
  };
}
