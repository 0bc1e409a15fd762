// The private draft of a thank-you note, prefilled from the journal: what the person did and when,
// and the entry's note only where one was written. The person edits and copies it; Hearth sends nothing.
import type { SupportKind } from './domain';

/** What each kind of support was, as "thank you for …". */
const THANKS_FOR: Record<SupportKind, string> = {
  emotional: 'being there for me',
  practical: 'your help',
  informational: 'your advice',
  financial: 'your help with money',
  companionship: 'your company',
  esteem: 'your encouragement',
};

export interface ThankYouMoment {
  /** The entry's occurredAt. */
  occurredAt: string;
  kinds: readonly SupportKind[];
  /** The entry's note; left out of the draft when empty. */
  note: string;
}

function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

/**
 * "Hi Sam," then one line per moment ("Thank you for your company and your advice on 2 March."),
 * each followed by what the entry's note said, if anything. `day` formats an occurredAt as a date.
 */
export function thankYouDraft(name: string, moments: readonly ThankYouMoment[], day: (occurredAt: string) => string): string {
  const first = name.trim().split(/\s+/)[0] ?? name;
  const lines = moments.map((m) => {
    const what = m.kinds.length > 0 ? joinAnd(m.kinds.map((k) => THANKS_FOR[k])) : 'what you did';
    const note = m.note.trim();
    return note ? `Thank you for ${what} on ${day(m.occurredAt)}.\n(${note})` : `Thank you for ${what} on ${day(m.occurredAt)}.`;
  });
  const body = lines.length > 0 ? lines.join('\n') : 'Thank you for being there for me.';
  return `Hi ${first},\n\n${body}\n\nIt meant a lot to me.`;
}
