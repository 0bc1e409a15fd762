// One libsodium instance for the process. The sumo build is required: the standard build has no
// crypto_pwhash at run time even though its typings claim it does.
import sodiumModule from 'libsodium-wrappers-sumo';

export type Sodium = typeof sodiumModule;

let ready: Promise<Sodium> | undefined;

export function loadSodium(): Promise<Sodium> {
  ready ??= sodiumModule.ready.then(() => {
    if (typeof sodiumModule.crypto_pwhash !== 'function' || typeof sodiumModule.crypto_kdf_derive_from_key !== 'function') {
      throw new Error('libsodium was loaded without crypto_pwhash; the sumo build is required');
    }
    return sodiumModule;
  });
  return ready;
}
