// What a record is in a change file, and back. Entries, people and check-ins travel whole, as the
// vault seals them. Settings travel without what belongs to one computer (where and with which key
// it writes automatic backups, whether it stays in the tray or opens at login), and under one id,
// since each journal made its own settings record when it was created. Drafts never travel.
import { z } from 'zod';
import { DEFAULT_SETTINGS } from '../../shared/domain';
import type { SyncedKind } from '../sync/merge';
import { isStoredEntry } from './stored-entry-check';
import { storedCheckinSchema, storedPersonSchema } from './stored-records';

/** The id a settings record has in every change file. */
export const SYNCED_SETTINGS_ID = 'settings';
const DEVICE_SETTINGS = ['autoBackup', 'autoBackupKey', 'keepRunning', 'openAtLogin'] as const;

export function isSyncedKind(kind: string): kind is SyncedKind {
  return kind === 'entry' || kind === 'person' || kind === 'checkin' || kind === 'settings';
}

/** The settings without this computer's own. */
export function sharedSettings(value: object): Record<string, unknown> {
  const shared: Record<string, unknown> = { ...value };
  for (const key of DEVICE_SETTINGS) delete shared[key];
  return shared;
}

/** A record's body in a change file, from the JSON text the vault sealed. */
export function changeBody(kind: SyncedKind, text: string): unknown {
  const value = JSON.parse(text) as object;
  return kind === 'settings' ? sharedSettings(value) : value;
}

const settingsBody = z.record(z.string(), z.unknown()).refine((s) => DEVICE_SETTINGS.every((key) => !(key in s)));

/** Whether a body from another device is a record this Hearth can put into the journal. */
export function readableBody(kind: SyncedKind, body: unknown): boolean {
  if (body === null) return true;
  switch (kind) {
    case 'entry':
      return isStoredEntry(body);
    case 'person':
      return storedPersonSchema.safeParse(body).success;
    case 'checkin':
      return storedCheckinSchema.safeParse(body).success;
    case 'settings':
      return settingsBody.safeParse(body).success;
  }
}

/** The value to seal for a body another device sent: settings keep this computer's own. */
export function localValue(kind: SyncedKind, body: object, localSettings: object | null): unknown {
  if (kind !== 'settings') return body;
  const own: Record<string, unknown> = {};
  const local = (localSettings ?? {}) as Record<string, unknown>;
  for (const key of DEVICE_SETTINGS) if (local[key] !== undefined) own[key] = local[key];
  return { ...DEFAULT_SETTINGS, ...body, ...own };
}
