// Imports in two steps: opening a file reads and checks all of it and returns a summary; only a
// commit writes, all in one transaction. Between the two the parsed file waits here, in memory,
// and is dropped on lock.
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { HearthError } from '../../shared/errors';
import type { ImportFormat, ImportResult, ImportSummary, RestoreMode } from '../../shared/exchange';
import { entryInputSchema, type EntryData } from '../../shared/schemas';
import { readBackupFile } from '../backup/backup-reader';
import { applyMoodMap } from '../imports/daylio-moods';
import { parseDayOneJson } from '../imports/dayone-json';
import type { HearthCsvFiles } from '../imports/hearth-csv';
import { parseHearthJson } from '../imports/hearth-json';
import { keepRepeats, type ImportedEntry, type ParsedImport } from '../imports/imported-entry';
import { parseJrnlJson } from '../imports/jrnl-json';
import { repeatedEntries, type PortableJournal } from '../imports/portable-journal';
import { describeFsError } from '../files/atomic-file';
import type { Journal } from './journal';
import type { JournalReader } from './journal-index';
import { portableContents } from './portable-contents';
import { planRestore, readBackupContents, type BackupContents } from './restore-plan';

/** Larger than any real export of these apps, small enough to parse in memory. */
const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

/** Formats whose entries keep their ids and are merged as a backup is: a backup, and Hearth's own portable data. */
type RestoreFormat = 'backup' | 'hearth-json' | 'hearth-csv';
type JournalFormat = Exclude<ImportFormat, RestoreFormat>;

/** `repeatedInFile`: entries saying exactly what an earlier one of the file says, each kept. */
export type Pending =
  | { format: RestoreFormat; fileName: string; backup: BackupContents; repeatedInFile: number }
  | { format: JournalFormat; fileName: string; parsed: ParsedImport; repeatedInFile: number };

// The CSV readers are imported when a CSV file is read: csv-parse would otherwise load with the
// service, at every start of the app and of every CLI command.
const PARSERS: Record<JournalFormat, () => Promise<(text: string) => ParsedImport>> = {
  'daylio-csv': async () => (await import('../imports/daylio-csv')).parseDaylioCsv,
  'jrnl-json': async () => parseJrnlJson,
  'dayone-json': async () => parseDayOneJson,
};

/** A file that holds nothing to import is refused, rather than "imported" as nothing. */
function nothingIn(fileName: string): HearthError {
  return new HearthError('IMPORT_INVALID', `${fileName} holds no entries: there is nothing to import.`);
}

/** The CSV folder Hearth exports, named by the folder or by any file in it (the app's dialog picks entries.csv). */
async function readHearthCsv(path: string): Promise<{ fileName: string; journal: PortableJournal }> {
  let folder = path;
  try {
    if (!(await stat(path)).isDirectory()) folder = dirname(path);
  } catch (e) {
    throw describeFsError(e, `read ${basename(path)}`);
  }
  const { HEARTH_CSV_CHECKINS, HEARTH_CSV_FILES, parseHearthCsv } = await import('../imports/hearth-csv');
  const files: Partial<HearthCsvFiles> = {};
  for (const name of HEARTH_CSV_FILES) files[name] = await readText(join(folder, name));
  // Only a journal with check-ins exports their file.
  const checkins = join(folder, HEARTH_CSV_CHECKINS);
  if (await stat(checkins).then((s) => s.isFile(), () => false)) files[HEARTH_CSV_CHECKINS] = await readText(checkins);
  return { fileName: basename(folder), journal: parseHearthCsv(files as HearthCsvFiles) };
}

function portablePending(format: 'hearth-json' | 'hearth-csv', fileName: string, journal: PortableJournal): Pending {
  if (journal.entries.length === 0 && journal.people.length === 0) throw nothingIn(fileName);
  return { format, fileName, backup: portableContents(journal), repeatedInFile: repeatedEntries(journal.entries) };
}

async function readText(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw describeFsError(e, `read ${basename(path)}`);
  }
  if (bytes.length > MAX_IMPORT_BYTES) throw new HearthError('IMPORT_INVALID', 'This file is too large to be an export Hearth can import.');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HearthError('IMPORT_INVALID', 'This file is not UTF-8 text, so it is not an export Hearth can import.');
  }
}

function dateSpan(dates: string[]): { from: string | null; to: string | null } {
  if (dates.length === 0) return { from: null, to: null };
  const sorted = [...dates].sort();
  return { from: sorted[0]!, to: sorted[sorted.length - 1]! };
}

function isEmpty(index: JournalReader): boolean {
  return index.entryCount() === 0 && index.allPeople().length === 0;
}

