import { useState } from 'react';

/**
 * Copies text to the clipboard and says how it went. The sentence belongs to the text that was
 * copied: once another passphrase is shown, "Copied." no longer applies and is not shown.
 */
export function useCopy() {
  const [last, setLast] = useState<{ text: string; status: string } | null>(null);

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setLast({ text, status: 'Copied.' });
    } catch {
      setLast({ text, status: 'Copying did not work here. Select the passphrase and copy it, or write it down.' });
    }
  }

  return { copy, statusFor: (text: string | undefined) => (last && last.text === text ? last.status : '') };
}
