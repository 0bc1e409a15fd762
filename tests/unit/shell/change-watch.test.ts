// The app's watch for other programs' writes: the real service on a temp vault, a second service
// (the CLI) writing to it, and the event the window would be sent.
import { expect, it } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import type { HearthEvent } from '../../../shared/api';
import { JOURNAL_CHANGED, watchForChanges } from '../../../electron/shell/change-watch';
import { entry, freshService, PASSPHRASE } from '../../support/vault';

const cleanups = cleanupAfterEach();

it('tells the window once per change another process made, with no call from the renderer', async () => {
  const v = await freshService();
  cleanups.push(v.cleanup);
  v.service.close();
  const sent: HearthEvent[] = [];
  const app = v.reopen({ onExternalChange: () => sent.push(JOURNAL_CHANGED) });
  cleanups.push(() => app.close());
  await app.unlock({ passphrase: PASSPHRASE });
  const cli = v.reopen();
  cleanups.push(() => cli.close());
  await cli.unlock({ passphrase: PASSPHRASE });

  const stop = watchForChanges(app, 20);
  cleanups.push(stop);
  await app.addEntry(entry({ mood: 1, support: 1, note: 'own write' }));
  await new Promise((resolve) => setTimeout(resolve, 100));
  // The app's own writes are no news to it.
  expect(sent).toEqual([]);
  await cli.addEntry(entry({ mood: 2, support: 2, note: 'from the cli' }));
  const deadline = Date.now() + 5_000;
  while (sent.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(sent).toEqual([{ type: 'journal-changed' }]);
  // Already taken in: the list the renderer then asks for holds it, and no second event follows.
  expect((await app.listEntries(undefined)).entries.map((e) => e.note).sort()).toEqual(['from the cli', 'own write']);
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(sent).toHaveLength(1);
  // Locked: nothing to check, nothing sent.
  await app.lock();
  await cli.addEntry(entry({ mood: 3, support: 3 }));
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(sent).toHaveLength(1);
});
