// @vitest-environment happy-dom
// A reminder's click ('open-new-entry' from the main process) opens a new entry: at once when the
// journal is unlocked, and only after the person unlocks it when it is locked.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/src/App';
import { fakeHearth } from './fake-hearth';

vi.mock('../../../renderer/src/journal/JournalScreen', () => ({ JournalScreen: () => <h1>Journal</h1> }));
vi.mock('../../../renderer/src/entry/EntryScreen', () => ({ EntryScreen: ({ id }: { id?: string }) => <h1>{id ? 'Edit entry' : 'New entry'}</h1> }));

afterEach(cleanup);

describe('open-new-entry', () => {
  it('waits behind the unlock screen, then opens the new entry', async () => {
    const user = userEvent.setup();
    const { emit, state } = fakeHearth({ unlocked: false });
    render(<App />);
    const passphrase = await screen.findByLabelText('Passphrase');
    act(() => emit({ type: 'open-new-entry' }));
    expect(screen.queryByRole('heading', { level: 1, name: 'New entry' })).toBeNull();
    await user.type(passphrase, state.passphrase);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'New entry' })).toBeTruthy();
  });

  it('opens the new entry at once while unlocked', async () => {
    const { emit } = fakeHearth({ unlocked: true });
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Journal' })).toBeTruthy();
    act(() => emit({ type: 'open-new-entry' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'New entry' })).toBeTruthy());
  });
});
