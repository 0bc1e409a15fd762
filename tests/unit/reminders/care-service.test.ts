// The two service methods behind reminders and "on this day", on a real vault: what they return and
// what they leave out.
import { describe, expect, it } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import { entry, freshService } from '../../support/vault';

const cleanups = cleanupAfterEach();

async function journal() {
  const vault = await freshService();
  cleanups.push(vault.cleanup);
  return vault.service;
}

describe('onThisDay', () => {
  it('returns only the entries of the remembered days, with who was there', async () => {
    const service = await journal();
    const add = (occurredAt: string, note: string, person?: string) =>
      service.addEntry(entry({ occurredAt, mood: 5, support: 5, note, interactions: person ? [{ person, kinds: ['emotional'] }] : [] }));
    await add('2026-03-30T21:00:00+02:00', 'thirtieth of March', 'Sam');
    await add('2026-03-31T08:00:00+02:00', 'last of March');
    await add('2026-03-29T08:00:00+02:00', 'not remembered on 30 April');
    await add('2025-04-30T12:00:00+02:00', 'a year before', 'Ana');
    await add('2026-04-30T12:00:00+02:00', 'today itself');

    const memories = await service.onThisDay({ today: '2026-04-30' });
    expect(memories.monthAgo.from).toBe('2026-03-30');
    expect(memories.monthAgo.to).toBe('2026-03-31');
    expect(memories.monthAgo.entries.map((e) => e.note)).toEqual(['last of March', 'thirtieth of March']);
    expect(memories.monthAgo.entries[1]!.interactions.map((i) => i.person)).toEqual(['Sam']);
    expect(memories.yearAgo.entries.map((e) => [e.note, e.interactions[0]?.person])).toEqual([['a year before', 'Ana']]);

    expect(await service.onThisDay({ today: '2026-05-31' })).toEqual({ monthAgo: { entries: [] }, yearAgo: { from: '2025-05-31', to: '2025-05-31', entries: [] } });
  });
});

describe('reminderPlan', () => {
  it('holds the reminder settings and the newest entry’s date, and no note, mood or name', async () => {
    const service = await journal();
    expect(await service.reminderPlan(undefined)).toEqual({
      reminders: { enabled: false, times: ['20:00'], days: [0, 1, 2, 3, 4, 5, 6] },
      keepRunning: false,
      openAtLogin: false,
      lastEntryDate: null,
    });
    await service.addEntry(entry({ occurredAt: '2026-06-02T23:30:00-04:00', mood: 9, note: 'CANARY-NOTE', interactions: [{ person: 'CANARY-NAME', kinds: ['esteem'] }] }));
    await service.addEntry(entry({ occurredAt: '2026-05-20T10:00:00+02:00', mood: 1, note: 'older' }));
    await service.updateSettings({ reminders: { enabled: true, times: ['07:15'], days: [1] }, keepRunning: true });
    const plan = await service.reminderPlan(undefined);
    expect(plan).toEqual({ reminders: { enabled: true, times: ['07:15'], days: [1] }, keepRunning: true, openAtLogin: false, lastEntryDate: '2026-06-02' });
    expect(JSON.stringify(plan)).not.toMatch(/CANARY|mood/);
  });
});
