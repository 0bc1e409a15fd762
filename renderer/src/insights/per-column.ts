// Charts draw at most one point per pixel column: a series longer than the plot is wide is drawn
// as runs of consecutive points, each run merged into one by the chart (and named for what the
// merge is: a mean is labelled a mean, a most a most). The table view keeps every value.

/** How many consecutive points each drawn point stands for: 1 while they fit. */
export function pointsPerColumn(points: number, columns: number): number {
  if (points <= columns || columns < 1) return 1;
  return Math.ceil(points / columns);
}

/**
 * Consecutive runs of `size` points (the last may be shorter), each merged into one drawn point.
 * With size 1 the points come back as they are.
 */
export function mergeRuns<T, U>(points: readonly T[], size: number, merge: (run: readonly T[]) => U): U[] {
  const out: U[] = [];
  for (let start = 0; start < points.length; start += size) out.push(merge(points.slice(start, start + size)));
  return out;
}

/** The mean of values weighted by how many days each stands for: the mean over those days. Null when none. */
export function weightedMean(values: readonly { value: number | null; weight: number }[]): number | null {
  let total = 0;
  let weight = 0;
  for (const v of values) {
    if (v.value === null || v.weight === 0) continue;
    total += v.value * v.weight;
    weight += v.weight;
  }
  return weight === 0 ? null : total / weight;
}

/** Points at the same place drawn once, with how many they were; first-seen order. */
export function samePlace<T>(points: readonly T[], key: (p: T) => string): Array<{ point: T; count: number }> {
  const seen = new Map<string, { point: T; count: number }>();
  for (const p of points) {
    const k = key(p);
    const hit = seen.get(k);
    if (hit) hit.count += 1;
    else seen.set(k, { point: p, count: 1 });
  }
  return [...seen.values()];
}
