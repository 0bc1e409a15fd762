// hearth stats on a real journal in a temp folder: help received against felt support, asking,
// channels, which way support went and mixed ties, checked against figures worked out here from
// the entries added. A field left out of `add` is not recorded and counts in no figure.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Insights } from '../../../shared/insights';
import { cli, makeVault, type TempVault } from './helpers';

let vault: TempVault;
// Day by day (March 2026): felt support, and the interactions.
const DAYS = [
  { support: 3, interactions: [{ person: 'Sam', direction: 'received', felt: 1, cost: 0, askedForHelp: true, channel: 'call' }] },
  { support: 7, interactions: [] },
  { support: 8, interactions: [{ person: 'Lee', direction: 'gave', felt: -1, cost: 2, askedForHelp: false, channel: 'message' }] },
  { support: 2, interactions: [{ person: 'Sam', direction: 'both', cost: 3, askedForHelp: true, channel: 'video' }] },
  { support: 5, interactions: [{ person: 'Ana', felt: 2 }] },
  { interactions: [{ person: 'Sam', direction: 'received', felt: 2, cost: 2, askedForHelp: false, channel: 'in-person' }] },
  { support: 7, interactions: [{ person: 'Lee', direction: 'gave', felt: 1, askedForHelp: false, channel: 'message' }] },
  { support: 4, interactions: [{ person: 'Sam', direction: 'received', felt: -2, channel: 'call' }] },
];

beforeAll(async () => {
  vault = await makeVault();
  const lines = DAYS.map((d, k) => JSON.stringify({ occurredAt: `2026-03-0${k + 1}T20:00:00+01:00`, mood: 5, ...d }));
  const added = await cli(['--vault', vault.dir, 'add', '--ndjson'], { stdin: lines.join('\n') });
  expect(added.code).toBe(0);
});
afterAll(() => vault.cleanup());

it('prints help received against felt support, asking, channels, directions and mixed ties as JSON', async () => {
  const { code, stdout, stderr } = await cli(['--vault', vault.dir, 'stats', '--from', '2026-03-01', '--to', '2026-03-08', '--json']);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  const s = JSON.parse(stdout) as Insights;
  // With help: days 1 (3), 4 (2), 8 (4); day 6 has help but no felt support. Without: 2 (7), 3 (8), 7 (7).
  // Day 5 (Ana, direction not recorded) is in neither.
  expect(s.perceivedVsReceived).toEqual({
    daysWithHelp: 3,
    feltWithHelp: 3,
    daysWithoutHelp: 3,
    feltWithoutHelp: 22 / 3,
    helpedButLow: 2,
    supportedWithoutHelp: 3,
    daysHelpNotRecorded: 1,
    difference: { verdict: 'not-enough-days', difference: null, ciLow: null, ciHigh: null },
  });
  expect(s.helpOverTime.mismatched.map((d) => [d.date, d.kind, d.support])).toEqual([
    ['2026-03-01', 'helped-but-low', 3],
    ['2026-03-02', 'supported-without-help', 7],
    ['2026-03-03', 'supported-without-help', 8],
    ['2026-03-04', 'helped-but-low', 2],
    ['2026-03-07', 'supported-without-help', 7],
  ]);
  // Asked: days 1 (+1) and 4 (felt not recorded). Not asked: 3 (−1), 6 (+2), 7 (+1). Days 5 and 8
  // left it unrecorded, and day 5 the channel too: they count in neither group.
  expect(s.asked).toEqual({
    asked: { interactions: 2, meanFelt: 1, feltInteractions: 1 },
    offered: { interactions: 3, meanFelt: 2 / 3, feltInteractions: 3 },
  });
  expect(s.channels).toEqual({
    'in-person': { interactions: 1, meanFelt: 2, feltInteractions: 1 },
    call: { interactions: 2, meanFelt: -0.5, feltInteractions: 2 },
    video: { interactions: 1, meanFelt: null, feltInteractions: 0 },
    message: { interactions: 2, meanFelt: 0, feltInteractions: 2 },
    online: { interactions: 0, meanFelt: null, feltInteractions: 0 },
    other: { interactions: 0, meanFelt: null, feltInteractions: 0 },
  });
  expect(s.reciprocity).toEqual({ received: 3, gave: 2, both: 1 });
  const who = (name: string) => s.people.find((p) => p.name === name)!;
  // Sam: +1 (cost 0), not recorded (cost 3), +2 (cost 2), −2: two nourishing, three draining or costly.
  expect(who('Sam')).toMatchObject({ feltSpread: { nourishing: 2, neutral: 0, draining: 1 }, mixed: true });
  expect(who('Lee')).toMatchObject({ feltSpread: { nourishing: 1, neutral: 0, draining: 1 }, mixed: false });
  expect(who('Ana')).toMatchObject({ feltSpread: { nourishing: 1, neutral: 0, draining: 0 }, mixed: false });
});

it('says the same in plain lines with the counts behind them', async () => {
  const { code, stdout } = await cli(['--vault', vault.dir, 'stats', '--from', '2026-03-01', '--to', '2026-03-08']);
  expect(code).toBe(0);
  expect(stdout).toContain('  Days with help 3, mean felt support 3.0; days without 3, mean 7.3.');
  expect(stdout).toContain(
    '  Not enough days yet to compare how supported you felt on days you received help and on days you did not (3 days with help, 3 without; at least 5 of each are needed).',
  );
  expect(stdout).toContain('  Helped, but felt alone (felt support 3 or less): 2 days. Felt supported without help (7 or more): 3 days.');
  expect(stdout).toContain('  1 more day left out, as which way support went was not recorded.');
  expect(stdout).toContain('Asked for help: 2 interactions, mean felt +1.0 (over the 1 with felt recorded). Not asked: 3 interactions, mean felt +0.7.');
  expect(stdout).toContain('Which way: received 3, gave 2, both ways 1');
  expect(stdout).toContain('People you turn to: Sam (3/0/1).');
  expect(stdout).toContain('People who turn to you: Lee (0/2/0).');
  expect(stdout).not.toMatch(/People you turn to:.*Lee/);
  expect(stdout).toContain('Which way not recorded: Ana.');
  expect(stdout).toContain('Sometimes nourishing, sometimes draining: Sam.');
});
