// Reminders to write: every half minute, and when the computer wakes, ask the schedule (the service's
// pure function, handed in by main) whether one is due, and show it as a notification. While the
// journal is unlocked its plan (reminder settings and the newest entry's date) is followed; before
// the first unlock and while locked, the schedule the service keeps in reminders.json, read again
// whenever that file changes (an entry the CLI adds while the app is locked). Only the service
// writes that file.
import type { ReminderPlan, ReminderSchedule } from '../../shared/contract/reminders';

/** Fixed words only: a notification can be seen on a lock screen. */
export const REMINDER_TEXT = { title: 'Hearth', body: 'Time to write in Hearth' } as const;
export const REMINDER_CHECK_MS = 30_000;
/** How often the schedule file is looked at for a change: as often as the journal is (./change-watch.ts). */
export const SCHEDULE_WATCH_MS = 2_000;

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
  schedule: ReminderSchedule;
  now: number;
  since: number;
  timeZone: string;
  lastShown: string | null;
}

export interface RemindersOptions {
  /** The plan from the unlocked journal; rejects while it is locked. */
  readPlan: () => Promise<ReminderPlan>;
  /** The schedule file's reminders and newest entry date (reminders.json), or null: none there for this journal. */
  readSchedule: () => Promise<ReminderSchedule | null>;
  /** Changes whenever the schedule file is replaced or removed; null while there is none. */
  scheduleStamp: () => string | null;
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
  watchEveryMs?: number;
}

export class Reminders {
  #plan: ReminderPlan | null = null;
  #schedule: ReminderSchedule | null = null;
  #stamp: string | null = null;
  #since: number;
  #lastShown: string | null = null;
  #timer: ReturnType<typeof setInterval> | null = null;
  #watch: ReturnType<typeof setInterval> | null = null;
  #reading = false;
  /** Refreshes can overlap (a call, the file watch): only the latest one's answer is taken. */
  #reads = 0;
  readonly #now: () => number;
  readonly #timeZone: () => string;

  constructor(private readonly options: RemindersOptions) {
    this.#now = options.now ?? Date.now;
    this.#timeZone = options.timeZone ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    this.#since = this.#now();
  }

  /** The last plan read from the unlocked journal (kept after a lock, for "Keep Hearth running"). */
  get plan(): ReminderPlan | null {
    return this.#plan;
  }

  /** What the reminders follow now. */
  get schedule(): ReminderSchedule | null {
    return this.#schedule;
  }

  start(): void {
    this.#timer ??= setInterval(() => this.check(), this.options.everyMs ?? REMINDER_CHECK_MS);
    this.#timer.unref?.();
    this.#watch ??= setInterval(() => void this.readIfChanged(), this.options.watchEveryMs ?? SCHEDULE_WATCH_MS);
    this.#watch.unref?.();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    if (this.#watch) clearInterval(this.#watch);
    this.#timer = null;
    this.#watch = null;
  }

  /**
   * Read again what to remind by (at start, after unlock, a change of settings or entries, a change
   * of the schedule file): the unlocked journal's plan, or else the schedule file.
   */
  async refresh(): Promise<void> {
    const read = ++this.#reads;
    this.#stamp = this.options.scheduleStamp();
    let plan: ReminderPlan;
    try {
      plan = await this.options.readPlan();
    } catch {
      const schedule = await this.options.readSchedule().catch(() => null);
      if (read === this.#reads) this.#schedule = schedule;
      return;
    }
    if (read !== this.#reads) return;
    this.#plan = plan;
    this.#schedule = plan;
    try {
      this.options.onPlan?.(plan);
    } catch (e) {
      console.error('Hearth: following the reminder settings failed:', e);
    }
  }

  /** Read again when the schedule file was written or removed since the last read; one read at a time. */
  async readIfChanged(): Promise<void> {
    if (this.#reading || this.options.scheduleStamp() === this.#stamp) return;
    this.#reading = true;
    try {
      await this.refresh();
    } finally {
      this.#reading = false;
    }
  }

  /** Show the reminder due now, if any: at most one per check, so a wake after a long sleep shows one. */
  check(): void {
    const now = this.#now();
    const since = this.#since;
    this.#since = now;
    if (!this.#schedule) return;
    const key = this.options.due({ schedule: this.#schedule, now, since, timeZone: this.#timeZone(), lastShown: this.#lastShown });
    if (key === null) return;
    this.#lastShown = key;
    this.options.notify(REMINDER_TEXT, () => this.options.openNewEntry());
  }
}
