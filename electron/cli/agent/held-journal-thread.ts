// The agent's side of the thread that holds the journal open (held-journal.worker.ts). Opening a
// large journal keeps a thread busy for seconds (the index is built there), and the agent's key
// socket must answer meanwhile, or commands would wait for it in vain and ask for the passphrase:
// so the journal lives on a thread of its own, and the agent's thread only holds the key.
import { existsSync } from 'node:fs';
import type { AgentPaths } from '../../agent/runtime-dir';
import { WorkerThread } from '../../threads/worker-thread';

export interface HeldJournalProtocol {
  /** `key`: a copy of the agent's key, moved to the thread, which wipes it once used. */
  data: { vaultDir: string; paths: AgentPaths; key: Uint8Array };
  request: { type: 'close' };
  /** Serving, the key no longer opens the journal, the key changed under it, failed, or closed. */
  reply: { type: 'serving' } | { type: 'not-opened' } | { type: 'key-changed' } | { type: 'failed'; message: string } | { type: 'closed' };
}

/** How long closing may take (a checkpoint of a large journal) before the thread is stopped all the same. */
const CLOSE_TIMEOUT_MS = 10_000;

export class HeldJournalThread {
  /**
   * Whether the thread can run: only built (out/cli), since its service starts a worker of its own,
   * which a worker bundled from source cannot. Run from source, the agent holds only the key.
   */
  static get built(): boolean {
    return existsSync(new URL('./held-journal.worker.js', import.meta.url));
  }

  private readonly thread: WorkerThread<HeldJournalProtocol>;
  private readonly closed: Promise<void>;
  private closing: Promise<void> | null = null;

  /** `onKeyChanged`: another process gave the journal a new key, and the held session has ended. */
  constructor(data: HeldJournalProtocol['data'], onKeyChanged: () => void) {
    this.thread = new WorkerThread<HeldJournalProtocol>({
      caller: import.meta.url,
      module: 'held-journal.worker',
      label: 'the journal thread of the unlock agent',
      workerData: data,
      transferList: [data.key.buffer as ArrayBuffer],
    });
    let closed: () => void;
    this.closed = new Promise((resolve) => (closed = resolve));
    this.thread.onMessage((reply) => {
      if (reply.type === 'key-changed') onKeyChanged();
      if (reply.type === 'closed') closed();
    });
    // A thread that fails leaves the agent as it was before it held journals: commands take its key.
    this.thread.onFailure(() => closed());
  }

  /** Stops serving and closes the journal (waited for, within a limit), then ends the thread. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.thread.post({ type: 'close' });
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([this.closed, new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_TIMEOUT_MS)))]);
      clearTimeout(timer);
      await this.thread.terminate();
    })();
    return this.closing;
  }
}
