// Sums of day moods that can be taken apart again exactly. A day's mood is the mean s/c of its
// entries' whole-number moods; summing those means as floats depends on the order of the days, and
// taking one away again leaves rounding behind. Kept as whole numbers grouped by c instead (how
// many days had c moods, Σs, Σs²), the sums are the same however days come and go, and the float
// figures are read from them in one fixed order.

export class MoodSums {
  /** By c, the number of moods a day had: how many such days, Σs and Σs². */
  private readonly days: number[] = [0];
  private readonly sums: number[] = [0];
  private readonly squares: number[] = [0];
  /** Days counted. */
  count = 0;

  /** Counts a day whose moods add up to `sum` over `moods` entries; takes it away with sign -1. */
  add(sum: number, moods: number, sign: 1 | -1 = 1): void {
    while (this.days.length <= moods) {
      this.days.push(0);
      this.sums.push(0);
      this.squares.push(0);
    }
    this.days[moods]! += sign;
    this.sums[moods]! += sign * sum;
    this.squares[moods]! += sign * sum * sum;
    this.count += sign;
  }

  /** Σ of the days' means. */
  total(): number {
    let total = 0;
    for (let c = 1; c < this.days.length; c++) if (this.days[c] !== 0) total += this.sums[c]! / c;
    return total;
  }

  /** Σ(mean − shift)² over the days: per c, (Σs² − 2·shift·c·Σs + n·(shift·c)²) / c². */
  shiftedSquares(shift: number): number {
    let squares = 0;
    for (let c = 1; c < this.days.length; c++) {
      const n = this.days[c]!;
      if (n === 0) continue;
      const centre = shift * c;
      squares += (this.squares[c]! - 2 * centre * this.sums[c]! + n * centre * centre) / (c * c);
    }
    return squares;
  }
}
