// Sync: one journal on several computers through a folder the person already syncs (Syncthing,
// Dropbox, a USB stick…). The folder is always chosen with a native dialog in main; the renderer
// never names a path. The engine is electron/sync/; this is what the app and the CLI may ask of it.
import { z } from 'zod';
import { fileMethod, method, none } from './method';
import { passphraseSchema, personNameSchema } from './values';

/** The dialog's title, also how the test stand-in for dialogs tells a sync folder from a backup folder. */
export const SYNC_FOLDER_TITLE = 'Choose the folder your sync tool shares between your computers';

export interface SyncDevice {
  /** A random id: it names the device's folder inside the sync folder. */
  id: string;
  name: string;
  /** The last change file of this device that this computer applied (0: none yet). */
  appliedUpTo: number;
  /** When this device last published (ISO instant), or null when it never has. */
  lastSeenAt: string | null;
}

export interface SyncStatus {
  /** The sync folder's absolute path, or null while this journal does not sync. */
  folder: string | null;
  /** This computer. */
  device: { id: string; name: string } | null;
  /** The other devices of the folder. */
  devices: SyncDevice[];
  /** The end of the last round that finished (ISO instant), or null. */
  lastSyncedAt: string | null;
  /** Changes made here and not yet in the folder. */
  unpublished: number;
}

export interface SkippedSyncFile {
  /** The file's path inside the sync folder: random ids and numbers only. */
  file: string;
  reason: string;
}

export interface SyncRound {
  published: number;
  applied: number;
  /** How many of the applied changes came from which device (only devices with some). */
  from: Array<{ id: string; name: string; changes: number }>;
  skipped: SkippedSyncFile[];
}

/**
 * What the desktop app's scheduler is doing, pushed to the window as a `sync` event: whether a
 * round runs now, and how the last one of this session ended.
 */
export interface SyncActivity {
  syncing: boolean;
  last: ({ ok: true; round: SyncRound } | { ok: false; message: string }) & { at: string } | null;
}

export const IDLE_SYNC: SyncActivity = { syncing: false, last: null };

export const deviceNameSchema = personNameSchema.refine((s) => s.length <= 60, 'A device name can be at most 60 characters');

export const sync = {
  syncStatus: method<SyncStatus>()({ arg: none, needs: 'journal' }),
  /** One round: publish this computer's changes, apply the others'. */
  syncNow: method<SyncRound>()({ arg: none, needs: 'writer' }),
  /**
   * Asks for a folder and syncs this journal through it: an empty folder becomes a new sync folder;
   * one this journal's other computers already use is joined. SYNC_OTHER_JOURNAL when it holds
   * another journal (merging two journals through a folder is not offered).
   */
  setUpSync: fileMethod<SyncStatus>()({
    arg: none,
    needs: 'writer',
    dialog: { kind: 'folder', title: SYNC_FOLDER_TITLE },
    outcome: 'opened',
  }),
  /**
   * Asks for a folder another computer made and merges this journal into the folder's journal; the
   * folder journal's passphrase (`passphrase`) then opens this journal, and its own no longer does.
   * The journal is closed meanwhile and opened again with that passphrase.
   */
  adoptSyncFolder: fileMethod<SyncRound>()({
    arg: z.strictObject({ ownPassphrase: passphraseSchema, passphrase: passphraseSchema }),
    needs: 'vault',
    dialog: { kind: 'folder', title: SYNC_FOLDER_TITLE },
    outcome: 'opened',
  }),
  /** On a computer with no journal: asks for a sync folder and makes this computer's journal from it, locked. */
  joinSyncFolder: fileMethod<{ applied: number; skipped: SkippedSyncFile[] }>()({
    arg: z.strictObject({ passphrase: passphraseSchema }),
    needs: 'nothing',
    dialog: { kind: 'folder', title: SYNC_FOLDER_TITLE },
    outcome: 'opened',
  }),
  renameSyncDevice: method<SyncStatus>()({ arg: z.strictObject({ name: deviceNameSchema }), needs: 'writer' }),
  /** Stops waiting for a device (its files stay until compaction no longer needs them). */
  forgetSyncDevice: method<SyncStatus>()({ arg: z.strictObject({ id: z.string().regex(/^[0-9a-f]{32}$/, 'Not a device id') }), needs: 'writer' }),
  /** This computer stops syncing; the journal and the folder stay as they are. */
  leaveSync: method<SyncStatus>()({ arg: none, needs: 'writer' }),
};
