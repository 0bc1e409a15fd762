// @vitest-environment happy-dom
// The journal list at a size where it must page: 1,000 entries, 200 to a page. Pages come as the
// list scrolls near them, an answer for an older query is dropped, the keyboard reaches the far
// end (fetching what it lands on), and the count a screen reader hears is the whole list's.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain';
import type { ListQuery } from '../../../shared/schemas';
import { PAGE_SIZE } from '../../../renderer/src/journal/use-entry-pages';
import { flushDeletes, resetPendingDeletes } from '../../../renderer/src/ui/pending-delete';
import { entry, fakeHearth } from '../entry/fake-hearth';
import { renderAt } from '../entry/harness';

const ROW_HEIGHT = 92;
const VIEW_HEIGHT = 800;

// happy-dom lays nothing out: the scroll box is 800 px high and every row 92 px.
const saved = ['clientHeight', 'offsetHeight', 'scrollHeight'].map((k) => [k, Object.getOwnPropertyDescriptor(HTMLElement.prototype, k)] as const);
const savedRect = HTMLElement.prototype.getBoundingClientRect;
const savedScrollTo = HTMLElement.prototype.scrollTo;
beforeAll(() => {
  // As a browser does, and happy-dom does not: scrolling says so.
  HTMLElement.prototype.scrollTo = function (this: HTMLElement, options?: ScrollToOptions | number) {
    if (typeof options === 'object' && options.top !== undefined) this.scrollTop = options.top;
    this.dispatchEvent(new Event('scroll'));
  };
  for (const k of ['clientHeight', 'offsetHeight'])
    Object.defineProperty(HTMLElement.prototype, k, {
      configurable: true,
      get(this: HTMLElement) {
        return this.dataset.index === undefined ? VIEW_HEIGHT : ROW_HEIGHT;
      },
    });
  // The scroll box is as high as the rows inside it say they are.
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return Number.parseFloat((this.firstElementChild as HTMLElement | null)?.style.height ?? '') || 0;
    },
  });
  HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    const height = this.dataset.index === undefined ? VIEW_HEIGHT : ROW_HEIGHT;
    return { x: 0, y: 0, top: 0, left: 0, right: 600, bottom: height, width: 600, height, toJSON: () => ({}) } as DOMRect;
  };
});
afterAll(() => {
  for (const [k, d] of saved) if (d) Object.defineProperty(HTMLElement.prototype, k, d);
  HTMLElement.prototype.getBoundingClientRect = savedRect;
  HTMLElement.prototype.scrollTo = savedScrollTo;
});
afterEach(() => {
  cleanup();
  resetPendingDeletes();
});

/**
 * 1,000 entries, newest first; entry n is "Entry n" (1-based). All on one day, so only the first row
 * carries a day heading and row n starts at (n - 1) × 92 px, drawn or not.
 */
function thousand(): Entry[] {
  return Array.from({ length: 1000 }, (_, i) => entry('2026-11-30T12:00:00+00:00', { note: `Entry ${i + 1}` }));
}

const pageCalls = (calls: unknown[][]) => calls.map(([q]) => q as ListQuery).map((q) => [q.offset, q.limit]);

async function scrollTo(top: number) {
  const box = screen.getByRole('region', { name: 'Entries' });
  await act(async () => {
    box.scrollTop = top;
    fireEvent.scroll(box);
  });
}

