// @vitest-environment happy-dom
// The read-only warning: shown on every screen while the journal does not match its seal, naming
// how many records differ; absent for a sound journal.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { NavigationProvider } from '../../../renderer/src/app/navigation';
import { Shell } from '../../../renderer/src/shell/Shell';
import { fakeHearth } from './fake-hearth';

afterEach(cleanup);

function renderShell() {
  render(
    <NavigationProvider>
      <Shell onLock={() => undefined} />
    </NavigationProvider>,
  );
}

it('says the journal is open read-only and how many records differ', async () => {
  const { hearth } = fakeHearth({ unlocked: true });
  hearth.status.mockResolvedValue({
    exists: true,
    unlocked: true,
    sealProblems: [
      { id: '6f1c0f1e-1111-4111-8111-111111111111', kind: 'entry', problem: 'missing' },
      { id: '6f1c0f1e-2222-4111-8111-111111111111', kind: 'settings', problem: 'missing' },
    ],
  } as never);
  renderShell();
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('This journal is open read-only.');
  expect(alert.textContent).toContain('2 records differ');
  expect(alert.textContent).toContain('hearth verify');
});

it('says how many saved changes are missing when the journal is behind its change mark', async () => {
  const { hearth } = fakeHearth({ unlocked: true });
  hearth.status.mockResolvedValue({
    exists: true,
    unlocked: true,
    sealProblems: [{ id: '6f1c0f1e-3333-4111-8111-111111111111', kind: 'manifest', problem: 'behind', missingChanges: 14 }],
  } as never);
  renderShell();
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('This journal is open read-only.');
  expect(alert.textContent).toContain('lacks 14 changes Hearth saved');
  expect(alert.textContent).not.toContain('records differ');
});

it('shows nothing for a journal that matches its seal', async () => {
  const { hearth } = fakeHearth({ unlocked: true });
  renderShell();
  await waitFor(() => expect(hearth.status).toHaveBeenCalled());
  expect(screen.queryByRole('alert')).toBeNull();
});
