import type { updates } from '../../../shared/contract/updates';
import { feedVersion, isNewer, UPDATE_FEED_URL, UPDATE_PAGE_URL } from '../../../shared/updates';
import type { FeatureHandlers } from './handler';

export const updateHandlers = {
  checkForUpdates: async ({ journal, updateChannel }) => {
    if (!journal.index.settings.checkForUpdates) return { status: 'off' };
    if (updateChannel === undefined) return { status: 'unavailable' };
    let text: string;
    try {
      text = await updateChannel.fetchText(UPDATE_FEED_URL);
    } catch (e) {
      return { status: 'failed', reason: e instanceof Error ? e.message : String(e) };
    }
    const latest = feedVersion(text);
    if (latest === null) return { status: 'failed', reason: 'the feed did not hold a version' };
    const current = updateChannel.currentVersion;
    return isNewer(latest, current) ? { status: 'newer', current, latest } : { status: 'current', current, latest };
  },
  openUpdatePage: async ({ journal, updateChannel }) => {
    if (!journal.index.settings.checkForUpdates || updateChannel === undefined) return;
    await updateChannel.openPage(UPDATE_PAGE_URL);
  },
} satisfies FeatureHandlers<typeof updates>;
