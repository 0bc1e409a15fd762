// @vitest-environment happy-dom
// Help received and feeling supported on the Insights screen: the figures and the claim, the weekly
// table, the days that did not match with links to their entries, and the people groups.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Insights } from '../../../shared/insights';
import type { Route } from '../../../renderer/src/app/routes';
import { NavigationProvider, useNavigation } from '../../../renderer/src/app/navigation';
import { InsightsScreen } from '../../../renderer/src/insights/InsightsScreen';
import { makeInsights, NOT_ENOUGH, person } from './fixture';

vi.mock('../../../renderer/src/ui/today', () => ({ localToday: () => '2026-03-15' }));

afterEach(cleanup);

function RouteProbe({ seen }: { seen: Route[] }) {
  seen.push(useNavigation().route);
  return null;
}

function setup(result: Insights = makeInsights()) {
  (window as unknown as { hearth: unknown }).hearth = { insights: vi.fn(async () => result) };
  const seen: Route[] = [];
  render(
    <NavigationProvider>
      <RouteProbe seen={seen} />
      <InsightsScreen />
    </NavigationProvider>,
  );
  return seen;
}

const region = (name: string | RegExp) => screen.findByRole('region', { name });

describe('Help received and feeling supported', () => {
  it('gives the figures with their days, and the claim the interval carries', async () => {
    setup();
    const r = await region('Help received and feeling supported');
    expect(r.textContent).toContain('On 24 days with help received, felt support averaged 6.1; on 16 days without, 4.4 (0–10).');
    expect(r.textContent).toContain('You tended to feel more supported on days you received help than on days you did not (24 days with help, 16 without). This is a pattern, not a cause.');
    expect(r.textContent).toContain('2 days where which way support went was not recorded are left out.');
  });

  it('says there are not enough days rather than compare a few', async () => {
    const base = makeInsights();
    setup(makeInsights({ perceivedVsReceived: { ...base.perceivedVsReceived, daysWithHelp: 4, difference: NOT_ENOUGH } }));
    const r = await region('Help received and feeling supported');
    expect(r.textContent).toContain('Not enough days yet to compare how supported you felt on days you received help and on days you did not (4 days with help, 16 without; at least 5 of each are needed).');
    expect(r.textContent).not.toContain('tended');
  });

  it('shows the weekly chart as a table', async () => {
    setup();
    const r = await region('Felt support and help received, week by week');
    await userEvent.click(within(r).getByRole('button', { name: 'View as table' }));
    const rows = within(within(r).getByRole('table')).getAllByRole('row').slice(1).map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows.map((row) => row.slice(1))).toEqual([
      ['5.5', '1', '1'],
      ['4.3', '7', '3'],
      ['–', '0', '0'],
    ]);
  });

  it('names the days that did not match in neutral words and opens their entries', async () => {
    const seen = setup();
    const low = await screen.findByTestId('mismatch-helped-but-low');
    expect(within(low).getByRole('heading').textContent).toBe('Helped, but felt alone (2 days)');
    const high = screen.getByTestId('mismatch-supported-without-help');
    expect(within(high).getByRole('heading').textContent).toBe('Felt supported without help (1 day)');
    const links = within(low).getAllByRole('link');
    expect(links).toHaveLength(3);
    await userEvent.click(links[2]!);
    expect(seen.at(-1)).toEqual({ name: 'entry', id: 'entry-low-b' });
    await userEvent.click(within(high).getByRole('link'));
    expect(seen.at(-1)).toEqual({ name: 'entry', id: 'entry-alone-high' });
  });

  it('says how asking for help felt, with the interactions behind each mean', async () => {
    setup();
    const asked = await screen.findByTestId('asked');
    expect(asked.textContent).toContain('When you asked for help: 12 interactions, mean felt +1.2 (over the 10 with felt recorded).');
    expect(asked.textContent).toContain('When you did not ask: 48 interactions, mean felt +0.3.');
  });
});

describe('People groups', () => {
  it('lists someone one mostly gives to under "people who turn to you", and a mixed tie without judging it', async () => {
    setup(
      makeInsights({
        people: [
          person('Sam', 0, { received: 10, gave: 5, both: 3 }),
          person('Ana', 1, { received: 1, gave: 20, both: 2, mixed: true }),
          person('Lee', 2, { received: 2, gave: 2, both: 0 }),
          person('Kim', 3, { received: 0, gave: 0, both: 0 }),
        ],
      }),
    );
    const groups = await screen.findByTestId('give-and-take');
    const group = (name: RegExp) => within(groups).getByRole('region', { name });
    expect(group(/^People you turn to/).textContent).toContain('Sam (received 10, gave 5, both ways 3)');
    expect(group(/^People you turn to/).textContent).not.toContain('Ana');
    expect(group(/^People who turn to you/).textContent).toContain('Ana (received 1, gave 20, both ways 2): sometimes nourishing, sometimes draining');
    expect(group(/^Both ways/).textContent).toContain('Lee (received 2, gave 2, both ways 0)');
    expect(groups.textContent).toContain('Which way support went was not recorded with Kim.');
    expect(groups.textContent).not.toMatch(/\b(good|bad|toxic|healthy|unhealthy)\b/i);
  });
});
