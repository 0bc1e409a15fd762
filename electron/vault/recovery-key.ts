// The recovery key: 32 random bytes shown once as grouped base32 (RFC 4648 alphabet, no padding),
// e.g. "ABCD-EFGH-…" in 13 groups of four. Typing it back tolerates case, spaces and dashes.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const RECOVERY_KEY_BYTES = 32;

export function formatRecoveryKey(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)!.join('-');
}

/** The 32 key bytes, or null when the text cannot be a recovery key. */
export function parseRecoveryKey(text: string): Uint8Array | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '');
  const expectedChars = Math.ceil((RECOVERY_KEY_BYTES * 8) / 5);
  if (clean.length !== expectedChars) return null;
  const out = new Uint8Array(RECOVERY_KEY_BYTES);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const ch of clean) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return null;
    value = ((value << 5) | v) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      if (index < RECOVERY_KEY_BYTES) out[index++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  // The unused low bits of the last character must be zero, so each key has exactly one spelling.
  if ((value & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

/** The text of a saved recovery key file: the key and what it is for. */
export function recoveryKeyFileText(recoveryKey: string): string {
  return `Hearth recovery key\n\n${recoveryKey}\n\nKeep this somewhere safe, away from this computer. With it, anyone can open your journal.\n`;
}
