// The draft: the entry form's state kept as one sealed record, so that a lock does not lose what is
// being written. Real service, real SQLite and libsodium; the contract's handler table on top.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import type { Results } from '../../../shared/api';
import { CHANNELS, DIRECTIONS, RELATIONSHIPS, SUPPORT_KINDS } from '../../../shared/domain';
import { HearthError } from '../../../shared/errors';
import { REPORT_SECTIONS } from '../../../shared/exchange';
import { argSchemas, DRAFT_LIMITS, LIMITS, type DraftInput, type Method } from '../../../shared/schemas';
import { createHandlers, dispatch } from '../../../electron/ipc/dispatch';
import { LOCK_FILE, VAULT_FILE } from '../../../electron/service/paths';
import { MARK_FILE } from '../../../electron/store/change-mark';
import { canariesIn } from '../../support/canary';
import { entry, freshService, PASSPHRASE, tempDir } from '../../support/vault';

const SHARE = 'maple-orbit-velvet-canyon-pickle-harbor';
const cleanups = cleanupAfterEach();

async function setup(now?: () => Date) {
  const v = await freshService(now ? { now } : {});
  cleanups.push(v.cleanup);
  const handlers = createHandlers(v.service, v.dialogs);
  async function call<M extends Method>(method: M, arg?: unknown): Promise<Results[M]> {
    const envelope = await dispatch(handlers, method, arg);
    if (!envelope.ok) throw HearthError.fromInfo(envelope.error);
    return envelope.value as Results[M];
  }
  return { ...v, call };
}

/** Kinds of the rows on disk, read beside the service (SQLite allows a second reader). */
function kindsOnDisk(vaultDir: string): string[] {
  const db = new Database(join(vaultDir, VAULT_FILE), { readonly: true });
  try {
    return (db.prepare('SELECT kind FROM records ORDER BY kind').all() as Array<{ kind: string }>).map((r) => r.kind);
  } finally {
    db.close();
  }
}

const CANARIES = {
  note: 'CanaryDraftNoteHeron',
  tag: 'CanaryDraftTagMarten',
  tagText: 'CanaryDraftTypingLynx',
  person: 'CanaryDraftPersonIbis',
};
const CANARY_LIST = Object.values(CANARIES);

/** A half-written entry: a scale unset, a person without a direction or a feeling yet. */
const HALF_WRITTEN: DraftInput = {
  occurredAt: '2026-11-20T21:15:00+01:00',
  mood: 4,
  note: `Talked to ${CANARIES.person} and then ${CANARIES.note}`,
  tags: [CANARIES.tag],
  tagText: CANARIES.tagText,
  interactions: [{ person: CANARIES.person, kinds: ['emotional'], relationship: 'friend' }, { person: '', kinds: [] }],
};

async function failure(p: Promise<unknown>): Promise<HearthError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof HearthError) return e;
    throw e;
  }
  throw new Error('expected the call to fail');
}

describe('the draft record', () => {
  it('is kept, replaced (one per journal), read back after a lock, and discarded', async () => {
    const a = await setup(() => new Date('2026-11-20T20:16:00.000Z'));
    expect(await a.call('getDraft')).toBeNull();
    await a.call('saveDraft', { ...HALF_WRITTEN, note: 'first words' });
    await a.call('saveDraft', HALF_WRITTEN);
    expect(kindsOnDisk(a.vaultDir)).toEqual(['draft', 'settings']);
    expect(await a.call('getDraft')).toEqual({ ...HALF_WRITTEN, savedAt: '2026-11-20T20:16:00.000Z' });

    await a.service.lock();
    expect((await failure(a.call('getDraft'))).code).toBe('LOCKED');
    expect((await failure(a.call('saveDraft', HALF_WRITTEN))).code).toBe('LOCKED');
    await a.service.unlock({ passphrase: PASSPHRASE });
    expect(await a.call('getDraft')).toEqual({ ...HALF_WRITTEN, savedAt: '2026-11-20T20:16:00.000Z' });

    await a.call('discardDraft');
    expect(await a.call('getDraft')).toBeNull();
    expect(kindsOnDisk(a.vaultDir)).toEqual(['settings']);
    // Discarding again is no error: the form may discard a draft a lock never saved.
    await a.call('discardDraft');
  });

  it('names the entry it edits, and is not an entry: lists, people, tags and insights never see it', async () => {
    const a = await setup();
    const saved = await a.service.addEntry(entry({ mood: 6, support: 6, note: 'As saved' }));
    await a.call('saveDraft', { ...HALF_WRITTEN, editing: saved.id });
    expect((await a.call('getDraft'))?.editing).toBe(saved.id);
    expect(await a.service.getEntry({ id: saved.id })).toEqual(saved);
    const { entries, total } = await a.service.listEntries({ search: CANARIES.note.toLowerCase() });
    expect([entries, total]).toEqual([[], 0]);
    expect(await a.service.listPeople({ includeArchived: true })).toEqual([]);
    expect(await a.service.listTags()).toEqual([]);
    expect(JSON.stringify(await a.service.insights(undefined))).not.toMatch(/Canary/);
    expect(await a.service.verify()).toEqual({ records: 3, corrupt: [], seal: [] });
  });

  it('refuses what is not a draft, and keeps the one before', async () => {
    const a = await setup();
    await a.call('saveDraft', HALF_WRITTEN);
    const bad: Array<[string, unknown]> = [
      ['an unknown field', { ...HALF_WRITTEN, secret: 'x' }],
      ['a note over the draft limit', { ...HALF_WRITTEN, note: 'x'.repeat(DRAFT_LIMITS.noteChars + 1) }],
      ['a felt out of range', { ...HALF_WRITTEN, interactions: [{ person: 'Sam', kinds: [], felt: 3 }] }],
      ['a mood that is not whole', { ...HALF_WRITTEN, mood: 4.5 }],
      ['an editing id that is not an id', { ...HALF_WRITTEN, editing: 'entry-1' }],
      ['a date-time without an offset', { ...HALF_WRITTEN, occurredAt: '2026-11-20T21:15' }],
      ['too many interactions', { ...HALF_WRITTEN, interactions: Array.from({ length: LIMITS.interactions + 1 }, () => ({ person: '', kinds: [] })) }],
    ];
    for (const [what, arg] of bad) expect((await failure(a.call('saveDraft', arg))).code, what).toBe('INVALID_INPUT');
    expect(await a.call('getDraft')).toMatchObject(HALF_WRITTEN);
  });
});

