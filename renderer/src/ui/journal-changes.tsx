// Changes another program (the CLI) made to the open journal: the main process sends
// 'journal-changed', and every screen that shows the journal fetches again when this count moves.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

const JournalChanges = createContext(0);

export function JournalChangesProvider({ children }: { children: ReactNode }) {
  const [count, setCount] = useState(0);
  useEffect(
    () =>
      window.hearth.onEvent((event) => {
        if (event.type === 'journal-changed') setCount((c) => c + 1);
      }),
    [],
  );
  return <JournalChanges.Provider value={count}>{children}</JournalChanges.Provider>;
}

/** A number that changes whenever another program changed the journal: put it in a fetch's deps. */
export function useJournalChanges(): number {
  return useContext(JournalChanges);
}
