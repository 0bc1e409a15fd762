// Whether the journal changed since an automatic backup last captured it: what decides that a
// lock calls for a backup. Every write and every change taken in from another process counts; a
// backup counts as capturing the journal only as it stood when the backup read it.

export class BackupTracker {
  /** Changes this journal has made or taken in. */
  private changes = 0;
  /** `changes` as the last automatic backup captured them. */
  private captured = 0;

  /** True when something changed that no automatic backup has captured yet. */
  get pending(): boolean {
    return this.changes !== this.captured;
  }

  changed(): void {
    this.changes += 1;
  }

  /** Where the journal stands now: a backup takes this before reading the records. */
  mark(): number {
    return this.changes;
  }

  /** True when nothing changed since `mark`. */
  unchangedSince(mark: number): boolean {
    return this.changes === mark;
  }

  /** Everything up to now is in a backup. */
  captureAll(): void {
    this.captured = this.changes;
  }
}
