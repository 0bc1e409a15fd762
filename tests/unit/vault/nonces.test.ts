// Nonces drawn from blocks of OS randomness: each one fresh, across block boundaries too.
import { expect, it } from 'vitest';
import { randomNonce } from '../../../electron/vault/nonces';

it('hands out each random byte once, as nonces of the size asked for', () => {
  const seen = new Set<string>();
  // Several blocks' worth, so refills are crossed many times.
  for (let i = 0; i < 2000; i++) {
    const nonce = randomNonce(24);
    expect(nonce).toHaveLength(24);
    seen.add(Buffer.from(nonce).toString('hex'));
  }
  expect(seen.size).toBe(2000);
  // A nonce is its own copy: changing it leaves the next ones alone.
  const a = randomNonce(24);
  a.fill(0);
  expect(randomNonce(24).some((byte) => byte !== 0)).toBe(true);
  expect(randomNonce(5000)).toHaveLength(5000);
});
