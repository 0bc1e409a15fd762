// Hearth's portable CSV folder (Export → portable data → CSV: entries.csv, people.csv and
// interactions.csv) back into entries and people, exactly: an empty cell is a value that was not
// recorded, lists are joined by " | ", and the apostrophe the export puts before a text cell that
// a spreadsheet would run as a formula is taken off again.
import { CsvError, parse } from 'csv-parse/sync';
import type { Channel, Direction, Entry, Interaction, Person, Relationship, SupportKind } from '../../shared/domain';
import { invalid } from './imported-entry';
import { checkPortable, type PortableJournal } from './portable-journal';

export const HEARTH_CSV_FILES = ['entries.csv', 'people.csv', 'interactions.csv'] as const;
/** Written only by a journal with check-ins. */
export const HEARTH_CSV_CHECKINS = 'checkins.csv';
export type HearthCsvFiles = Record<(typeof HEARTH_CSV_FILES)[number], string> & { [HEARTH_CSV_CHECKINS]?: string };

const COLUMNS: Record<(typeof HEARTH_CSV_FILES)[number] | typeof HEARTH_CSV_CHECKINS, string> = {
  'entries.csv': 'id,occurred_at,mood,support,stress,note,tags,created_at,updated_at',
  'people.csv': 'id,name,relationship,archived,created_at,updated_at,also_known_as',
  'interactions.csv': 'entry_id,person_id,person,kinds,direction,felt,cost,channel,asked_for_help',
  'checkins.csv': 'id,instrument,date,answers,total,significant_other,family,friends,raw,score,lonely,created_at',
};

const LIST = ' | ';

type Row = Record<string, string>;

/** A row of one file, read cell by cell with its place named in every complaint. */
class Cells {
  constructor(
    private readonly row: Row,
    readonly where: string,
  ) {}

  /** Text as written before the export guarded it: `'=x` was `=x`, `''=x` was `'=x`. */
  text(name: string): string {
    const value = this.row[name]!;
    return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
  }

  list(name: string): string[] {
    const value = this.text(name);
    return value === '' ? [] : value.split(LIST);
  }

  /** An empty cell is not recorded. */
  number(name: string): number | undefined {
    const value = this.row[name]!;
    if (value === '') return undefined;
    if (!/^-?\d+$/.test(value)) throw invalid(`${this.where}: "${name}" should be a whole number, not "${value}".`);
    return Number(value);
  }

  boolean(name: string): boolean {
    const value = this.optionalBoolean(name);
    if (value === undefined) throw invalid(`${this.where}: "${name}" should be true or false, not empty.`);
    return value;
  }

  /** An empty cell is not recorded. */
  optionalBoolean(name: string): boolean | undefined {
    const value = this.row[name]!;
    if (value === '') return undefined;
    if (value !== 'true' && value !== 'false') throw invalid(`${this.where}: "${name}" should be true or false, not "${value}".`);
    return value === 'true';
  }
}

function rows(file: keyof typeof COLUMNS, text: string): Cells[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true }) as string[][];
  } catch (e) {
    throw invalid(`${file} is not readable CSV${e instanceof CsvError ? ` (line ${e.lines})` : ''}.`);
  }
  const [header, ...body] = records;
  if (header?.join(',') !== COLUMNS[file]) throw invalid(`${file} is not Hearth's: its first line should be ${COLUMNS[file]}.`);
  return body.map((cells, i) => {
    if (cells.length !== header.length) throw invalid(`${file}, row ${i + 2}: it has ${cells.length} cells instead of ${header.length}.`);
    return new Cells(Object.fromEntries(header.map((name, c) => [name, cells[c]!])), `${file}, row ${i + 2}`);
  });
}

function person(c: Cells): Person {
  const result: Person = {
    id: c.text('id'),
    name: c.text('name'),
    aliases: c.list('also_known_as'),
    archived: c.boolean('archived'),
    createdAt: c.text('created_at'),
    updatedAt: c.text('updated_at'),
  };
  const relationship = c.text('relationship');
  if (relationship !== '') result.relationship = relationship as Relationship;
  return result;
}

// The enums' values are checked by the service against the stored records' schemas.
function interaction(c: Cells, relationships: ReadonlyMap<string, Relationship | undefined>): Interaction {
  const personId = c.text('person_id');
  const result: Interaction = {
    personId,
    person: c.text('person'),
    kinds: c.list('kinds') as SupportKind[],
  };
  // The person's own, when recorded (the interactions file has no relationship column).
  const relationship = relationships.get(personId);
  if (relationship !== undefined) result.relationship = relationship;
  const direction = c.text('direction');
  const felt = c.number('felt');
  const cost = c.number('cost');
  const channel = c.text('channel');
  const askedForHelp = c.optionalBoolean('asked_for_help');
  if (direction !== '') result.direction = direction as Direction;
  if (felt !== undefined) result.felt = felt;
  if (cost !== undefined) result.cost = cost;
  if (channel !== '') result.channel = channel as Channel;
  if (askedForHelp !== undefined) result.askedForHelp = askedForHelp;
  return result;
}

export function parseHearthCsv(files: HearthCsvFiles): PortableJournal {
  const people = rows('people.csv', files['people.csv']).map(person);
  const relationships = new Map(people.map((p) => [p.id, p.relationship]));
  const interactions = new Map<string, Interaction[]>();
  for (const c of rows('interactions.csv', files['interactions.csv'])) {
    const entryId = c.text('entry_id');
    interactions.set(entryId, [...(interactions.get(entryId) ?? []), interaction(c, relationships)]);
  }
  const entryRows = rows('entries.csv', files['entries.csv']);
  const entries = entryRows.map((c): Entry => {
    const id = c.text('id');
    const entry: Entry = {
      id,
      occurredAt: c.text('occurred_at'),
      note: c.text('note'),
      tags: c.list('tags'),
      interactions: interactions.get(id) ?? [],
      createdAt: c.text('created_at'),
      updatedAt: c.text('updated_at'),
    };
    for (const scale of ['mood', 'support', 'stress'] as const) {
      const n = c.number(scale);
      if (n !== undefined) entry[scale] = n;
    }
    return entry;
  });
  // The scores in the file are not read: the service works them out again from the answers.
  const checkins = rows(HEARTH_CSV_CHECKINS, files[HEARTH_CSV_CHECKINS] ?? COLUMNS[HEARTH_CSV_CHECKINS]).map((c) => ({
    id: c.text('id'),
    instrument: c.text('instrument'),
    date: c.text('date'),
    answers: c.list('answers').map((a) => {
      if (!/^\d+$/.test(a)) throw invalid(`${c.where}: "answers" should be whole numbers, not "${a}".`);
      return Number(a);
    }),
    createdAt: c.text('created_at'),
  }));
  const known = new Set(entries.map((e) => e.id));
  const orphan = [...interactions.keys()].find((id) => !known.has(id));
  if (orphan !== undefined) throw invalid(`interactions.csv names the entry ${orphan}, which is not in entries.csv.`);
  return checkPortable({ entries, people, checkins }, (i) => entryRows[i]!.where);
}
