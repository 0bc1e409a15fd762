// @vitest-environment happy-dom
// Every passphrase box can be shown and hidden, and a "too easy to guess" error does not outlive the
// passphrase it was about.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NavigationProvider } from '../../../renderer/src/app/navigation';
import { AutoBackupSection } from '../../../renderer/src/export/AutoBackupSection';
import { BackupSection } from '../../../renderer/src/export/BackupSection';
import { ReportPassphrase } from '../../../renderer/src/export/ReportPassphrase';
import { CreateJournal } from '../../../renderer/src/onboarding/CreateJournal';
import { TOO_WEAK_MESSAGE } from '../../../renderer/src/ui/new-passphrase';
import { loadStrengthEstimator } from '../../../renderer/src/ui/strength';
import { Unlock } from '../../../renderer/src/onboarding/Unlock';
import { SettingsScreen } from '../../../renderer/src/settings/SettingsScreen';
import { fakeHearth } from '../app/fake-hearth';

afterEach(cleanup);

const VERY_STRONG = 'tulip harbour quietly nineteen marble';

/** Every password box on screen, each with the toggle that controls it, starting hidden. */
function passwordBoxesWithToggles(container: HTMLElement) {
  const boxes = [...container.querySelectorAll('input')].filter((i) => i.type === 'password');
  expect(boxes.length).toBeGreaterThan(0);
  const toggles = within(container).getAllByRole('button', { name: /^Show .*passphrase$/ });
  for (const box of boxes) {
    const toggle = toggles.find((t) => (t.getAttribute('aria-controls') ?? '').split(' ').includes(box.id));
    expect(toggle, `a show/hide button for ${box.id}`).toBeDefined();
    expect(toggle?.getAttribute('aria-pressed')).toBe('false');
  }
  return { boxes, toggles };
}

describe('show and hide a passphrase', () => {
  it('shows both boxes of a new passphrase as text while pressed, then hides them again', async () => {
    fakeHearth({ exists: false });
    const user = userEvent.setup();
    const { container } = render(<CreateJournal onCreated={vi.fn()} />);
    const { toggles } = passwordBoxesWithToggles(container);
    expect(toggles).toHaveLength(1);

    await user.type(screen.getByLabelText('Passphrase'), 'abc');
    await user.click(screen.getByRole('button', { name: 'Show passphrase' }));
    expect(screen.getByRole('button', { name: 'Show passphrase' }).getAttribute('aria-pressed')).toBe('true');
    expect((screen.getByLabelText('Passphrase') as HTMLInputElement).type).toBe('text');
    expect((screen.getByLabelText('Repeat passphrase') as HTMLInputElement).type).toBe('text');
    expect((screen.getByLabelText('Passphrase') as HTMLInputElement).value).toBe('abc');

    await user.click(screen.getByRole('button', { name: 'Show passphrase' }));
    expect(screen.getByRole('button', { name: 'Show passphrase' }).getAttribute('aria-pressed')).toBe('false');
    expect((screen.getByLabelText('Passphrase') as HTMLInputElement).type).toBe('password');
  });

  it('is on the unlock box and on the recovery form', async () => {
    fakeHearth();
    const user = userEvent.setup();
    const { container } = render(<Unlock onUnlocked={vi.fn()} />);
    passwordBoxesWithToggles(container);
    await user.click(screen.getByRole('button', { name: 'Show passphrase' }));
    expect((screen.getByLabelText('Passphrase') as HTMLInputElement).type).toBe('text');

    await user.click(screen.getByRole('button', { name: 'Use recovery key' }));
    passwordBoxesWithToggles(container);
  });

  it('is on every passphrase box in Settings, each with its own name', async () => {
    fakeHearth({ unlocked: true });
    const { container } = render(
      <NavigationProvider confirm={() => true}>
        <SettingsScreen />
      </NavigationProvider>,
    );
    await screen.findByLabelText('Current passphrase');
    const { boxes } = passwordBoxesWithToggles(container);
    // Current, new, repeat new, and the passphrase that makes a new recovery key.
    expect(boxes).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Show current passphrase' })).toBeTruthy();
  });

  it('is on the backup, restore, automatic backup and report passphrases', async () => {
    fakeHearth({ unlocked: true });
    const user = userEvent.setup();
    const backups = render(<BackupSection />);
    expect(passwordBoxesWithToggles(backups.container).boxes).toHaveLength(3);
    backups.unmount();

    const auto = render(<AutoBackupSection />);
    await screen.findByLabelText('Passphrase for automatic backups');
    passwordBoxesWithToggles(auto.container);
    auto.unmount();

    const report = render(
      <ReportPassphrase
        format="html"
        generated={null}
        onNewPassphrase={vi.fn()}
        own
        onOwn={vi.fn()}
        ownPassphrase=""
        ownRepeat=""
        onOwnPassphrase={vi.fn()}
        onOwnRepeat={vi.fn()}
        error={null}
        onClearError={vi.fn()}
        disabled={false}
      />,
    );
    passwordBoxesWithToggles(report.container);
    await user.click(screen.getByRole('button', { name: 'Show passphrase' }));
    expect((screen.getByLabelText('Your passphrase for this report') as HTMLInputElement).type).toBe('text');
  });
});

describe('the strength error follows the passphrase', () => {
  it('goes away once the passphrase is edited, and the meter can say Very strong without it', async () => {
    fakeHearth({ exists: false });
    await loadStrengthEstimator();
    const user = userEvent.setup();
    render(<CreateJournal onCreated={vi.fn()} />);
    const box = screen.getByLabelText('Passphrase');

    await user.type(box, 'sunflower1');
    await user.type(screen.getByLabelText('Repeat passphrase'), 'sunflower1');
    await user.click(screen.getByRole('button', { name: 'Create journal' }));
    expect((await screen.findByRole('alert')).textContent).toBe(TOO_WEAK_MESSAGE);

    await user.clear(box);
    await user.type(box, VERY_STRONG);
    await waitFor(() => expect(screen.getByRole('meter', { name: 'Passphrase strength' }).getAttribute('aria-valuetext')).toBe('Very strong'));
    expect(screen.getByRole('alert').textContent).toBe('');
    expect(box.getAttribute('aria-invalid')).toBeNull();
  });
});
