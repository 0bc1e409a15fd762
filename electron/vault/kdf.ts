// Passphrase -> key-encryption key with Argon2id, in a worker thread that is terminated after each
// derivation so its 256 MiB WASM heap is released and the calling thread stays responsive.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

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

// Plain CommonJS so it runs the same under tsx, vitest and the bundled Electron main process.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const sodium = require(workerData.sodiumPath);
sodium.ready.then(() => {
  const key = sodium.crypto_pwhash(32, workerData.passphrase, workerData.salt, workerData.opsLimit,
    workerData.memLimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
  sodium.memzero(workerData.passphrase);
  parentPort.postMessage(key, [key.buffer]);
}).catch((e) => { throw e; });
`;

const sodiumPath = createRequire(import.meta.url).resolve('libsodium-wrappers-sumo');

export async function deriveKey(passphrase: string, params: KdfParams): Promise<Uint8Array> {
  if (!kdfParamsAcceptable(params)) throw new Error('KDF parameters outside the accepted range');
  const passphraseBytes = new TextEncoder().encode(passphrase);
  const salt = Buffer.from(params.salt, 'base64');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { sodiumPath, passphrase: passphraseBytes, salt, opsLimit: params.opsLimit, memLimit: params.memLimit },
  });
  passphraseBytes.fill(0);
  try {
    return await new Promise<Uint8Array>((resolve, reject) => {
      worker.once('message', (key: Uint8Array) => resolve(new Uint8Array(key)));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`key derivation worker exited with code ${code}`)));
    });
  } finally {
    await worker.terminate();
  }
}
