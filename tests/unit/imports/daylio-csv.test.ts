// Daylio CSV: both layouts, 12- and 24-hour times, quoted multi-line notes, mood labels, and errors
// that name the row a spreadsheet shows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDaylioCsv } from '../../../electron/imports/daylio-csv';
import { applyMoodMap, DAYLIO_DEFAULT_MOODS } from '../../../electron/imports/daylio-moods';
import { HearthError } from '../../../shared/errors';
import { expectImportError, fixture, localIso } from './expected';

const HEADER = 'full_date,date,weekday,time,mood,activities,note_title,note';
const OLD_HEADER = 'year,date,weekday,time,mood,activities,note';
const row = (cells: Partial<Record<'date' | 'time' | 'mood' | 'activities' | 'title' | 'note', string>> = {}) =>
  [cells.date ?? '2024-03-01', 'March 1', 'Friday', cells.time ?? '9:15 pm', cells.mood ?? 'good', cells.activities ?? '', cells.title ?? '', cells.note ?? '']
    .map(quote)
    .join(',');
const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe('parseDaylioCsv, current layout', () => {
  it('reads 12-hour times, activities, titles, quoted multi-line notes and custom moods', () => {
    const { entries, moodLabels } = parseDaylioCsv(fixture('daylio-8col.csv'));
    expect(entries.map(({ key: _key, ...e }) => e)).toEqual([
      {
        occurredAt: localIso(2024, 3, 1, 21, 15),
        note: 'Dinner with Sam\n\nWe talked for ages, about "the move".\nFelt lighter.',
        tags: ['friends', 'walk'],
        moodLabel: 'good',
      },
      { occurredAt: localIso(2024, 3, 2, 0, 5), note: "Couldn't sleep.\nCalled Mum anyway,\nshe picked up.", tags: [], moodLabel: 'tired' },
      { occurredAt: localIso(2024, 3, 2, 12, 30), note: '', tags: ['family', 'cooking'], moodLabel: 'RAD' },
      { occurredAt: localIso(2024, 3, 3, 8, 0), note: 'Long day', tags: ['work'], moodLabel: 'Tired' },
    ]);
    // labels match case-insensitively; built-ins first from best to worst, then the person's own
    expect(moodLabels).toEqual([
      { label: 'RAD', count: 1, suggested: 9 },
      { label: 'good', count: 1, suggested: 7 },
      { label: 'tired', count: 2, suggested: null },
    ]);
  });

  it('gives every row a stable key of its own', () => {
    const first = parseDaylioCsv(fixture('daylio-8col.csv')).entries.map((e) => e.key);
    const again = parseDaylioCsv(fixture('daylio-8col.csv')).entries.map((e) => e.key);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    for (const key of first) expect(key).toMatch(/^daylio:[0-9a-f]{32}$/);
    // any change to what the row says changes its key
    const base = parseDaylioCsv(csv(row({ note: 'x' }))).entries[0]!.key;
    for (const changed of [row({ note: 'y' }), row({ time: '9:16 pm' }), row({ mood: 'meh' }), row({ activities: 'a' }), row({ date: '2024-03-02' })]) {
      expect(parseDaylioCsv(csv(changed)).entries[0]!.key).not.toBe(base);
    }
  });

  it('turns <br> into line breaks and puts the title on its own line', () => {
    const { entries } = parseDaylioCsv(csv(row({ title: 'Title', note: 'one<br>two<BR/>three<br />four' }), row({ title: 'Only a title' })));
    expect(entries.map((e) => e.note)).toEqual(['Title\n\none\ntwo\nthree\nfour', 'Only a title']);
  });

  it('reads the same entries from CRLF, LF and BOM-prefixed files', () => {
    const lf = csv(row({ note: 'a\nb' }), row({ time: '12:05 am' }));
    const expected = parseDaylioCsv(lf);
    expect(parseDaylioCsv(lf.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(parseDaylioCsv(`\uFEFF${lf}\n`)).toEqual(expected);
  });

  it('reads 12 am as midnight and 12 pm as noon, in any case and spacing', () => {
    const times = ['12:05 am', '12:05 pm', '1:00 PM', '11:59pm', '9:15 a.m.', '00:00', '23:59', '07:05'];
    const { entries } = parseDaylioCsv(csv(...times.map((time) => row({ time }))));
    expect(entries.map((e) => e.occurredAt)).toEqual(
      [[0, 5], [12, 5], [13, 0], [23, 59], [9, 15], [0, 0], [23, 59], [7, 5]].map(([h, mi]) => localIso(2024, 3, 1, h!, mi!)),
    );
  });

  it('treats an empty file, a BOM alone or a header alone as no entries', () => {
    for (const text of ['', '\uFEFF', '\n\n', HEADER, `${HEADER}\n`, `\uFEFF${OLD_HEADER}\r\n\r\n`]) {
      expect(parseDaylioCsv(text)).toEqual({ entries: [], moodLabels: [] });
    }
  });

  it('ignores columns a later Daylio version might add', () => {
    const { entries } = parseDaylioCsv(`${HEADER},scales\n${row({ note: 'hi' })},3`);
    expect(entries[0]).toMatchObject({ note: 'hi', moodLabel: 'good' });
  });
});

describe('parseDaylioCsv, older layout', () => {
  it('reads the year column, both day-month orders and 24-hour times', () => {
    const { entries, moodLabels } = parseDaylioCsv(fixture('daylio-7col.csv'));
    expect(entries.map(({ key: _key, ...e }) => e)).toEqual([
      { occurredAt: localIso(2019, 3, 1, 21, 15), note: 'Quiet evening.', tags: ['reading'], moodLabel: 'meh' },
      { occurredAt: localIso(2019, 12, 1, 7, 5), note: 'Bad night, no sleep', tags: [], moodLabel: 'awful' },
      { occurredAt: localIso(2019, 9, 9, 0, 0), note: '', tags: ['gym', 'friends'], moodLabel: 'good' },
    ]);
    expect(moodLabels.map((m) => m.label)).toEqual(['good', 'meh', 'awful']);
  });

  it('knows every month in abbreviated and full English names', () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const names = ['January', 'february', 'MARCH', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const text = [OLD_HEADER, ...months.map((m) => `2019,${m} 3,x,10:00,meh,,`), ...names.map((m) => `2019,3 ${m}.,x,10:00,meh,,`)].join('\n');
    const dates = parseDaylioCsv(text).entries.map((e) => e.occurredAt);
    const expected = months.map((_, i) => localIso(2019, i + 1, 3, 10, 0));
    expect(dates).toEqual([...expected, ...expected]);
  });
});

describe('parseDaylioCsv, malformed files', () => {
  it('names the row of a date that does not exist, counting a multi-line cell as one row', () => {
    expectImportError(() => parseDaylioCsv(fixture('daylio-bad-date.csv')), 'Row 3 (line 4 of the file): "2021-13-40" is not a real date.');
    expectImportError(() => parseDaylioCsv(csv(row(), row({ date: '2021-13-40' }))), 'Row 3: "2021-13-40" is not a real date.');
    expectImportError(() => parseDaylioCsv(csv(row({ date: '2023-02-29' }))), 'Row 2: "2023-02-29" is not a real date.');
    expectImportError(() => parseDaylioCsv(csv(row({ date: '01/03/2024' }))), 'Row 2: "01/03/2024" is not a date like 2024-03-01.');
    expectImportError(() => parseDaylioCsv(`${OLD_HEADER}\n2019,Feb 30,x,10:00,meh,,`), 'Row 2: "Feb 30 2019" is not a real date.');
    expectImportError(() => parseDaylioCsv(`${OLD_HEADER}\n2019,Foo 3,x,10:00,meh,,`), 'Row 2: "Foo 3 2019" is not a date like "Mar 1" with a year like 2019.');
  });

  it('counts blank lines as rows, as spreadsheets do', () => {
    expectImportError(() => parseDaylioCsv(`${HEADER}\n\n${row({ time: 'noon' })}`), 'Row 3: "noon" is not a time like 21:15 or 9:15 pm.');
  });

  it('names the row of a time that does not exist', () => {
    expectImportError(() => parseDaylioCsv(fixture('daylio-bad-time.csv')), 'Row 3: "13:15 pm" is not a time like 21:15 or 9:15 pm.');
    for (const time of ['24:00', '12:60', '0:15 am', '', '9 pm']) {
      expectImportError(() => parseDaylioCsv(csv(row({ time }))), `Row 2: "${time}" is not a time like 21:15 or 9:15 pm.`);
    }
  });

  it('refuses a file that is not a Daylio export', () => {
    expectImportError(() => parseDaylioCsv(fixture('daylio-wrong-header.csv')), 'This is not a Daylio CSV export: the first row should start with full_date or year.');
    expectImportError(() => parseDaylioCsv(fixture('jrnl.json')), 'This is not a Daylio CSV export: the first row should start with full_date or year.');
    expectImportError(() => parseDaylioCsv('"full_date"x,date\n'), 'This is not a Daylio CSV export: the first row should start with full_date or year.');
    expectImportError(() => parseDaylioCsv('full_date,date,weekday,time,mood'), 'This is not a Daylio CSV export: the first row has no "activities" column.');
  });

  it('refuses broken CSV, naming the row', () => {
    expectImportError(() => parseDaylioCsv(csv(row(), '2024-03-01,x,x,9:00,good,,,"never closed\nstill open')), 'Row 3: a quoted cell is never closed.');
    expectImportError(() => parseDaylioCsv(csv('2024-03-01,x,x,9:00,good,,,"a"b"')), 'Row 2: a quote inside a cell is not doubled, so the row cannot be read.');
    expectImportError(() => parseDaylioCsv(csv(row(), '2024-03-01,x,x,9:00')), 'Row 3: it has 4 columns where the first row has 8.');
  });

  it('enforces the limits of an entry', () => {
    expectImportError(() => parseDaylioCsv(csv(row(), row({ note: 'x'.repeat(20_001) }))), 'Row 3: the note is longer than 20,000 characters.');
    expect(parseDaylioCsv(csv(row({ note: 'x'.repeat(20_000) }))).entries[0]!.note).toHaveLength(20_000);
    const tags = Array.from({ length: 31 }, (_, i) => `t${i}`);
    expectImportError(() => parseDaylioCsv(csv(row({ activities: tags.join(' | ') }))), 'Row 2: it has 31 tags; an entry can have at most 30.');
    expect(parseDaylioCsv(csv(row({ activities: tags.slice(1).join(' | ') }))).entries[0]!.tags).toHaveLength(30);
    expectImportError(
      () => parseDaylioCsv(csv(row({ activities: `ok | ${'y'.repeat(41)}` }))),
      `Row 2: the tag "${'y'.repeat(40)}…" is longer than 40 characters.`,
    );
    expectImportError(() => parseDaylioCsv(csv(row({ mood: ' ' }))), 'Row 2: the mood is empty.');
    expectImportError(() => parseDaylioCsv(csv(row({ mood: 'm'.repeat(101) }))), `Row 2: the mood "${'m'.repeat(40)}…" is longer than 100 characters.`);
  });

  it('names the right row after any number of multi-line notes', () => {
    const note = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', ' ', 'é'), maxLength: 20 });
    fc.assert(
      fc.property(fc.array(note, { maxLength: 8 }), (notes) => {
        const text = csv(...notes.map((n) => row({ note: n })), row({ date: '2024-02-30' }));
        const spreadsheetRow = notes.length + 2;
        const line = 2 + notes.reduce((n, s) => n + s.split('\n').length - 1, 0) + notes.length;
        const where = line === spreadsheetRow ? `Row ${spreadsheetRow}` : `Row ${spreadsheetRow} (line ${line} of the file)`;
        expectImportError(() => parseDaylioCsv(text), `${where}: "2024-02-30" is not a real date.`);
      }),
    );
  });

  it('throws nothing but IMPORT_INVALID on arbitrary text', () => {
    const csvish = fc.string({ unit: fc.constantFrom(',', '"', '\n', '\r', 'a', '1', '2', ':', '-', ' ', '|', 'pm', '<br>', '\uFEFF'), maxLength: 200 });
    const check = (text: string) => {
      try {
        parseDaylioCsv(text);
      } catch (e) {
        expect(e).toBeInstanceOf(HearthError);
        expect((e as HearthError).code).toBe('IMPORT_INVALID');
      }
    };
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check));
    fc.assert(fc.property(csvish, check));
    fc.assert(fc.property(fc.constantFrom(HEADER, OLD_HEADER), csvish, (header, body) => check(`${header}\n${body}`)));
  });
});

