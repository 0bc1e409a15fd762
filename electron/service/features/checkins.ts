import { randomUUID } from 'node:crypto';
import { addDays, checkinResult, dueCheckins, INSTRUMENTS, newestFirst, tooSoonAfter, type CheckinSetting } from '../../../shared/checkins';
import type { checkins } from '../../../shared/contract/checkins';
import { HearthError } from '../../../shared/errors';
import type { Journal } from '../journal';
import type { FeatureHandlers } from './handler';

function results(journal: Journal) {
  return journal.index
    .checkins()
    .map(({ id, data }) => checkinResult(id, data))
    .sort(newestFirst);
}

export const checkinHandlers = {
  saveCheckin: ({ journal }, { instrument, date, answers }) => {
    if (date > journal.today()) throw new HearthError('INVALID_INPUT', 'A check-in cannot be dated after today.', { field: 'date' });
    const near = tooSoonAfter(instrument, date, journal.index.checkins().map(({ id, data }) => ({ id, ...data })));
    if (near !== null) {
      const { shortName, minDaysApart } = INSTRUMENTS[instrument];
      throw new HearthError('INVALID_INPUT', `The ${shortName} was answered on ${near}; answers must be at least ${minDaysApart} days apart.`, { field: 'date' });
    }
    const id = randomUUID();
    const data = { instrument, date, answers, createdAt: journal.now().toISOString() };
    journal.saveCheckin(id, data);
    return checkinResult(id, data);
  },
  listCheckins: ({ journal }, query) =>
    results(journal).filter(
      (r) => (!query?.from || r.date >= query.from) && (!query?.to || r.date <= query.to) && (!query?.instrument || r.instrument === query.instrument),
    ),
  deleteCheckin: ({ journal }, { id }) => journal.deleteCheckin(id),
  dueCheckins: ({ journal }) => dueCheckins(journal.index.settings.checkins, journal.index.checkins().map((c) => c.data), journal.today()),
  setCheckin: ({ journal }, { instrument, change }) => {
    const current = journal.index.settings.checkins ?? {};
    const next: CheckinSetting = change === 'later' ? { on: true, laterUntil: addDays(journal.today(), 1) } : { on: change === 'on' };
    return journal.saveSettings({ checkins: { ...current, [instrument]: next } }, 'unchanged');
  },
} satisfies FeatureHandlers<typeof checkins>;
