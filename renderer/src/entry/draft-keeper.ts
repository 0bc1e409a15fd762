// The open entry form, as the lock sees it: before Hearth locks (the Lock button, Ctrl+L, or the
// main process's will-lock event), the form's state is saved as the vault's encrypted draft.
// Nothing here holds entry text: only the open form's way of saving itself.

export interface DraftKeeper {
  /** True while the form holds text not saved as an entry. */
  dirty(): boolean;
  /** Saves the form's state as the draft now; rejects when it could not. */
  keep(): Promise<void>;
}

let current: DraftKeeper | null = null;

/** Called by the open entry form; returns the unregister function (fit for a useEffect cleanup). */
export function registerDraftKeeper(keeper: DraftKeeper): () => void {
  current = keeper;
  return () => {
    if (current === keeper) current = null;
  };
}

/**
 * null when no open form holds unsaved text (nothing to keep); otherwise resolves true once the
 * form's state is in the vault, false when it could not be saved.
 */
export function keepDraft(): Promise<boolean> | null {
  const keeper = current;
  if (!keeper?.dirty()) return null;
  return keeper.keep().then(
    () => true,
    () => false,
  );
}
