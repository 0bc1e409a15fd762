// The one contract between the renderer and the main process (and the CLI and the test bridge).
import type { Entry, PersonSummary, Person, SalvageReport, Settings, VaultStatus, VerifyReport } from './domain';
import type { ImportResult, ImportSummary, OpenImportResult, ReportPreview, SaveResult, SharePassphrase } from './exchange';
import type { Insights } from './insights';
import type { Arg, ArgIn, Draft, Method } from './schemas';

/** The journal's draft as kept, with when it was last saved. */
export type SavedDraft = Draft & { savedAt: string };

export interface EntryList {
  entries: Entry[];
  /** Number of entries matching the query before limit/offset. */
  total: number;
}

/** What every method resolves to. */
export interface Results {
  status: VaultStatus;
  create: { recoveryKey: string };
  unlock: void;
  unlockWithRecoveryKey: void;
  /** The new recovery key when the data key was rotated, else null (the old one still works). */
  changePassphrase: { recoveryKey: string | null };
  newRecoveryKey: { recoveryKey: string };
  salvage: { saved: false } | ({ saved: true } & SalvageReport);
  saveRecoveryKey: SaveResult;
  lock: void;
  addEntry: Entry;
  updateEntry: Entry;
  deleteEntry: void;
  getEntry: Entry;
  listEntries: EntryList;
  listTags: string[];
  listPeople: PersonSummary[];
  addPerson: Person;
  updatePerson: Person;
  archivePerson: Person;
  mergePeople: Person;
  getSettings: Settings;
  updateSettings: Settings;
  verify: VerifyReport;
  saveDraft: void;
  getDraft: SavedDraft | null;
  discardDraft: void;
  readyToLock: void;
  insights: Insights;
  reportPreview: ReportPreview;
  suggestPassphrase: SharePassphrase;
  exportReport: SaveResult;
  exportBackup: SaveResult;
  exportData: SaveResult;
  openImport: OpenImportResult;
  commitImport: ImportResult;
  cancelImport: void;
  enableAutoBackup: Settings;
  updateAutoBackup: Settings;
  disableAutoBackup: Settings;
  backupNow: Settings;
}

/** The API as the renderer sees it on `window.hearth`: raw arguments in, validated in main. */
export type HearthClient = {
  [M in Method]: undefined extends ArgIn<M> ? (arg?: ArgIn<M>) => Promise<Results[M]> : (arg: ArgIn<M>) => Promise<Results[M]>;
};

/**
 * Methods that read or write a file the person picks. The renderer never names a path: the main
 * process asks with a native dialog (the CLI takes it from its arguments) and hands the service
 * the chosen path as a second argument.
 */
export const FILE_METHODS = ['saveRecoveryKey', 'exportReport', 'exportBackup', 'exportData', 'openImport', 'enableAutoBackup', 'salvage'] as const;
export type FileMethod = (typeof FILE_METHODS)[number];

/** What a file method of the service resolves to, once it has its path. */
export interface FileResults {
  saveRecoveryKey: void;
  exportReport: void;
  exportBackup: void;
  exportData: void;
  openImport: ImportSummary;
  enableAutoBackup: Settings;
  salvage: SalvageReport;
}

/** The API as the service implements it: arguments already validated, defaults filled in. */
export type HearthApi = {
  [M in Method]: M extends FileMethod ? (arg: Arg<M>, path: string) => Promise<FileResults[M]> : (arg: Arg<M>) => Promise<Results[M]>;
};

/** Why the journal was locked. */
export type LockReason = 'manual' | 'idle' | 'suspend' | 'screen-locked';

/**
 * Events pushed from the main process to the renderer on the one event channel. `will-lock` comes
 * before a lock the renderer did not ask for: it saves its draft and answers with readyToLock.
 */
export type HearthEvent =
  | { type: 'will-lock'; reason: LockReason }
  | { type: 'locked'; reason: LockReason }
  /** Another process (the CLI) changed the journal: screens showing it fetch again. */
  | { type: 'journal-changed' };

/** What the renderer sees as `window.hearth`: the contract plus the event subscription. */
export type HearthBridge = HearthClient & {
  /** Subscribe to main-process events; returns the unsubscribe function. */
  onEvent(listener: (event: HearthEvent) => void): () => void;
};

/** Name of the single IPC channel for calls and for events. */
export const IPC_CALL_CHANNEL = 'hearth:call';
export const IPC_EVENT_CHANNEL = 'hearth:event';
