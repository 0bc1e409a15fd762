// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PersonScreen } from '../../../renderer/src/people/PersonScreen';
import { install, makeFake } from './fakeHearth';
import { WithNavigation } from './harness';

afterEach(cleanup);

/**
 * Sam, worked by hand: five interactions in four entries.
 *   felt 2, 2, 1, 1, 0  -> mean 6/5 = +1.2 (a bit nourishing)
 *   cost 0, 0, 1, 0, 3  -> mean 4/5 = 0.8 (a little)
 *   kinds: emotional 3, practical 1, companionship 2, the rest 0
 *   direction: received 3, gave 1, both 1
 * Ana's interaction in the same entry (felt -2, cost 3) must not count.
 */
function setup() {
  const fake = makeFake();
  const sam = fake.person('Sam', 'friend');
  const ana = fake.person('Ana', 'family');
  const old = fake.person('Old friend', 'friend', true);
  fake.entry('2026-02-01T10:00:00+01:00', 'A long walk by the river with Sam.', [{ personId: sam.id, direction: 'received', felt: 2, cost: 0, kinds: ['emotional', 'companionship'] }]);
  const newest = fake.entry('2026-02-20T20:15:00+01:00', 'Dinner at Sam and Ana’s place, a bit tense at the end.', [
    { personId: sam.id, felt: 1, cost: 1, kinds: ['emotional'], direction: 'both' },
    { personId: ana.id, felt: -2, cost: 3, kinds: ['financial'], direction: 'gave' },
    { personId: sam.id, felt: 0, cost: 3, kinds: ['practical'], direction: 'gave' },
  ]);
  fake.entry('2026-02-10T08:00:00+01:00', '', [{ personId: sam.id, direction: 'received', felt: 2, cost: 0, kinds: ['emotional', 'companionship'] }]);
  fake.entry('2026-02-05T12:00:00+01:00', 'Quick call.', [{ personId: sam.id, direction: 'received', felt: 1, cost: 0, kinds: [] }]);
  install(fake);
  render(
    <WithNavigation>
      <PersonScreen id={sam.id} />
    </WithNavigation>,
  );
  return { fake, sam, ana, old, newest };
}

const route = () => JSON.parse(screen.getByTestId('route').textContent!) as unknown;

