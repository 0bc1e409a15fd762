// jrnl's `jrnl --export json` → imported entries:
// {"tags": {...}, "entries": [{"date": "2024-03-01", "time": "21:15", "title", "body", "tags": ["@work"], "starred"}]}
// A starred entry gets the tag "starred" (STARRED_TAG), so the mark stays findable and can be filtered on.
// jrnl has no time zone: date and time are the wall clock of the machine that wrote them, read here
// in this machine's zone.
import { entriesList, importedEntry, invalid, isRecord, sourceKey, stringList, type ParsedImport } from './imported-entry';
import { localOffsetIso } from './local-date-time';

/** The tag a starred jrnl entry carries in Hearth. */
export const STARRED_TAG = 'starred';

export function parseJrnlJson(text: string): ParsedImport {
  const entries = entriesList(text, 'jrnl JSON').map((item, i) => {
    const where = `Entry ${i + 1}`;
    if (!isRecord(item)) throw invalid(`${where}: it is not an object with a date, a time and a title.`);
    const { date, time, title, body = '' } = item;
    if (typeof date !== 'string') throw invalid(`${where}: "date" should be a date like 2024-03-01.`);
    if (typeof time !== 'string') throw invalid(`${where}: "time" should be a time like 21:15.`);
    if (typeof title !== 'string') throw invalid(`${where}: "title" should be text.`);
    if (typeof body !== 'string') throw invalid(`${where}: "body" should be text.`);

    const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (!d) throw invalid(`${where}: "${date}" is not a date like 2024-03-01.`);
    const t = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time);
    if (!t) throw invalid(`${where}: "${time}" is not a time like 21:15.`);
    const occurredAt = localOffsetIso(Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2]), Number(t[3] ?? 0));
    if (occurredAt === null) throw invalid(`${where}: "${date} ${time}" is not a real date and time.`);

    const heading = title.trim();
    const rest = body.trim();
    const note = rest === '' ? heading : `${heading}\n\n${rest}`;
    // jrnl tags carry their marker ("@work", or "#work" with another tagsymbol); Hearth's do not.
    const tags = stringList(item.tags, where, 'tags').map((tag) => tag.trim().replace(/^[@#]/, ''));
    if (item.starred !== undefined && typeof item.starred !== 'boolean') throw invalid(`${where}: "starred" should be true or false.`);
    if (item.starred === true) tags.push(STARRED_TAG);
    return importedEntry(where, { key: sourceKey('jrnl', [date, time, title, body]), occurredAt, note, tags });
  });
  return { entries, moodLabels: [] };
}
