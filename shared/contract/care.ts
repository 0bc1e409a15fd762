// Care between entries: reach-out suggestions, the gentle check-in on hard days, thank-you notes
// and helplines. Everything is computed and kept on this computer; nothing is ever sent.
import { z } from 'zod';
import type { CareSettings, Entry } from '../domain';
import { HELPLINE_COUNTRY_CODES, isHelplineUrl } from '../helplines';
import { method, none } from './method';
import { idSchema, LIMITS } from './values';

export interface ReachOutSuggestion {
  personId: string;
  name: string;
  /** The last local date (YYYY-MM-DD) they were seen. */
  lastSeen: string;
  daysSince: number;
  /** The median number of days between the days they were seen. */
  usualGapDays: number;
}

export interface GentleCheckIn {
  /** A run of hard days in the journal, or a check-in result that flagged a concern. */
  reason: 'hard-days' | 'check-in';
  /** Up to three people who usually nourish the person, most nourishing first. */
  people: Array<{ personId: string; name: string }>;
}

/** The Journal's care cards for today. */
export interface CareCards {
  gentle: GentleCheckIn | null;
  /** Empty while reach-out suggestions are off (the default). */
  reachOut: ReachOutSuggestion[];
}

/** A helpline country the app lists, or 'other' (the international directory). */
export const helplineCountrySchema = z.enum(['other', ...HELPLINE_COUNTRY_CODES] as [string, ...string[]]);

/** The care settings as a backup or a patch carries them. */
export const careSettingsSchema = z.strictObject({
  reachOut: z.boolean().optional(),
  reachOutDismissed: z.record(idSchema, z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).optional(),
  gentleDismissedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  helplineCountry: helplineCountrySchema.optional(),
});

export const care = {
  careCards: method<CareCards>()({ arg: none, needs: 'journal' }),
  /** Leaves the person out of suggestions until they are seen again. */
  dismissReachOut: method<CareSettings>()({ arg: z.strictObject({ personId: idSchema }), needs: 'writer' }),
  dismissGentleCheckIn: method<CareSettings>()({ arg: none, needs: 'writer' }),
  /** Turns reach-out suggestions on or off, or picks the helplines' country (null: the system's). */
  setCare: method<CareSettings>()({
    arg: z.strictObject({ reachOut: z.boolean().optional(), helplineCountry: helplineCountrySchema.nullable().optional() }),
    needs: 'writer',
  }),
  /**
   * Records a thank-you the person wrote: an interaction given, of esteem, with the person, on
   * today's entry (the latest entry dated today, or a new entry with no scales recorded), the
   * text added to the entry's note. Nothing is sent.
   */
  saveThankYou: method<Entry>()({
    arg: z.strictObject({ personId: idSchema, note: z.string().trim().min(1, 'Write the thank-you first').max(LIMITS.noteChars) }),
    needs: 'writer',
  }),
  /**
   * Opens one of the shipped helpline addresses in the system browser (the desktop app only: the
   * CLI and the test bridge answer `opened: false`). Any other address is refused here.
   */
  openHelpline: method<{ opened: boolean }>()({
    arg: z.strictObject({ url: z.string().refine(isHelplineUrl, 'That is not one of the helpline addresses Hearth lists') }),
    needs: 'nothing',
  }),
};
