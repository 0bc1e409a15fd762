// A lock the renderer did not ask for (idle, suspend, screen lock) is announced first: the renderer
// saves the entry being written as an encrypted draft and answers with readyToLock. The wait is
// short and bounded, so a renderer that does not answer never keeps the journal open.
import type { HearthApi, HearthEvent, LockReason } from '../../shared/api';

/** Long enough for one draft to be sealed and written; short enough for a suspend. */
export const WILL_LOCK_WAIT_MS = 1000;

export interface LockHandshakeOptions {
  service: Pick<HearthApi, 'status' | 'lock'>;
  notify: (event: HearthEvent) => void;
  waitMs?: number;
}

export class LockHandshake {
  private answered: (() => void) | null = null;
  private running: Promise<boolean> | null = null;

  constructor(private readonly options: LockHandshakeOptions) {}

  /**
   * If unlocked: will-lock, then the renderer's answer or the time limit, then the lock and the
   * locked event. Resolves whether it locked; a lock already under way is joined, not repeated.
   */
  lock(reason: LockReason): Promise<boolean> {
    this.running ??= this.run(reason).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Every call the renderer made, once answered: readyToLock ends the wait. */
  sawCall(method: unknown): void {
    if (method !== 'readyToLock') return;
    const answered = this.answered;
    this.answered = null;
    answered?.();
  }

  private async run(reason: LockReason): Promise<boolean> {
    const { service, notify } = this.options;
    const { unlocked } = await service.status(undefined);
    if (!unlocked) return false;
    await this.rendererReady(reason);
    await service.lock(undefined);
    notify({ type: 'locked', reason });
    return true;
  }

  private rendererReady(reason: LockReason): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        if (this.answered === done) this.answered = null;
        resolve();
      };
      const timer = setTimeout(done, this.options.waitMs ?? WILL_LOCK_WAIT_MS);
      this.answered = done;
      this.options.notify({ type: 'will-lock', reason });
    });
  }
}
