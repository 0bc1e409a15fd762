// hearth checkin: saving, listing and the stats series, against scores worked out by hand; wrong
// counts and values exit 2 and name the item.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, makeVault, type TempVault } from './helpers';

let vault: TempVault;
const now = () => new Date('2026-11-20T12:00:00');
const hearth = (...argv: string[]) => cli(['--vault', vault.dir, ...argv], { now });

beforeAll(async () => {
  vault = await makeVault();
});
afterAll(() => vault.cleanup());

describe('hearth checkin', () => {
  it('refuses wrong counts and values with exit 2, naming the item, and saves nothing', async () => {
    const tooFew = await hearth('checkin', '--instrument', 'who5', '--answers', '1,2,3');
    expect(tooFew.code).toBe(2);
    expect(tooFew.stderr).toContain('The WHO-5 takes 5 answers, one per item in order; 3 were given.');
    const outOfRange = await hearth('checkin', '--instrument', 'ucla3', '--answers', '1,2,4,5');
    expect(outOfRange.code).toBe(2);
    expect(outOfRange.stderr).toContain('Item 3 of the Three-Item Loneliness Scale (“How often do you feel isolated from others?”) takes a whole number from 1 to 3; 4 is not one.');
    const direct = await hearth('checkin', '--instrument', 'ucla3', '--answers', '1,2,3,6');
    expect(direct.code).toBe(2);
    expect(direct.stderr).toContain('Item 4 ');
    expect(direct.stderr).toContain('from 1 to 5; 6 is not one');
    const mspss = await hearth('checkin', '--instrument', 'mspss', '--answers', '1,2,3,4,5,6,7,0,1,2,3,4');
    expect(mspss.code).toBe(2);
    expect(mspss.stderr).toContain('Item 8 of the MSPSS');
    const notNumber = await hearth('checkin', '--instrument', 'who5', '--answers', '1,2,x,3,4');
    expect(notNumber.code).toBe(2);
    expect(notNumber.stderr).toContain('Answer 3 ("x") is not a whole number.');
    const unknown = await hearth('checkin', '--instrument', 'phq9', '--answers', '1');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no check-in called "phq9"');
    const badDate = await hearth('checkin', '--instrument', 'who5', '--answers', '1,1,1,1,1', '--date', '2026-13-01');
    expect(badDate.code).toBe(2);
    const listed = await hearth('checkin', 'list', '--json');
    expect(JSON.parse(listed.stdout)).toEqual([]);
  });

  it('saves each instrument, lists them newest first, and stats --json gives each series oldest first', async () => {
    const who5 = await hearth('checkin', '--instrument', 'who5', '--answers', '3,2,4,1,2', '--date', '2026-10-01');
    expect(who5.code).toBe(0);
    expect(who5.stdout).toContain('raw 12, score 48');
    expect((await hearth('checkin', '--instrument', 'who5', '--answers', '5,5,5,5,5', '--date', '2026-10-20')).code).toBe(0);
    expect((await hearth('checkin', '--instrument', 'mspss', '--answers', '7,6,1,2,5,3,4,1,3,6,2,2', '--date', '2026-11-02')).code).toBe(0);
    // No --date: today, on the CLI's clock.
    expect((await hearth('checkin', '--instrument', 'ucla3', '--answers', '2,3,1,3')).code).toBe(0);

    const listed = await hearth('checkin', 'list', '--json');
    expect(listed.code).toBe(0);
    const rows = JSON.parse(listed.stdout) as Array<Record<string, unknown>>;
    expect(rows.map(({ id: _id, ...rest }) => rest)).toEqual([
      { instrument: 'ucla3', date: '2026-11-20', answers: [2, 3, 1, 3], scores: { total: 6, lonely: 3 } },
      { instrument: 'mspss', date: '2026-11-02', answers: [7, 6, 1, 2, 5, 3, 4, 1, 3, 6, 2, 2], scores: { total: 3.5, significantOther: 6, family: 1.5, friends: 3 } },
      { instrument: 'who5', date: '2026-10-20', answers: [5, 5, 5, 5, 5], scores: { raw: 25, score: 100 } },
      { instrument: 'who5', date: '2026-10-01', answers: [3, 2, 4, 1, 2], scores: { raw: 12, score: 48 } },
    ]);
    for (const r of rows) expect(r.id).toMatch(/^[0-9a-f-]{36}$/);

    const plain = await hearth('checkin', 'list');
    expect(plain.stdout).toContain('MSPSS');

    const stats = await hearth('stats', '--json', '--from', '2026-10-01', '--to', '2026-11-10');
    expect(stats.code).toBe(0);
    expect((JSON.parse(stats.stdout) as { checkins: unknown }).checkins).toEqual({
      mspss: [{ date: '2026-11-02', total: 3.5, significantOther: 6, family: 1.5, friends: 3 }],
      who5: [
        { date: '2026-10-01', raw: 12, score: 48 },
        { date: '2026-10-20', raw: 25, score: 100 },
      ],
      ucla3: [],
    });
  });

  it('refuses a second WHO-5 within 14 days with exit 2', async () => {
    const again = await hearth('checkin', '--instrument', 'who5', '--answers', '1,1,1,1,1', '--date', '2026-10-25');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('answered on 2026-10-20');
  });
});
