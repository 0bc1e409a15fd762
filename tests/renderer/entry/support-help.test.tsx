// @vitest-environment happy-dom
// The kinds of support and "what it cost" are explained where they are chosen: a short line that
// describes the group for assistive technology, and a longer help behind a disclosure.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { SUPPORT_KINDS } from '../../../shared/domain';
import { COST_EXPLAINED, KIND_MEANINGS, KINDS_EXPLAINED } from '../../../shared/support-words';
import { fakeHearth } from './fake-hearth';
import { renderAt } from './harness';

afterEach(cleanup);

it('describes the kinds and the cost with a short line, and explains them on request', async () => {
  fakeHearth();
  const user = userEvent.setup();
  renderAt({ name: 'entry' });
  await screen.findByRole('form', { name: /entry/i });
  await user.click(screen.getByRole('button', { name: 'Add person' }));
  const group = screen.getByRole('group', { name: 'Interaction 1' });

  const kinds = within(group).getByRole('group', { name: 'Kind of support' });
  const describedBy = (el: HTMLElement) => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
  expect(describedBy(kinds)).toEqual([KINDS_EXPLAINED.short]);
  const cost = within(group).getByRole('group', { name: 'What it cost' });
  expect(describedBy(cost)).toEqual([COST_EXPLAINED.short]);

  const more = within(kinds).getByText('What the kinds mean');
  const details = more.closest('details')!;
  expect(details.open).toBe(false);
  await user.click(more);
  expect(details.open).toBe(true);
  for (const kind of SUPPORT_KINDS) expect(details.textContent).toContain(KIND_MEANINGS[kind]);
  expect(within(cost).getByText('More about cost').closest('details')!.textContent).toContain(COST_EXPLAINED.long);
});
