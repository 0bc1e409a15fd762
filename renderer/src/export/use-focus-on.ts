import { useEffect, useRef } from 'react';

/**
 * A ref to focus whenever `key` changes to a non-null value: when a step replaces the form that
 * held the focus (an import opened, committed or cancelled), focus lands on what replaced it
 * instead of falling back to the page.
 */
export function useFocusOn<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (key !== null && key !== undefined) ref.current?.focus();
  }, [key]);
  return ref;
}
