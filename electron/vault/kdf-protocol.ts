// The messages of the key derivation worker (kdf.worker.ts), as both sides see them.

/** The one derivation the thread runs; the passphrase is UTF-8, zeroed there once used. */
export interface KdfJob {
  passphrase: Uint8Array;
  salt: Uint8Array;
  opsLimit: number;
  memLimit: number;
}

export interface KdfProtocol {
  data: KdfJob;
  request: never;
  reply: { type: 'key'; key: Uint8Array };
}
