// Passphrase strength with zxcvbn-ts. The dictionaries are large, so they load once, on first use,
// in their own chunk; every meter and every check shares the one estimator.
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { useDeferredValue, useMemo } from 'react';
import { useData } from './useData';

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

function estimate(factory: ZxcvbnFactory, passphrase: string): Strength {
  const result = factory.check(passphrase, APP_WORDS);
  const feedback = [result.feedback.warning, ...result.feedback.suggestions].filter((s): s is string => Boolean(s));
  return { score: result.score, word: STRENGTH_WORDS[result.score], feedback };
}

export async function checkStrength(passphrase: string): Promise<Strength> {
  return estimate(await loadStrengthEstimator(), passphrase);
}

/** The strength of `passphrase` for a meter; null while the estimator loads or when empty. */
export function useStrength(passphrase: string): Strength | null {
  const loaded = useData(() => loadStrengthEstimator(), []);
  const factory = loaded.value;
  const deferred = useDeferredValue(passphrase);
  return useMemo(() => (factory && deferred ? estimate(factory, deferred) : null), [factory, deferred]);
}
