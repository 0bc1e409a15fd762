// hearth stats: the analytics through the contract, checked against figures worked out here.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Insights } from '../../../shared/insights';
import { cli, makeVault, type TempVault } from './helpers';

let vault: TempVault;
beforeAll(async () => {
  vault = await makeVault();
  // Twelve days in March 2026. Day i (1..12): support = i % 7 + 2, mood = support + (i % 3) - 1 (all within 0-10).
  // Sam appears on even days (received, felt +2, cost 1); Lee on days 3 and 6 (gave, felt -1, cost 3).
  // Day 5 has two entries: the second has mood 10 and support 0, so day 5's means are averages.
  const lines: string[] = [];
  for (let i = 1; i <= 12; i++) {
    const support = (i % 7) + 2;
    const mood = support + (i % 3) - 1;
    const interactions = [];
    if (i % 2 === 0) interactions.push({ person: 'Sam', kinds: ['emotional'], direction: 'received', felt: 2, cost: 1 });
    if (i === 3 || i === 6) interactions.push({ person: 'Lee', kinds: ['practical', 'financial'], direction: 'gave', felt: -1, cost: 3 });
    const day = String(i).padStart(2, '0');
    lines.push(JSON.stringify({ occurredAt: `2026-03-${day}T21:00:00-05:00`, mood, support, stress: i <= 4 ? 8 : 2, interactions }));
    if (i === 5) lines.push(JSON.stringify({ occurredAt: '2026-03-05T08:00:00-05:00', mood: 10, support: 0 }));
  }
  const added = await cli(['--vault', vault.dir, 'add', '--ndjson'], { stdin: lines.join('\n') });
  expect(added.code).toBe(0);
});
afterAll(() => vault.cleanup());

