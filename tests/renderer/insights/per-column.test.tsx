// @vitest-environment happy-dom
// Charts draw at most one point per pixel column: the merging of runs, checked on series worked
// out by hand, and the help and circle charts' merges named for what they are.
import { describe, expect, it } from 'vitest';
import { mergeRuns, pointsPerColumn, samePlace, weightedMean } from '../../../renderer/src/insights/per-column';
import { helpPoints } from '../../../renderer/src/insights/HelpSection';
import { circlePoints } from '../../../renderer/src/insights/CircleSection';
import type { CircleWeek, HelpWeek } from '../../../shared/insights';
import { longDate } from '../../../renderer/src/ui/format';

describe('points per column', () => {
  it('is 1 while the points fit, and the smallest run that fits them otherwise', () => {
    expect(pointsPerColumn(500, 800)).toBe(1);
    expect(pointsPerColumn(800, 800)).toBe(1);
    expect(pointsPerColumn(801, 800)).toBe(2);
    expect(pointsPerColumn(520, 100)).toBe(6); // 6 × 87 runs: 87 ≤ 100 drawn points, where 5 would need 104
    expect(pointsPerColumn(10, 0)).toBe(1); // not measured: nothing to fit yet
  });

  it('never draws more points than columns', () => {
    for (const [n, c] of [[3651, 917], [520, 333], [7, 2], [1000, 999]] as const) {
      expect(mergeRuns(Array.from({ length: n }, (_, i) => i), pointsPerColumn(n, c), (run) => run[0]).length).toBeLessThanOrEqual(c);
    }
  });
});

describe('merging runs', () => {
  it('merges consecutive runs, the last one shorter', () => {
    expect(mergeRuns([1, 2, 3, 4, 5, 6, 7], 3, (run) => run.join('+'))).toEqual(['1+2+3', '4+5+6', '7']);
    expect(mergeRuns([1, 2], 1, (run) => run.length)).toEqual([1, 1]);
    expect(mergeRuns([], 4, (run) => run.length)).toEqual([]);
  });

  it('weighs a mean by the days behind each value, leaving out what was not recorded', () => {
    // (6 × 2 + 3 × 1) / 3 days = 5, the mean over the three days, not (6 + 3) / 2 = 4.5.
    expect(weightedMean([{ value: 6, weight: 2 }, { value: 3, weight: 1 }, { value: null, weight: 0 }])).toBe(5);
    expect(weightedMean([{ value: null, weight: 0 }])).toBeNull();
  });

  it('draws points at the same place once, with how many they were', () => {
    const points = [{ x: 1, y: 2, d: 'a' }, { x: 1, y: 3, d: 'b' }, { x: 1, y: 2, d: 'c' }];
    expect(samePlace(points, (p) => `${p.x} ${p.y}`)).toEqual([
      { point: points[0], count: 2 },
      { point: points[1], count: 1 },
    ]);
  });
});

describe('the weekly charts over years', () => {
  const week = (start: string, support: number | null, supportDays: number, daysWithHelp: number): HelpWeek => ({ start, end: start, support, supportDays, daysWithHelp });

  it('help: felt support is the mean over the run’s days, help the days in the whole run', () => {
    const weeks = [week('2026-03-02', 8, 1, 1), week('2026-03-09', 5, 2, 0), week('2026-03-16', null, 0, 3)];
    expect(helpPoints(weeks, 2)).toEqual([
      { week: longDate('2026-03-02'), support: 6, help: 1 }, // (8 × 1 + 5 × 2) / 3 days
      { week: longDate('2026-03-16'), support: null, help: 3 },
    ]);
    expect(helpPoints(weeks, 1).map((p) => p.support)).toEqual([8, 5, null]);
  });

  it('circle: each bar is the most people in one week of its run', () => {
    const weeks: CircleWeek[] = [
      { start: '2026-03-02', people: 2 },
      { start: '2026-03-09', people: 5 },
      { start: '2026-03-16', people: 1 },
    ];
    expect(circlePoints(weeks, 2).map((p) => p.people)).toEqual([5, 1]);
  });
});
