// @vitest-environment happy-dom
// Reaching the Export screen: its link in the main navigation after Insights, and Settings'
// "Automatic backups…", which opens the screen at that part with the focus on its heading.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NavigationProvider } from '../../renderer/src/app/navigation';
import { Shell } from '../../renderer/src/shell/Shell';
import { fakeHearth } from './app/fake-hearth';

// The screens this test does not visit are stand-ins.
vi.mock('../../renderer/src/journal/JournalScreen', () => ({ JournalScreen: () => <h1>Journal</h1> }));
vi.mock('../../renderer/src/insights/InsightsScreen', () => ({ InsightsScreen: () => <h1>Insights</h1> }));

afterEach(cleanup);

function renderShell() {
  const fake = fakeHearth({ unlocked: true });
  Object.assign(fake.hearth, {
    suggestPassphrase: vi.fn(async () => ({ passphrase: 'amber canyon lantern orchard velvet cobalt', bits: 77 })),
    reportPreview: vi.fn(),
  });
  render(
    <NavigationProvider confirm={() => true}>
      <Shell onLock={vi.fn()} />
    </NavigationProvider>,
  );
  return fake;
}

describe('navigation to the Export screen', () => {
  it('has an Export link after Insights', async () => {
    const user = userEvent.setup();
    renderShell();
    const links = screen.getAllByRole('link').map((a) => a.textContent);
    expect(links.slice(0, 5)).toEqual(['Journal', 'People', 'Insights', 'Export', 'Settings']);
    await user.click(screen.getByRole('link', { name: 'Export' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Export' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Export' }).getAttribute('aria-current')).toBe('page');
  });

  it('goes from Settings to automatic backups', async () => {
    const user = userEvent.setup();
    renderShell();
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await user.click(await screen.findByRole('button', { name: 'Automatic backups…' }));
    const heading = screen.getByRole('heading', { level: 2, name: 'Automatic backups' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(await screen.findByRole('form', { name: 'Turn on automatic backups' })).toBeTruthy();
  });
});
