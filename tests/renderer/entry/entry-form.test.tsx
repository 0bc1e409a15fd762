// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localOffset, toLocalInput } from '../../../renderer/src/entry/draft';
import { DISCARD_QUESTION } from '../../../renderer/src/entry/EntryForm';
import { entry, fakeHearth, person, withoutScales } from './fake-hearth';
import { renderAt } from './harness';

afterEach(cleanup);

const route = () => screen.getByTestId('route').textContent;
const form = () => screen.findByRole('form', { name: /entry/i });

describe('a new entry', () => {
  it('starts at now with calm defaults and sliders that speak words', async () => {
    fakeHearth();
    const before = toLocalInput(new Date());
    renderAt({ name: 'entry' });
    await form();
    const when = screen.getByLabelText('When') as HTMLInputElement;
    expect(when.type).toBe('datetime-local');
    expect([before, toLocalInput(new Date())]).toContain(when.value);

    const mood = screen.getByRole('slider', { name: 'Mood' }) as HTMLInputElement;
    expect(mood.value).toBe('5');
    expect(mood.getAttribute('aria-valuetext')).toBe('5, okay');
    fireEvent.change(mood, { target: { value: '0' } });
    expect(mood.getAttribute('aria-valuetext')).toBe('0, very low');
    fireEvent.change(mood, { target: { value: '10' } });
    expect(mood.getAttribute('aria-valuetext')).toBe('10, very good');
    // The words at the ends are on screen.
    expect(screen.getAllByText('very low').length).toBeGreaterThan(0);
    expect(screen.getAllByText('very good').length).toBeGreaterThan(0);

    const support = screen.getByRole('slider', { name: 'Felt supported' });
    expect(support.getAttribute('aria-valuetext')).toBe('5, somewhat');

    const stress = screen.getByRole('slider', { name: 'Stress' }) as HTMLInputElement;
    expect(stress.disabled).toBe(true);
    expect(stress.getAttribute('aria-valuetext')).toBe('not recorded');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Record stress' }));
    expect(stress.disabled).toBe(false);
    expect(stress.getAttribute('aria-valuetext')).toBe('5, moderate');
  });

  it('saves the shape of entryInputSchema with the local offset and goes back to the journal', async () => {
    const hearth = fakeHearth();
    const user = userEvent.setup();
    renderAt({ name: 'entry' });
    await form();
    fireEvent.change(screen.getByLabelText('When'), { target: { value: '2026-03-04T21:15' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Mood' }), { target: { value: '3' } });
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'A long day.');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));

    await waitFor(() => expect(hearth.addEntry).toHaveBeenCalledTimes(1));
    expect(hearth.addEntry).toHaveBeenCalledWith({
      occurredAt: `2026-03-04T21:15:00${localOffset('2026-03-04T21:15')}`,
      mood: 3,
      support: 5,
      note: 'A long day.',
      tags: [],
      interactions: [],
    });
    await waitFor(() => expect(route()).toBe('journal'));
  });

  it('saves with Ctrl+Enter from anywhere in the form', async () => {
    const hearth = fakeHearth();
    const user = userEvent.setup();
    renderAt({ name: 'entry' });
    await form();
    const note = screen.getByRole('textbox', { name: 'Note' });
    await user.type(note, 'Quick one');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(hearth.addEntry).toHaveBeenCalledTimes(1));
    expect(hearth.addEntry.mock.calls[0]![0].note).toBe('Quick one');
  });

  it('does not save on a plain Enter in a one-line field', async () => {
    const hearth = fakeHearth();
    const user = userEvent.setup();
    renderAt({ name: 'entry' });
    await form();
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    await user.type(screen.getByRole('combobox', { name: 'Person' }), 'Ana{Enter}');
    expect(hearth.addEntry).not.toHaveBeenCalled();
  });
});

