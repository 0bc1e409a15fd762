// age's scrypt passphrase recipient (age-encryption.org/v1/scrypt), with the key derived by
// Node's asynchronous scrypt on the thread pool. The age-encryption package derives it
// synchronously, which would hold the Electron main process for a second or two per report.
import { createCipheriv, randomBytes, scrypt } from 'node:crypto';
import { Stanza, type Recipient } from 'age-encryption';

const LABEL = 'age-encryption.org/v1/scrypt';
/** age-encryption's own default: a browser opens the report in a second or two. */
export const DEFAULT_SCRYPT_WORK_FACTOR = 18;

function deriveKey(passphrase: string, salt: Buffer, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  const r = 8;
  return new Promise((resolve, reject) => {
    // scrypt needs 128·N·r bytes; Node refuses more than 32 MiB unless told.
    // The passphrase as UTF-8, as age-encryption (and the age tool) use it.
    scrypt(passphrase, Buffer.concat([Buffer.from(LABEL), salt]), 32, { N, r, p: 1, maxmem: 128 * N * r + 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export class ScryptRecipient implements Recipient {
  constructor(
    private readonly passphrase: string,
    private readonly logN = DEFAULT_SCRYPT_WORK_FACTOR,
  ) {}

  async wrapFileKey(fileKey: Uint8Array): Promise<Stanza[]> {
    const salt = randomBytes(16);
    const key = await deriveKey(this.passphrase, salt, this.logN);
    // The file key sealed with ChaCha20-Poly1305 under an all-zero nonce, as the age spec says.
    const cipher = createCipheriv('chacha20-poly1305', key, Buffer.alloc(12), { authTagLength: 16 });
    const body = Buffer.concat([cipher.update(fileKey), cipher.final(), cipher.getAuthTag()]);
    key.fill(0);
    return [new Stanza(['scrypt', salt.toString('base64').replace(/=+$/, ''), String(this.logN)], new Uint8Array(body))];
  }
}
