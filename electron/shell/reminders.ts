// Reminders to write: every half minute, and when the computer wakes, ask the schedule (the service's
// pure function, handed in by main) whether one is due, and show it as a notification. The plan
// (reminder settings and the newest entry's date, nothing else) is read while the journal is unlocked
// and kept in memory, so reminders go on while it is locked; it is never written anywhere.
import type { ReminderPlan } from '../../shared/contract/reminders';

/** Fixed words only: a notification can be seen on a lock screen. */
export const REMINDER_TEXT = { title: 'Hearth', body: 'Time to write in Hearth' } as const;
export const REMINDER_CHECK_MS = 30_000;

/** Calls after which the reminder settings or the newest entry may have changed. */
export const PLAN_MAY_CHANGE: ReadonlySet<unknown> = new Set([
  'create',
  'unlock',
  'unlockWithRecoveryKey',
  'updateSettings',
  'addEntry',
  'updateEntry',
  'deleteEntry',
  'commitImport',
]);

export interface DueQuestion {
  plan: ReminderPlan;
  now: number;
  since: number;
  timeZone: string;
  lastShown: string | null;
}

export interface RemindersOptions {
  /** The plan from the unlocked journal; rejects while it is locked. */
  readPlan: () => Promise<ReminderPlan>;
  /** The key of the reminder due now, or null (electron/service/reminder-schedule.ts). */
  due: (question: DueQuestion) => string | null;
  /** Shows a notification; `onClick` runs when the person clicks it. */
  notify: (text: typeof REMINDER_TEXT, onClick: () => void) => void;
  /** Clicking a reminder: bring the window up and open a new entry (after unlock). */
  openNewEntry: () => void;
  /** Each plan read, for what else follows the settings (the tray, the login item). */
  onPlan?: (plan: ReminderPlan) => void;
  now?: () => number;
  /** The computer's IANA zone now: read at every check, so a zone change is followed. */
  timeZone?: () => string;
  everyMs?: number;
}

export class Reminders {
  #plan: ReminderPlan | null = null;
  #since: number;
  #lastShown: string | null = null;
  #timer: ReturnType<typeof setInterval> | null = null;
  readonly #now: () => number;
  readonly #timeZone: () => string;

  constructor(private readonly options: RemindersOptions) {
    this.#now = options.now ?? Date.now;
    this.#timeZone = options.timeZone ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    this.#since = this.#now();
  }

  get plan(): ReminderPlan | null {
    return this.#plan;
  }

  start(): void {
    this.#timer ??= setInterval(() => this.check(), this.options.everyMs ?? REMINDER_CHECK_MS);
    this.#timer.unref?.();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  /** Read the plan again (after unlock, a change of settings or entries); a locked journal keeps the last one. */
  async refresh(): Promise<void> {
    try {
      this.#plan = await this.options.readPlan();
    } catch {
      return;
    }
    try {
      this.options.onPlan?.(this.#plan);
    } catch (e) {
      console.error('Hearth: following the reminder settings failed:', e);
    }
  }

  /** Show the reminder due now, if any: at most one per check, so a wake after a long sleep shows one. */
  check(): void {
    const now = this.#now();
    const since = this.#since;
    this.#since = now;
    if (!this.#plan) return;
    const key = this.options.due({ plan: this.#plan, now, since, timeZone: this.#timeZone(), lastShown: this.#lastShown });
    if (key === null) return;
    this.#lastShown = key;
    this.options.notify(REMINDER_TEXT, () => this.options.openNewEntry());
  }
}
