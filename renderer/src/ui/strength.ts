// The passphrase meter's hook; the rule itself lives in shared/ so the service enforces the same one.
import { useDeferredValue, useMemo } from 'react';
import { estimate, loadStrengthEstimator, type Strength } from '../../../shared/passphrase-strength';
import { useData } from './useData';

export { checkStrength, loadStrengthEstimator, MIN_SCORE, STRENGTH_WORDS, type Strength } from '../../../shared/passphrase-strength';

/** The strength of `passphrase` for a meter; null while the estimator loads or when empty. */
export function useStrength(passphrase: string): Strength | null {
  const loaded = useData(() => loadStrengthEstimator(), []);
  const factory = loaded.value;
  const deferred = useDeferredValue(passphrase);
  return useMemo(() => (factory && deferred ? estimate(factory, deferred) : null), [factory, deferred]);
}
