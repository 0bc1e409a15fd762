// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { resetPendingDeletes, UNDO_MS } from '../../../renderer/src/ui/pending-delete';
import { dayLabel } from '../../../renderer/src/ui/rows';
import { entry, fakeHearth, person, withoutScales } from '../entry/fake-hearth';
import { renderAt } from '../entry/harness';

// happy-dom lays nothing out: give the scroll box a height so the virtual list renders rows.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});
afterEach(() => {
  cleanup();
  resetPendingDeletes();
  vi.useRealTimers();
});

const route = () => screen.getByTestId('route').textContent;

function sample() {
  return [
    entry('2026-03-05T21:10:00+01:00', { note: 'Dinner with Ana by the river', mood: 8, interactions: [{ personId: 'a', person: 'Ana', relationship: 'friend', kinds: ['companionship'], direction: 'both', felt: 2, cost: 0, channel: 'in-person', askedForHelp: false }] }),
    entry('2026-03-05T08:00:00+01:00', { note: 'Slow morning', mood: 4 }),
    entry('2026-03-03T12:30:00+01:00', { note: 'Call with mum', mood: 6, tags: ['family'] }),
  ];
}

describe('the journal list', () => {
  it('groups entries by day, newest first, and shows time, mood, support, people and the note', async () => {
    fakeHearth({ entries: sample() });
    renderAt({ name: 'journal' });
    const list = await screen.findByRole('region', { name: 'Entries' });
    await waitFor(() => expect(within(list).getAllByRole('heading', { level: 2 })).toHaveLength(2));
    expect(within(list).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Thursday, 5 March 2026', 'Tuesday, 3 March 2026']);
    const rows = within(list).getAllByRole('button', { name: /Mood/ });
    expect(rows.map((r) => r.querySelector('time')?.textContent)).toEqual(['21:10', '08:00', '12:30']);
    expect(rows[0]!.textContent).toContain('Mood 8');
    expect(rows[0]!.textContent).toContain('Supported 7');
    expect(rows[0]!.textContent).toContain('With Ana');
    expect(rows[0]!.textContent).toContain('Dinner with Ana by the river');
    expect(screen.getByText('3 entries')).toBeTruthy();
  });

  it('says "not recorded" for an imported entry without mood or support, never a number', async () => {
    const imported = withoutScales(entry('2026-03-06T07:00:00+01:00', { note: 'From my old journal' }));
    const halfway = withoutScales(entry('2026-03-06T06:00:00+01:00', { note: 'Only a mood', mood: 3 }), ['support']);
    fakeHearth({ entries: [imported, halfway] });
    renderAt({ name: 'journal' });
    const row = await screen.findByRole('button', { name: /From my old journal/ });
    // The words are in the row's accessible name, so a screen reader hears them too.
    expect(row.textContent).toContain('Mood not recorded');
    expect(row.textContent).toContain('Support not recorded');
    expect(row.textContent).not.toMatch(/Mood \d|Supported \d/);
    const other = screen.getByRole('button', { name: /Only a mood/ });
    expect(other.textContent).toContain('Mood 3');
    expect(other.textContent).toContain('Support not recorded');
  });

  it('labels today and yesterday', () => {
    const now = new Date(2026, 2, 5, 12);
    expect(dayLabel('2026-03-05', now)).toBe('Today, Thursday, 5 March 2026');
    expect(dayLabel('2026-03-04', now)).toBe('Yesterday, Wednesday, 4 March 2026');
  });

  it('opens an entry from its row', async () => {
    const entries = sample();
    fakeHearth({ entries });
    const user = userEvent.setup();
    renderAt({ name: 'journal' });
    const row = await screen.findByRole('button', { name: /Slow morning/ });
    row.focus();
    await user.keyboard('{Enter}');
    expect(route()).toBe(`entry:${entries[1]!.id}`);
  });

  it('shows a gentle empty state with ideas and a way to write the first entry', async () => {
    fakeHearth();
    const user = userEvent.setup();
    renderAt({ name: 'journal' });
    await screen.findByRole('heading', { name: /journal is empty/ });
    expect(screen.getByText(/Reach out to one person/)).toBeTruthy();
    expect(screen.getByText(/volunteer group/)).toBeTruthy();
    expect(screen.getByText(/support group/)).toBeTruthy();
    expect(screen.getByText(/professional/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New entry' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Write your first entry' }));
    expect(route()).toBe('entry:new');
  });
});

describe('search and filters', () => {
  it('searches with listEntries({ search }) after a short pause, and announces the count', async () => {
    const hearth = fakeHearth({ entries: sample(), people: [person('Ana')] });
    const user = userEvent.setup();
    renderAt({ name: 'journal' });
    await screen.findByText('3 entries');
    await user.type(screen.getByRole('searchbox', { name: 'Search journal' }), 'river');
    await waitFor(() => expect(hearth.listEntries).toHaveBeenLastCalledWith({ search: 'river', offset: 0, limit: 200 }));
    // Debounced: not one call per key.
    expect(hearth.listEntries.mock.calls.length).toBeLessThan(4);
    const count = await screen.findByText('1 matching entry');
    expect(count.getAttribute('role')).toBe('status');
    expect(screen.queryByText(/Slow morning/)).toBeNull();
  });

  it('passes the filters to listEntries and clears them', async () => {
    const ana = person('Ana');
    const hearth = fakeHearth({ entries: sample(), people: [ana] });
    const user = userEvent.setup();
    renderAt({ name: 'journal' });
    await screen.findByText('3 entries');
    await screen.findByRole('option', { name: 'Ana' });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '01/03/2026' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '31/03/2026' } });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Person' }), 'Ana');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of support' }), 'Practical');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lowest mood' }), '3');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Highest mood' }), '9');
    await waitFor(() =>
      expect(hearth.listEntries).toHaveBeenLastCalledWith({ from: '2026-03-01', to: '2026-03-31', personId: ana.id, kind: 'practical', moodMin: 3, moodMax: 9, offset: 0, limit: 200 }),
    );
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(hearth.listEntries).toHaveBeenLastCalledWith({ offset: 0, limit: 200 }));
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search journal' }));
  });

  it('explains a date range that runs backwards next to To', async () => {
    const hearth = fakeHearth({ entries: sample() });
    renderAt({ name: 'journal' });
    await screen.findByText('3 entries');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '10/03/2026' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '01/03/2026' } });
    const to = screen.getByLabelText('To');
    await waitFor(() => expect(to.getAttribute('aria-invalid')).toBe('true'));
    const descriptions = to.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(descriptions).toEqual(['dd/mm/yyyy', 'The start date is after the end date']);
    expect(hearth.listEntries).not.toHaveBeenCalledWith(expect.objectContaining({ to: '2026-03-01' }));
  });
});

describe('delete with undo', () => {
  it('hides the entry at once, and Undo brings it back without deleting anything', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const hearth = fakeHearth({ entries: sample() });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    renderAt({ name: 'journal' });
    await screen.findByText('3 entries');
    await user.click(screen.getAllByRole('button', { name: /^Delete entry of/ })[1]!);

    expect(screen.queryByText(/Slow morning/)).toBeNull();
    expect(screen.getByText('2 entries')).toBeTruthy();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo.closest('[role="status"]')).not.toBeNull();
    expect(document.activeElement).toBe(undo);
    await user.keyboard('{Enter}');

    expect(await screen.findByText(/Slow morning/)).toBeTruthy();
    expect(screen.getByText('Entry restored.')).toBeTruthy();
    await act(async () => {
      vi.advanceTimersByTime(UNDO_MS + 1000);
    });
    expect(hearth.deleteEntry).not.toHaveBeenCalled();
  });

  it('deletes for real when the undo window closes', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const entries = sample();
    const hearth = fakeHearth({ entries });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    renderAt({ name: 'journal' });
    await screen.findByText('3 entries');
    await user.click(screen.getAllByRole('button', { name: /^Delete entry of/ })[0]!);
    await act(async () => {
      vi.advanceTimersByTime(UNDO_MS - 500);
    });
    expect(hearth.deleteEntry).not.toHaveBeenCalled();
    await act(async () => {
      vi.advanceTimersByTime(1000);
    });
    expect(hearth.deleteEntry).toHaveBeenCalledWith({ id: entries[0]!.id });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
    expect(screen.queryByText(/Dinner with Ana/)).toBeNull();
  });

  it('deletes at once when the journal screen goes away', async () => {
    const entries = sample();
    const hearth = fakeHearth({ entries });
    const user = userEvent.setup();
    renderAt({ name: 'journal' });
    await screen.findByText('3 entries');
    await user.click(screen.getAllByRole('button', { name: /^Delete entry of/ })[2]!);
    await user.click(screen.getByRole('button', { name: 'New entry' }));
    expect(route()).toBe('entry:new');
    await waitFor(() => expect(hearth.deleteEntry).toHaveBeenCalledWith({ id: entries[2]!.id }));
  });

  it('a deletion refused because the journal locked is retried when the journal is back', async () => {
    const entries = sample();
    const hearth = fakeHearth({ entries });
    hearth.deleteEntry.mockRejectedValueOnce(Object.assign(new Error('The journal is locked.'), { code: 'LOCKED' }));
    const user = userEvent.setup();
    const first = renderAt({ name: 'journal' });
    await screen.findByText('3 entries');
    await user.click(screen.getAllByRole('button', { name: /^Delete entry of/ })[0]!);
    first.unmount();
    await waitFor(() => expect(hearth.deleteEntry).toHaveBeenCalledTimes(1));

    renderAt({ name: 'journal' });
    // Still hidden, and deleted on the way back.
    await waitFor(() => expect(hearth.deleteEntry).toHaveBeenCalledTimes(2));
    expect(hearth.deleteEntry).toHaveBeenLastCalledWith({ id: entries[0]!.id });
    await screen.findByText('2 entries');
  });

  it('the entry screen deletes through the same undo window', async () => {
    const entries = sample();
    const hearth = fakeHearth({ entries });
    const user = userEvent.setup();
    renderAt({ name: 'entry', id: entries[1]!.id });
    await user.click(await screen.findByRole('button', { name: 'Delete entry' }));
    expect(route()).toBe('journal');
    await screen.findByText('2 entries');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    expect(hearth.deleteEntry).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('3 entries');
  });
});
