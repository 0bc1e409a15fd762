import { useCallback, useState } from 'react';
import { newPassphraseSchema } from '../../../shared/schemas';
import type { ShownError } from './errors';
import { checkStrength, MIN_SCORE } from './strength';

export const TOO_WEAK_MESSAGE =
  'This passphrase is too easy to guess. Your journal is only as safe as your passphrase, and nobody can reset it for you: ' +
  'add a few more uncommon words, until the meter says Strong.';

/**
 * Checks a new passphrase before it is sent: both copies the same, the shared schema's rules, and a
 * zxcvbn score of at least MIN_SCORE. Returns the error to show (field 'passphrase' or 'repeat'), or null.
 */
export async function validateNewPassphrase(passphrase: string, repeat: string): Promise<ShownError | null> {
  if (passphrase !== repeat) return { message: 'The two passphrases are not the same.', field: 'repeat' };
  const parsed = newPassphraseSchema.safeParse(passphrase);
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? 'This passphrase cannot be used.', field: 'passphrase' };
  const strength = await checkStrength(passphrase);
  if (strength.score < MIN_SCORE) return { message: TOO_WEAK_MESSAGE, field: 'passphrase' };
  return null;
}

/**
 * The check above for a form: `checking` while the strength estimate runs, and `passes` shows the
 * problem through the form's own error (so it lands next to its field) and says whether to go on.
 */
export function useNewPassphraseCheck(setError: (error: ShownError) => void) {
  const [checking, setChecking] = useState(false);
  const passes = useCallback(
    async (passphrase: string, repeat: string) => {
      setChecking(true);
      const problem = await validateNewPassphrase(passphrase, repeat).finally(() => setChecking(false));
      if (problem) setError(problem);
      return problem === null;
    },
    [setError],
  );
  return { checking, passes };
}
