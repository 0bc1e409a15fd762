// Records as they travel: settings without this computer's own, put back with them on arrival;
// what another device sends is checked against the stored records' schemas.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/domain';
import { changeBody, localValue, readableBody, sharedSettings } from '../../../electron/service/sync-records';

const backup = { folder: '/home/me/backups', keepCount: 7 };
const key = { key: 'a2V5', kdf: { alg: 'argon2id13', opsLimit: 2, memLimit: 67108864, salt: 'c2FsdA==' } };

describe('settings in a change file', () => {
  it('leave out where this computer backs up, with which key, the tray and login', () => {
    const stored = { ...DEFAULT_SETTINGS, theme: 'dark', autoBackup: backup, autoBackupKey: key, keepRunning: true, openAtLogin: true };
    const travels = {
      autoLockMinutes: 5,
      theme: 'dark',
      dateLocale: 'system',
      weekStartsOn: 1,
      checkForUpdates: false,
      reminders: { enabled: false, times: ['20:00'], days: [0, 1, 2, 3, 4, 5, 6] },
      writingPrompts: true,
      onThisDay: true,
    };
    expect(changeBody('settings', JSON.stringify(stored))).toEqual(travels);
    expect(sharedSettings(stored)).toEqual(travels);
  });

  it('arrive with this computer’s own put back, and defaults for what the sender’s Hearth did not know', () => {
    const local = { ...DEFAULT_SETTINGS, autoBackup: backup, autoBackupKey: key, keepRunning: true };
    expect(localValue('settings', { theme: 'light', weekStartsOn: 0 }, local)).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'light',
      weekStartsOn: 0,
      autoBackup: backup,
      autoBackupKey: key,
      keepRunning: true,
    });
  });

  it('are refused when they carry a computer’s own settings', () => {
    expect(readableBody('settings', { theme: 'dark' })).toBe(true);
    expect(readableBody('settings', { theme: 'dark', autoBackupKey: key })).toBe(false);
    expect(readableBody('settings', ['not', 'settings'])).toBe(false);
  });
});

describe('records from another device', () => {
  it('are checked against the stored schemas; a deletion always reads', () => {
    const entry = { occurredAt: '2026-03-02T09:30:00+01:00', note: 'x', tags: [], interactions: [], createdAt: 'a', updatedAt: 'b' };
    expect(readableBody('entry', entry)).toBe(true);
    expect(readableBody('entry', { ...entry, mood: 11 })).toBe(false);
    expect(readableBody('person', { name: '', archived: false, createdAt: 'a', updatedAt: 'b' })).toBe(false);
    expect(readableBody('checkin', { instrument: 'who5', date: '2026-03-02', answers: [9], createdAt: 'a' })).toBe(false);
    expect(readableBody('entry', null)).toBe(true);
  });
});
