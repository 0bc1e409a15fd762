// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PeopleScreen } from '../../../renderer/src/people/PeopleScreen';
import { install, makeFake } from './fakeHearth';
import { WithNavigation } from './harness';

afterEach(cleanup);

function setup() {
  const fake = makeFake();
  const ana = fake.person('Ana', 'family');
  const bo = fake.person('Bo', 'colleague');
  const cy = fake.person('Cy', 'friend');
  fake.person('Dee', 'neighbour', true);
  // Ana: 1 interaction, long ago. Bo: 3, recent. Cy: none.
  fake.entry('2026-01-05T09:00:00+01:00', 'Coffee', [{ personId: ana.id }]);
  fake.entry('2026-03-01T18:30:00+01:00', 'Moved boxes', [{ personId: bo.id }]);
  fake.entry('2026-03-10T18:30:00+01:00', 'Lunch', [{ personId: bo.id }, { personId: bo.id }]);
  install(fake);
  render(
    <WithNavigation>
      <PeopleScreen />
    </WithNavigation>,
  );
  return { fake, ana, bo, cy };
}

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const names = () => bodyRows().map((r) => within(r).getByRole('link').textContent);

describe('PeopleScreen', () => {
  it('lists everyone with relationship, last contact and interactions', async () => {
    setup();
    const table = await screen.findByRole('table', { name: /People you have written about/ });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      expect.stringContaining('Name'),
      'Relationship',
      expect.stringContaining('Last contact'),
      expect.stringContaining('Interactions'),
    ]);
    expect(names()).toEqual(['Ana', 'Bo', 'Cy']);
    const [ana, bo, cy] = bodyRows();
    expect(within(ana!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Family', '5 Jan 2026', '1']);
    expect(within(bo!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Colleague', '10 Mar 2026', '3']);
    expect(within(cy!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Friend', 'No interactions yet', '0']);
  });

  it('sorts by the column headers and says so with aria-sort', async () => {
    setup();
    await screen.findByRole('table');
    const header = (name: string) => screen.getByRole('button', { name }).closest('th')!;
    expect(header('Name').getAttribute('aria-sort')).toBe('ascending');

    await userEvent.click(screen.getByRole('button', { name: 'Interactions' }));
    expect(names()).toEqual(['Bo', 'Ana', 'Cy']);
    expect(header('Interactions').getAttribute('aria-sort')).toBe('descending');
    expect(header('Name').hasAttribute('aria-sort')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Interactions' }));
    expect(names()).toEqual(['Cy', 'Ana', 'Bo']);
    expect(header('Interactions').getAttribute('aria-sort')).toBe('ascending');

    await userEvent.click(screen.getByRole('button', { name: 'Last contact' }));
    expect(names()).toEqual(['Bo', 'Ana', 'Cy']);
    expect(header('Last contact').getAttribute('aria-sort')).toBe('descending');
    await userEvent.click(screen.getByRole('button', { name: 'Last contact' }));
    expect(names()).toEqual(['Cy', 'Ana', 'Bo']);

    await userEvent.click(screen.getByRole('button', { name: 'Name' }));
    expect(names()).toEqual(['Ana', 'Bo', 'Cy']);
    await userEvent.click(screen.getByRole('button', { name: 'Name' }));
    expect(names()).toEqual(['Cy', 'Bo', 'Ana']);
    expect(header('Name').getAttribute('aria-sort')).toBe('descending');
  });

  it('shows archived people only when asked', async () => {
    const { fake } = setup();
    await screen.findByRole('table');
    expect(screen.queryByText('Dee')).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    await waitFor(() => expect(names()).toContain('Dee'));
    expect(fake.hearth.listPeople).toHaveBeenLastCalledWith({ includeArchived: true });
    expect(screen.getByText('(archived)', { exact: false })).toBeTruthy();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    await waitFor(() => expect(names()).not.toContain('Dee'));
  });

  it('opens a person from their name', async () => {
    const { bo } = setup();
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('link', { name: 'Bo' }));
    expect(JSON.parse(screen.getByTestId('route').textContent!)).toEqual({ name: 'person', id: bo.id });
  });

  it('adds a person by hand, and checks the name first', async () => {
    const { fake } = setup();
    await screen.findByRole('table');
    const form = screen.getByRole('form', { name: 'New person' });
    await userEvent.click(within(form).getByRole('button', { name: 'Create person' }));
    expect(within(form).getByRole('alert').textContent).toBe('A person needs a name');
    expect(within(form).getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    expect(fake.hearth.addPerson).not.toHaveBeenCalled();

    await userEvent.type(within(form).getByLabelText('Name'), 'Eli');
    await userEvent.selectOptions(within(form).getByLabelText('Relationship'), 'professional');
    await userEvent.click(within(form).getByRole('button', { name: 'Create person' }));
    await waitFor(() => expect(names()).toContain('Eli'));
    expect(fake.hearth.addPerson).toHaveBeenCalledWith({ name: 'Eli', relationship: 'professional' });
    expect(within(form).getByRole('status').textContent).toBe('Added Eli.');
  });

  it('adds a person with no relationship when none is chosen, or one chosen then taken back', async () => {
    const { fake } = setup();
    await screen.findByRole('table');
    const form = screen.getByRole('form', { name: 'New person' });
    const relationship = within(form).getByLabelText('Relationship') as HTMLSelectElement;
    expect(relationship.selectedOptions[0]!.textContent).toBe('Not recorded');
    expect(relationship.options[0]!.textContent).toBe('Not recorded');

    await userEvent.type(within(form).getByLabelText('Name'), 'Fay');
    await userEvent.click(within(form).getByRole('button', { name: 'Create person' }));
    await waitFor(() => expect(names()).toContain('Fay'));
    expect(fake.hearth.addPerson).toHaveBeenLastCalledWith({ name: 'Fay' });
    const fay = bodyRows().find((r) => within(r).getByRole('link').textContent === 'Fay')!;
    expect(within(fay).getAllByRole('cell')[0]!.textContent).toBe('Not recorded');

    // Chosen, then "Not recorded" again: nothing is recorded either.
    await userEvent.type(within(form).getByLabelText('Name'), 'Gus');
    await userEvent.selectOptions(relationship, 'friend');
    await userEvent.selectOptions(relationship, 'Not recorded');
    await userEvent.click(within(form).getByRole('button', { name: 'Create person' }));
    await waitFor(() => expect(names()).toContain('Gus'));
    expect(fake.hearth.addPerson).toHaveBeenLastCalledWith({ name: 'Gus' });
  });

  it('starts the next person at not recorded, not at the last one\'s relationship', async () => {
    const { fake } = setup();
    await screen.findByRole('table');
    const form = screen.getByRole('form', { name: 'New person' });
    const relationship = within(form).getByLabelText('Relationship') as HTMLSelectElement;
    await userEvent.type(within(form).getByLabelText('Name'), 'Hal');
    await userEvent.selectOptions(relationship, 'partner');
    await userEvent.click(within(form).getByRole('button', { name: 'Create person' }));
    await waitFor(() => expect(names()).toContain('Hal'));
    expect(fake.hearth.addPerson).toHaveBeenLastCalledWith({ name: 'Hal', relationship: 'partner' });
    expect(relationship.value).toBe('');
  });

  it('offers gentle ideas when there is no one yet', async () => {
    install(makeFake());
    render(
      <WithNavigation>
        <PeopleScreen />
      </WithNavigation>,
    );
    expect(await screen.findByRole('heading', { name: 'No one here yet' })).toBeTruthy();
    const ideas = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(ideas.join(' ')).toMatch(/Reach out/);
    expect(ideas.join(' ')).toMatch(/volunteer/i);
    expect(ideas.join(' ')).toMatch(/support group/);
    expect(ideas.join(' ')).toMatch(/professional/);
    expect(screen.queryByRole('table')).toBeNull();
  });
});
