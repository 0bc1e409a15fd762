// An in-memory window.hearth for the entry and journal component tests: only what those screens use,
// plus the draft, lock and unlock, and the main process's events for the draft tests.
import { vi } from 'vitest';
import type { HearthEvent, SavedDraft } from '../../../shared/api';
import type { Entry, PersonSummary } from '../../../shared/domain';
import { HearthError } from '../../../shared/errors';
import { draftSchema, type DraftInput, type EntryInput, type ListQuery } from '../../../shared/schemas';

let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

export function person(name: string, extra: Partial<PersonSummary> = {}): PersonSummary {
  return {
    id: uuid(),
    name,
    relationship: 'friend',
    aliases: [],
    archived: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    interactionCount: 0,
    lastContact: null,
    ...extra,
  };
}

export function entry(occurredAt: string, extra: Partial<Entry> = {}): Entry {
  return {
    id: uuid(),
    occurredAt,
    mood: 6,
    support: 7,
    note: '',
    tags: [],
    interactions: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

/** An entry as imported from a journal without these scales: the fields are absent, not 0 or null. */
export function withoutScales(e: Entry, which: readonly ('mood' | 'support')[] = ['mood', 'support']): Entry {
  const copy = { ...e };
  for (const key of which) delete copy[key];
  return copy;
}

export const PASSPHRASE = 'correct horse battery staple';

export function fakeHearth(options: { people?: PersonSummary[]; entries?: Entry[]; tags?: string[]; draft?: SavedDraft } = {}) {
  const people = options.people ?? [];
  let entries = [...(options.entries ?? [])];
  const listeners = new Set<(e: HearthEvent) => void>();
  const vault = { unlocked: true, draft: options.draft ?? null };
  const hearth = {
    status: vi.fn(async () => ({ exists: true, unlocked: vault.unlocked })),
    unlock: vi.fn(async ({ passphrase }: { passphrase: string }) => {
      if (passphrase !== PASSPHRASE) throw new HearthError('WRONG_PASSPHRASE');
      vault.unlocked = true;
    }),
    lock: vi.fn(async () => {
      vault.unlocked = false;
    }),
    // Checked as the main process checks it, so a draft the form could not send fails here too.
    saveDraft: vi.fn(async (draft: DraftInput) => {
      if (!vault.unlocked) throw new HearthError('LOCKED');
      vault.draft = { ...draftSchema.parse(draft), savedAt: new Date().toISOString() };
    }),
    getDraft: vi.fn(async () => vault.draft),
    discardDraft: vi.fn(async () => {
      vault.draft = null;
    }),
    readyToLock: vi.fn(async () => undefined),
    getSettings: vi.fn(async () => ({ autoLockMinutes: 5, theme: 'system', weekStartsOn: 1 })),
    listPeople: vi.fn(async () => people),
    listTags: vi.fn(async () => options.tags ?? []),
    getEntry: vi.fn(async ({ id }: { id: string }) => {
      const found = entries.find((e) => e.id === id);
      if (!found) throw Object.assign(new Error('That entry no longer exists.'), { code: 'NOT_FOUND' });
      return found;
    }),
    addEntry: vi.fn(async (input: EntryInput) => {
      const created = withoutScales(entry(input.occurredAt ?? '2026-01-01T00:00:00+00:00', { note: input.note ?? '' }));
      if (input.mood !== undefined) created.mood = input.mood;
      if (input.support !== undefined) created.support = input.support;
      entries = [created, ...entries];
      return created;
    }),
    updateEntry: vi.fn(async ({ id }: { id: string; entry: EntryInput }) => entries.find((e) => e.id === id)!),
    deleteEntry: vi.fn(async ({ id }: { id: string }) => {
      entries = entries.filter((e) => e.id !== id);
    }),
    listEntries: vi.fn(async (query: ListQuery = {}) => {
      const needle = query.search?.toLowerCase();
      const matching = entries.filter((e) => !needle || e.note.toLowerCase().includes(needle));
      const offset = query.offset ?? 0;
      return { entries: matching.slice(offset, query.limit === undefined ? undefined : offset + query.limit), total: matching.length };
    }),
    onEvent: vi.fn((listener: (e: HearthEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
  };
  Object.defineProperty(window, 'hearth', { value: hearth, configurable: true, writable: true });
  return Object.assign(hearth, {
    vault,
    /** An event from the main process. */
    emit(event: HearthEvent) {
      for (const l of listeners) l(event);
    },
  });
}
