// What a test file made (services, folders) undone after each of its tests, last made first.
import { afterEach } from 'vitest';

/** Call at the top of a test file; push what each test must undo onto the list it returns. */
export function cleanupAfterEach(): Array<() => void> {
  const cleanups: Array<() => void> = [];
  afterEach(() => {
    while (cleanups.length) cleanups.pop()!();
  });
  return cleanups;
}