describe('the draft schema', () => {
  const interaction = fc.record(
    {
      person: fc.string({ maxLength: 60 }),
      relationship: fc.constantFrom(...RELATIONSHIPS),
      kinds: fc.uniqueArray(fc.constantFrom(...SUPPORT_KINDS)),
      direction: fc.constantFrom(...DIRECTIONS),
      felt: fc.integer({ min: -2, max: 2 }),
      cost: fc.integer({ min: 0, max: 3 }),
      channel: fc.constantFrom(...CHANNELS),
      askedForHelp: fc.boolean(),
    },
    { requiredKeys: ['person', 'kinds'] },
  );
  const draft = fc.record(
    {
      editing: fc.uuid({ version: 4 }),
      occurredAt: fc.constantFrom('2026-11-20T21:15:00+01:00', '2026-01-01T00:00:00Z', '2026-06-30T23:59:00-09:30'),
      mood: fc.integer({ min: 0, max: 10 }),
      support: fc.integer({ min: 0, max: 10 }),
      stress: fc.integer({ min: 0, max: 10 }),
      note: fc.string({ maxLength: 300 }),
      tags: fc.array(fc.string({ maxLength: 40 }), { maxLength: LIMITS.tags }),
      tagText: fc.string({ maxLength: 40 }),
      interactions: fc.array(interaction, { maxLength: 5 }),
    },
    { requiredKeys: ['note', 'tags', 'tagText', 'interactions'] },
  );

  it('accepts any partial form and gives it back unchanged', () => {
    fc.assert(
      fc.property(draft, (d) => {
        const parsed = argSchemas.saveDraft.safeParse(d);
        return parsed.success && JSON.stringify(parsed.data) === JSON.stringify(d);
      }),
    );
  });

  it('refuses a value out of range in any scale', () => {
    fc.assert(
      fc.property(draft, fc.constantFrom('mood', 'support', 'stress'), fc.oneof(fc.integer({ max: -1 }), fc.integer({ min: 11 })), (d, field, value) => {
        return !argSchemas.saveDraft.safeParse({ ...d, [field]: value }).success;
      }),
    );
  });
});

