import fc from 'fast-check';
import { expect, it } from 'vitest';
import { formatRecoveryKey, parseRecoveryKey } from '../../../electron/vault/recovery-key';

const key = fc.uint8Array({ minLength: 32, maxLength: 32 });

it('formats 32 bytes as 13 groups of four base32 characters and parses them back', () => {
  fc.assert(
    fc.property(key, (bytes) => {
      const text = formatRecoveryKey(bytes);
      expect(text).toMatch(/^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/);
      expect(parseRecoveryKey(text)).toEqual(bytes);
      expect(parseRecoveryKey(text.toLowerCase().replaceAll('-', ' '))).toEqual(bytes);
    }),
  );
});

it('matches RFC 4648 base32 for a known value', () => {
  const bytes = new Uint8Array(32);
  bytes.set(Buffer.from('foobar'));
  // RFC 4648: BASE32("foobar") = "MZXW6YTBOI======"
  expect(formatRecoveryKey(bytes).replaceAll('-', '').startsWith('MZXW6YTBOI')).toBe(true);
});

it('rejects anything that is not exactly one key', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 80 }), (text) => {
      const parsed = parseRecoveryKey(text);
      if (parsed !== null) expect(formatRecoveryKey(parsed)).toBe(formatRecoveryKey(parseRecoveryKey(text)!));
    }),
  );
  expect(parseRecoveryKey('')).toBeNull();
  expect(parseRecoveryKey('A'.repeat(51))).toBeNull();
  expect(parseRecoveryKey('A'.repeat(53))).toBeNull();
  expect(parseRecoveryKey('1'.repeat(52))).toBeNull();
  // Non-zero unused bits in the last character would give a second spelling of one key.
  expect(parseRecoveryKey('A'.repeat(51) + 'B')).toBeNull();
});
