// A restore plan (./restore-plan.ts) written: people, entries, settings, the draft and check-ins in
// one transaction, then put into the index.
import { randomUUID } from 'node:crypto';
import type { ImportResult } from '../../shared/exchange';
import type { JournalWriter } from './journal-writer';
import type { RestorePlan } from './restore-plan';

/** Writes the plan in one transaction, then puts it into the index; what the plan added, updated and skipped. */
export function restorePlan(j: JournalWriter, plan: RestorePlan): ImportResult {
  const settings = plan.settings ? { ...j.index.settings, ...plan.settings } : null;
  const puts = [...plan.people.map((p) => j.seal.person(p)), ...j.seal.entries(plan.entries)];
  const settingsId = j.index.settingsId ?? randomUUID();
  const key = j.index.autoBackupKey;
  if (settings) puts.push(j.seal.settings(settingsId, settings, key));
  // Under this journal's own draft id, so the journal still holds one draft.
  const draft = plan.draft && { id: j.index.draft()?.id ?? plan.draft.id, data: plan.draft.data };
  if (draft) puts.push(j.seal.draft(draft.id, draft.data));
  puts.push(...plan.checkins.map((c) => j.seal.checkin(c.id, c.data)));
  j.write(puts, []);
  for (const p of plan.people) j.index.putPerson(p);
  for (const { id, data } of plan.entries) j.index.putEntry(id, data);
  if (settings) j.index.replaceSettings(settingsId, settings, key);
  if (draft) j.index.putDraft(draft.id, draft.data);
  for (const c of plan.checkins) j.index.putCheckin(c.id, c.data);
  return { added: plan.added, updated: plan.updated, skipped: plan.skipped };
}
