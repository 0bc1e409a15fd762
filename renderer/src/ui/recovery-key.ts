// Recovery keys are grouped base32 ("ABCD-EFGH-…"). People type them back with any case, spaces or
// dashes; the service reads them the same way (electron/vault/recovery-key.ts).

export function normalizeRecoveryKey(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '');
}

export function sameRecoveryKey(typed: string, shown: string): boolean {
  const a = normalizeRecoveryKey(typed);
  return a.length > 0 && a === normalizeRecoveryKey(shown);
}

/** The key's groups of four, for display. */
export function recoveryKeyGroups(key: string): string[] {
  return normalizeRecoveryKey(key).match(/.{1,4}/g) ?? [];
}
