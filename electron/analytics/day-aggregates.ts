// The journal's days kept up to date on each write: a write touches the one or two days it
// changes, and Insights read the days (a few thousand for ten years), never every entry again.
import type { DayEntry } from './day-summary';
import { summariseDay } from './day-summary';
import { dateKey, type DayGroup } from './days';

interface Day {
  entries: DayEntry[];
  /** The day's sums; null after a write to the day until the next read. */
  summary: DayGroup | null;
}

/**
 * An edit takes the old entry out of its day and puts the new one in its (maybe other) day; each
 * touched day is summed again from its own few entries on the next read. Summing a day again
 * rather than subtracting keeps what cannot be subtracted (a day's latest entry with someone,
 * whether any interaction that day was help) exact, and costs the day's entries, not the journal's.
 */
export class DayAggregates {
  readonly #days = new Map<number, Day>();
  /** Day keys in order; null when a day came or went. */
  #keys: number[] | null = [];
  /** The summaries in order; null after any write. */
  #sorted: DayGroup[] | null = [];

  put(entry: DayEntry): void {
    const key = dateKey(entry.occurredAt);
    let day = this.#days.get(key);
    if (!day) {
      this.#days.set(key, (day = { entries: [], summary: null }));
      this.#keys = null;
    }
    day.entries.push(entry);
    day.summary = null;
    this.#sorted = null;
  }

  /** Takes out the entry `id` that was put with this occurredAt; nothing when it is not there. */
  remove(id: string, occurredAt: string): void {
    const key = dateKey(occurredAt);
    const day = this.#days.get(key);
    const at = day ? day.entries.findIndex((e) => e.id === id) : -1;
    if (!day || at < 0) return;
    day.entries.splice(at, 1);
    day.summary = null;
    this.#sorted = null;
    if (day.entries.length === 0) {
      this.#days.delete(key);
      this.#keys = null;
    }
  }

  /** Every day with entries, oldest first; read-only, and shared until the next write. */
  days(): readonly DayGroup[] {
    if (this.#sorted) return this.#sorted;
    this.#keys ??= [...this.#days.keys()].sort((a, b) => a - b);
    this.#sorted = this.#keys.map((key) => {
      const day = this.#days.get(key)!;
      // A copy: a summary handed out must not change under its reader at the next write.
      return (day.summary ??= summariseDay([...day.entries]));
    });
    return this.#sorted;
  }
}