describe('the journal, page by page', () => {
  it('asks for the first page only, and says the whole count', async () => {
    const hearth = fakeHearth({ entries: thousand() });
    renderAt({ name: 'journal' });
    const count = await screen.findByText('1,000 entries');
    expect(count.getAttribute('role')).toBe('status');
    expect(pageCalls(hearth.listEntries.mock.calls)).toEqual([[0, PAGE_SIZE]]);
    const list = screen.getByRole('list');
    const items = within(list).getAllByRole('listitem');
    // Each drawn row says where it stands in the whole list.
    expect(items[0]!.getAttribute('aria-setsize')).toBe('1000');
    expect(items[0]!.getAttribute('aria-posinset')).toBe('1');
    expect(items.length).toBeLessThan(30);
    expect(within(list).getByRole('button', { name: /Entry 1$/ })).toBeTruthy();
  });

  it('asks for the next pages as the list scrolls near them, each with the entry before it', async () => {
    const hearth = fakeHearth({ entries: thousand() });
    renderAt({ name: 'journal' });
    await screen.findByText('1,000 entries');
    // Entry 185 is the last in view, 193 the last drawn: still page one.
    await scrollTo(185 * ROW_HEIGHT - VIEW_HEIGHT);
    expect(pageCalls(hearth.listEntries.mock.calls)).toEqual([[0, PAGE_SIZE]]);
    // Rows 200 and on come into view (with the overscan): page two, from entry 200 (index 199).
    await scrollTo(200 * ROW_HEIGHT);
    await waitFor(() => expect(pageCalls(hearth.listEntries.mock.calls)).toEqual([[0, PAGE_SIZE], [PAGE_SIZE - 1, PAGE_SIZE + 1]]));
    expect(await screen.findByRole('button', { name: /Entry 205$/ })).toBeTruthy();
    // A far jump asks for the page it lands on, not the ones in between.
    await scrollTo(850 * ROW_HEIGHT);
    await waitFor(() => expect(pageCalls(hearth.listEntries.mock.calls).slice(2)).toEqual([[4 * PAGE_SIZE - 1, PAGE_SIZE + 1]]));
    expect(await screen.findByRole('button', { name: /Entry 852$/ })).toBeTruthy();
  });

  it('drops a late answer to an older search', async () => {
    const entries = thousand();
    const hearth = fakeHearth({ entries });
    const answer = hearth.listEntries.getMockImplementation()!;
    const late: Array<() => void> = [];
    renderAt({ name: 'journal' });
    await screen.findByText('1,000 entries');
    // The answer for "Entry 1" is held back until the answer for "Entry 99" has been shown.
    hearth.listEntries.mockImplementation(async (q: ListQuery = {}) => {
      const result = await answer(q);
      if (q.search === 'Entry 1') await new Promise<void>((resolve) => late.push(resolve));
      return result;
    });
    const user = userEvent.setup();
    const box = screen.getByRole('searchbox', { name: 'Search journal' });
    await user.type(box, 'Entry 1');
    await waitFor(() => expect(late).toHaveLength(1));
    await user.type(box, '{Backspace}99');
    await screen.findByText('11 matching entries');
    await act(async () => {
      late[0]!();
    });
    // "Entry 1" matches 112 entries; its answer came too late and changed nothing.
    expect(screen.getByText('11 matching entries')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Entry 99$/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Entry 1$/ })).toBeNull();
  });

  it('reaches the last entry with End and the first with Home, fetching the page End lands on', async () => {
    const hearth = fakeHearth({ entries: thousand() });
    const user = userEvent.setup();
    renderAt({ name: 'journal' });
    await screen.findByText('1,000 entries');
    screen.getByRole('button', { name: /Entry 1$/ }).focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Entry 2$/ }));
    await user.keyboard('{PageDown}');
    // 800 px hold 8 rows of 92 px: a screen further down.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /Entry 10$/ })));

    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Entry 1000'));
    expect(pageCalls(hearth.listEntries.mock.calls)).toContainEqual([4 * PAGE_SIZE - 1, PAGE_SIZE + 1]);
    expect(document.activeElement!.closest('[role="listitem"]')!.getAttribute('aria-posinset')).toBe('1000');

    await user.keyboard('{Home}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /Entry 1$/ })));
  });

  it('after a deletion, fetches again only the page in view', async () => {
    const hearth = fakeHearth({ entries: thousand() });
    const user = userEvent.setup();
    renderAt({ name: 'journal' });
    await screen.findByText('1,000 entries');
    // Rows 412 to 429 in view, 404 to 437 drawn: all on page three.
    await scrollTo(411 * ROW_HEIGHT);
    const row = (await screen.findByRole('button', { name: /Entry 425$/ })).closest<HTMLElement>('[role="listitem"]')!;
    await user.click(within(row).getByRole('button', { name: /^Delete entry of/ }));
    expect(screen.getByText('999 entries')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Entry 425$/ })).toBeNull();
    const before = hearth.listEntries.mock.calls.length;
    await act(() => flushDeletes());
    expect(hearth.deleteEntry).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(pageCalls(hearth.listEntries.mock.calls.slice(before))).toEqual([[2 * PAGE_SIZE - 1, PAGE_SIZE + 1]]));
    expect(screen.getByText('999 entries')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Entry 426$/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Entry 425$/ })).toBeNull();
  });

  it('puts a day heading at the start of a later page only when that page starts a new day', async () => {
    // 50 entries a day, shifted so that entries 200 and 201 share a day and entry 226 starts one.
    const start = Date.UTC(2026, 10, 30);
    const entries = Array.from({ length: 400 }, (_, i) => {
      const day = new Date(start - Math.floor((i + 25) / 50) * 86_400_000).toISOString().slice(0, 10);
      return entry(`${day}T12:00:00+00:00`, { note: `Entry ${i + 1}` });
    });
    fakeHearth({ entries });
    renderAt({ name: 'journal' });
    await screen.findByText('400 entries');
    await scrollTo(200 * ROW_HEIGHT - 200);
    const item = async (n: number) => (await screen.findByRole('button', { name: new RegExp(`Entry ${n}$`) })).closest<HTMLElement>('[role="listitem"]')!;
    // Entry 201 is the first of page two and the same day as entry 200, on page one: no heading.
    expect(within(await item(201)).queryByRole('heading')).toBeNull();
    await scrollTo(220 * ROW_HEIGHT);
    expect(within(await item(226)).getByRole('heading', { level: 2 }).textContent).toBe('Wednesday, 25 November 2026');
  });
});
