// The screens of the unlocked app. Navigation is plain state: no URLs, nothing to deep-link into.
import type { InstrumentId } from '../../../shared/checkins';

export type Route =
  | { name: 'journal' }
  /** `resume`: open the form as the vault's draft left it (the draft names the entry it edits). */
  | { name: 'entry'; id?: string; resume?: boolean }
  | { name: 'people' }
  | { name: 'person'; id: string }
  | { name: 'insights' }
  /** `part` opens the screen at one of its parts (Settings links to automatic backups). */
  | { name: 'export'; part?: 'auto-backup' }
  | { name: 'settings' }
  | { name: 'help' }
  /** One check-in questionnaire to answer. */
  | { name: 'checkin'; instrument: InstrumentId };

export type RouteName = Route['name'];
