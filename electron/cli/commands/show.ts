import type { Entry } from '../../../shared/domain';
import { CHANNEL_LABELS, KIND_LABELS, NOT_RECORDED, costWords, feltWords } from '../../../shared/labels';
import type { Command } from '../command';
import { entryJson } from '../entry-json';
import { EXIT } from '../errors';
import { clean, dateTime } from '../format';
import { ENV } from '../secrets';

const DIRECTION_TEXT = { received: 'received', gave: 'gave', both: 'both ways' } as const;

const recorded = <T>(value: T | undefined, text: (v: T) => string) => (value === undefined ? NOT_RECORDED : text(value));

/** The entry for a person to read: every value, and "not recorded" where there is none. */
export function entryText(e: Entry): string {
  const lines = [
    dateTime(e.occurredAt),
    `Mood: ${recorded(e.mood, String)}`,
    `Felt support: ${recorded(e.support, String)}`,
    `Stress: ${recorded(e.stress, String)}`,
  ];
  if (e.tags.length > 0) lines.push(`Tags: ${e.tags.map(clean).join(', ')}`);
  lines.push(e.interactions.length === 0 ? 'No one logged.' : 'People:');
  for (const i of e.interactions) {
    const kinds = i.kinds.length > 0 ? i.kinds.map((k) => KIND_LABELS[k].toLowerCase()).join(', ') : 'no kind given';
    const parts = [
      kinds,
      `direction ${recorded(i.direction, (d) => DIRECTION_TEXT[d])}`,
      `felt ${recorded(i.felt, (f) => `${f > 0 ? '+' : ''}${f} (${feltWords(f)})`)}`,
      `cost ${recorded(i.cost, (c) => `${c} (${costWords(c)})`)}`,
      `channel ${recorded(i.channel, (c) => CHANNEL_LABELS[c].toLowerCase())}`,
      ...(i.askedForHelp === undefined ? [] : [i.askedForHelp ? 'asked for help' : 'did not ask for help']),
    ];
    lines.push(`  ${clean(i.person)}: ${parts.join('; ')}`);
  }
  if (e.note.trim() !== '') lines.push('Note:', ...e.note.split(/\r?\n/).map((l) => `  ${clean(l)}`));
  lines.push(`Id: ${e.id}`);
  return lines.join('\n');
}

export const show: Command = {
  name: 'show',
  summary: 'Print one entry',
  usage: 'ID [--json]',
  description: 'Prints the entry with this id, saying "not recorded" for each value the person did not record; with --json, as JSON with null for those.',
  options: {
    json: { type: 'boolean', description: 'Print the entry as JSON' },
  },
  positionals: { min: 1, max: 1 },
  env: [ENV.passphrase],
  async run(session, args) {
    await session.unlock();
    const entry = await session.call('getEntry', { id: args.positionals[0] });
    await (args.flag('json') ? session.printJson(entryJson(entry)) : session.print(entryText(entry)));
    return EXIT.ok;
  },
};
