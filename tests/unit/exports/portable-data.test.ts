// Portable data: JSON that reads back as the journal, and RFC 4180 CSV that spreadsheets open safely.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toPortableCsv, toPortableJson } from '../../../electron/exports/portable-data';
import { parseHearthCsv } from '../../../electron/imports/hearth-csv';
import { parseHearthJson } from '../../../electron/imports/hearth-json';
import { CHANNELS, DIRECTIONS, RELATIONSHIPS, SUPPORT_KINDS, type Entry, type Interaction, type Person } from '../../../shared/domain';

const STAMP = '2026-01-02T03:04:05.000Z';
const sam: Person = { id: '11111111-1111-4111-8111-111111111111', name: 'Sam Ñúñez', relationship: 'friend', aliases: ['Sammy', 'S.'], archived: false, createdAt: STAMP, updatedAt: STAMP };
const mum: Person = { id: '22222222-2222-4222-8222-222222222222', name: '=Mum, "Ma"', relationship: 'family', aliases: [], archived: true, createdAt: STAMP, updatedAt: STAMP };
const withSam: Interaction = {
  personId: sam.id,
  person: sam.name,
  relationship: 'friend',
  kinds: ['emotional', 'practical'],
  direction: 'both',
  felt: -2,
  cost: 1,
  channel: 'in-person',
  askedForHelp: true,
};
const full: Entry = {
  id: '33333333-3333-4333-8333-333333333333',
  occurredAt: '2026-01-01T21:15:00+01:00',
  mood: 7,
  support: 8,
  stress: 0,
  note: 'Dinner, "finally".\nLine two',
  tags: ['friends', 'food'],
  interactions: [withSam],
  createdAt: STAMP,
  updatedAt: STAMP,
};
// an interaction whose direction, felt and cost were left untouched
const withMum: Interaction = { personId: mum.id, person: mum.name, relationship: 'family', kinds: [], channel: 'call', askedForHelp: false };
// imported from a journal without scales, or written without touching them: nothing to invent
const imported: Entry = {
  id: '44444444-4444-4444-8444-444444444444',
  occurredAt: '2025-12-31T08:00:00-05:00',
  note: '-1 day',
  tags: [],
  interactions: [withMum],
  createdAt: STAMP,
  updatedAt: STAMP,
};

describe('toPortableJson', () => {
  it('writes the journal with a fixed key order and no invented values', () => {
    const json = toPortableJson([full, imported], [sam, mum], new Date(STAMP));
    const data = JSON.parse(json) as Record<string, unknown> & { entries: Record<string, unknown>[]; people: Record<string, unknown>[] };
    expect(Object.keys(data)).toEqual(['app', 'format', 'exportedAt', 'people', 'entries']);
    expect(data).toMatchObject({ app: 'hearth', format: 1, exportedAt: STAMP });
    expect(Object.keys(data.entries[0]!)).toEqual(['id', 'occurredAt', 'mood', 'support', 'stress', 'note', 'tags', 'interactions', 'createdAt', 'updatedAt']);
    // not recorded is an explicit null, in the same place as a value
    expect(data.entries[1]).toMatchObject({ mood: null, support: null, stress: null });
    expect(Object.keys(data.entries[1]!)).toEqual(Object.keys(data.entries[0]!));
    expect(Object.keys((data.entries[0]!.interactions as object[])[0]!)).toEqual(Object.keys(withSam));
    expect((data.entries[1]!.interactions as object[])[0]).toEqual({ ...withMum, direction: null, felt: null, cost: null });
    expect(Object.keys((data.entries[1]!.interactions as object[])[0]!)).toEqual(Object.keys(withSam));
    expect(Object.keys(data.people[0]!)).toEqual(['id', 'name', 'relationship', 'aliases', 'archived', 'createdAt', 'updatedAt']);
    expect(json).toContain('\n  "people": [');
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('orders keys the same however the records were built', () => {
    const shuffled = Object.fromEntries(Object.entries(full).reverse()) as unknown as Entry;
    expect(toPortableJson([shuffled], [sam], new Date(STAMP))).toBe(toPortableJson([full], [sam], new Date(STAMP)));
  });

  it('round-trips any journal', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 5 }), fc.array(personArb, { maxLength: 5 }), (entries, people) => {
        const data = JSON.parse(toPortableJson(entries, people, new Date(STAMP))) as { entries: Entry[]; people: Person[] };
        expect(data.entries).toEqual(entries.map(withNulls));
        expect(data.people).toEqual(people.map(personWithNull));
        // toEqual overlooks undefined but not null: every key is there, null where nothing was recorded
        expect(data.entries.map((e) => Object.keys(e))).toEqual(entries.map(() => ENTRY_KEYS));
      }),
    );
  });
});

