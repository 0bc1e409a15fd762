// The report's scrypt recipient: files it writes open with age-encryption's own passphrase
// identity (and the age tool, in age-cli.test.ts), and deriving the key leaves the thread free.
import { armor, Decrypter, Encrypter } from 'age-encryption';
import { expect, it } from 'vitest';
import { ScryptRecipient } from '../../../electron/report/scrypt-recipient';

const PASSPHRASE = 'ünïcode-pässphrase-with-words-and-more';

async function encrypt(text: string, logN: number): Promise<string> {
  const e = new Encrypter();
  e.addRecipient(new ScryptRecipient(PASSPHRASE, logN));
  return armor.encode(await e.encrypt(text));
}

it('writes a scrypt stanza that age-encryption opens with the passphrase, and only with it', async () => {
  const file = await encrypt('the report', 10);
  expect(file).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----/);
  const right = new Decrypter();
  right.addPassphrase(PASSPHRASE);
  expect(await right.decrypt(armor.decode(file), 'text')).toBe('the report');
  const wrong = new Decrypter();
  wrong.addPassphrase('not the passphrase');
  await expect(wrong.decrypt(armor.decode(file), 'text')).rejects.toThrow();
});

it('derives the key off the main thread at the default work factor', async () => {
  let ticks = 0;
  const timer = setInterval(() => (ticks += 1), 5);
  try {
    const file = await encrypt('x', 18);
    // scrypt at 2^18 takes hundreds of milliseconds; a synchronous one would let no tick through.
    expect(ticks).toBeGreaterThan(5);
    const d = new Decrypter();
    d.addPassphrase(PASSPHRASE);
    expect(await d.decrypt(armor.decode(file), 'text')).toBe('x');
  } finally {
    clearInterval(timer);
  }
});