function pearson(x: number[], y: number[]): number {
  const mx = x.reduce((a, b) => a + b) / x.length;
  const my = y.reduce((a, b) => a + b) / y.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

it('prints the figures of the contract as JSON', async () => {
  const { code, stdout, stderr } = await cli(['--vault', vault.dir, 'stats', '--from', '2026-03-01', '--to', '2026-03-12', '--json']);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  const s = JSON.parse(stdout) as Insights;
  const support: number[] = [];
  const mood: number[] = [];
  for (let i = 1; i <= 12; i++) {
    const sup = (i % 7) + 2;
    const m = sup + (i % 3) - 1;
    support.push(i === 5 ? (sup + 0) / 2 : sup);
    mood.push(i === 5 ? (m + 10) / 2 : m);
  }
  expect(s.days).toBe(12);
  expect(s.entries).toBe(13);
  expect(s.mood.mean).toBeCloseTo(mood.reduce((a, b) => a + b) / 12, 10);
  expect(s.support.mean).toBeCloseTo(support.reduce((a, b) => a + b) / 12, 10);
  const r = pearson(support, mood);
  expect(s.correlation.n).toBe(12);
  expect(s.correlation.pearson).toBeCloseTo(r, 10);
  const z = Math.atanh(r);
  const se = 1 / Math.sqrt(12 - 3);
  expect(s.correlation.ciLow).toBeCloseTo(Math.tanh(z - 1.959964 * se), 6);
  expect(s.correlation.ciHigh).toBeCloseTo(Math.tanh(z + 1.959964 * se), 6);
  // Next day: 11 consecutive pairs (d, d+1), support on d against mood on d+1.
  expect(s.nextDay.n).toBe(11);
  expect(s.nextDay.pearson).toBeCloseTo(pearson(support.slice(0, 11), mood.slice(1)), 10);
  expect(s.kinds).toEqual({ emotional: 6, practical: 2, informational: 0, financial: 2, companionship: 0, esteem: 0 });

  const sam = s.people.find((p) => p.name === 'Sam')!;
  const evenDays = [2, 4, 6, 8, 10, 12];
  const moodOn = (days: number[]) => days.reduce((a, d) => a + mood[d - 1]!, 0) / days.length;
  expect(sam).toMatchObject({ interactions: 6, meanFelt: 2, meanCost: 1, received: 6, gave: 0, both: 0, daysWith: 6, daysWithout: 6 });
  expect(sam.moodWith).toBeCloseTo(moodOn(evenDays), 10);
  expect(sam.moodWithout).toBeCloseTo(moodOn([1, 3, 5, 7, 9, 11]), 10);
  const lee = s.people.find((p) => p.name === 'Lee')!;
  expect(lee).toMatchObject({ interactions: 2, meanFelt: -1, meanCost: 3, received: 0, gave: 2, daysWith: 2, daysWithout: 10 });

  // Stress days are 1-4 (stress 8); supported ones are those with Sam (received, felt +2): days 2 and 4.
  expect(s.stress).toMatchObject({ daysSupported: 2, daysUnsupported: 2 });
  expect(s.stress.moodSupported).toBeCloseTo(moodOn([2, 4]), 10);
  expect(s.stress.moodUnsupported).toBeCloseTo(moodOn([1, 3]), 10);
  // Two stress days a side is under the five a comparison needs.
  expect(s.stress.moodDifference).toEqual({ verdict: 'not-enough-days', difference: null, ciLow: null, ciHigh: null });
  // r ≈ 0.56 over 12 days, but the Fisher interval (tanh(z ∓ 1.96/3)) reaches below zero: no tendency.
  expect(s.correlation.ciLow!).toBeLessThan(0);
  expect(s.correlation.verdict).toBe('no-clear-pattern');
  // Sam: moods 5, 6, 7, 4, 5, 6 with (mean 5.5) and 3, 4, 9, 2, 3, 7 without (mean 4.67); Welch 95% CI −2.04 … 3.71
  // (scipy.stats.ttest_ind(equal_var=False).confidence_interval()).
  expect(sam.moodDifference.verdict).toBe('no-clear-pattern');
  expect(sam.moodDifference.ciLow).toBeCloseTo(-2.042534740558073, 9);
  expect(sam.moodDifference.ciHigh).toBeCloseTo(3.709201407224739, 9);
  expect(sam.feltSpread).toEqual({ nourishing: 6, neutral: 0, draining: 0 });
});

it('prints plain words first and the figures on the next line, claiming no more than the intervals carry', async () => {
  const { code, stdout } = await cli(['--vault', vault.dir, 'stats', '--from', '2026-03-01', '--to', '2026-03-12']);
  expect(code).toBe(0);
  expect(stdout).toContain('From 2026-03-01 to 2026-03-12: 13 entries on 12 days.');
  expect(stdout).not.toContain('tended to');
  expect(stdout).toMatch(/^No clear pattern yet between felt support and mood \(12 days\)\.\n {2}r = 0\.56, 95% CI −0\.02 to 0\.86, n = 12 days$/m);
  expect(stdout).toMatch(/^No clear pattern yet between felt support and the next day’s mood \(11 pairs of days\)\.\n {2}r = 0\.07, 95% CI −0\.55 to 0\.64/m);
  expect(stdout).toContain('  Not enough days yet to compare your mood on stress days with nourishing support and on stress days without (2 days with, 2 without; at least 5 of each are needed).');
  expect(stdout).toMatch(/Sam\s+6\s+\+2\.0\s+6\/0\/0\s+1\.0\s+6\/0\/0\s+5\.5\/4\.7 \(6\/6\)/);
  expect(stdout).toContain('  No clear difference yet between your mood on days with Sam and on other days (6 days with, 6 without).\n    Mean mood 5.5 with, 4.7 without; difference +0.8, 95% CI −2.0 to 3.7');
  expect(stdout).toContain('  Not enough days yet to compare your mood on days with Lee and on other days (2 days with, 10 without; at least 5 of each are needed).');
});

it('says when there is not enough data, and refuses a reversed range', async () => {
  const few = await cli(['--vault', vault.dir, 'stats', '--from', '2026-03-01', '--to', '2026-03-03']);
  expect(few.stdout).toContain('No clear pattern yet (3 days with both felt support and mood).\n  n = 3; a pattern is looked for from 10 days');
  const reversed = await cli(['--vault', vault.dir, 'stats', '--from', '2026-03-05', '--to', '2026-03-01']);
  expect(reversed.code).toBe(2);
  expect(reversed.stderr).toMatch(/start date is after the end date/);
});

it('says which means rest on fewer days, and when nothing was recorded', async () => {
  const fresh = await makeVault();
  try {
    // Three days: the second imported without mood or support, the third without a mood.
    const lines = [
      { occurredAt: '2026-03-01T09:00:00+01:00', mood: 4, support: 6 },
      { occurredAt: '2026-03-02T09:00:00+01:00' },
      { occurredAt: '2026-03-03T09:00:00+01:00', support: 2 },
    ].map((e) => JSON.stringify(e));
    expect((await cli(['--vault', fresh.dir, 'add', '--ndjson'], { stdin: lines.join('\n') })).code).toBe(0);
    const stats = (...argv: string[]) => cli(['--vault', fresh.dir, 'stats', '--from', '2026-03-01', ...argv]);

    const all = await stats('--to', '2026-03-03');
    expect(all.stdout).toContain('Mean mood 4.0 (on 1 of 3 days), mean felt support 4.0 (on 2 of 3 days) (0–10).');
    const json = JSON.parse((await stats('--to', '2026-03-03', '--json')).stdout) as Insights;
    expect(json.calendar.map((d) => [d.date, d.entries, d.mood, d.support])).toEqual([
      ['2026-03-01', 1, 4, 6],
      ['2026-03-02', 1, null, null],
      ['2026-03-03', 1, null, 2],
    ]);

    const none = await stats('--from', '2026-03-02', '--to', '2026-03-02');
    expect(none.stdout).toContain('Mean mood not recorded, mean felt support not recorded (0–10).');
  } finally {
    fresh.cleanup();
  }
});
