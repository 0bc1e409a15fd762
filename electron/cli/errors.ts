// Exit codes and the one-sentence error line: the CLI never prints a stack trace.
import { HearthError, isHearthError } from '../../shared/errors';

export const EXIT = {
  ok: 0,
  error: 1,
  usage: 2,
  corrupt: 3,
  wrongKey: 4,
} as const;

/** Bad command line or input that is not the entry contract's business (unknown flag, not JSON, ...). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The person pressed Ctrl-C or Ctrl-D at a prompt. */
export class CancelledError extends Error {
  override readonly name = 'CancelledError';
  constructor() {
    super('Cancelled.');
  }
}

export function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError) return EXIT.usage;
  if (!isHearthError(error)) return EXIT.error;
  switch (error.code) {
    case 'INVALID_INPUT':
    case 'IMPORT_INVALID':
      return EXIT.usage;
    // BACKUP_UNREADABLE: a backup's passphrase is wrong (or the file damaged: by design the two look the same).
    case 'WRONG_PASSPHRASE':
    case 'WRONG_RECOVERY_KEY':
    case 'BACKUP_UNREADABLE':
      return EXIT.wrongKey;
    case 'CORRUPT_RECORD':
    case 'READ_ONLY':
      return EXIT.corrupt;
    default:
      return EXIT.error;
  }
}

/** The message, plus the offending field for INVALID_INPUT ("message (field)") or the damaged record's id. */
export function describeError(error: unknown): string {
  if (isHearthError(error)) {
    if (error.field) return `${error.message} (${error.field})`;
    if (error.recordId) return `${error.message} (record ${error.recordId})`;
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Anything that is not a HearthError becomes INTERNAL with its message kept, so dispatch never logs a stack. */
export function asHearthError(error: unknown): HearthError {
  if (isHearthError(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new HearthError('INTERNAL', `Something went wrong inside Hearth: ${detail}`);
}