describe('validation', () => {
  it('shows the schema message next to the field and does not save', async () => {
    const hearth = fakeHearth();
    const user = userEvent.setup();
    renderAt({ name: 'entry' });
    await form();
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    await user.click(screen.getByRole('button', { name: 'Save entry' }));

    const group = screen.getByRole('group', { name: 'Interaction 1' });
    const personBox = within(group).getByRole('combobox', { name: 'Person' });
    expect(within(group).getByText('A person needs a name')).toBeTruthy();
    expect(personBox.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(personBox.getAttribute('aria-describedby')!)?.textContent).toBe('A person needs a name');
    expect(screen.getByRole('alert').textContent).toMatch(/needs a look/);
    expect(document.activeElement).toBe(personBox);
    expect(hearth.addEntry).not.toHaveBeenCalled();
  });

  it('shows an invalid date next to When', async () => {
    fakeHearth();
    const user = userEvent.setup();
    renderAt({ name: 'entry' });
    await form();
    fireEvent.change(screen.getByLabelText('When'), { target: { value: '' } });
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    const when = screen.getByLabelText('When');
    expect(when.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(when.getAttribute('aria-describedby')!)?.textContent).toMatch(/date and time/);
  });

  it('puts a service error on the field it names', async () => {
    const hearth = fakeHearth();
    hearth.addEntry.mockRejectedValueOnce(Object.assign(new Error('That does not feel right'), { code: 'INVALID_INPUT', field: 'interactions.1.felt' }));
    const user = userEvent.setup();
    renderAt({ name: 'entry' });
    await form();
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    await user.type(screen.getAllByRole('combobox', { name: 'Person' })[0]!, 'Ana');
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    await user.type(screen.getAllByRole('combobox', { name: 'Person' })[1]!, 'Ben');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));

    const second = await screen.findByRole('group', { name: 'Interaction 2' });
    await waitFor(() => expect(within(second).getByText('That does not feel right')).toBeTruthy());
    expect(within(screen.getByRole('group', { name: 'Interaction 1' })).queryByText('That does not feel right')).toBeNull();
    expect(route()).toBe('entry:new');
  });
});

describe('interactions', () => {
  it('adds and removes interaction blocks, each with its own controls', async () => {
    const hearth = fakeHearth({ people: [person('Ana')] });
    const user = userEvent.setup();
    renderAt({ name: 'entry' });
    await form();
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    // Focus goes to the new Person box.
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Person' }));
    await user.keyboard('Ana');
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    await user.keyboard('Ben');

    const first = screen.getByRole('group', { name: 'Interaction 1' });
    const second = screen.getByRole('group', { name: 'Interaction 2' });
    for (const kind of ['Emotional', 'Practical', 'Informational', 'Financial', 'Companionship', 'Esteem'])
      expect(within(second).getByRole('checkbox', { name: kind })).toBeTruthy();
    await user.click(within(first).getByRole('checkbox', { name: 'Practical' }));
    await user.click(within(second).getByRole('checkbox', { name: 'Emotional' }));
    await user.click(within(second).getByRole('checkbox', { name: 'Esteem' }));
    await user.click(within(second).getByRole('radio', { name: 'I gave' }));
    await user.click(within(second).getByRole('radio', { name: 'Nourishing' }));
    await user.click(within(second).getByRole('radio', { name: 'Some' }));
    await user.selectOptions(within(second).getByRole('combobox', { name: 'Channel' }), 'Call');
    await user.click(within(second).getByRole('checkbox', { name: 'I asked for help' }));
    // Ben is new: the relationship is asked, Ana is known: it is not.
    expect(within(first).queryByRole('combobox', { name: 'Relationship' })).toBeNull();
    await user.selectOptions(within(second).getByRole('combobox', { name: 'Relationship' }), 'Neighbour');

    await user.click(within(first).getByRole('button', { name: 'Remove interaction' }));
    expect(screen.queryByRole('group', { name: 'Interaction 2' })).toBeNull();
    const only = screen.getByRole('group', { name: 'Interaction 1' });
    expect((within(only).getByRole('combobox', { name: 'Person' }) as HTMLInputElement).value).toBe('Ben');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add person' }));

    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    await waitFor(() => expect(hearth.addEntry).toHaveBeenCalledTimes(1));
    expect(hearth.addEntry.mock.calls[0]![0].interactions).toEqual([
      {
        person: 'Ben',
        relationship: 'neighbour',
        kinds: ['emotional', 'esteem'],
        direction: 'gave',
        felt: 2,
        cost: 2,
        channel: 'call',
        askedForHelp: true,
      },
    ]);
  });

  it('picks a person from the combobox with the arrow keys and Enter', async () => {
    const hearth = fakeHearth({ people: [person('Sam'), person('Sasha'), person('Ana'), person('Old friend', { archived: true })] });
    const user = userEvent.setup();
    renderAt({ name: 'entry' });
    await form();
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    const box = screen.getByRole('combobox', { name: 'Person' });
    await user.keyboard('sa');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('listbox');
    expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual(['Sam', 'Sasha']);

    await user.keyboard('{ArrowDown}{ArrowDown}');
    const active = document.getElementById(box.getAttribute('aria-activedescendant')!);
    expect(active?.textContent).toBe('Sasha');
    expect(active?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    expect((box as HTMLInputElement).value).toBe('Sasha');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('combobox', { name: 'Relationship' })).toBeNull();

    // Archived people are not suggested, but are still known by name.
    await user.clear(box);
    await user.keyboard('old');
    expect(box.getAttribute('aria-expanded')).toBe('false');

    // Escape closes the list.
    await user.clear(box);
    await user.keyboard('a');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Escape}');
    expect(box.getAttribute('aria-expanded')).toBe('false');

    await user.clear(box);
    await user.keyboard('Sasha');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    await waitFor(() => expect(hearth.addEntry).toHaveBeenCalled());
    expect(hearth.addEntry.mock.calls[0]![0].interactions![0]).not.toHaveProperty('relationship');
  });
});

