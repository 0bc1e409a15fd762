// The journal's days kept up to date on each write: a write touches the one or two days it
// changes, and Insights read the days (a few thousand for ten years), never every entry again.
import { DayTally, summariseDay, type DayEntry } from './day-summary';
import { dateKey, type DayGroup } from './days';
import { PeopleTotals } from './people';

interface Day {
  entries: DayEntry[];
  /** The day's sums as last read; null until the first read. */
  summary: DayGroup | null;
  /** Whether a write changed the day since `summary` was summed. */
  stale: boolean;
  /**
   * The sums of `entries` as they were put, while the day has only ever had entries put (as at
   * unlock) and no summary yet; null once summed or after a removal, when the day is summed afresh.
   */
  tally: DayTally | null;
}

/**
 * An edit takes the old entry out of its day and puts the new one in its (maybe other) day; each
 * touched day is summed again from its own few entries on the next read. Summing a day again
 * rather than subtracting keeps what cannot be subtracted (a day's latest entry with someone,
 * whether any interaction that day was help) exact, and costs the day's entries, not the journal's.
 */
export class DayAggregates {
  readonly #days = new Map<number, Day>();
  /** Each person's sums over every day read so far: a day summed again replaces its old sums. */
  readonly #people = new PeopleTotals(true);
  /** Sums of days that lost their last entry, still counted in #people until the next read. */
  #gone: DayGroup[] = [];
  /** Day keys in order; null when a day came or went. */
  #keys: number[] | null = [];
  /** The summaries in order; null after any write. */
  #sorted: DayGroup[] | null = [];

  put(entry: DayEntry): void {
    const key = dateKey(entry.occurredAt);
    let day = this.#days.get(key);
    if (!day) {
      this.#days.set(key, (day = { entries: [], summary: null, stale: true, tally: new DayTally() }));
      this.#keys = null;
    }
    day.entries.push(entry);
    day.tally?.add(entry);
    day.stale = true;
    this.#sorted = null;
  }

  /** Takes out the entry `id` that was put with this occurredAt; nothing when it is not there. */
  remove(id: string, occurredAt: string): void {
    const key = dateKey(occurredAt);
    const day = this.#days.get(key);
    const at = day ? day.entries.findIndex((e) => e.id === id) : -1;
    if (!day || at < 0) return;
    day.entries.splice(at, 1);
    day.stale = true;
    day.tally = null;
    this.#sorted = null;
    if (day.entries.length === 0) {
      this.#days.delete(key);
      this.#keys = null;
      if (day.summary) this.#gone.push(day.summary);
    }
  }

  /** Every day with entries, oldest first; read-only, and shared until the next write. */
  days(): readonly DayGroup[] {
    if (this.#sorted) return this.#sorted;
    for (const summary of this.#gone) this.#people.remove(summary);
    this.#gone = [];
    this.#keys ??= [...this.#days.keys()].sort((a, b) => a - b);
    this.#sorted = this.#keys.map((key) => {
      const day = this.#days.get(key)!;
      if (day.stale) {
        if (day.summary) this.#people.remove(day.summary);
        // A copy: a summary handed out must not change under its reader at the next write.
        day.summary = day.tally ? day.tally.summary([...day.entries]) : summariseDay([...day.entries]);
        day.tally = null;
        day.stale = false;
        this.#people.add(day.summary);
      }
      return day.summary!;
    });
    return this.#sorted;
  }

  /** Each person's sums over all of days(); read-only, and changed by the next read after a write. */
  people(): PeopleTotals {
    this.days();
    return this.#people;
  }
}
