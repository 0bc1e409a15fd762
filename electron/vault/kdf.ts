// Passphrase -> key-encryption key with Argon2id, in a worker thread that is terminated after each
// derivation so its 256 MiB WASM heap is released and the calling thread stays responsive.
import type { KdfProtocol } from './kdf-protocol';
import { WorkerThread } from '../threads/worker-thread';

export interface KdfParams {
  alg: 'argon2id13';
  opsLimit: number;
  memLimit: number;
  /** 16-byte salt, base64. */
  salt: string;
}

/** libsodium's MODERATE: ~1.2 s in WASM on our machines. */
export const DEFAULT_KDF = { opsLimit: 3, memLimit: 256 * 1024 * 1024 } as const;
/** The floor enforced on read (libsodium's INTERACTIVE): a tampered header cannot weaken the KDF below it. */
export const KDF_FLOOR = { opsLimit: 2, memLimit: 64 * 1024 * 1024 } as const;
/** The ceiling enforced on read: a tampered header cannot make unlock exhaust memory or hang. */
export const KDF_CEILING = { opsLimit: 10, memLimit: 1024 * 1024 * 1024 } as const;

export function kdfParamsAcceptable(p: { opsLimit: number; memLimit: number }): boolean {
  return (
    Number.isInteger(p.opsLimit) &&
    Number.isInteger(p.memLimit) &&
    p.opsLimit >= KDF_FLOOR.opsLimit &&
    p.opsLimit <= KDF_CEILING.opsLimit &&
    p.memLimit >= KDF_FLOOR.memLimit &&
    p.memLimit <= KDF_CEILING.memLimit
  );
}

export async function deriveKey(passphrase: string, params: KdfParams): Promise<Uint8Array> {
  return await startDerivation(passphrase, params).key;
}

/** A derivation under way on its own thread. */
export interface Derivation {
  /** The key, once derived: the caller's to wipe. Rejects if the thread fails or the derivation is cancelled. */
  readonly key: Promise<Uint8Array>;
  /** Ends the thread now and wipes the key if it already came: for a derivation begun on speculation and not needed. */
  cancel(): void;
}

/**
 * Starts one derivation. The key is handed over as soon as it comes; the thread is ended meanwhile,
 * not waited for (ending it frees 256 MiB, which took 20–25 ms a derivation in the CLI here).
 */
export function startDerivation(passphrase: string, params: KdfParams): Derivation {
  if (!kdfParamsAcceptable(params)) throw new Error('KDF parameters outside the accepted range');
  const passphraseBytes = new TextEncoder().encode(passphrase);
  const salt = Buffer.from(params.salt, 'base64');
  const worker = new WorkerThread<KdfProtocol>({
    caller: import.meta.url,
    module: 'kdf.worker',
    label: 'key derivation worker',
    workerData: { passphrase: passphraseBytes, salt, opsLimit: params.opsLimit, memLimit: params.memLimit },
  });
  passphraseBytes.fill(0);
  const key = new Promise<Uint8Array>((resolve, reject) => {
    worker.onMessage((reply) => {
      resolve(new Uint8Array(reply.key));
      reply.key.fill(0);
      void worker.terminate();
    });
    worker.onFailure(reject);
  });
  // A key begun early may be awaited only later: a failure meanwhile must not end the process as unhandled.
  key.catch(() => {});
  return {
    key,
    cancel() {
      void worker.terminate();
      key.then((k) => k.fill(0), () => {});
    },
  };
}