/** Entries of the file not yet in the journal (keys are distinct within a file: see keepRepeats). */
function newEntries(index: JournalReader, entries: readonly ImportedEntry[]): ImportedEntry[] {
  const seen = index.importKeys();
  return entries.filter((e) => {
    if (seen.has(e.key)) return false;
    seen.add(e.key);
    return true;
  });
}

function toEntryData(entry: ImportedEntry, mood: number | undefined): EntryData {
  const input = { occurredAt: entry.occurredAt, note: entry.note, tags: entry.tags, ...(mood === undefined ? {} : { mood }) };
  const parsed = entryInputSchema.safeParse(input);
  if (!parsed.success) throw new HearthError('IMPORT_INVALID', `An entry of ${entry.occurredAt.slice(0, 10)} cannot be imported: ${parsed.error.issues[0]?.message ?? 'it is not valid'}.`);
  return parsed.data;
}

export class PendingImports {
  private readonly pending = new Map<string, Pending>();

  /** Reads and checks the whole file; nothing is written. */
  async open(format: ImportFormat, path: string, passphrase: string | undefined): Promise<Pending> {
    const fileName = basename(path);
    if (format === 'backup') {
      if (passphrase === undefined) throw new HearthError('INVALID_INPUT', 'Enter the passphrase of the backup.', { field: 'passphrase' });
      const { records } = await readBackupFile(path, passphrase);
      return { format, fileName, backup: readBackupContents(records), repeatedInFile: 0 };
    }
    if (format === 'hearth-csv') {
      const csv = await readHearthCsv(path);
      return portablePending(format, csv.fileName, csv.journal);
    }
    const text = await readText(path);
    // An empty file imports nothing; saying so beats an import that silently "succeeds".
    if (text.trim() === '') throw new HearthError('IMPORT_INVALID', `${fileName} is empty: there is nothing to import.`);
    if (format === 'hearth-json') return portablePending(format, fileName, parseHearthJson(text));
    const parsed = (await PARSERS[format]())(text);
    if (parsed.entries.length === 0) throw nothingIn(fileName);
    const { entries, repeated } = keepRepeats(parsed.entries);
    return { format, fileName, parsed: { ...parsed, entries }, repeatedInFile: repeated };
  }

  /** Keeps an opened file until commit or cancel, and says what committing would do. */
  hold(item: Pending, index: JournalReader): ImportSummary {
    const importId = randomUUID();
    this.pending.set(importId, item);
    return this.summarize(importId, item, index);
  }

  commit(importId: string, mode: RestoreMode, moodMap: Record<string, number>, journal: Journal): ImportResult {
    const item = this.pending.get(importId);
    if (!item) throw new HearthError('NOT_FOUND', 'That import is no longer open; choose the file again.');
    let result: ImportResult;
    if ('backup' in item) {
      result = journal.applyRestore(planRestore(journal.index, item.backup, mode));
    } else {
      const fresh = newEntries(journal.index, item.parsed.entries);
      const moods = applyMoodMap(fresh, moodMap);
      const data = fresh.map((e, i) => toEntryData(e, moods[i]));
      journal.addEntries(data, fresh.map((e) => e.key));
      result = { added: fresh.length, updated: 0, skipped: item.parsed.entries.length - fresh.length };
    }
    this.pending.delete(importId);
    return result;
  }

  cancel(importId: string): void {
    this.pending.delete(importId);
  }

  clear(): void {
    this.pending.clear();
  }

  private summarize(importId: string, item: Pending, index: JournalReader): ImportSummary {
    const journalEmpty = isEmpty(index);
    const { repeatedInFile } = item;
    if ('backup' in item) {
      const plan = planRestore(index, item.backup, 'merge');
      return {
        importId,
        format: item.format,
        fileName: item.fileName,
        entries: item.backup.entries.length,
        newEntries: plan.added,
        duplicates: item.backup.entries.length - plan.added,
        updated: plan.updated,
        newPeople: plan.newPeople,
        ...dateSpan(item.backup.entries.map((e) => e.data.occurredAt.slice(0, 10))),
        moodLabels: [],
        journalEmpty,
        repeatedInFile,
      };
    }
    const fresh = newEntries(index, item.parsed.entries);
    return {
      importId,
      format: item.format,
      fileName: item.fileName,
      entries: item.parsed.entries.length,
      newEntries: fresh.length,
      duplicates: item.parsed.entries.length - fresh.length,
      updated: 0,
      newPeople: 0,
      ...dateSpan(item.parsed.entries.map((e) => e.occurredAt.slice(0, 10))),
      moodLabels: item.parsed.moodLabels,
      journalEmpty,
      repeatedInFile,
    };
  }
}