describe('applyMoodMap', () => {
  const { entries } = parseDaylioCsv(fixture('daylio-8col.csv')); // good, tired, RAD, Tired

  it('uses the person\'s choices, falling back to the defaults for built-in moods', () => {
    expect(applyMoodMap(entries, { ' TIRED ': 4 })).toEqual([DAYLIO_DEFAULT_MOODS.good, 4, DAYLIO_DEFAULT_MOODS.rad, 4]);
    expect(applyMoodMap(entries, { tired: 2, good: 10, rad: 0 })).toEqual([10, 2, 0, 2]);
  });

  it('asks for a value for a custom mood that has none', () => {
    let thrown: unknown;
    try {
      applyMoodMap(entries, { good: 6 });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(HearthError);
    expect((thrown as HearthError).toInfo()).toEqual({ code: 'INVALID_INPUT', message: 'Choose a mood from 0 to 10 for "tired".', field: 'moodMap' });
    expect(() => applyMoodMap(entries, { tired: 11 })).toThrow('Choose a mood from 0 to 10 for "tired".');
    expect(() => applyMoodMap(entries, { tired: 2.5 })).toThrow('Choose a mood from 0 to 10 for "tired".');
  });

  it('does not take an inherited property for a default', () => {
    const odd = parseDaylioCsv(csv(row({ mood: 'constructor' })));
    expect(odd.moodLabels).toEqual([{ label: 'constructor', count: 1, suggested: null }]);
    expect(() => applyMoodMap(odd.entries, {})).toThrow('Choose a mood from 0 to 10 for "constructor".');
  });

  it('gives no mood to entries that came without one', () => {
    expect(applyMoodMap([{ key: 'jrnl:x', occurredAt: '2024-03-01T21:15:00+01:00', note: '', tags: [] }], {})).toEqual([undefined]);
  });
});
