import type { drafts } from '../../../shared/contract/drafts';
import type { FeatureHandlers } from './handler';

export const draftHandlers = {
  saveDraft: ({ journal }, draft) => journal.saveDraft(draft),
  getDraft: ({ journal }) => journal.getDraft(),
  discardDraft: ({ journal }) => journal.discardDraft(),
} satisfies FeatureHandlers<typeof drafts>;
