// Day One's JSON export: the instant shown in the entry's own zone, Markdown escapes removed.
import { describe, expect, it } from 'vitest';
import { parseDayOneJson, unescapeDayOne } from '../../../electron/imports/dayone-json';
import { expectImportError, fixture, localIsoOf } from './expected';

const one = (entry: unknown) => JSON.stringify({ metadata: { version: '1.0' }, entries: [{ creationDate: '2024-03-01T20:15:00Z', text: 'ok' }, entry] });

describe('parseDayOneJson', () => {
  it('shows each entry on the wall clock of its own zone and unescapes its text', () => {
    const { entries, moodLabels } = parseDayOneJson(fixture('dayone.json'));
    expect(entries).toEqual([
      {
        key: 'dayone:5F2C1D7E8A9B4C3D9E0F1A2B3C4D5E6F',
        occurredAt: '2024-03-01T21:15:00+01:00',
        note: 'Dinner with Sam. Felt *well-being* again!\n\n1. call Mum\n2. a path: C:\\Users',
        tags: ['friends', 'family'],
      },
      { key: 'dayone:0A1B2C3D4E5F60718293A4B5C6D7E8F9', occurredAt: '2024-06-30T23:30:00-04:00', note: 'Late call with Alex (again).', tags: [] },
      // an unknown zone falls back to this machine's
      { key: expect.stringMatching(/^dayone:[0-9a-f]{32}$/), occurredAt: localIsoOf(new Date('2024-01-10T12:00:00Z')), note: 'No uuid, unknown zone.', tags: [] },
    ]);
    expect(moodLabels).toEqual([]);
  });

  it('keys by uuid, or by date and text when there is none', () => {
    const keys = parseDayOneJson(fixture('dayone.json')).entries.map((e) => e.key);
    expect(parseDayOneJson(fixture('dayone.json')).entries.map((e) => e.key)).toEqual(keys);
    const a = parseDayOneJson(one({ creationDate: '2024-01-10T12:00:00Z', text: 'a' })).entries[1]!.key;
    const b = parseDayOneJson(one({ creationDate: '2024-01-10T12:00:00Z', text: 'b' })).entries[1]!.key;
    const c = parseDayOneJson(one({ creationDate: '2024-01-10T12:00:01Z', text: 'a' })).entries[1]!.key;
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it('uses the machine zone when there is none, and reads offsets and fractions', () => {
    const { entries } = parseDayOneJson(
      JSON.stringify({ entries: [{ creationDate: '2024-05-05T10:00:00.123Z' }, { creationDate: '2024-05-05T10:00:00+02:00', timeZone: 'Asia/Kolkata', text: '' }] }),
    );
    expect(entries[0]).toMatchObject({ occurredAt: localIsoOf(new Date('2024-05-05T10:00:00Z')), note: '', tags: [] });
    expect(entries[1]!.occurredAt).toBe('2024-05-05T13:30:00+05:30');
  });

  it('removes a backslash before punctuation only', () => {
    expect(unescapeDayOne('a\\.b\\-c\\!d\\#e\\*f\\_g\\[h\\]i\\(j\\)k\\\\l\\nm\\é')).toBe('a.b-c!d#e*f_g[h]i(j)k\\l\\nm\\é');
  });

  it('treats an empty file or an empty list as no entries', () => {
    expect(parseDayOneJson(' \n')).toEqual({ entries: [], moodLabels: [] });
    expect(parseDayOneJson('{"metadata": {}, "entries": []}')).toEqual({ entries: [], moodLabels: [] });
  });

  it('refuses what is not a Day One export', () => {
    expectImportError(() => parseDayOneJson('{"metadata": {}}'), 'This is not a Day One JSON export: there is no "entries" list.');
    expectImportError(() => parseDayOneJson('{'), 'This is not a Day One JSON export: the file is not valid JSON.');
  });

  it('names the entry and the problem', () => {
    expectImportError(() => parseDayOneJson(one(null)), 'Entry 2: it is not an object with a creationDate.');
    expectImportError(() => parseDayOneJson(one({ text: 'x' })), 'Entry 2: "creationDate" should be a date and time like 2024-03-01T20:15:00Z.');
    expectImportError(() => parseDayOneJson(one({ creationDate: '2024-02-30T10:00:00Z' })), 'Entry 2: "2024-02-30T10:00:00Z" is not a real date and time.');
    expectImportError(() => parseDayOneJson(one({ creationDate: 'March 1 2024' })), 'Entry 2: "March 1 2024" is not a real date and time.');
    expectImportError(() => parseDayOneJson(one({ creationDate: '2024-03-01T25:00:00Z' })), 'Entry 2: "2024-03-01T25:00:00Z" is not a real date and time.');
    expectImportError(() => parseDayOneJson(one({ creationDate: '0999-03-01T10:00:00Z' })), 'Entry 2: "0999-03-01T10:00:00Z" is outside the years 1000 to 9999.');
    expectImportError(() => parseDayOneJson(one({ creationDate: '2024-03-01T10:00:00Z', uuid: 7 })), 'Entry 2: "uuid" should be text.');
    expectImportError(() => parseDayOneJson(one({ creationDate: '2024-03-01T10:00:00Z', timeZone: 1 })), 'Entry 2: "timeZone" should be a zone like Europe/Berlin.');
    expectImportError(() => parseDayOneJson(one({ creationDate: '2024-03-01T10:00:00Z', text: ['x'] })), 'Entry 2: "text" should be text.');
    expectImportError(() => parseDayOneJson(one({ creationDate: '2024-03-01T10:00:00Z', tags: 'a' })), 'Entry 2: "tags" should be a list of text.');
  });

  it('enforces the limits of an entry', () => {
    const at = '2024-03-01T10:00:00Z';
    expectImportError(() => parseDayOneJson(one({ creationDate: at, text: 'x'.repeat(20_001) })), 'Entry 2: the note is longer than 20,000 characters.');
    // the limit applies to the note as stored, after unescaping
    expect(parseDayOneJson(one({ creationDate: at, text: '\\.'.repeat(20_000) })).entries[1]!.note).toHaveLength(20_000);
    const tags = Array.from({ length: 31 }, (_, i) => `t${i}`);
    expectImportError(() => parseDayOneJson(one({ creationDate: at, tags })), 'Entry 2: it has 31 tags; an entry can have at most 30.');
  });
});