describe('tags', () => {
  it('turns Enter and commas into chips that can be removed, and suggests known tags', async () => {
    const hearth = fakeHearth({ tags: ['work', 'walk', 'family'] });
    const user = userEvent.setup();
    renderAt({ name: 'entry' });
    await form();
    const box = screen.getByRole('textbox', { name: 'Tags' });
    await user.type(box, 'garden,rain{Enter}');
    const chips = screen.getByRole('list', { name: 'Tags added' });
    expect(within(chips).getAllByRole('listitem').map((li) => li.textContent?.replace('×', ''))).toEqual(['garden', 'rain']);
    expect((box as HTMLInputElement).value).toBe('');

    await user.type(box, 'w');
    const suggested = screen.getByRole('group', { name: 'Suggested tags' });
    expect(within(suggested).getAllByRole('button').map((b) => b.textContent)).toEqual(['work', 'walk']);
    await user.click(within(suggested).getByRole('button', { name: 'Add tag walk' }));

    await user.click(screen.getByRole('button', { name: 'Remove tag garden' }));
    expect(screen.queryByRole('button', { name: 'Remove tag garden' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    await waitFor(() => expect(hearth.addEntry).toHaveBeenCalled());
    expect(hearth.addEntry.mock.calls[0]![0].tags).toEqual(['rain', 'walk']);
  });

  it('explains a tag that is too long next to the Tags box', async () => {
    fakeHearth();
    const user = userEvent.setup();
    renderAt({ name: 'entry' });
    await form();
    const box = screen.getByRole('textbox', { name: 'Tags' });
    await user.type(box, `${'x'.repeat(41)}{Enter}`);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('A tag can be at most 40 characters')).toBeTruthy();
  });
});

describe('unsaved text', () => {
  it('asks before discarding, and stays when the person says no', async () => {
    fakeHearth();
    const confirm = vi.fn(() => false);
    const user = userEvent.setup();
    renderAt({ name: 'entry' }, confirm);
    await form();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Half a thought');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(confirm).toHaveBeenCalledWith(DISCARD_QUESTION);
    expect(route()).toBe('entry:new');
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLInputElement).value).toBe('Half a thought');

    confirm.mockReturnValue(true);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(route()).toBe('journal');
  });

  it('leaves an untouched form without asking', async () => {
    fakeHearth();
    const confirm = vi.fn(() => true);
    const user = userEvent.setup();
    renderAt({ name: 'entry' }, confirm);
    await form();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(confirm).not.toHaveBeenCalled();
    expect(route()).toBe('journal');
  });

  it('keeps nothing in web storage', async () => {
    fakeHearth();
    const user = userEvent.setup();
    renderAt({ name: 'entry' });
    await form();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'private words');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });
});

describe('editing', () => {
  it('loads the entry, keeps its own offset and calls updateEntry', async () => {
    const existing = entry('2026-02-10T08:05:30+05:30', {
      mood: 2,
      support: 9,
      stress: 7,
      note: 'Old note',
      tags: ['tea'],
      interactions: [
        { personId: 'p', person: 'Ana', relationship: 'friend', kinds: ['emotional'], direction: 'both', felt: -1, cost: 1, channel: 'video', askedForHelp: false },
      ],
    });
    const hearth = fakeHearth({ entries: [existing], people: [person('Ana')] });
    const user = userEvent.setup();
    renderAt({ name: 'entry', id: existing.id });
    await screen.findByRole('heading', { name: 'Edit entry' });
    expect((screen.getByLabelText('When') as HTMLInputElement).value).toBe('2026-02-10T08:05');
    expect((screen.getByRole('slider', { name: 'Stress' }) as HTMLInputElement).disabled).toBe(false);
    const group = screen.getByRole('group', { name: 'Interaction 1' });
    expect((within(group).getByRole('radio', { name: 'A bit draining' }) as HTMLInputElement).checked).toBe(true);

    // Untouched time: sent exactly as it was.
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(hearth.updateEntry).toHaveBeenCalledTimes(1));
    expect(hearth.updateEntry.mock.calls[0]![0].entry.occurredAt).toBe('2026-02-10T08:05:30+05:30');
  });

  it('a changed time keeps the entry offset', async () => {
    const existing = entry('2026-02-10T08:05:30+05:30');
    const hearth = fakeHearth({ entries: [existing] });
    const user = userEvent.setup();
    renderAt({ name: 'entry', id: existing.id });
    await screen.findByRole('heading', { name: 'Edit entry' });
    fireEvent.change(screen.getByLabelText('When'), { target: { value: '2026-02-09T22:00' } });
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    await waitFor(() => expect(hearth.updateEntry).toHaveBeenCalledTimes(1));
    expect(hearth.updateEntry.mock.calls[0]![0]).toMatchObject({ id: existing.id, entry: { occurredAt: '2026-02-09T22:00:00+05:30' } });
  });
});

