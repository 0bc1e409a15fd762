// The index's own state: the settings record and the one draft change only through its named
// operations, and what it hands out cannot change it.
import { describe, expect, it } from 'vitest';
import type { SavedDraft } from '../../../shared/api';
import { DEFAULT_SETTINGS } from '../../../shared/domain';
import { JournalIndex } from '../../../electron/service/journal-index';

const draft = (note: string, savedAt: string): SavedDraft => ({ note, tags: [], tagText: '', interactions: [], savedAt });

describe('the settings record', () => {
  it('starts as the defaults with no record, and is replaced whole with its id and backup key', () => {
    const index = new JournalIndex(DEFAULT_SETTINGS);
    expect(index.settings).toEqual(DEFAULT_SETTINGS);
    expect(index.settingsId).toBeNull();
    expect(index.autoBackupKey).toBeNull();
    const key = { key: 'a2V5', kdf: { alg: 'argon2id13' as const, opsLimit: 2, memLimit: 67108864, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' } };
    index.replaceSettings('settings-1', { ...DEFAULT_SETTINGS, theme: 'dark' }, key);
    expect(index.settings.theme).toBe('dark');
    expect(index.settingsId).toBe('settings-1');
    expect(index.autoBackupKey).toEqual(key);
  });

  it('hands out copies: changing one changes nothing in the index', () => {
    const index = new JournalIndex(DEFAULT_SETTINGS);
    const given = { ...DEFAULT_SETTINGS };
    index.replaceSettings('settings-1', given, null);
    given.theme = 'light';
    const read = index.settings;
    read.theme = 'dark';
    expect(index.settings.theme).toBe('system');
  });
});

describe('the one draft', () => {
  it('is replaced by a save under its own id, whatever the times say', () => {
    const index = new JournalIndex(DEFAULT_SETTINGS);
    index.putDraft('d1', draft('first', '2026-11-30T10:00:00Z'));
    index.putDraft('d1', draft('second', '2026-11-30T09:00:00Z'));
    expect(index.draft()).toEqual({ id: 'd1', data: draft('second', '2026-11-30T09:00:00Z') });
  });

  it('of two records (two processes each saved one), is the one saved later, in either order', () => {
    const older = draft('older', '2026-11-30T09:00:00Z');
    const newer = draft('newer', '2026-11-30T10:00:00Z');
    const a = new JournalIndex(DEFAULT_SETTINGS);
    a.putDraft('d1', older);
    a.putDraft('d2', newer);
    const b = new JournalIndex(DEFAULT_SETTINGS);
    b.putDraft('d2', newer);
    b.putDraft('d1', older);
    expect(a.draft()).toEqual({ id: 'd2', data: newer });
    expect(b.draft()).toEqual({ id: 'd2', data: newer });
  });

  it('goes only when its own record is removed', () => {
    const index = new JournalIndex(DEFAULT_SETTINGS);
    index.putDraft('d1', draft('kept', '2026-11-30T10:00:00Z'));
    index.removeDraft('d2');
    expect(index.draft()?.id).toBe('d1');
    index.removeDraft('d1');
    expect(index.draft()).toBeNull();
  });
});