describe('PersonScreen', () => {
  it('leaves out felt, cost and direction that were not recorded, says so, and says how many the averages used', async () => {
    const fake = makeFake();
    const kim = fake.person('Kim', 'friend');
    const lee = fake.person('Lee', 'friend');
    // Kim: felt +2 and 0 recorded (mean +1.0 over 2 of 3), cost never, direction once.
    fake.entry('2026-02-01T10:00:00+01:00', '', [{ personId: kim.id, felt: 2, direction: 'gave' }]);
    fake.entry('2026-02-02T10:00:00+01:00', '', [{ personId: kim.id, felt: 0 }]);
    fake.entry('2026-02-03T10:00:00+01:00', '', [{ personId: kim.id }, { personId: lee.id, felt: -2, cost: 3 }]);
    install(fake);
    render(
      <WithNavigation>
        <PersonScreen id={kim.id} />
      </WithNavigation>,
    );
    expect(await screen.findByText('Average felt: +1.0 (a bit nourishing), from 2 of 3 interactions')).toBeTruthy();
    expect(screen.getByText('Average cost: not recorded')).toBeTruthy();
    const ways = within(screen.getByRole('list', { name: 'Which way it went' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(ways).toEqual(['You received support: 0', 'You gave support: 1', 'Both ways: 0', 'Not recorded: 2']);
    const newest = within(screen.getByRole('list', { name: 'Interactions over time' })).getAllByRole('listitem')[0]!;
    expect(newest.textContent).toContain('Direction not recorded');
    expect(newest.textContent).toContain('Felt not recorded');
    expect(newest.textContent).toContain('Cost not recorded');
  });

  it('shows name, relationship and the averages, kinds and directions worked out by hand', async () => {
    setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Sam' })).toBeTruthy();
    expect(screen.getByText('Friend', { selector: 'p' })).toBeTruthy();
    expect(screen.getByText('5 interactions')).toBeTruthy();
    expect(screen.getByText('Average felt: +1.2 (a bit nourishing)')).toBeTruthy();
    // felt 2, 2, 1, 1 above 0 and one 0; Ana's −2 is hers, not Sam's.
    expect(screen.getByText('Felt nourishing 4 times, neutral 1 time, draining 0 times (5 with felt recorded).')).toBeTruthy();
    expect(screen.getByText('Average cost: 0.8 (a little)')).toBeTruthy();
    const kinds = within(screen.getByRole('list', { name: 'Kinds of support' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(kinds).toEqual(['Emotional: 3', 'Practical: 1', 'Informational: 0', 'Financial: 0', 'Companionship: 2', 'Esteem: 0']);
    const ways = within(screen.getByRole('list', { name: 'Which way it went' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(ways).toEqual(['You received support: 3', 'You gave support: 1', 'Both ways: 1']);
  });

  it('shows how often it felt nourishing, neutral and draining, which a neutral mean hides', async () => {
    const fake = makeFake();
    const bo = fake.person('Bo', 'friend');
    fake.entry('2026-02-01T10:00:00+01:00', '', [{ personId: bo.id, felt: 2, cost: 0, kinds: [] }]);
    fake.entry('2026-02-02T10:00:00+01:00', '', [{ personId: bo.id, felt: -2, cost: 0, kinds: [] }]);
    install(fake);
    render(
      <WithNavigation>
        <PersonScreen id={bo.id} />
      </WithNavigation>,
    );
    expect(await screen.findByText('Average felt: 0.0 (neutral)')).toBeTruthy();
    expect(screen.getByText('Felt nourishing 1 time, neutral 0 times, draining 1 time (2 with felt recorded).')).toBeTruthy();
  });

  it('lists the interactions newest first, and opens the entry', async () => {
    const { newest } = setup();
    const list = await screen.findByRole('list', { name: 'Interactions over time' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual([
      '20 Feb 2026, 20:15',
      '20 Feb 2026, 20:15',
      '10 Feb 2026, 08:00',
      '5 Feb 2026, 12:00',
      '1 Feb 2026, 10:00',
    ]);
    expect(items[0]!.textContent).toContain('Emotional');
    expect(items[0]!.textContent).toContain('Both ways');
    expect(items[0]!.textContent).toContain('Felt +1 (a bit nourishing)');
    expect(items[0]!.textContent).toContain('Cost 1 (a little)');
    expect(items[0]!.textContent).toContain('Dinner at Sam');
    expect(items[1]!.textContent).toContain('You gave support');
    expect(items[1]!.textContent).toContain('Cost 3 (a lot)');
    expect(items.some((li) => li.textContent!.includes('Financial'))).toBe(false);
    await userEvent.click(within(items[0]!).getByRole('link'));
    expect(route()).toEqual({ name: 'entry', id: newest });
  });

  it('shows a refused rename next to the Name field', async () => {
    const { fake, sam } = setup();
    await screen.findByRole('heading', { level: 1, name: 'Sam' });
    const name = screen.getByRole('textbox', { name: 'Name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'ana');
    await userEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    const errorId = name.getAttribute('aria-describedby')!;
    const error = document.getElementById(errorId)!;
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toBe('There is already someone called Ana; merge them instead.');
    expect(error.closest('form')).toBe(name.closest('form'));
    expect(fake.hearth.updatePerson).toHaveBeenCalledWith({ id: sam.id, name: 'ana' });

    await userEvent.clear(name);
    await userEvent.type(name, 'Samuel');
    await userEvent.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Samuel' })).toBeTruthy();
    expect(name.hasAttribute('aria-invalid')).toBe(false);
    expect(error.textContent).toBe('');
  });

  it('refuses an empty name before asking the service', async () => {
    const { fake } = setup();
    await screen.findByRole('heading', { level: 1, name: 'Sam' });
    await userEvent.clear(screen.getByRole('textbox', { name: 'Name' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save name' }));
    expect(screen.getByRole('textbox', { name: 'Name' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('A person needs a name')).toBeTruthy();
    expect(fake.hearth.updatePerson).not.toHaveBeenCalled();
  });

  it('changes the relationship', async () => {
    const { fake, sam } = setup();
    await screen.findByRole('heading', { level: 1, name: 'Sam' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Relationship' }), 'partner');
    await userEvent.click(screen.getByRole('button', { name: 'Save relationship' }));
    await waitFor(() => expect(screen.getByText('Partner', { selector: 'p' })).toBeTruthy());
    expect(fake.hearth.updatePerson).toHaveBeenCalledWith({ id: sam.id, relationship: 'partner' });
  });

  it('says in neutral words when no relationship was recorded, and can take a chosen one back', async () => {
    const fake = makeFake();
    const kim = fake.person('Kim', null);
    install(fake);
    render(
      <WithNavigation>
        <PersonScreen id={kim.id} />
      </WithNavigation>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Kim' });
    expect(screen.getByText('Relationship not recorded', { selector: 'p' })).toBeTruthy();
    expect(screen.queryByText('Friend', { selector: 'p' })).toBeNull();
    const select = screen.getByRole('combobox', { name: 'Relationship' }) as HTMLSelectElement;
    expect(select.selectedOptions[0]!.textContent).toBe('Not recorded');

    await userEvent.selectOptions(select, 'family');
    await userEvent.click(screen.getByRole('button', { name: 'Save relationship' }));
    await waitFor(() => expect(screen.getByText('Family', { selector: 'p' })).toBeTruthy());
    expect(fake.hearth.updatePerson).toHaveBeenLastCalledWith({ id: kim.id, relationship: 'family' });

    await userEvent.selectOptions(select, 'Not recorded');
    await userEvent.click(screen.getByRole('button', { name: 'Save relationship' }));
    await waitFor(() => expect(screen.getByText('Relationship not recorded', { selector: 'p' })).toBeTruthy());
    expect(fake.hearth.updatePerson).toHaveBeenLastCalledWith({ id: kim.id, relationship: null });
  });

  it('merges into another person only after confirming, then opens them', async () => {
    const { fake, sam, ana, old } = setup();
    await screen.findByRole('heading', { level: 1, name: 'Sam' });
    const select = screen.getByRole('combobox', { name: 'Merge into' });
    const options = within(select).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Choose someone…', 'Ana', 'Old friend (archived)']);
    expect(old.id).not.toBe(ana.id);

    await userEvent.selectOptions(select, ana.id);
    await userEvent.click(screen.getByRole('button', { name: 'Merge' }));
    const dialog = await screen.findByRole('dialog', { name: 'Merge Sam into Ana?' });
    expect(dialog.textContent).toContain('All 5 interactions with Sam will move to Ana');
    expect(dialog.textContent).toContain('Sam will disappear');
    expect(fake.hearth.mergePeople).not.toHaveBeenCalled();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(fake.hearth.mergePeople).not.toHaveBeenCalled();
    expect((dialog as HTMLDialogElement).open).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Merge' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yes, merge' }));
    await waitFor(() => expect(route()).toEqual({ name: 'person', id: ana.id }));
    expect(fake.hearth.mergePeople).toHaveBeenCalledTimes(1);
    expect(fake.hearth.mergePeople).toHaveBeenCalledWith({ sourceId: sam.id, targetId: ana.id });
  });

  it('asks for a merge target before opening the dialog', async () => {
    setup();
    await screen.findByRole('heading', { level: 1, name: 'Sam' });
    await userEvent.click(screen.getByRole('button', { name: 'Merge' }));
    expect(screen.getByText('Choose the person to merge into.')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Merge into' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('archives and unarchives, explaining what archiving means', async () => {
    const { fake, sam } = setup();
    await screen.findByRole('heading', { level: 1, name: 'Sam' });
    expect(screen.getByText(/hidden from your lists, but their history is kept/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Archive' }));
    expect(await screen.findByRole('button', { name: 'Unarchive' })).toBeTruthy();
    expect(fake.hearth.archivePerson).toHaveBeenCalledWith({ id: sam.id, archived: true });
    expect(screen.getByText('Sam is archived.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Unarchive' }));
    expect(await screen.findByRole('button', { name: 'Archive' })).toBeTruthy();
    expect(fake.hearth.archivePerson).toHaveBeenLastCalledWith({ id: sam.id, archived: false });
  });

  it('goes back to the people list', async () => {
    setup();
    await userEvent.click(screen.getByRole('link', { name: /Back to people/ }));
    expect(route()).toEqual({ name: 'people' });
  });

  it('says so when the person no longer exists', async () => {
    install(makeFake());
    render(
      <WithNavigation>
        <PersonScreen id="00000000-0000-4000-8000-999999999999" />
      </WithNavigation>,
    );
    expect(await screen.findByRole('heading', { name: 'Person not found' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('That person no longer exists.');
  });
});
