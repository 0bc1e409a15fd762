// Locks the journal after the idle time chosen in Settings, on system suspend and on screen lock,
// and tells the renderer: first so it saves its draft (./lock-handshake.ts), then so it drops
// everything it shows.
import type { HearthApi, HearthEvent, LockReason } from '../../shared/api';
import { DEFAULT_SETTINGS } from '../../shared/domain';
import type { Method } from '../../shared/schemas';
import { IdleTimer } from './idle-timer';
import { LockHandshake } from './lock-handshake';

export interface AutoLockOptions {
  service: Pick<HearthApi, 'status' | 'lock' | 'getSettings'>;
  notify: (event: HearthEvent) => void;
  now?: () => number;
  /** How long the renderer may take to save its draft before the lock goes ahead. */
  willLockWaitMs?: number;
  /** Told after every lock, asked for or automatic (the app then locks the CLI's unlock agent too). */
  onLocked?: () => void;
}

/** Calls after which the journal may be unlocked with settings we have not read yet. */
// commitImport: restoring a backup into an empty journal brings its settings along.
const SETTINGS_MAY_CHANGE: ReadonlySet<unknown> = new Set<Method>(['create', 'unlock', 'unlockWithRecoveryKey', 'updateSettings', 'commitImport']);

export class AutoLock {
  private readonly timer: IdleTimer;
  private readonly handshake: LockHandshake;

  constructor(private readonly options: AutoLockOptions) {
    this.handshake = new LockHandshake({
      service: options.service,
      notify: options.notify,
      ...(options.willLockWaitMs === undefined ? {} : { waitMs: options.willLockWaitMs }),
    });
    this.timer = new IdleTimer({
      minutes: DEFAULT_SETTINGS.autoLockMinutes,
      onIdle: () => void this.lockNow('idle'),
      ...(options.now ? { now: options.now } : {}),
    });
  }

  get minutes(): number {
    return this.timer.minutes;
  }

  /** An IPC call or an input event: the user is here. */
  activity(): void {
    this.timer.touch();
  }

  /** After an IPC call: follow the idle setting, and report a manual lock like any other. */
  async afterCall(method: unknown, ok: boolean): Promise<void> {
    this.handshake.sawCall(method);
    if (!ok) return;
    if (method === 'lock') {
      this.options.notify({ type: 'locked', reason: 'manual' });
      this.options.onLocked?.();
    }
    if (SETTINGS_MAY_CHANGE.has(method)) await this.refreshMinutes();
  }

  /** Lock if unlocked, after the renderer saved its draft. Never throws: a failed lock is logged. */
  async lockNow(reason: LockReason): Promise<void> {
    try {
      if (await this.handshake.lock(reason)) this.options.onLocked?.();
    } catch (e) {
      console.error(`Hearth: auto-lock (${reason}) failed:`, e);
    }
  }

  stop(): void {
    this.timer.stop();
  }

  private async refreshMinutes(): Promise<void> {
    try {
      const settings = await this.options.service.getSettings(undefined);
      this.timer.setMinutes(settings.autoLockMinutes);
    } catch {
      // Locked again in between (an idle lock raced the call): keep the current limit.
    }
  }
}
