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
 * A new passphrase typed twice, for a form: the two boxes' state and the props PassphraseFields
 * takes for them, `checking` while `validate` runs, and `passes()`, which shows a problem through
 * the form's own error (so it lands next to its field) and says whether to go on.
 */
export function useNewPassphrase(
  setError: (error: ShownError | null) => void,
  validate: (passphrase: string, repeat: string) => Promise<ShownError | null> = validateNewPassphrase,
) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checking, setChecking] = useState(false);
  const passes = useCallback(async () => {
    setChecking(true);
    const problem = await validate(passphrase, repeat).finally(() => setChecking(false));
    if (problem) setError(problem);
    return problem === null;
  }, [validate, passphrase, repeat, setError]);
  const clear = useCallback(() => {
    setPassphrase('');
    setRepeat('');
  }, []);
  const fields = { passphrase, repeat, onPassphrase: setPassphrase, onRepeat: setRepeat, onClearError: () => setError(null) };
  return { passphrase, checking, passes, clear, fields };
}
