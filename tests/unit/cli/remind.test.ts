// hearth remind next: the coming reminders under the journal's settings, in a given zone, with the
// day of the newest entry left out. Instants worked out by hand (CEST = UTC+2).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HearthService } from '../../../electron/service/hearth-service';
import { cli, entryJson, makeVault, PASSPHRASE, type TempVault } from './helpers';

let vault: TempVault;
beforeEach(async () => {
  vault = await makeVault();
});
afterEach(() => vault.cleanup());

async function remindAt(times: string[], days: number[]) {
  const service = new HearthService({ vaultDir: vault.dir });
  await service.unlock({ passphrase: PASSPHRASE });
  await service.updateSettings({ reminders: { enabled: true, times, days: days as (0 | 1 | 2 | 3 | 4 | 5 | 6)[] } });
  service.close();
}

// Monday 1 June 2026, 12:00 in Paris.
const noon = () => new Date('2026-06-01T10:00:00Z');

describe('hearth remind next', () => {
  it('says reminders are off in a new journal', async () => {
    const json = await cli(['--vault', vault.dir, 'remind', 'next', '--json', '--time-zone', 'Europe/Paris'], { now: noon });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ enabled: false, timeZone: 'Europe/Paris', next: [] });
    const text = await cli(['--vault', vault.dir, 'remind', 'next'], { now: noon });
    expect(text.stdout).toBe('Reminders are off (Settings → Remind me to write).\n');
  });

  it('lists the next five times on the chosen days, skipping the day already written', async () => {
    await remindAt(['21:30', '08:00'], [1, 3]);
    const next = async () => JSON.parse((await cli(['--vault', vault.dir, 'remind', 'next', '--json', '--time-zone', 'Europe/Paris'], { now: noon })).stdout);
    expect(await next()).toEqual({
      enabled: true,
      timeZone: 'Europe/Paris',
      next: [
        { date: '2026-06-01', time: '21:30', at: '2026-06-01T19:30:00.000Z' },
        { date: '2026-06-03', time: '08:00', at: '2026-06-03T06:00:00.000Z' },
        { date: '2026-06-03', time: '21:30', at: '2026-06-03T19:30:00.000Z' },
        { date: '2026-06-08', time: '08:00', at: '2026-06-08T06:00:00.000Z' },
        { date: '2026-06-08', time: '21:30', at: '2026-06-08T19:30:00.000Z' },
      ],
    });
    expect((await cli(['--vault', vault.dir, 'add'], { stdin: entryJson({ occurredAt: '2026-06-01T09:00:00+02:00' }) })).code).toBe(0);
    expect((await next()).next[0]).toEqual({ date: '2026-06-03', time: '08:00', at: '2026-06-03T06:00:00.000Z' });

    const text = await cli(['--vault', vault.dir, 'remind', 'next', '--time-zone', 'Europe/Paris'], { now: noon });
    expect(text.stdout.split('\n').slice(0, 2)).toEqual(['Wednesday 2026-06-03 08:00', 'Wednesday 2026-06-03 21:30']);
  });

  it('refuses an unknown subcommand or zone', async () => {
    expect((await cli(['--vault', vault.dir, 'remind', 'later'])).code).toBe(2);
    const zone = await cli(['--vault', vault.dir, 'remind', 'next', '--time-zone', 'Mars/Olympus']);
    expect(zone.code).toBe(2);
    expect(zone.stderr).toContain('"Mars/Olympus" is not a time zone');
  });
});
