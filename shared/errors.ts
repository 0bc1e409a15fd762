// Typed errors: the service throws HearthError; every boundary turns it into a plain envelope.

export const ERROR_CODES = [
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'LOCKED',
  'NOT_FOUND',
  'INVALID_INPUT',
  'CORRUPT_RECORD',
  'VAULT_EXISTS',
  'NO_VAULT',
  'BACKUP_UNREADABLE',
  'IMPORT_INVALID',
  'FILE_ERROR',
  'READ_ONLY',
  'INTERNAL',
  'APP_UNLOCKED',
  'SYNC_NOT_SET_UP',
  'SYNC_ALREADY_SET_UP',
  'SYNC_OTHER_JOURNAL',
  'SYNC_FOLDER_NOT_EMPTY',
  'SYNC_NO_JOURNAL',
  'SYNC_KEY_ROTATION',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  /** For INVALID_INPUT: the dotted path of the offending field. */
  field?: string;
  /** For CORRUPT_RECORD: the id of the record that failed to decrypt. */
  recordId?: string;
}

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  WRONG_PASSPHRASE: 'That passphrase does not open this journal.',
  WRONG_RECOVERY_KEY: 'That recovery key does not open this journal.',
  LOCKED: 'The journal is locked.',
  NOT_FOUND: 'That item no longer exists.',
  INVALID_INPUT: 'Some of the input is not valid.',
  CORRUPT_RECORD: 'A record in the journal is damaged and cannot be read.',
  VAULT_EXISTS: 'A journal already exists here.',
  NO_VAULT: 'There is no journal here yet.',
  BACKUP_UNREADABLE: 'This backup cannot be opened: the passphrase is wrong or the file is damaged.',
  IMPORT_INVALID: 'This file cannot be imported.',
  FILE_ERROR: 'The file could not be read or written.',
  READ_ONLY:
    'This journal does not match its seal (records were removed, added or put back from an older copy), so it is open read-only. See which records differ with "hearth verify"; restore a recent backup into a new journal if you did not expect this.',
  INTERNAL: 'Something went wrong inside Hearth.',
  APP_UNLOCKED: 'The desktop app has this journal unlocked: lock it there first, then try again.',
  SYNC_NOT_SET_UP: 'Sync is not set up on this computer: choose a sync folder first.',
  SYNC_ALREADY_SET_UP: 'This journal already syncs through another folder: stop syncing there first.',
  SYNC_OTHER_JOURNAL: 'That sync folder belongs to another journal. Choose an empty folder, or join that journal instead with its passphrase.',
  SYNC_FOLDER_NOT_EMPTY: 'That folder already holds other files. Choose an empty folder, or one another computer set up for this journal.',
  SYNC_NO_JOURNAL: 'That folder holds no Hearth journal to join. Set up sync on the computer that has the journal first, and let the folder sync here.',
  SYNC_KEY_ROTATION:
    'This journal syncs with other computers, which hold its key: a new key would leave them unable to read anything written here. Stop syncing on every computer first, then make a new key, then set sync up again.',
};

export class HearthError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly recordId?: string;

  constructor(code: ErrorCode, message?: string, extra: { field?: string; recordId?: string } = {}) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = 'HearthError';
    this.code = code;
    if (extra.field !== undefined) this.field = extra.field;
    if (extra.recordId !== undefined) this.recordId = extra.recordId;
  }

  toInfo(): ErrorInfo {
    const info: ErrorInfo = { code: this.code, message: this.message };
    if (this.field !== undefined) info.field = this.field;
    if (this.recordId !== undefined) info.recordId = this.recordId;
    return info;
  }

  static fromInfo(info: ErrorInfo): HearthError {
    return new HearthError(info.code, info.message, info);
  }
}

export function isHearthError(e: unknown): e is HearthError {
  return e instanceof HearthError;
}

/** What crosses IPC / HTTP for one call: never a thrown exception, never a stack trace. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };
