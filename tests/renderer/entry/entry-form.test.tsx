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

/** The form's When as YYYY-MM-DDTHH:mm, from its Date box (British figures here) and its Time box. */
function whenValue(): string {
  const [d, m, y] = (screen.getByLabelText('Date') as HTMLInputElement).value.split('/');
  return `${y}-${m}-${d}T${(screen.getByLabelText('Time') as HTMLInputElement).value}`;
}

/** Types a YYYY-MM-DDTHH:mm into When as a person would: the date in British figures, then the time. */
function setWhen(value: string): void {
  const [date, time] = value.split('T') as [string, string];
  const [y, m, d] = date.split('-');
  fireEvent.change(screen.getByLabelText('Date'), { target: { value: `${d}/${m}/${y}` } });
  fireEvent.change(screen.getByLabelText('Time'), { target: { value: time } });
}

describe('a new entry', () => {
  it('starts at now with every scale not recorded, and sliders that speak words once set', async () => {
    fakeHearth();
    const before = toLocalInput(new Date());
    renderAt({ name: 'entry' });
    await form();
    // The date in the app's style (British figures in these tests), not the browser's own.
    expect((screen.getByLabelText('Date') as HTMLInputElement).type).toBe('text');
    expect((screen.getByLabelText('Time') as HTMLInputElement).type).toBe('time');
    expect([before, toLocalInput(new Date())]).toContain(whenValue());

    for (const name of ['Mood', 'Felt supported', 'Stress']) {
      const slider = screen.getByRole('slider', { name });
      expect(slider.getAttribute('aria-valuetext')).toBe('Not recorded');
      expect(screen.queryByRole('button', { name: `Clear ${name.toLowerCase()}` })).toBeNull();
    }
    expect(screen.getAllByText('Not recorded').length).toBeGreaterThanOrEqual(3);

    const mood = screen.getByRole('slider', { name: 'Mood' }) as HTMLInputElement;
    fireEvent.change(mood, { target: { value: '0' } });
    expect(mood.getAttribute('aria-valuetext')).toBe('0, very low');
    fireEvent.change(mood, { target: { value: '10' } });
    expect(mood.getAttribute('aria-valuetext')).toBe('10, very good');
    // The words at the ends are on screen.
    expect(screen.getAllByText('very low').length).toBeGreaterThan(0);
    expect(screen.getAllByText('very good').length).toBeGreaterThan(0);
    const stress = screen.getByRole('slider', { name: 'Stress' }) as HTMLInputElement;
    fireEvent.change(stress, { target: { value: '7' } });
    expect(stress.getAttribute('aria-valuetext')).toBe('7, high');
  });

  it('saves the shape of entryInputSchema with the local offset and goes back to the journal', async () => {
    const hearth = fakeHearth();
    const user = userEvent.setup();
    renderAt({ name: 'entry' });
    await form();
    setWhen('2026-03-04T21:15');
    fireEvent.change(screen.getByRole('slider', { name: 'Mood' }), { target: { value: '3' } });
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'A long day.');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));

    await waitFor(() => expect(hearth.addEntry).toHaveBeenCalledTimes(1));
    // Felt support and stress were not touched: not sent, so not recorded.
    expect(hearth.addEntry).toHaveBeenCalledWith({
      occurredAt: `2026-03-04T21:15:00${localOffset('2026-03-04T21:15')}`,
      mood: 3,
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
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '' } });
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    const date = screen.getByLabelText('Date');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    const described = date.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described.some((text) => /date and time/.test(text))).toBe(true);
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
    await user.click(within(second).getByRole('radio', { name: 'I asked for help' }));
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

  it('records "I did not ask" only when chosen, and a channel chosen then cleared as not recorded', async () => {
    const hearth = fakeHearth({ people: [person('Ana')] });
    const user = userEvent.setup();
    renderAt({ name: 'entry' });
    await form();
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    await user.keyboard('Ana');
    const block = screen.getByRole('group', { name: 'Interaction 1' });
    const channel = within(block).getByRole('combobox', { name: 'Channel' });
    await user.selectOptions(channel, 'Video');
    await user.selectOptions(channel, 'Not recorded');
    await user.click(within(block).getByRole('radio', { name: 'I did not ask' }));
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    await waitFor(() => expect(hearth.addEntry).toHaveBeenCalledTimes(1));
    expect(hearth.addEntry.mock.calls[0]![0].interactions).toEqual([{ person: 'Ana', kinds: [], askedForHelp: false }]);
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
    expect(whenValue()).toBe('2026-02-10T08:05');
    expect(screen.getByRole('slider', { name: 'Stress' }).getAttribute('aria-valuetext')).toBe('7, high');
    expect(screen.getByRole('slider', { name: 'Mood' }).getAttribute('aria-valuetext')).toBe('2, low');
    const group = screen.getByRole('group', { name: 'Interaction 1' });
    expect((within(group).getByRole('radio', { name: 'Both' }) as HTMLInputElement).checked).toBe(true);
    expect((within(group).getByRole('radio', { name: 'A little' }) as HTMLInputElement).checked).toBe(true);
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
    setWhen('2026-02-09T22:00');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    await waitFor(() => expect(hearth.updateEntry).toHaveBeenCalledTimes(1));
    expect(hearth.updateEntry.mock.calls[0]![0]).toMatchObject({ id: existing.id, entry: { occurredAt: '2026-02-09T22:00:00+05:30' } });
  });
});

describe('a scale not recorded', () => {
  const imported = () => withoutScales(entry('2026-02-10T08:05:30+05:30', { note: 'From Day One' }));

  it('shows an entry without mood or support as not recorded, on sliders with no value', async () => {
    const existing = imported();
    fakeHearth({ entries: [existing] });
    renderAt({ name: 'entry', id: existing.id });
    await screen.findByRole('heading', { name: 'Edit entry' });
    for (const name of ['Mood', 'Felt supported']) {
      expect(screen.getByRole('slider', { name }).getAttribute('aria-valuetext')).toBe('Not recorded');
      expect(screen.queryByRole('button', { name: `Clear ${name.toLowerCase()}` })).toBeNull();
    }
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
    expect(sent).not.toHaveProperty('stress');
  });

  it('is set by the first arrow key, at the middle, and moves from there; Home and End set the ends', async () => {
    const hearth = fakeHearth();
    const user = userEvent.setup();
    renderAt({ name: 'entry' });
    await form();
    // Tab from When's time reaches the Mood slider itself: there is no extra button in the way.
    screen.getByLabelText('Time').focus();
    await user.tab();
    const mood = screen.getByRole('slider', { name: 'Mood' }) as HTMLInputElement;
    expect(document.activeElement).toBe(mood);
    await user.keyboard('{ArrowLeft}');
    expect(mood.value).toBe('5');
    expect(mood.getAttribute('aria-valuetext')).toBe('5, okay');
    fireEvent.change(mood, { target: { value: '4' } });
    expect(mood.getAttribute('aria-valuetext')).toBe('4, a bit low');

    const support = screen.getByRole('slider', { name: 'Felt supported' }) as HTMLInputElement;
    fireEvent.keyDown(support, { key: 'End' });
    expect(support.getAttribute('aria-valuetext')).toBe('10, completely');
    const stress = screen.getByRole('slider', { name: 'Stress' }) as HTMLInputElement;
    fireEvent.keyDown(stress, { key: 'Home' });
    expect(stress.getAttribute('aria-valuetext')).toBe('0, none');
    // Tab and other keys set nothing.
    fireEvent.keyDown(stress, { key: 'Tab' });
    expect(stress.value).toBe('0');

    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    await waitFor(() => expect(hearth.addEntry).toHaveBeenCalledTimes(1));
    expect(hearth.addEntry.mock.calls[0]![0]).toMatchObject({ mood: 4, support: 10, stress: 0 });
  });

  it('is set by a click, even on the resting place of the thumb', async () => {
    fakeHearth();
    renderAt({ name: 'entry' });
    await form();
    const support = screen.getByRole('slider', { name: 'Felt supported' }) as HTMLInputElement;
    fireEvent.click(support);
    expect(support.getAttribute('aria-valuetext')).toBe('5, somewhat');
    expect(screen.getByRole('button', { name: 'Clear felt supported' })).toBeTruthy();
  });

  it('goes back to not recorded with Clear, focus on the slider, and is saved without it', async () => {
    const existing = entry('2026-02-10T08:05:30+05:30', { mood: 2, support: 9, stress: 7 });
    const hearth = fakeHearth({ entries: [existing] });
    const user = userEvent.setup();
    renderAt({ name: 'entry', id: existing.id });
    await screen.findByRole('heading', { name: 'Edit entry' });
    await user.click(screen.getByRole('button', { name: 'Clear stress' }));
    const stress = screen.getByRole('slider', { name: 'Stress' });
    expect(stress.getAttribute('aria-valuetext')).toBe('Not recorded');
    expect(document.activeElement).toBe(stress);
    expect(screen.queryByRole('button', { name: 'Clear stress' })).toBeNull();
    // The others keep their values.
    expect(screen.getByRole('slider', { name: 'Mood' }).getAttribute('aria-valuetext')).toBe('2, low');

    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    await waitFor(() => expect(hearth.updateEntry).toHaveBeenCalledTimes(1));
    const sent = hearth.updateEntry.mock.calls[0]![0].entry;
    expect(sent).toMatchObject({ mood: 2, support: 9 });
    expect(sent).not.toHaveProperty('stress');
  });

  it('asks before leaving once a scale was set', async () => {
    const existing = imported();
    fakeHearth({ entries: [existing] });
    const confirm = vi.fn(() => false);
    const user = userEvent.setup();
    renderAt({ name: 'entry', id: existing.id }, confirm);
    await screen.findByRole('heading', { name: 'Edit entry' });
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Felt supported' }), { key: 'ArrowUp' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(confirm).toHaveBeenCalledWith(DISCARD_QUESTION);
  });
});

describe('an interaction not recorded', () => {
  it('starts with relationship, direction, felt, cost, channel and asking not recorded, and saves none of them', async () => {
    const hearth = fakeHearth();
    const user = userEvent.setup();
    renderAt({ name: 'entry' });
    await form();
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    await user.keyboard('Ana');
    const group = screen.getByRole('group', { name: 'Interaction 1' });
    for (const legend of ['Direction', 'How it felt', 'What it cost', 'Did you ask for help?']) {
      const choices = within(group).getByRole('group', { name: legend });
      expect((within(choices).getByRole('radio', { name: 'Not recorded' }) as HTMLInputElement).checked).toBe(true);
      expect(within(choices).getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toHaveLength(1);
    }
    // Ana is new, so the relationship is asked: it starts at "Not recorded", the first option.
    for (const name of ['Channel', 'Relationship']) {
      const select = within(group).getByRole('combobox', { name }) as HTMLSelectElement;
      expect(select.selectedOptions[0]!.textContent).toBe('Not recorded');
      expect(select.options[0]!.textContent).toBe('Not recorded');
    }
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    await waitFor(() => expect(hearth.addEntry).toHaveBeenCalledTimes(1));
    expect(hearth.addEntry.mock.calls[0]![0].interactions).toEqual([{ person: 'Ana', kinds: [] }]);
  });

  it('adds a new person without a relationship when one was chosen, then taken back', async () => {
    const hearth = fakeHearth();
    const user = userEvent.setup();
    renderAt({ name: 'entry' });
    await form();
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    await user.keyboard('Noor');
    const relationship = within(screen.getByRole('group', { name: 'Interaction 1' })).getByRole('combobox', { name: 'Relationship' }) as HTMLSelectElement;
    await user.selectOptions(relationship, 'Friend');
    expect(relationship.value).toBe('friend');
    await user.selectOptions(relationship, 'Not recorded');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    await waitFor(() => expect(hearth.addEntry).toHaveBeenCalledTimes(1));
    expect(hearth.addEntry.mock.calls[0]![0].interactions).toEqual([{ person: 'Noor', kinds: [] }]);
  });

  it('can be cleared back to not recorded after a choice', async () => {
    const existing = entry('2026-02-10T08:05:30+05:30', {
      interactions: [{ personId: 'p', person: 'Ana', relationship: 'friend', kinds: [], direction: 'gave', felt: 2, cost: 3, channel: 'call', askedForHelp: false }],
    });
    const hearth = fakeHearth({ entries: [existing], people: [person('Ana')] });
    const user = userEvent.setup();
    renderAt({ name: 'entry', id: existing.id });
    await screen.findByRole('heading', { name: 'Edit entry' });
    const group = screen.getByRole('group', { name: 'Interaction 1' });
    const felt = within(group).getByRole('group', { name: 'How it felt' });
    expect((within(felt).getByRole('radio', { name: 'Nourishing' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(felt).getByRole('radio', { name: 'Not recorded' }));
    await user.click(within(within(group).getByRole('group', { name: 'Direction' })).getByRole('radio', { name: 'Not recorded' }));
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    await waitFor(() => expect(hearth.updateEntry).toHaveBeenCalledTimes(1));
    expect(hearth.updateEntry.mock.calls[0]![0].entry.interactions).toEqual([{ person: 'Ana', kinds: [], cost: 3, channel: 'call', askedForHelp: false }]);
  });
});