describe('portable data read back', () => {
  /**
   * A journal as the service gives it: each interaction names a person of the list, with their
   * relationship or none. No tags or other names: lists in CSV cells are tested above.
   */
  const journalArb = fc
    .tuple(
      fc.uniqueArray(personArb, { selector: (p) => p.id, minLength: 1, maxLength: 4 }),
      fc.uniqueArray(entryArb, { selector: (e) => e.id, maxLength: 4 }),
    )
    .map(([anyPeople, entries]) => {
      const people = anyPeople.map((p) => ({ ...p, aliases: [] }));
      return {
        people,
        entries: entries.map((e, n) => ({
          ...e,
          tags: [],
          interactions: e.interactions.map(({ relationship: _ignored, ...i }, k) => {
            const p = people[(n + k) % people.length]!;
            return { ...i, personId: p.id, person: p.name, ...(p.relationship === undefined ? {} : { relationship: p.relationship }) };
          }),
        })),
      };
    });

  it('gives back a relationship not recorded as none, and a recorded one as it was, through JSON and CSV', () => {
    fc.assert(
      fc.property(journalArb, ({ people, entries }) => {
        for (const back of [parseHearthJson(toPortableJson(entries, people, new Date(STAMP))), parseHearthCsv(toPortableCsv(entries, people))]) {
          expect(back.people).toEqual(people);
          expect(back.entries).toEqual(entries);
          // toEqual overlooks a key set to undefined: not recorded must be no key at all.
          back.people.forEach((p, i) => expect('relationship' in p).toBe(people[i]!.relationship !== undefined));
          back.entries.forEach((e, i) => e.interactions.forEach((x, k) => expect('relationship' in x).toBe(entries[i]!.interactions[k]!.relationship !== undefined)));
        }
      }),
    );
  });
});

