// The passphrase meter's hook; the rule itself lives in shared/ so the service enforces the same one.
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { estimate, loadedEstimator, loadStrengthEstimator, type Strength } from '../../../shared/passphrase-strength';

export { checkStrength, loadStrengthEstimator, MIN_SCORE, STRENGTH_WORDS, type Strength } from '../../../shared/passphrase-strength';

/** The strength of `passphrase` for a meter; null while the estimator loads or when empty. */
export function useStrength(passphrase: string): Strength | null {
  const [factory, setFactory] = useState<ZxcvbnFactory | null>(loadedEstimator);
  const deferred = useDeferredValue(passphrase);
  useEffect(() => {
    if (factory) return undefined;
    let live = true;
    loadStrengthEstimator().then(
      (f) => live && setFactory(f),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [factory]);
  return useMemo(() => (factory && deferred ? estimate(factory, deferred) : null), [factory, deferred]);
}
