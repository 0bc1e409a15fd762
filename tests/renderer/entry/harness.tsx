// Renders a screen inside the real navigation provider and shows the current route for assertions.
import { render } from '@testing-library/react';
import { useState } from 'react';
import { vi } from 'vitest';
import { NavigationProvider, useNavigation } from '../../../renderer/src/app/navigation';
import type { Route } from '../../../renderer/src/app/routes';
import { EntryScreen } from '../../../renderer/src/entry/EntryScreen';
import { JournalScreen } from '../../../renderer/src/journal/JournalScreen';

/** Shows `start` until the first navigation, then whatever route the screens navigate to. */
function Current({ start }: { start: Route }) {
  const { route } = useNavigation();
  const [first] = useState(route);
  const shown = route === first ? start : route;
  return (
    <>
      <p data-testid="route">{shown.name === 'entry' ? `entry:${shown.id ?? 'new'}` : shown.name}</p>
      {shown.name === 'entry' && <EntryScreen key={shown.id ?? 'new'} id={shown.id} />}
      {shown.name === 'journal' && <JournalScreen />}
    </>
  );
}

export function renderAt(start: Route, confirm: (q: string) => boolean = vi.fn(() => true)) {
  const result = render(
    <NavigationProvider confirm={confirm}>
      <Current start={start} />
    </NavigationProvider>,
  );
  return { ...result, confirm };
}
