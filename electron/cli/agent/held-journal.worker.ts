// The thread that holds the unlock agent's journal open and serves it (held-journal.ts), started by
// held-journal-thread.ts. It closes the journal when told, even while it is still opening it.
import { threadPort } from '../../threads/thread-port';
import type { HeldJournalProtocol } from './held-journal-thread';
import { holdJournal, type HeldJournal } from './held-journal';

const port = threadPort<HeldJournalProtocol>();

let held: HeldJournal | null = null;
let closing = false;
port.onMessage(() => {
  closing = true;
  held?.close();
  held = null;
  port.post({ type: 'closed' });
});

holdJournal({ ...port.data, onKeyChanged: () => port.post({ type: 'key-changed' }) }).then(
  (journal) => {
    if (closing) journal?.close();
    else {
      held = journal;
      port.post(journal ? { type: 'serving' } : { type: 'not-opened' });
    }
  },
  (e: unknown) => port.post({ type: 'failed', message: e instanceof Error ? e.message : String(e) }),
);
