// Recording a thank-you the person wrote: an interaction given, of esteem, on today's entry. The
// text is kept in the entry's note; nothing is sent anywhere.
import type { Entry } from '../../shared/domain';
import { HearthError } from '../../shared/errors';
import { localToday } from '../../shared/local-time';
import type { EntryData } from '../../shared/schemas';
import { LIMITS } from '../../shared/schemas';
import type { Journal } from './journal';

/**
 * The interaction a thank-you records. No channel and no "asked for help": the person may send it
 * any way or not at all, and nobody said whether it was asked for.
 */
function thankYouInteraction(name: string): EntryData['interactions'][number] {
  return { person: name, kinds: ['esteem'], direction: 'gave' };
}

/** An entry as the entry input it was made from, so it can be saved again with one more interaction. */
function asInput(entry: Entry): EntryData {
  return {
    occurredAt: entry.occurredAt,
    ...(entry.mood === undefined ? {} : { mood: entry.mood }),
    ...(entry.support === undefined ? {} : { support: entry.support }),
    ...(entry.stress === undefined ? {} : { stress: entry.stress }),
    note: entry.note,
    tags: entry.tags,
    interactions: entry.interactions.map((i) => ({
      person: i.person,
      kinds: i.kinds,
      ...(i.direction === undefined ? {} : { direction: i.direction }),
      ...(i.felt === undefined ? {} : { felt: i.felt }),
      ...(i.cost === undefined ? {} : { cost: i.cost }),
      ...(i.channel === undefined ? {} : { channel: i.channel }),
      ...(i.askedForHelp === undefined ? {} : { askedForHelp: i.askedForHelp }),
    })),
  };
}

/**
 * Adds the thank-you to the latest entry dated today, its text after the note; without one, a new
 * entry now holding only the note and the interaction: no mood or support, which nobody gave.
 */
export function saveThankYou(journal: Journal, personId: string, note: string): Entry {
  const person = journal.index.person(personId);
  if (!person) throw new HearthError('NOT_FOUND', 'That person no longer exists.');
  const today = localToday(journal.now());
  const todays = journal.index.list({ from: today, to: today }).entries;
  const latest = todays.reduce<Entry | null>((a, e) => (a === null || e.occurredAt > a.occurredAt ? e : a), null);
  if (latest === null) return journal.addEntries([{ note, tags: [], interactions: [thankYouInteraction(person.name)] }])[0]!;
  const input = asInput(latest);
  const joined = input.note === '' ? note : `${input.note}\n\n${note}`;
  if (joined.length > LIMITS.noteChars) throw new HearthError('INVALID_INPUT', "Today's entry has no room left for this note: shorten it.", { field: 'note' });
  if (input.interactions.length >= LIMITS.interactions) throw new HearthError('INVALID_INPUT', "Today's entry already holds as many people as an entry can.");
  return journal.updateEntry({ id: latest.id, entry: { ...input, note: joined, interactions: [...input.interactions, thankYouInteraction(person.name)] } });
}
