// Hearth's portable JSON (Export → portable data → JSON) back into entries and people, exactly:
// {"app": "hearth", "format": 1, "exportedAt", "people": [{id, name, relationship, aliases, archived,
//  createdAt, updatedAt}], "entries": [{id, occurredAt, mood, support, stress, note, tags,
//  interactions: [{personId, person, relationship, kinds, direction, felt, cost, channel, askedForHelp}],
//  createdAt, updatedAt}]}. A value that was not recorded is null in the file and absent here.
import type { Channel, Direction, Entry, Interaction, Person, Relationship, SupportKind } from '../../shared/domain';
import { invalid, isRecord } from './imported-entry';
import { checkPortable, READABLE_FORMAT, type PortableCheckin, type PortableJournal } from './portable-journal';

type Kind = 'text' | 'number' | 'boolean';
const KIND_WORDS: Record<Kind, string> = { text: 'text', number: 'a number', boolean: 'true or false' };
type Value<K extends Kind> = K extends 'text' ? string : K extends 'number' ? number : boolean;

/** One item of the file, read field by field with its place named in every complaint. */
class Fields {
  constructor(
    private readonly item: Record<string, unknown>,
    private readonly where: string,
  ) {}

  required<K extends Kind>(name: string, kind: K): Value<K> {
    const value = this.item[name];
    if (typeof value !== (kind === 'text' ? 'string' : kind)) throw invalid(`${this.where}: "${name}" should be ${KIND_WORDS[kind]}.`);
    return value as Value<K>;
  }

  /** null (not recorded) becomes undefined. */
  optional<K extends Kind>(name: string, kind: K): Value<K> | undefined {
    return this.item[name] === null || this.item[name] === undefined ? undefined : this.required(name, kind);
  }

  texts(name: string): string[] {
    const value = this.item[name];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw invalid(`${this.where}: "${name}" should be a list of text.`);
    return value;
  }

  numbers(name: string): number[] {
    const value = this.item[name];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'number')) throw invalid(`${this.where}: "${name}" should be a list of numbers.`);
    return value;
  }

  list(name: string): unknown[] {
    const value = this.item[name];
    if (!Array.isArray(value)) throw invalid(`${this.where}: "${name}" should be a list.`);
    return value;
  }
}

function record(value: unknown, where: string): Fields {
  if (!isRecord(value)) throw invalid(`${where}: it is not an object.`);
  return new Fields(value, where);
}

// The enums' values are checked by the service against the stored records' schemas.
function interaction(value: unknown, where: string): Interaction {
  const f = record(value, where);
  const result: Interaction = {
    personId: f.required('personId', 'text'),
    person: f.required('person', 'text'),
    kinds: f.texts('kinds') as SupportKind[],
  };
  const relationship = f.optional('relationship', 'text');
  if (relationship !== undefined) result.relationship = relationship as Relationship;
  const direction = f.optional('direction', 'text');
  const felt = f.optional('felt', 'number');
  const cost = f.optional('cost', 'number');
  const channel = f.optional('channel', 'text');
  const askedForHelp = f.optional('askedForHelp', 'boolean');
  if (direction !== undefined) result.direction = direction as Direction;
  if (felt !== undefined) result.felt = felt;
  if (cost !== undefined) result.cost = cost;
  if (channel !== undefined) result.channel = channel as Channel;
  if (askedForHelp !== undefined) result.askedForHelp = askedForHelp;
  return result;
}

function entry(value: unknown, where: string): Entry {
  const f = record(value, where);
  const result: Entry = {
    id: f.required('id', 'text'),
    occurredAt: f.required('occurredAt', 'text'),
    note: f.required('note', 'text'),
    tags: f.texts('tags'),
    interactions: f.list('interactions').map((x, i) => interaction(x, `${where}, interaction ${i + 1}`)),
    createdAt: f.required('createdAt', 'text'),
    updatedAt: f.required('updatedAt', 'text'),
  };
  for (const scale of ['mood', 'support', 'stress'] as const) {
    const n = f.optional(scale, 'number');
    if (n !== undefined) result[scale] = n;
  }
  return result;
}

function person(value: unknown, where: string): Person {
  const f = record(value, where);
  const result: Person = {
    id: f.required('id', 'text'),
    name: f.required('name', 'text'),
    aliases: f.texts('aliases'),
    archived: f.required('archived', 'boolean'),
    createdAt: f.required('createdAt', 'text'),
    updatedAt: f.required('updatedAt', 'text'),
  };
  const relationship = f.optional('relationship', 'text');
  if (relationship !== undefined) result.relationship = relationship as Relationship;
  return result;
}

// The answers are checked by the service against the instrument; the scores in the file are not read.
function checkin(value: unknown, where: string): PortableCheckin {
  const f = record(value, where);
  return {
    id: f.required('id', 'text'),
    instrument: f.required('instrument', 'text'),
    date: f.required('date', 'text'),
    answers: f.numbers('answers'),
    createdAt: f.required('createdAt', 'text'),
  };
}

export function parseHearthJson(text: string): PortableJournal {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw invalid('This is not Hearth data: the file is not valid JSON.');
  }
  if (!isRecord(data) || data.app !== 'hearth') throw invalid('This is not Hearth data: it does not say "app": "hearth" (a backup is imported as a backup).');
  if (data.format !== READABLE_FORMAT) {
    throw invalid(`This Hearth data has format ${JSON.stringify(data.format)}; this version of Hearth reads format ${READABLE_FORMAT}.`);
  }
  const top = new Fields(data, 'The file');
  return checkPortable(
    {
      people: top.list('people').map((p, i) => person(p, `Person ${i + 1}`)),
      entries: top.list('entries').map((e, i) => entry(e, `Entry ${i + 1}`)),
      // Only a journal with check-ins has the key.
      checkins: data.checkins === undefined ? [] : top.list('checkins').map((c, i) => checkin(c, `Check-in ${i + 1}`)),
    },
    (i) => `Entry ${i + 1}`,
  );
}
