// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { subscribeSearchFocus } from '../../../renderer/src/ui/focus-search';
import { NavigationProvider, useNavigation } from '../../../renderer/src/app/navigation';
import { Shell } from '../../../renderer/src/shell/Shell';
import { App } from '../../../renderer/src/App';
import { fakeHearth } from './fake-hearth';

// The other screens are stand-ins here: these tests are about the shell.
vi.mock('../../../renderer/src/journal/JournalScreen', () => ({
  JournalScreen: function JournalScreen() {
    const search = useRef<HTMLInputElement>(null);
    useEffect(() => subscribeSearchFocus(() => search.current?.focus()), []);
    return (
      <>
        <h1>Journal</h1>
        <label>
          Search journal <input ref={search} type="search" />
        </label>
        <p>Secret note text</p>
      </>
    );
  },
}));
vi.mock('../../../renderer/src/entry/EntryScreen', () => ({
  EntryScreen: ({ id }: { id?: string }) => <h1>{id ? 'Edit entry' : 'New entry'}</h1>,
}));
vi.mock('../../../renderer/src/people/PeopleScreen', () => ({ PeopleScreen: () => <h1>People</h1> }));
vi.mock('../../../renderer/src/people/PersonScreen', () => ({ PersonScreen: ({ id }: { id: string }) => <h1>Person {id}</h1> }));
vi.mock('../../../renderer/src/insights/InsightsScreen', () => ({ InsightsScreen: () => <h1>Insights</h1> }));

afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.theme;
});

function renderShell(onLock = vi.fn()) {
  fakeHearth({ unlocked: true });
  render(
    <NavigationProvider>
      <Shell onLock={onLock} />
    </NavigationProvider>,
  );
  return onLock;
}

const heading = (name: string) => screen.getByRole('heading', { level: 1, name });

describe('the shell', () => {
  it('has the main navigation, marks the current screen and switches screens', async () => {
    const user = userEvent.setup();
    renderShell();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav).toBeTruthy();
    const links = screen.getAllByRole('link').map((l) => l.textContent);
    expect(links.slice(0, 5)).toEqual(['Journal', 'People', 'Insights', 'Export', 'Settings']);
    expect(screen.getByRole('link', { name: 'Journal' }).getAttribute('aria-current')).toBe('page');

    await user.click(screen.getByRole('link', { name: 'People' }));
    expect(heading('People')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'People' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Journal' }).getAttribute('aria-current')).toBeNull();

    await user.click(screen.getByRole('link', { name: 'Help' }));
    expect(heading('Help')).toBeTruthy();
    expect(screen.getByText(/not a medical or emergency service/)).toBeTruthy();
  });

  it('Ctrl+N opens a new entry, from anywhere', async () => {
    const user = userEvent.setup();
    renderShell();
    await user.click(screen.getByRole('link', { name: 'Insights' }));
    await user.keyboard('{Control>}n{/Control}');
    expect(heading('New entry')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Journal' }).getAttribute('aria-current')).toBe('page');
  });

  it('Ctrl+L locks, as the Lock button does', async () => {
    const user = userEvent.setup();
    const onLock = renderShell();
    await user.keyboard('{Control>}l{/Control}');
    expect(onLock).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Lock' }));
    expect(onLock).toHaveBeenCalledTimes(2);
  });

  it('Ctrl+F goes to the journal and focuses its search box', async () => {
    const user = userEvent.setup();
    renderShell();
    await user.click(screen.getByRole('link', { name: 'People' }));
    await user.keyboard('{Control>}f{/Control}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Search journal')));
    // Again, while already on the journal.
    screen.getByRole('link', { name: 'Journal' }).focus();
    await user.keyboard('{Control>}f{/Control}');
    expect(document.activeElement).toBe(screen.getByLabelText('Search journal'));
  });

  it('shortcuts do nothing while a modal dialog is open', async () => {
    const onLock = renderShell();
    // The screen appears once the settings (theme, date locale) are read.
    await screen.findByRole('heading', { name: 'Journal' });
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    document.body.append(dialog);
    try {
      fireEvent.keyDown(window, { key: 'n', ctrlKey: true });
      fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
      expect(heading('Journal')).toBeTruthy();
      expect(onLock).not.toHaveBeenCalled();
    } finally {
      dialog.remove();
    }
  });

  it('Lock asks first when the screen holds unsaved text, and stays if told to', async () => {
    const onLock = vi.fn();
    fakeHearth({ unlocked: true });
    const confirm = vi.fn(() => false);
    function Guard() {
      const { setLeaveGuard } = useNavigation();
      useEffect(() => setLeaveGuard('Leave without saving?'), [setLeaveGuard]);
      return null;
    }
    render(
      <NavigationProvider confirm={confirm}>
        <Guard />
        <Shell onLock={onLock} />
      </NavigationProvider>,
    );
    fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
    expect(confirm).toHaveBeenCalledWith('Leave without saving?');
    expect(onLock).not.toHaveBeenCalled();
  });

  it('applies the theme from the settings', async () => {
    const { state } = fakeHearth({ unlocked: true });
    state.settings.theme = 'dark';
    render(
      <NavigationProvider>
        <Shell onLock={vi.fn()} />
      </NavigationProvider>,
    );
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });
});

describe('locking the app', () => {
  it('Ctrl+L unmounts the journal, calls lock and shows the unlock screen', async () => {
    const { hearth } = fakeHearth({ unlocked: true });
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText('Secret note text')).toBeTruthy();
    await user.keyboard('{Control>}l{/Control}');
    expect(await screen.findByRole('heading', { name: 'Hearth is locked' })).toBeTruthy();
    expect(screen.queryByText('Secret note text')).toBeNull();
    expect(hearth.lock).toHaveBeenCalledOnce();
  });

  it('a locked event from the main process does the same', async () => {
    const { emit } = fakeHearth({ unlocked: true });
    render(<App />);
    expect(await screen.findByText('Secret note text')).toBeTruthy();
    act(() => emit({ type: 'locked', reason: 'idle' }));
    expect(await screen.findByRole('heading', { name: 'Hearth is locked' })).toBeTruthy();
    expect(screen.queryByText('Secret note text')).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
  });
});
