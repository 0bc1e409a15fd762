// Random nonces from the OS CSPRNG, drawn a block at a time: one call per ~170 records instead of
// one per record, which on a single add costs more than the encryption. Nonces are public, so the
// block needs no wiping; each byte of it is handed out once.
import { randomFillSync } from 'node:crypto';

const BLOCK_BYTES = 4096;

let block = new Uint8Array(0);
let used = 0;

export function randomNonce(bytes: number): Uint8Array {
  if (used + bytes > block.length) {
    block = randomFillSync(new Uint8Array(Math.max(BLOCK_BYTES, bytes)));
    used = 0;
  }
  const nonce = block.slice(used, used + bytes);
  used += bytes;
  return nonce;
}