describe('editing an entry without mood or support', () => {
  const imported = () => withoutScales(entry('2026-02-10T08:05:30+05:30', { note: 'From Day One' }));

  it('shows each scale as not recorded, with a labelled button and no slider', async () => {
    const existing = imported();
    fakeHearth({ entries: [existing] });
    renderAt({ name: 'entry', id: existing.id });
    await screen.findByRole('heading', { name: 'Edit entry' });
    const mood = screen.getByRole('group', { name: 'Mood' });
    expect(mood.textContent).toContain('Not recorded');
    const setMood = within(mood).getByRole('button', { name: 'Set mood' });
    expect(document.getElementById(setMood.getAttribute('aria-describedby')!)?.textContent).toBe('Not recorded');
    const support = screen.getByRole('group', { name: 'Felt supported' });
    expect(within(support).getByRole('button', { name: 'Set felt supported' })).toBeTruthy();
    expect(screen.queryByRole('slider', { name: 'Mood' })).toBeNull();
    expect(screen.queryByRole('slider', { name: 'Felt supported' })).toBeNull();
  });

  it('saves without them unless they are set', async () => {
    const existing = imported();
    const hearth = fakeHearth({ entries: [existing] });
    const user = userEvent.setup();
    renderAt({ name: 'entry', id: existing.id });
    await screen.findByRole('heading', { name: 'Edit entry' });
    await user.type(screen.getByRole('textbox', { name: 'Note' }), ', edited');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    await waitFor(() => expect(hearth.updateEntry).toHaveBeenCalledTimes(1));
    const sent = hearth.updateEntry.mock.calls[0]![0].entry;
    expect(sent.note).toBe('From Day One, edited');
    expect(sent).not.toHaveProperty('mood');
    expect(sent).not.toHaveProperty('support');
  });

  it('reveals the slider from the keyboard, focused, and saves only the scale that was set', async () => {
    const existing = imported();
    const hearth = fakeHearth({ entries: [existing] });
    const user = userEvent.setup();
    renderAt({ name: 'entry', id: existing.id });
    await screen.findByRole('heading', { name: 'Edit entry' });
    // Tab from When reaches the button: it sits where the slider would.
    screen.getByLabelText('When').focus();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Set mood' }));
    await user.keyboard('{Enter}');
    const slider = screen.getByRole('slider', { name: 'Mood' }) as HTMLInputElement;
    expect(document.activeElement).toBe(slider);
    expect(slider.value).toBe('5');
    expect(slider.getAttribute('aria-valuetext')).toBe('5, okay');
    fireEvent.change(slider, { target: { value: '7' } });
    // Felt supported stays not recorded.
    expect(screen.getByRole('button', { name: 'Set felt supported' })).toBeTruthy();

    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(hearth.updateEntry).toHaveBeenCalledTimes(1));
    const sent = hearth.updateEntry.mock.calls[0]![0].entry;
    expect(sent.mood).toBe(7);
    expect(sent).not.toHaveProperty('support');
  });

  it('asks before leaving once a scale was set', async () => {
    const existing = imported();
    fakeHearth({ entries: [existing] });
    const confirm = vi.fn(() => false);
    const user = userEvent.setup();
    renderAt({ name: 'entry', id: existing.id }, confirm);
    await screen.findByRole('heading', { name: 'Edit entry' });
    await user.click(screen.getByRole('button', { name: 'Set felt supported' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(confirm).toHaveBeenCalledWith(DISCARD_QUESTION);
  });

  it('a new entry still asks for both, on sliders', async () => {
    fakeHearth();
    renderAt({ name: 'entry' });
    await form();
    expect(screen.queryByRole('button', { name: 'Set mood' })).toBeNull();
    expect((screen.getByRole('slider', { name: 'Mood' }) as HTMLInputElement).value).toBe('5');
    expect((screen.getByRole('slider', { name: 'Felt supported' }) as HTMLInputElement).value).toBe('5');
  });
});
