// @vitest-environment happy-dom
// An entry the CLI adds while the app is open: the main process sends 'journal-changed', and the
// journal list, already on screen, fetches again and shows it without a lock and unlock.
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { HearthEvent } from '../../../shared/api';
import { JournalChangesProvider } from '../../../renderer/src/ui/journal-changes';
import { NavigationProvider } from '../../../renderer/src/app/navigation';
import { JournalScreen } from '../../../renderer/src/journal/JournalScreen';
import { entry, fakeHearth } from '../entry/fake-hearth';

const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});
afterEach(cleanup);

it('fetches the journal again when another program changed it, and only then', async () => {
  const hearth = fakeHearth({ entries: [entry('2026-03-05T08:00:00+01:00', { note: 'Written in the app', mood: 4 })] });
  const listeners = new Set<(e: HearthEvent) => void>();
  hearth.onEvent.mockImplementation(((listener: (e: HearthEvent) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }) as never);
  render(
    <NavigationProvider>
      <JournalChangesProvider>
        <JournalScreen />
      </JournalChangesProvider>
    </NavigationProvider>,
  );
  const list = await screen.findByRole('region', { name: 'Entries' });
  await within(list).findByRole('button', { name: /Written in the app/ });
  const fetches = hearth.listEntries.mock.calls.length;

  // The CLI adds an entry: the service's copy changes, the screen does not know yet.
  await hearth.addEntry({ occurredAt: '2026-03-06T09:00:00+01:00', note: 'Added by the CLI', mood: 7, support: 6, tags: [], interactions: [] });
  expect(within(list).queryByRole('button', { name: /Added by the CLI/ })).toBeNull();
  // A lock event is not a change: nothing is fetched for it here.
  act(() => listeners.forEach((l) => l({ type: 'locked', reason: 'idle' })));
  expect(hearth.listEntries.mock.calls.length).toBe(fetches);

  act(() => listeners.forEach((l) => l({ type: 'journal-changed' })));
  expect(await within(list).findByRole('button', { name: /Added by the CLI/ })).toBeTruthy();
  expect(screen.getByText('2 entries')).toBeTruthy();
  expect(hearth.listEntries.mock.calls.length).toBe(fetches + 1);
});
