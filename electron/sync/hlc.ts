// A hybrid logical clock: a stamp is wall time in ms, a counter for events in the same ms, and the
// device that made it. Stamps are totally ordered, and a device that has seen a stamp only makes
// later ones, so a change made after reading another device's change always wins over it even
// when the two computers' clocks disagree.

export interface Hlc {
  readonly wall: number;
  readonly count: number;
  readonly device: string;
}

/** Orders stamps by wall time, then counter, then device id, so no two devices' stamps tie. */
export function compareHlc(a: Hlc, b: Hlc): number {
  if (a.wall !== b.wall) return a.wall < b.wall ? -1 : 1;
  if (a.count !== b.count) return a.count < b.count ? -1 : 1;
  return a.device < b.device ? -1 : a.device > b.device ? 1 : 0;
}

export class HlcClock {
  private wall: number;
  private count: number;

  constructor(
    readonly device: string,
    private readonly now: () => number,
    last?: Hlc,
  ) {
    this.wall = last?.wall ?? 0;
    this.count = last?.count ?? 0;
  }

  /** The stamp of a change made here now. */
  tick(): Hlc {
    const physical = this.now();
    if (physical > this.wall) {
      this.wall = physical;
      this.count = 0;
    } else {
      this.count += 1;
    }
    return { wall: this.wall, count: this.count, device: this.device };
  }

  /** Takes in another device's stamp, so every later tick() is after it. */
  receive(remote: Hlc): void {
    const physical = this.now();
    const wall = Math.max(this.wall, remote.wall, physical);
    if (wall === this.wall && wall === remote.wall) this.count = Math.max(this.count, remote.count) + 1;
    else if (wall === this.wall) this.count += 1;
    else if (wall === remote.wall) this.count = remote.count + 1;
    else this.count = 0;
    this.wall = wall;
  }

  /** The last stamp made or seen, to be kept across restarts. */
  last(): Hlc {
    return { wall: this.wall, count: this.count, device: this.device };
  }
}
