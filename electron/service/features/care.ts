import { checkinConcern, checkinResult } from '../../../shared/checkins';
import type { care } from '../../../shared/contract/care';
import type { CareSettings } from '../../../shared/domain';
import { localToday } from '../../../shared/local-time';
import { gentleCheckIn } from '../../analytics/care/hard-days';
import { reachOutSuggestions } from '../../analytics/care/reach-out';
import type { Journal } from '../journal';
import { saveThankYou } from '../thank-you';
import type { FeatureHandlers } from './handler';

/** Seals the care settings with `change` applied; a field set to undefined is removed, not stored. */
function changeCare(journal: Journal, change: (care: CareSettings) => CareSettings): CareSettings {
  const next = change({ ...journal.index.settings.care });
  const care = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) as CareSettings;
  return journal.saveSettings({ care }, 'unchanged').care ?? {};
}

export const careHandlers = {
  careCards: ({ journal }) => {
    const days = journal.index.dayGroups();
    const people = journal.index.allPeople();
    const today = localToday(journal.now());
    const care = journal.index.settings.care ?? {};
    // A WHO-5 result the check-ins flag brings the gentle card as a run of hard days does.
    const concern = checkinConcern(journal.index.checkins().map(({ id, data }) => checkinResult(id, data)));
    const flagged = concern === null ? {} : { flaggedCheckinDate: concern.date };
    return { gentle: gentleCheckIn(days, people, today, care, flagged), reachOut: reachOutSuggestions(days, people, today, care) };
  },
  dismissReachOut: ({ journal }, { personId }) =>
    changeCare(journal, (care) => ({ ...care, reachOutDismissed: { ...care.reachOutDismissed, [personId]: localToday(journal.now()) } })),
  dismissGentleCheckIn: ({ journal }) => changeCare(journal, (care) => ({ ...care, gentleDismissedOn: localToday(journal.now()) })),
  setCare: ({ journal }, { reachOut, helplineCountry }) =>
    changeCare(journal, (care) => ({
      ...care,
      ...(reachOut === undefined ? {} : { reachOut }),
      ...(helplineCountry === undefined ? {} : { helplineCountry: helplineCountry ?? undefined }),
    })),
  saveThankYou: ({ journal }, { personId, note }) => saveThankYou(journal, personId, note),
  // Only the desktop app can open a browser: its main process answers this method itself.
  openHelpline: () => ({ opened: false }),
} satisfies FeatureHandlers<typeof care>;
