// raw_decrypt: a bare libsodium loop over the same boxes, already in memory: the limit of what
// opening the journal can cost. Measured on one thread, and on two (this one and a worker, each
// opening half), as the unlock does, so that decrypt_all is compared with a like limit.
import { Worker } from 'node:worker_threads';
import type { Sodium } from '../electron/vault/sodium';

export interface RawRow {
  box: Uint8Array;
  nonce: Uint8Array;
  ad: Uint8Array;
  key: Uint8Array;
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

function open(sodium: Sodium, rows: readonly RawRow[]): void {
  for (const r of rows) sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, r.box, r.ad, r.nonce, r.key);
}

export function rawDecryptOneThread(sodium: Sodium, rows: readonly RawRow[], repeats: number): number[] {
  return Array.from({ length: repeats }, () => {
    const t = process.hrtime.bigint();
    open(sodium, rows);
    return ms(t);
  });
}

// The worker is started, has libsodium loaded and holds its half before any timing starts.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const sodium = require('libsodium-wrappers-sumo');
sodium.ready.then(() => {
  parentPort.on('message', () => {
    for (const r of workerData.rows) sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, r.box, r.ad, r.nonce, r.key);
    parentPort.postMessage('done');
  });
  parentPort.postMessage('ready');
});`;

export async function rawDecryptTwoThreads(sodium: Sodium, rows: readonly RawRow[], repeats: number): Promise<number[]> {
  const half = Math.ceil(rows.length / 2);
  const worker = new Worker(WORKER, { eval: true, workerData: { rows: rows.slice(half) } });
  try {
    const next = () =>
      new Promise<unknown>((resolve, reject) => {
        worker.once('error', reject);
        worker.once('message', (message) => {
          worker.off('error', reject);
          resolve(message);
        });
      });
    await next();
    const mine = rows.slice(0, half);
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const done = next();
      const t = process.hrtime.bigint();
      worker.postMessage('go');
      open(sodium, mine);
      await done;
      times.push(ms(t));
    }
    return times;
  } finally {
    await worker.terminate();
  }
}
