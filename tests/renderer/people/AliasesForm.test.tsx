// @vitest-environment happy-dom
// The "Also known as" field of a person's page: labelled, saved as a list, checked before sending.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PersonScreen } from '../../../renderer/src/people/PersonScreen';
import { install, makeFake } from './fakeHearth';
import { WithNavigation } from './harness';

afterEach(cleanup);

function setup() {
  const fake = makeFake();
  const helen = fake.person('Helen Park', 'family');
  install(fake);
  render(
    <WithNavigation>
      <PersonScreen id={helen.id} />
    </WithNavigation>,
  );
  return { fake, helen };
}

describe('Also known as', () => {
  it('saves the words typed, separated by commas, each once', async () => {
    const { fake, helen } = setup();
    await screen.findByRole('heading', { level: 1, name: 'Helen Park' });
    const field = screen.getByRole('textbox', { name: 'Also known as' });
    expect(field.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/A report that hides names replaces these too/)).toBeTruthy();
    await userEvent.type(field, 'Mum,  H. , mum,');
    await userEvent.click(screen.getByRole('button', { name: 'Save other names' }));
    await waitFor(() => expect(screen.getByText('Other names saved.')).toBeTruthy());
    expect(fake.hearth.updatePerson).toHaveBeenCalledWith({ id: helen.id, aliases: ['Mum', 'H.'] });
    expect((field as HTMLInputElement).value).toBe('Mum, H.');
  });

  it('refuses a word without a letter before asking the service, at the field', async () => {
    const { fake } = setup();
    await screen.findByRole('heading', { level: 1, name: 'Helen Park' });
    const field = screen.getByRole('textbox', { name: 'Also known as' });
    await userEvent.type(field, 'Mum, ...');
    await userEvent.click(screen.getByRole('button', { name: 'Save other names' }));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('A word needs at least one letter or digit')).toBeTruthy();
    expect(fake.hearth.updatePerson).not.toHaveBeenCalled();
  });
});
