// Runs one Argon2id derivation (see ./kdf.ts), replies with the key and is then terminated.
import type { KdfProtocol } from './kdf-protocol';
import { loadSodium } from './sodium';
import { threadPort } from '../threads/thread-port';

const thread = threadPort<KdfProtocol>();
const { passphrase, salt, opsLimit, memLimit } = thread.data;

void loadSodium().then((sodium) => {
  const key = sodium.crypto_pwhash(32, passphrase, salt, opsLimit, memLimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
  sodium.memzero(passphrase);
  thread.post({ type: 'key', key }, [key.buffer as ArrayBuffer]);
});
