// The vault: whether there is a journal, creating, opening and closing it, its passphrase and
// recovery key, checking it, and recovering what can be read of a damaged one.
import { z } from 'zod';
import type { SalvageReport, VaultStatus, VerifyReport } from '../domain';
import { fileMethod, method, none, type FileFilter } from './method';
import { newPassphraseSchema, passphraseSchema } from './values';

export const RECOVERY_KEY_FILE_NAME = 'hearth-recovery-key.txt';
export const RECOVERY_KEY_FILTER: FileFilter = { name: 'Text file', extensions: ['txt'] };

export const vault = {
  status: method<VaultStatus>()({ arg: none, needs: 'vault' }),
  create: method<{ recoveryKey: string }>()({ arg: z.strictObject({ passphrase: newPassphraseSchema }), needs: 'vault' }),
  unlock: method<void>()({ arg: z.strictObject({ passphrase: passphraseSchema }), needs: 'vault' }),
  unlockWithRecoveryKey: method<void>()({
    arg: z.strictObject({ recoveryKey: z.string().min(1).max(200), newPassphrase: newPassphraseSchema }),
    needs: 'vault',
  }),
  /**
   * rotateKey: also seal the journal again under a new key (which comes with a new recovery key).
   * Resolves to the new recovery key when the data key was rotated, else null (the old one still works).
   */
  changePassphrase: method<{ recoveryKey: string | null }>()({
    arg: z.strictObject({ oldPassphrase: passphraseSchema, newPassphrase: newPassphraseSchema, rotateKey: z.boolean().default(false) }),
    needs: 'vault',
  }),
  newRecoveryKey: method<{ recoveryKey: string }>()({ arg: z.strictObject({ passphrase: passphraseSchema }), needs: 'vault' }),
  /** Asks for a folder and copies what can be read of a damaged journal into a new one there. */
  salvage: fileMethod<SalvageReport>()({
    arg: z.strictObject({ passphrase: passphraseSchema }),
    needs: 'vault',
    dialog: { kind: 'folder', title: 'Choose an empty folder for the recovered journal' },
    outcome: 'saved-report',
  }),
  /** Asks for a file name, then writes the recovery key just shown (grouped base32) as text. */
  saveRecoveryKey: fileMethod<void>()({
    arg: z.strictObject({ recoveryKey: z.string().regex(/^[A-Z2-7]{4}(?:-[A-Z2-7]{1,4}){1,20}$/, 'Not a recovery key') }),
    needs: 'nothing',
    dialog: { kind: 'save', title: 'Save the recovery key', defaultName: () => RECOVERY_KEY_FILE_NAME, filters: () => [RECOVERY_KEY_FILTER] },
    outcome: 'saved',
  }),
  lock: method<void>()({ arg: none, needs: 'vault' }),
  /** The renderer's answer to a will-lock event: its draft is saved, the lock may go ahead. */
  readyToLock: method<void>()({ arg: none, needs: 'nothing' }),
  verify: method<VerifyReport>()({ arg: none, needs: 'journal' }),
};