describe('no plaintext of a draft anywhere but the unlocked service', () => {
  it('the scan finds a canary where there is one', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    writeFileSync(join(dir, 'plain'), `before ${CANARIES.note} after`);
    writeFileSync(join(dir, 'wide'), Buffer.from(CANARIES.tag, 'utf16le'));
    expect(canariesIn(dir, CANARY_LIST).found).toEqual([`${CANARIES.note} (utf8) in plain`, `${CANARIES.tag} (utf16le) in wide`]);
  });

  it('holds no canary of the draft in any vault file, the WAL and shared memory included', async () => {
    const a = await setup();
    await a.call('saveDraft', HALF_WRITTEN);
    await a.call('saveDraft', { ...HALF_WRITTEN, note: `${HALF_WRITTEN.note} and more` });
    const open = canariesIn(a.vaultDir, CANARY_LIST);
    expect(open.files.sort()).toEqual([VAULT_FILE, `${VAULT_FILE}-shm`, `${VAULT_FILE}-wal`, MARK_FILE, LOCK_FILE]);
    expect(open.found).toEqual([]);
    await a.service.lock();
    expect(canariesIn(a.vaultDir, CANARY_LIST)).toEqual({ files: [VAULT_FILE, MARK_FILE, LOCK_FILE], found: [] });
  });

  it('portable CSV and JSON and the report leave the draft out', async () => {
    const a = await setup();
    await a.service.addEntry(entry({ occurredAt: '2026-11-20T09:00:00+01:00', mood: 6, support: 7, note: 'Walk with Sam', tags: ['walk'], interactions: [{ person: 'Sam Rivera' }] }));
    await a.call('saveDraft', HALF_WRITTEN);

    await a.call('exportData', { format: 'json', confirmedUnencrypted: true });
    const json = readdirSync(a.filesDir).find((n) => n.endsWith('.json'))!;
    expect(readFileSync(join(a.filesDir, json), 'utf8')).toContain('Walk with Sam');
    expect(canariesIn(a.filesDir, CANARY_LIST)).toEqual({ files: [json], found: [] });
    const csv = await a.call('exportData', { format: 'csv', confirmedUnencrypted: true });
    if (!csv.saved) throw new Error('not saved');
    const tables = join(a.filesDir, csv.fileName);
    expect(readFileSync(join(tables, 'entries.csv'), 'utf8')).toContain('Walk with Sam');
    expect(canariesIn(tables, CANARY_LIST).found).toEqual([]);

    const options = { from: '2026-11-01', to: '2026-11-30', sections: [...REPORT_SECTIONS], names: 'full', includeNotes: true };
    const preview = await a.call('reportPreview', options);
    expect(preview.html).toContain('Walk with Sam');
    expect(preview.entries).toBe(1);
    for (const canary of CANARY_LIST) expect(preview.html).not.toContain(canary);
  });
});

describe('backups', () => {
  it('carry the draft, and a restore into a new journal brings it back', async () => {
    const a = await setup();
    await a.service.addEntry(entry({ mood: 5, support: 5, note: 'Kept entry' }));
    await a.call('saveDraft', HALF_WRITTEN);
    const draft = await a.call('getDraft');
    const records = await a.service.backupRecords();
    expect(records.filter((r) => r.kind === 'draft')).toHaveLength(1);
    await a.call('exportBackup', { passphrase: SHARE });
    const backupFile = readdirSync(a.filesDir)[0]!;
    // Encrypted like the rest of the backup.
    expect(canariesIn(a.filesDir, CANARY_LIST).found).toEqual([]);

    const b = await setup();
    writeFileSync(join(b.filesDir, backupFile), readFileSync(join(a.filesDir, backupFile)));
    const opened = await b.call('openImport', { format: 'backup', passphrase: SHARE });
    if (!opened.opened) throw new Error('not opened');
    expect(await b.call('commitImport', { importId: opened.summary.importId, mode: 'replace' })).toEqual({ added: 1, updated: 0, skipped: 0 });
    expect(await b.call('getDraft')).toEqual(draft);
    await b.service.lock();
    await b.service.unlock({ passphrase: PASSPHRASE });
    expect(await b.call('getDraft')).toEqual(draft);
  });

  it('merge keeps the draft saved last, and the journal still holds one', async () => {
    let clock = Date.parse('2026-11-20T10:00:00Z');
    const now = () => new Date((clock += 1000));
    const a = await setup(now);
    await a.call('saveDraft', { ...HALF_WRITTEN, note: 'older, in the backup' });
    await a.call('exportBackup', { passphrase: SHARE });
    const older = readdirSync(a.filesDir)[0]!;

    // This journal's own draft is newer than the backup's: it stays.
    await a.call('saveDraft', { ...HALF_WRITTEN, note: 'newer, in the journal' });
    const opened = await a.call('openImport', { format: 'backup', passphrase: SHARE });
    if (!opened.opened) throw new Error('not opened');
    await a.call('commitImport', { importId: opened.summary.importId, mode: 'merge' });
    expect((await a.call('getDraft'))?.note).toBe('newer, in the journal');

    // A journal whose draft is older than the backup's takes the backup's, under its own record.
    const b = await setup(now);
    clock -= 60_000;
    await b.call('saveDraft', { ...HALF_WRITTEN, note: 'older than the backup' });
    writeFileSync(join(b.filesDir, older), readFileSync(join(a.filesDir, older)));
    const merged = await b.call('openImport', { format: 'backup', passphrase: SHARE });
    if (!merged.opened) throw new Error('not opened');
    await b.call('commitImport', { importId: merged.summary.importId, mode: 'merge' });
    expect((await b.call('getDraft'))?.note).toBe('older, in the backup');
    expect(kindsOnDisk(b.vaultDir)).toEqual(['draft', 'settings']);
  });
});
