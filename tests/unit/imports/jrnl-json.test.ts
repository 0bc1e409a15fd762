// jrnl's JSON export: title and body become the note, tag symbols go, wall clock read locally.
import { describe, expect, it } from 'vitest';
import { parseJrnlJson } from '../../../electron/imports/jrnl-json';
import { expectImportError, fixture, localIso } from './expected';

const one = (entry: unknown) => JSON.stringify({ tags: {}, entries: [{ date: '2024-03-01', time: '21:15', title: 'T', body: '', tags: [] }, entry] });

describe('parseJrnlJson', () => {
  it('reads date, time, title, body and tags', () => {
    const { entries, moodLabels } = parseJrnlJson(fixture('jrnl.json'));
    expect(entries.map(({ key: _key, ...e }) => e)).toEqual([
      { occurredAt: localIso(2024, 3, 1, 21, 15), note: 'Dinner with @sam.\n\nWe talked about the move.\nFelt lighter.', tags: ['sam'] },
      // starred in jrnl
      { occurredAt: localIso(2024, 7, 14, 8, 5), note: 'Short one.', tags: ['work', 'sam', 'starred'] },
    ]);
    // jrnl has no mood: nothing to map, nothing invented
    expect(entries.every((e) => !('moodLabel' in e))).toBe(true);
    expect(moodLabels).toEqual([]);
  });

  it('gives every entry a stable key of its own', () => {
    const keys = parseJrnlJson(fixture('jrnl.json')).entries.map((e) => e.key);
    expect(parseJrnlJson(fixture('jrnl.json')).entries.map((e) => e.key)).toEqual(keys);
    expect(new Set(keys).size).toBe(2);
    for (const key of keys) expect(key).toMatch(/^jrnl:[0-9a-f]{32}$/);
    // the starred flag and tags are not part of what the entry says
    const data = JSON.parse(fixture('jrnl.json')) as { entries: { starred: boolean; tags: string[] }[] };
    data.entries[0]!.starred = true;
    data.entries[0]!.tags = [];
    expect(parseJrnlJson(JSON.stringify(data)).entries[0]!.key).toBe(keys[0]);
  });

  it('accepts # tags, seconds, a missing body and missing tags', () => {
    const { entries } = parseJrnlJson(one({ date: '2024-01-02', time: '07:08:09', title: ' Hi ', tags: ['#home', '@', ' @a '] }));
    expect(entries[1]).toMatchObject({ occurredAt: localIso(2024, 1, 2, 7, 8, 9), note: 'Hi', tags: ['home', 'a'] });
    expect(parseJrnlJson(one({ date: '2024-01-02', time: '07:08', title: 'x' })).entries[1]!.tags).toEqual([]);
  });

  it('treats an empty file or an empty list as no entries', () => {
    expect(parseJrnlJson('')).toEqual({ entries: [], moodLabels: [] });
    expect(parseJrnlJson('{"tags": {}, "entries": []}')).toEqual({ entries: [], moodLabels: [] });
  });

  it('refuses what is not a jrnl export', () => {
    expectImportError(() => parseJrnlJson('{"tags": {}}'), 'This is not a jrnl JSON export: there is no "entries" list.');
    expectImportError(() => parseJrnlJson('[]'), 'This is not a jrnl JSON export: there is no "entries" list.');
    expectImportError(() => parseJrnlJson('{"entries": {}}'), 'This is not a jrnl JSON export: there is no "entries" list.');
    expectImportError(() => parseJrnlJson('full_date,date'), 'This is not a jrnl JSON export: the file is not valid JSON.');
  });

  it('names the entry and the problem', () => {
    const base = { date: '2024-03-01', time: '21:15', title: 'T', body: '' };
    expectImportError(() => parseJrnlJson(one('text')), 'Entry 2: it is not an object with a date, a time and a title.');
    expectImportError(() => parseJrnlJson(one({ ...base, date: 20240301 })), 'Entry 2: "date" should be a date like 2024-03-01.');
    expectImportError(() => parseJrnlJson(one({ ...base, time: undefined })), 'Entry 2: "time" should be a time like 21:15.');
    expectImportError(() => parseJrnlJson(one({ ...base, title: null })), 'Entry 2: "title" should be text.');
    expectImportError(() => parseJrnlJson(one({ ...base, body: 3 })), 'Entry 2: "body" should be text.');
    expectImportError(() => parseJrnlJson(one({ ...base, date: '1 March 2024' })), 'Entry 2: "1 March 2024" is not a date like 2024-03-01.');
    expectImportError(() => parseJrnlJson(one({ ...base, time: '9pm' })), 'Entry 2: "9pm" is not a time like 21:15.');
    expectImportError(() => parseJrnlJson(one({ ...base, date: '2024-02-30' })), 'Entry 2: "2024-02-30 21:15" is not a real date and time.');
    expectImportError(() => parseJrnlJson(one({ ...base, time: '24:00' })), 'Entry 2: "2024-03-01 24:00" is not a real date and time.');
    expectImportError(() => parseJrnlJson(one({ ...base, tags: '@a' })), 'Entry 2: "tags" should be a list of text.');
    expectImportError(() => parseJrnlJson(one({ ...base, tags: [1] })), 'Entry 2: "tags" should be a list of text.');
  });

  it('enforces the limits of an entry', () => {
    const base = { date: '2024-03-01', time: '21:15', title: 'T' };
    expectImportError(() => parseJrnlJson(one({ ...base, body: 'x'.repeat(20_000) })), 'Entry 2: the note is longer than 20,000 characters.');
    const tags = Array.from({ length: 31 }, (_, i) => `@t${i}`);
    expectImportError(() => parseJrnlJson(one({ ...base, tags })), 'Entry 2: it has 31 tags; an entry can have at most 30.');
    expectImportError(() => parseJrnlJson(one({ ...base, tags: [`@${'z'.repeat(41)}`] })), `Entry 2: the tag "${'z'.repeat(40)}…" is longer than 40 characters.`);
  });
});
