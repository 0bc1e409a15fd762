// The one passphrase-strength rule, shared by the meter in the app and the service's check (so the
// CLI cannot set a passphrase the app would refuse). zxcvbn-ts's dictionaries are large: they load
// once, on first use, and in the renderer in their own chunk.
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { HearthError } from './errors';

/** The lowest zxcvbn score (0–4) accepted for a new passphrase. */
export const MIN_SCORE = 3;

export const STRENGTH_WORDS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

export interface Strength {
  score: 0 | 1 | 2 | 3 | 4;
  word: (typeof STRENGTH_WORDS)[number];
  /** Plain-language hints: a warning first, then suggestions. */
  feedback: string[];
}

// Words every Hearth passphrase guess list would try first.
const APP_WORDS = ['hearth', 'journal', 'diary'];

let estimator: ZxcvbnFactory | null = null;
let loading: Promise<ZxcvbnFactory> | null = null;

/** The estimator if it has loaded already, else null. */
export function loadedEstimator(): ZxcvbnFactory | null {
  return estimator;
}

export function loadStrengthEstimator(): Promise<ZxcvbnFactory> {
  loading ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([core, common, en]) => {
      estimator = new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
        translations: en.translations,
      });
      return estimator;
    },
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

export function estimate(factory: ZxcvbnFactory, passphrase: string): Strength {
  const result = factory.check(passphrase, APP_WORDS);
  const feedback = [result.feedback.warning, ...result.feedback.suggestions].filter((s): s is string => Boolean(s));
  return { score: result.score, word: STRENGTH_WORDS[result.score], feedback };
}

export async function checkStrength(passphrase: string): Promise<Strength> {
  return estimate(await loadStrengthEstimator(), passphrase);
}

/** Refuse a new passphrase below MIN_SCORE with the same words the app's meter shows. */
export async function requireStrongPassphrase(passphrase: string, field: string): Promise<void> {
  const strength = await checkStrength(passphrase);
  if (strength.score >= MIN_SCORE) return;
  const hint = strength.feedback.length > 0 ? ` ${strength.feedback.join(' ')}` : '';
  throw new HearthError('INVALID_INPUT', `This passphrase is too easy to guess (${strength.word.toLowerCase()}).${hint} Try four or more unrelated words.`, { field });
}
