// The draft: the entry form as it stands, kept encrypted in the vault so a lock does not lose it.
import { method, none } from './method';
import { draftSchema, type Draft } from './values';

/** The journal's draft as kept, with when it was last saved. */
export type SavedDraft = Draft & { savedAt: string };

export const drafts = {
  /** Keeps the entry form's state, replacing the journal's one draft. */
  saveDraft: method<void>()({ arg: draftSchema, needs: 'journal' }),
  getDraft: method<SavedDraft | null>()({ arg: none, needs: 'journal' }),
  discardDraft: method<void>()({ arg: none, needs: 'journal' }),
};
