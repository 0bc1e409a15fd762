// The rule for a passphrase that protects a file (a report, a backup): the shared schema's length
// and the same zxcvbn floor as the journal's own passphrase. A file can be attacked offline, for
// as long as anyone likes, so it needs at least as much as the journal does. A PDF report's must
// also fit what PDF readers accept.
import { pdfPassphraseProblem, sharePassphraseSchema, type ReportFormat } from '../../../shared/exchange';
import type { ShownError } from '../ui/errors';
import { checkStrength, MIN_SCORE } from '../ui/strength';

export const FILE_TOO_WEAK_MESSAGE =
  'This passphrase is too easy to guess, and anyone who gets the file can try guesses for as long as they like: ' +
  'add a few more uncommon words, until the meter says Strong.';

/** The problem to show (field 'passphrase' or 'repeat'), or null when the passphrase may be used. */
export async function validateFilePassphrase(passphrase: string, repeat: string, format?: ReportFormat): Promise<ShownError | null> {
  const parsed = sharePassphraseSchema.safeParse(passphrase);
  if (!parsed.success) return { message: `${parsed.error.issues[0]?.message ?? 'This passphrase cannot be used'}.`, field: 'passphrase' };
  const tooLong = format === 'pdf' ? pdfPassphraseProblem(passphrase) : null;
  if (tooLong) return { message: `${tooLong}.`, field: 'passphrase' };
  if (passphrase !== repeat) return { message: 'The two passphrases are not the same.', field: 'repeat' };
  const strength = await checkStrength(passphrase);
  if (strength.score < MIN_SCORE) return { message: FILE_TOO_WEAK_MESSAGE, field: 'passphrase' };
  return null;
}
