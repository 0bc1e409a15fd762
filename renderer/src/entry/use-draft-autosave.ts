// Saves the entry form as the vault's encrypted draft while it holds unsaved text: a moment after
// the last change, and at once when Hearth is about to lock (./draft-keeper.ts). The draft goes
// when the entry is saved, when the form is discarded, or when its changes are undone.
import { useCallback, useEffect, useRef } from 'react';
import { registerDraftKeeper } from './draft-keeper';
import { toSavedDraft, type EntryDraft } from './draft';

/** After the last change; well within the 2 s a lock may cost at most. */
export const DRAFT_SAVE_DELAY_MS = 1000;

export interface DraftAutosave {
  /** Waits for any draft save under way and cancels the next one: call before saving the entry. */
  settle(): Promise<void>;
  /** Stops saving and deletes this form's draft: the entry was saved or the form discarded. */
  discard(): Promise<void>;
}

/** `resumed`: the form was opened from the vault's draft, which is then this form's own. */
export function useDraftAutosave(form: EntryDraft, dirty: boolean, editing: string | undefined, resumed: boolean): DraftAutosave {
  const latest = useRef({ form, dirty });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** Every draft call of this form, in order. */
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /** Whether the vault may hold a draft written by this form. */
  const kept = useRef(resumed);
  const stopped = useRef(false);

  useEffect(() => {
    latest.current = { form, dirty };
  });

  const enqueue = useCallback((call: () => Promise<void>): Promise<void> => {
    const run = queue.current.then(call);
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  const save = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    const draft = toSavedDraft(latest.current.form, editing);
    kept.current = true;
    return enqueue(() => window.hearth.saveDraft(draft));
  }, [editing, enqueue]);

  const forget = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    if (!kept.current) return queue.current.then(() => undefined);
    kept.current = false;
    return enqueue(() => window.hearth.discardDraft());
  }, [enqueue]);

  useEffect(() => {
    if (stopped.current) return undefined;
    if (!dirty) {
      // Back to where the form started: there is nothing left to keep.
      if (kept.current) void forget().catch(() => undefined);
      return undefined;
    }
    // A failed save is tried again at the next change, and at lock; the form keeps the text.
    timer.current = setTimeout(() => void save().catch(() => undefined), DRAFT_SAVE_DELAY_MS);
    return () => clearTimeout(timer.current);
  }, [form, dirty, save, forget]);

  useEffect(
    () =>
      registerDraftKeeper({
        dirty: () => !stopped.current && latest.current.dirty,
        keep: save,
      }),
    [save],
  );

  return {
    settle: useCallback(async () => {
      clearTimeout(timer.current);
      await queue.current;
    }, []),
    discard: useCallback(async () => {
      stopped.current = true;
      await forget();
    }, [forget]),
  };
}
