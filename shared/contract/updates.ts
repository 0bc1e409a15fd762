// The opt-in update check. Both methods need the unlocked journal, whose settings say whether the
// check is on; while it is off, neither touches the network (electron/service/features/updates.ts).
import type { UpdateCheck } from '../updates';
import { method, none } from './method';

export const updates = {
  /** Fetches UPDATE_FEED_URL once and compares it with this version; 'off' without a request while the setting is off. */
  checkForUpdates: method<UpdateCheck>()({ arg: none, needs: 'journal' }),
  /** Opens UPDATE_PAGE_URL in the browser; only ever after the person clicks the link the check showed. */
  openUpdatePage: method<void>()({ arg: none, needs: 'journal' }),
};
