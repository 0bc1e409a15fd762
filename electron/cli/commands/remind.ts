// hearth remind next: the coming reminders under the journal's settings, so the schedule the
// desktop app follows can be checked without it.
import { nextReminders } from '../../service/reminder-schedule';
import type { Command } from '../command';
import { EXIT, UsageError } from '../errors';
import { ENV } from '../secrets';

const COUNT = 5;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const remind: Command = {
  name: 'remind',
  summary: 'Show when Hearth will next remind you to write',
  usage: 'next [--json] [--time-zone ZONE]',
  description:
    `Lists the next ${COUNT} reminders under the journal's settings (Settings → Remind me to write), in this computer's time ` +
    'zone or the one given with --time-zone (an IANA name such as Europe/Paris). A day that already has an entry is left out, ' +
    'as the app skips it. With --json: {"enabled", "timeZone", "next": [{"date", "time", "at"}]}, where "at" is the instant in UTC.',
  options: {
    json: { type: 'boolean', description: 'Print JSON' },
    'time-zone': { type: 'string', value: 'ZONE', description: "An IANA time zone; by default this computer's" },
  },
  positionals: { min: 1, max: 1 },
  env: [ENV.passphrase],
  async run(session, args) {
    if (args.positionals[0] !== 'next') throw new UsageError(`Unknown "remind ${args.positionals[0]}": "hearth remind" has one subcommand, next.`);
    const timeZone = args.option('time-zone') ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!knownZone(timeZone)) throw new UsageError(`"${timeZone}" is not a time zone this computer knows; use a name like Europe/Paris.`);
    await session.unlock();
    const plan = await session.call('reminderPlan');
    const next = nextReminders({ reminders: plan.reminders, now: session.now().getTime(), timeZone, lastEntryDate: plan.lastEntryDate }, COUNT);
    if (args.flag('json')) {
      await session.printJson({ enabled: plan.reminders.enabled, timeZone, next: next.map((s) => ({ date: s.date, time: s.time, at: new Date(s.at).toISOString() })) });
      return EXIT.ok;
    }
    if (!plan.reminders.enabled) await session.print('Reminders are off (Settings → Remind me to write).');
    else if (next.length === 0) await session.print('No reminders are coming: no day of the week is chosen.');
    else {
      const weekday = (date: string) => WEEKDAY_NAMES[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
      await session.print(next.map((s) => `${weekday(s.date)} ${s.date} ${s.time}`).join('\n') + `\n(${timeZone})`);
    }
    return EXIT.ok;
  },
};
