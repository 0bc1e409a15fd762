// A derivation begun early is awaited only later (the CLI loads the command meanwhile): if its thread
// fails first, the failure must wait for that await, not end the process as an unhandled rejection.
// The thread is a stand-in that fails at once; electron/vault/kdf.ts is the real one.
import { randomBytes } from 'node:crypto';
import { expect, it, vi } from 'vitest';
import { KDF_FLOOR, startDerivation } from '../../../electron/vault/kdf';

vi.mock('../../../electron/threads/worker-thread', () => ({
  WorkerThread: class {
    onMessage(): void {}
    onFailure(listener: (error: Error) => void): void {
      setImmediate(() => listener(new Error('key derivation worker exited with code 1')));
    }
    terminate(): Promise<number> {
      return Promise.resolve(1);
    }
  },
}));

it('keeps a failure that comes before anyone waits for the key until someone does', async () => {
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', record);
  try {
    const { key } = startDerivation('correct horse battery', { alg: 'argon2id13', ...KDF_FLOOR, salt: randomBytes(16).toString('base64') });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).toEqual([]);
    await expect(key).rejects.toThrow('key derivation worker exited with code 1');
  } finally {
    process.off('unhandledRejection', record);
  }
});
