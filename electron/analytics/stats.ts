// Descriptive statistics on plain arrays. Every function is total: no NaN or Infinity comes out.

export function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/** Arithmetic mean; null for no values. */
export function mean(xs: readonly number[]): number | null {
  return xs.length === 0 ? null : sum(xs) / xs.length;
}

/** The values that exist, in order: a daily value is null where nothing was recorded. */
export function present(xs: readonly (number | null)[]): number[] {
  const out: number[] = [];
  for (const x of xs) if (x !== null) out.push(x);
  return out;
}

/** All values equal, compared exactly: a computed variance of equal means can be a rounding crumb above zero. */
export function isConstant(xs: readonly number[]): boolean {
  return xs.every((x) => x === xs[0]);
}

/** Pearson's r; null with fewer than two pairs or when either variable is constant. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length) throw new RangeError('pearson needs pairs');
  if (xs.length < 2 || isConstant(xs) || isConstant(ys)) return null;
  const mx = sum(xs) / xs.length;
  const my = sum(ys) / ys.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // Rounding can push |r| a hair past 1, where atanh is NaN.
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/**
 * Ranks from 1; tied values share the mean of the ranks they span. The values are sorted as numbers
 * by the typed array's own sort, with no comparison function to call for each pair: -0 sorts just
 * before 0 and equals it, so a run of equal values is the same as by `a - b`.
 */
export function averageRanks(xs: readonly number[]): number[] {
  const sorted = Float64Array.from(xs).sort();
  const rankOf = new Map<number, number>();
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1;
    while (end < sorted.length && sorted[end] === sorted[start]) end++;
    rankOf.set(sorted[start]!, (start + 1 + end) / 2); // mean of ranks start+1 … end
    start = end;
  }
  return xs.map((x) => rankOf.get(x)!);
}

/** Spearman's ρ as the Pearson r of average ranks (exact with ties). */
export function spearman(xs: readonly number[], ys: readonly number[]): number | null {
  return pearson(averageRanks(xs), averageRanks(ys));
}

const Z_975 = 1.959964;

/** 95% confidence interval for a Pearson r from n pairs, by Fisher's z transform; needs n > 3. */
export function fisherInterval(r: number, n: number): { low: number; high: number } {
  if (n <= 3) throw new RangeError('fisherInterval needs more than three pairs');
  const z = Math.atanh(r); // ±Infinity at r = ±1, and tanh brings it back to ±1
  const se = 1 / Math.sqrt(n - 3);
  return { low: Math.tanh(z - Z_975 * se), high: Math.tanh(z + Z_975 * se) };
}