describe('toPortableCsv', () => {
  it('writes RFC 4180 with a BOM, CRLF, quoting and formula neutralising', () => {
    const files = toPortableCsv([full, imported], [sam, mum]);
    expect(files['entries.csv']).toBe(
      '\uFEFFid,occurred_at,mood,support,stress,note,tags,created_at,updated_at\r\n' +
        `${full.id},2026-01-01T21:15:00+01:00,7,8,0,"Dinner, ""finally"".\nLine two",friends | food,${STAMP},${STAMP}\r\n` +
        `${imported.id},2025-12-31T08:00:00-05:00,,,,'-1 day,,${STAMP},${STAMP}\r\n`,
    );
    expect(files['people.csv']).toBe(
      '\uFEFFid,name,relationship,archived,created_at,updated_at,also_known_as\r\n' +
        `${sam.id},Sam Ñúñez,friend,false,${STAMP},${STAMP},Sammy | S.\r\n` +
        `${mum.id},"'=Mum, ""Ma""",family,true,${STAMP},${STAMP},\r\n`,
    );
    // felt -2 is a number, not text: no apostrophe
    expect(files['interactions.csv']).toBe(
      '\uFEFFentry_id,person_id,person,kinds,direction,felt,cost,channel,asked_for_help\r\n' +
        `${full.id},${sam.id},Sam Ñúñez,emotional | practical,both,-2,1,in-person,true\r\n` +
        // not recorded: empty cells, never a default
        `${imported.id},${mum.id},"'=Mum, ""Ma""",,,,,call,false\r\n`,
    );
  });

  it('gives back every note and tag through the Hearth CSV import, formula guard and all', () => {
    const tag = fc.string({ minLength: 1, maxLength: 12 }).filter((t) => !t.includes('|'));
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(tag, { maxLength: 3 }), (note, tags) => {
        const entry = { ...imported, note, tags, interactions: [] };
        const back = parseHearthCsv(toPortableCsv([entry], []));
        expect(back.entries).toEqual([entry]);
      }),
    );
  });

  it('writes headers alone for an empty journal', () => {
    expect(toPortableCsv([], [])['interactions.csv']).toBe('\uFEFFentry_id,person_id,person,kinds,direction,felt,cost,channel,asked_for_help\r\n');
  });

  it('neutralises every formula start in text cells', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const [, row] = parse(toPortableCsv([{ ...imported, note: `${start}SUM(A1)` }], [])['entries.csv'], { bom: true }) as string[][];
      expect(row![5]).toBe(`'${start}SUM(A1)`);
    }
  });

  it('keeps every text field through a CSV parser, apart from the formula apostrophe', () => {
    // Apostrophes already before a formula start get one more, so the import takes exactly one off.
    const neutral = (s: string) => (/^'*[=+\-@\t\r]/.test(s) ? `'${s}` : s);
    const read = (text: string) => {
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.replace(/"[^"]*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // line ends outside quotes are CRLF
      return parse(text, { bom: true, record_delimiter: '\r\n' }) as string[][];
    };
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 5 }), fc.array(personArb, { maxLength: 5 }), (entries, people) => {
        const files = toPortableCsv(entries, people);
        const [, ...entryRows] = read(files['entries.csv']);
        expect(entryRows).toEqual(
          entries.map((e) => [
            e.id,
            e.occurredAt,
            String(e.mood ?? ''),
            String(e.support ?? ''),
            String(e.stress ?? ''),
            neutral(e.note),
            neutral(e.tags.join(' | ')),
            e.createdAt,
            e.updatedAt,
          ]),
        );
        const [, ...peopleRows] = read(files['people.csv']);
        expect(peopleRows).toEqual(people.map((p) => [p.id, neutral(p.name), p.relationship ?? '', String(p.archived), p.createdAt, p.updatedAt, neutral(p.aliases.join(' | '))]));
        const [, ...interactionRows] = read(files['interactions.csv']);
        expect(interactionRows).toEqual(
          entries.flatMap((e) =>
            e.interactions.map((i) => [
              e.id,
              i.personId,
              neutral(i.person),
              i.kinds.join(' | '),
              i.direction ?? '',
              String(i.felt ?? ''),
              String(i.cost ?? ''),
              i.channel ?? '',
              String(i.askedForHelp ?? ''),
            ]),
          ),
        );
      }),
    );
  });
});

// Text that spreadsheets and CSV get wrong: separators, quotes, both line ends, formula starts, accents.
const text = fc.string({ unit: fc.oneof(fc.constantFrom(',', '"', '\r', '\n', '\r\n', '=', '+', '-', '@', '\t', ' | ', 'é', '😀'), fc.string({ maxLength: 3 })), maxLength: 30 });
const iso = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
const scale = fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined });

const personArb: fc.Arbitrary<Person> = fc.record(
  {
    id: fc.uuid(),
    name: text,
    relationship: fc.constantFrom(...RELATIONSHIPS),
    aliases: fc.array(text, { maxLength: 3 }),
    archived: fc.boolean(),
    createdAt: iso,
    updatedAt: iso,
  },
  // A person added without choosing a relationship has none.
  { requiredKeys: ['id', 'name', 'aliases', 'archived', 'createdAt', 'updatedAt'] },
);

const interactionArb: fc.Arbitrary<Interaction> = fc.record(
  {
    personId: fc.uuid(),
    person: text,
    relationship: fc.constantFrom(...RELATIONSHIPS),
    kinds: fc.uniqueArray(fc.constantFrom(...SUPPORT_KINDS)),
    direction: fc.constantFrom(...DIRECTIONS),
    felt: fc.integer({ min: -2, max: 2 }),
    cost: fc.integer({ min: 0, max: 3 }),
    channel: fc.constantFrom(...CHANNELS),
    askedForHelp: fc.boolean(),
  },
  { requiredKeys: ['personId', 'person', 'kinds'] },
);

const entryArb: fc.Arbitrary<Entry> = fc.record(
  {
    id: fc.uuid(),
    occurredAt: iso.map((s) => s.replace(/\.\d{3}Z$/, '+01:00')),
    mood: scale,
    support: scale,
    stress: scale,
    note: text,
    tags: fc.array(text, { maxLength: 4 }),
    interactions: fc.array(interactionArb, { maxLength: 3 }),
    createdAt: iso,
    updatedAt: iso,
  },
  { requiredKeys: ['id', 'occurredAt', 'note', 'tags', 'interactions', 'createdAt', 'updatedAt'] },
);

const ENTRY_KEYS = ['id', 'occurredAt', 'mood', 'support', 'stress', 'note', 'tags', 'interactions', 'createdAt', 'updatedAt'];

/** What the file says of an entry: null for each value not recorded. */
const withNulls = (e: Entry) => ({
  ...e,
  mood: e.mood ?? null,
  support: e.support ?? null,
  stress: e.stress ?? null,
  interactions: e.interactions.map((i) => ({ ...i, relationship: i.relationship ?? null, direction: i.direction ?? null, felt: i.felt ?? null, cost: i.cost ?? null, channel: i.channel ?? null, askedForHelp: i.askedForHelp ?? null })),
});

const personWithNull = (p: Person) => ({ ...p, relationship: p.relationship ?? null });
