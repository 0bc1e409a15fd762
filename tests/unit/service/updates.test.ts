// The opt-in update check in the service, with a stand-in for the app's network: off (the default)
// and in the CLI nothing is asked of it; on, exactly one fetch of the feed per check.
import { afterEach, describe, expect, it } from 'vitest';
import type { UpdateChannel } from '../../../shared/updates';
import { UPDATE_FEED_URL, UPDATE_PAGE_URL } from '../../../shared/updates';
import { freshService } from '../../support/vault';

function channel(answer: () => Promise<string>) {
  const fetched: string[] = [];
  const opened: string[] = [];
  const updateChannel: UpdateChannel = {
    currentVersion: '0.1.0',
    fetchText: (url) => {
      fetched.push(url);
      return answer();
    },
    openPage: async (url) => void opened.push(url),
  };
  return { updateChannel, fetched, opened };
}

let cleanup = () => {};
afterEach(() => cleanup());

describe('checkForUpdates', () => {
  it('is off by default and then asks the network for nothing', async () => {
    const net = channel(async () => '{"version":"9.9.9"}');
    const v = await freshService({ updateChannel: net.updateChannel });
    cleanup = v.cleanup;
    expect((await v.service.getSettings()).checkForUpdates).toBe(false);
    expect(await v.service.checkForUpdates()).toEqual({ status: 'off' });
    await v.service.openUpdatePage();
    expect(net.fetched).toEqual([]);
    expect(net.opened).toEqual([]);
  });

  it('once on, fetches the feed once per check and compares versions', async () => {
    let feed = '{"version":"0.2.0"}';
    const net = channel(async () => feed);
    const v = await freshService({ updateChannel: net.updateChannel });
    cleanup = v.cleanup;
    await v.service.updateSettings({ checkForUpdates: true });
    expect(net.fetched).toEqual([]);
    expect(await v.service.checkForUpdates()).toEqual({ status: 'newer', current: '0.1.0', latest: '0.2.0' });
    feed = '{"version":"0.1.0"}';
    expect(await v.service.checkForUpdates()).toEqual({ status: 'current', current: '0.1.0', latest: '0.1.0' });
    feed = 'not a feed';
    expect(await v.service.checkForUpdates()).toEqual({ status: 'failed', reason: 'the feed did not hold a version' });
    expect(net.fetched).toEqual([UPDATE_FEED_URL, UPDATE_FEED_URL, UPDATE_FEED_URL]);
    await v.service.openUpdatePage();
    expect(net.opened).toEqual([UPDATE_PAGE_URL]);
  });

  it('says why a check failed, and that the CLI cannot check', async () => {
    const net = channel(() => Promise.reject(new Error('net::ERR_NAME_NOT_RESOLVED')));
    const v = await freshService({ updateChannel: net.updateChannel });
    cleanup = v.cleanup;
    await v.service.updateSettings({ checkForUpdates: true });
    expect(await v.service.checkForUpdates()).toEqual({ status: 'failed', reason: 'net::ERR_NAME_NOT_RESOLVED' });
    const cli = v.reopen({ updateChannel: undefined });
    await cli.unlock({ passphrase: 'correct horse battery staple' });
    expect(await cli.checkForUpdates()).toEqual({ status: 'unavailable' });
    cli.close();
  });
});
