// Care on a real vault (SQLite in a temp folder, real libsodium): the cards for today, their
// dismissals kept in the sealed settings, and a thank-you recorded on today's entry.
import { afterEach, describe, expect, it } from 'vitest';
import { localToday, toLocalOffsetIso } from '../../../shared/local-time';
import { freshService, PASSPHRASE } from '../../support/vault';

let done: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of done) cleanup();
  done = [];
});

/** A service whose clock reads `clock.now`, at noon local time on 3 March 2026 to begin with. */
async function serviceAt() {
  const clock = { now: new Date(2026, 2, 3, 12, 0, 0) };
  const fixture = await freshService({ now: () => clock.now });
  done.push(fixture.cleanup);
  return { ...fixture, clock };
}

const at = (y: number, m: number, d: number, h = 12) => toLocalOffsetIso(new Date(y, m - 1, d, h));

describe('saveThankYou', () => {
  it('with no entry today, adds one with only the note and the interaction: no mood or support invented', async () => {
    const { service, reopen } = await serviceAt();
    const yesterday = await service.addEntry({ occurredAt: at(2026, 3, 2), mood: 6, note: '', tags: [], interactions: [{ person: 'Sam', kinds: ['practical'], channel: 'call', askedForHelp: true }] });
    const sam = yesterday.interactions[0]!.personId;

    const saved = await service.saveThankYou({ personId: sam, note: 'Thank you for the lift on Monday.' });
    expect(saved.id).not.toBe(yesterday.id);
    expect(saved.occurredAt.slice(0, 10)).toBe('2026-03-03');
    expect(saved).not.toHaveProperty('mood');
    expect(saved).not.toHaveProperty('support');
    expect(saved).not.toHaveProperty('stress');
    expect(saved.note).toBe('Thank you for the lift on Monday.');
    expect(saved.interactions).toEqual([
      { personId: sam, person: 'Sam', kinds: ['esteem'], direction: 'gave' },
    ]);

    // Sealed on disk: another service on the same folder reads the same entry.
    service.close();
    const again = reopen();
    await again.unlock({ passphrase: PASSPHRASE });
    expect(await again.getEntry({ id: saved.id })).toEqual(saved);
    expect(await again.getEntry({ id: yesterday.id })).toEqual(yesterday);
    again.close();
  });

  it("adds to the latest entry dated today, keeping what it holds and what it left unrecorded", async () => {
    const { service } = await serviceAt();
    const early = await service.addEntry({ occurredAt: at(2026, 3, 3, 8), mood: 3, note: 'Morning', tags: [], interactions: [] });
    const today = await service.addEntry({
      occurredAt: at(2026, 3, 3, 11),
      mood: 5,
      note: 'Lunch with Alex',
      tags: ['food'],
      interactions: [{ person: 'Alex', kinds: ['companionship'], felt: 2, channel: 'in-person', askedForHelp: false }],
    });
    const alex = today.interactions[0]!.personId;

    const saved = await service.saveThankYou({ personId: alex, note: 'Thanks for listening.' });
    expect(saved.id).toBe(today.id);
    expect(saved.mood).toBe(5);
    expect(saved.tags).toEqual(['food']);
    expect(saved.note).toBe('Lunch with Alex\n\nThanks for listening.');
    expect(saved.interactions).toEqual([
      today.interactions[0],
      { personId: alex, person: 'Alex', kinds: ['esteem'], direction: 'gave' },
    ]);
    // Cost and direction were never given for lunch: still not recorded.
    expect(saved.interactions[0]).not.toHaveProperty('cost');
    expect(saved.interactions[0]).not.toHaveProperty('direction');
    expect(await service.getEntry({ id: early.id })).toEqual(early);
  });

  it('refuses a person who is not in the journal', async () => {
    const { service } = await serviceAt();
    await expect(service.saveThankYou({ personId: '00000000-0000-4000-8000-000000000000', note: 'Hi' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('care cards', () => {
  it('shows the gentle check-in after 3 hard days, and a dismissal keeps it away for 7 days', async () => {
    const { service, clock } = await serviceAt();
    for (const [day, felt] of [[1, 2], [2, 1], [3, 2]] as const) {
      await service.addEntry({ occurredAt: at(2026, 3, day), mood: 1, note: '', tags: [], interactions: [{ person: 'Sam', kinds: ['emotional'], felt, cost: 0, channel: 'call', askedForHelp: false }] });
    }
    const cards = await service.careCards();
    expect(cards.gentle).toEqual({ reason: 'hard-days', people: [{ personId: expect.any(String), name: 'Sam' }] });
    expect(cards.reachOut).toEqual([]);
    expect((await service.getSettings()).care).toBeUndefined();

    expect(await service.dismissGentleCheckIn()).toEqual({ gentleDismissedOn: '2026-03-03' });
    expect((await service.careCards()).gentle).toBeNull();
    clock.now = new Date(2026, 2, 9, 12);
    await service.addEntry({ occurredAt: at(2026, 3, 9), mood: 1, note: '', tags: [], interactions: [] });
    await service.addEntry({ occurredAt: at(2026, 3, 8), mood: 1, note: '', tags: [], interactions: [] });
    await service.addEntry({ occurredAt: at(2026, 3, 7), mood: 1, note: '', tags: [], interactions: [] });
    expect((await service.careCards()).gentle).toBeNull();
    clock.now = new Date(2026, 2, 10, 12);
    expect(localToday(clock.now)).toBe('2026-03-10');
    expect((await service.careCards()).gentle).toMatchObject({ reason: 'hard-days' });
  });

  it('shows the gentle check-in after a WHO-5 the check-ins flag, with no hard days at all', async () => {
    const { service } = await serviceAt();
    await service.addEntry({ occurredAt: at(2026, 3, 2), mood: 6, note: '', tags: [], interactions: [] });
    // 3+3+3+2+1 = 12, ×4 = 48: under 50.
    await service.saveCheckin({ instrument: 'who5', date: '2026-03-03', answers: [3, 3, 3, 2, 1] });
    expect((await service.careCards()).gentle).toMatchObject({ reason: 'check-in' });
  });

  it('leaves the gentle check-in away after a WHO-5 that is not flagged', async () => {
    const { service } = await serviceAt();
    await service.addEntry({ occurredAt: at(2026, 3, 2), mood: 6, note: '', tags: [], interactions: [] });
    // 3+3+3+2+2 = 13, ×4 = 52.
    await service.saveCheckin({ instrument: 'who5', date: '2026-03-03', answers: [3, 3, 3, 2, 2] });
    expect((await service.careCards()).gentle).toBeNull();
  });

  it('suggests reaching out only once turned on, and leaves a dismissed person out', async () => {
    const { service, clock } = await serviceAt();
    for (const day of [1, 8, 15]) {
      await service.addEntry({ occurredAt: at(2026, 1, day), mood: 7, note: '', tags: [], interactions: [{ person: 'Sam', kinds: [], felt: 2, cost: 1, channel: 'in-person', askedForHelp: false }] });
    }
    expect((await service.careCards()).reachOut).toEqual([]);
    expect(await service.setCare({ reachOut: true })).toEqual({ reachOut: true });
    const [suggestion] = (await service.careCards()).reachOut;
    expect(suggestion).toMatchObject({ name: 'Sam', lastSeen: '2026-01-15', usualGapDays: 7, daysSince: 47 });

    expect(await service.dismissReachOut({ personId: suggestion!.personId })).toEqual({ reachOut: true, reachOutDismissed: { [suggestion!.personId]: '2026-03-03' } });
    clock.now = new Date(2026, 5, 1, 12);
    expect((await service.careCards()).reachOut).toEqual([]);

    expect(await service.setCare({ helplineCountry: 'IE' })).toMatchObject({ helplineCountry: 'IE' });
    expect(await service.setCare({ helplineCountry: null, reachOut: false })).toEqual({ reachOut: false, reachOutDismissed: { [suggestion!.personId]: '2026-03-03' } });
  });
});
