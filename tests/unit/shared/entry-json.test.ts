// The unlock worker reads an entry's search text from its record's JSON without parsing it. Checked
// against the plain path (JSON.parse, then searchText of the note and tags) on records as Hearth
// writes them and on JSON it never writes: white space, repeated keys, escapes, nested values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entrySearchText } from '../../../shared/search/entry-json';
import { searchText } from '../../../shared/search/words';

/** The plain path's text: what scanEntry scans for a parsed record, or null where it scans none. */
function plain(json: string): string | null {
  const value = JSON.parse(json) as unknown;
  if (value === null || typeof value !== 'object') return null;
  try {
    const { note, tags } = value as { note: string; tags: string[] };
    return searchText(note, tags);
  } catch {
    return null;
  }
}

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.constantFrom('a', 'B', ' ', '"', '\\', '\\"', '\n', '\t', '\u0000', '\u001f', 'é', 'İ', '😀', '\ud800', '/', '{', '}', '[', ']', ',', ':'), { maxLength: 20 }).map((p) => p.join('')),
);
const entry = fc.record(
  {
    occurredAt: fc.constant('2026-11-24T10:00:00+01:00'),
    mood: fc.integer({ min: 0, max: 10 }),
    note: text,
    tags: fc.array(text, { maxLength: 4 }),
    interactions: fc.array(fc.record({ personId: text, kinds: fc.array(text, { maxLength: 2 }), felt: fc.integer({ min: -2, max: 2 }), askedForHelp: fc.boolean() }), { maxLength: 3 }),
    createdAt: text,
  },
  { requiredKeys: ['note', 'tags'] },
);
const space = fc.constantFrom('', ' ', '\n', '\t ', '\r\n');
const key = fc.oneof(fc.constantFrom('notes', 'tag', 'Note', 'n\\u006fte', 'x'), fc.string({ maxLength: 5 }));
const value = fc.oneof(
  text.map((t) => JSON.stringify(t)),
  fc.array(text, { maxLength: 3 }).map((t) => JSON.stringify(t)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v, null, 1)),
);
/** A member of an object: mostly a note or tags of the right kind, at times of another, or any other key. */
const member = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constant('note'), fc.oneof({ weight: 4, arbitrary: text.map((t) => JSON.stringify(t)) }, value)) },
  { weight: 3, arbitrary: fc.tuple(fc.constant('tags'), fc.oneof({ weight: 4, arbitrary: fc.array(text, { maxLength: 3 }).map((t) => JSON.stringify(t)) }, value)) },
  { weight: 2, arbitrary: fc.tuple(key, value) },
);
/** An object written by hand: any keys, repeated or escaped, any values, white space anywhere. */
const handWritten = fc
  .array(fc.tuple(space, member, space, space, space), { maxLength: 8 })
  .chain((members) =>
    fc
      .tuple(space, space)
      .map(([before, after]) => `${before}{${members.map(([a, [k, v], b, c, d]) => `${a}${k.includes('\\') ? `"${k}"` : JSON.stringify(k)}${b}:${c}${v}${d}`).join(',')}}${after}`),
  );

describe('an entry’s search text read from its JSON', () => {
  it('is the plain path’s text for every record as Hearth writes it', () => {
    fc.assert(
      fc.property(entry, (e) => {
        const json = JSON.stringify(e);
        expect(entrySearchText(json)).toBe(plain(json));
        expect(entrySearchText(json)).not.toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('is the plain path’s text, or null, for any JSON object', () => {
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(handWritten, (json) => {
        runs += 1;
        const found = entrySearchText(json);
        if (found === null) return;
        read += 1;
        expect(found).toBe(plain(json));
      }),
      { numRuns: 3000 },
    );
    // Most of these objects have a last note and tags of the right kinds: the fast path is tried.
    expect(read).toBeGreaterThan(runs / 5);
  });

  it('reads repeated keys as JSON.parse does, the last one winning', () => {
    const json = '{"note":"first","tags":["a"],"x":{"note":"nested","tags":[1]},"note" : "Last \\"one\\"\\n","tags":[ "b" , "C\\u0041" ]}';
    expect(entrySearchText(json)).toBe(plain(json));
    expect(entrySearchText(json)).toBe('last "one"\n\n#b\n#ca\u0000');
  });

  it('leaves to the plain path what it does not read: other values, escaped keys, no object', () => {
    for (const json of ['{"note":5,"tags":[]}', '{"note":"a","tags":["b",1]}', '{"n\\u006fte":"a","tags":[]}', '{"note":"a"}', '["note"]', '"note"', '{}']) {
      expect(entrySearchText(json)).toBeNull();
    }
  });
});
