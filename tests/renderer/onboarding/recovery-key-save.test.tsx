// @vitest-environment happy-dom
// "Saved as …" is said only once the save dialog has returned a file, and not at all when cancelled.
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import type { HearthBridge } from '../../../shared/api';
import type { SaveResult } from '../../../shared/exchange';
import { RecoveryKeyStep } from '../../../renderer/src/ui/RecoveryKeyStep';
import { KEY } from '../app/fake-hearth';

afterEach(cleanup);

function fakeSave() {
  let answer: (result: SaveResult) => void = () => undefined;
  const saveRecoveryKey = vi.fn(() => new Promise<SaveResult>((resolve) => (answer = resolve)));
  window.hearth = { saveRecoveryKey } as unknown as HearthBridge;
  return { saveRecoveryKey, answer: (result: SaveResult) => act(() => answer(result)) };
}

const status = () => screen.getAllByRole('status').find((s) => s.classList.contains('form-status'))!;

it('says where the key was saved only after the dialog returned a file', async () => {
  const save = fakeSave();
  const user = userEvent.setup();
  render(<RecoveryKeyStep recoveryKey={KEY} onDone={vi.fn()} />);
  await user.click(screen.getByRole('button', { name: 'Save as file' }));
  expect(save.saveRecoveryKey).toHaveBeenCalledWith({ recoveryKey: KEY });
  expect(status().textContent).toBe('');

  await save.answer({ saved: true, fileName: 'key-for-later.txt' });
  expect(status().textContent).toBe('Saved as key-for-later.txt. Move it somewhere safe, away from this computer.');
});

it('says nothing when the dialog was cancelled', async () => {
  const save = fakeSave();
  const user = userEvent.setup();
  render(<RecoveryKeyStep recoveryKey={KEY} onDone={vi.fn()} />);
  await user.click(screen.getByRole('button', { name: 'Save as file' }));
  await save.answer({ saved: false });
  expect(status().textContent).toBe('');
  expect(screen.queryByText(/Saved/)).toBeNull();
});
