// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Insights } from '../../../shared/insights';
import { correlationClaim, personMoodClaim } from '../../../shared/insights-text';
import { InsightsScreen } from '../../../renderer/src/insights/InsightsScreen';
import { NavigationProvider } from '../../../renderer/src/app/navigation';
import { correlation, fewDays, makeInsights, NOT_ENOUGH, person, withGaps } from './fixture';

vi.mock('../../../renderer/src/ui/today', () => ({ localToday: () => '2026-03-15' }));

afterEach(cleanup);

function setup(result: Insights = makeInsights()) {
  const insights = vi.fn(async (_q?: { from?: string; to?: string }) => result);
  (window as unknown as { hearth: unknown }).hearth = { insights };
  render(
    <NavigationProvider>
      <InsightsScreen />
    </NavigationProvider>,
  );
  return { insights };
}

const region = (name: string | RegExp) => screen.getByRole('region', { name });

/** The sections after the first screenful are drawn one by one when the page is idle: waits for all. */
async function allShown() {
  await waitFor(() => expect(document.querySelector('.insights-sections[data-complete="true"]')).not.toBeNull(), { timeout: 10_000 });
}

async function openTable(name: string | RegExp) {
  await allShown();
  const r = await screen.findByRole('region', { name });
  const toggle = within(r).getByRole('button', { name: 'View as table' });
  expect(toggle.getAttribute('aria-pressed')).toBe('false');
  await userEvent.click(toggle);
  expect(toggle.getAttribute('aria-pressed')).toBe('true');
  return within(r).getAllByRole('table').at(-1)!;
}

function cells(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
}

describe('InsightsScreen', () => {
  it('says these are patterns, not causes, and shows the shared correlation sentences, figures second', async () => {
    const data = makeInsights();
    setup(data);
    const sentences = await screen.findByTestId('correlation-sentences');
    expect([...sentences.querySelectorAll('p')].map((p) => [p.textContent, p.className])).toEqual([
      ['On days you felt more supported, your mood tended to be higher. This is a pattern, not a cause.', ''],
      ['r = 0.42, 95% CI 0.14 to 0.65, n = 42 days', 'insights-figures'],
      // The next-day interval includes zero: no tendency, only the figures.
      ['No clear pattern yet between felt support and the next day’s mood (41 pairs of days).', ''],
      ['r = −0.05, 95% CI −0.35 to 0.26, n = 41 pairs of days', 'insights-figures'],
    ]);
    expect(correlationClaim(data.correlation).words).toBe(sentences.querySelector('p')!.textContent);
    expect(screen.getByText(/patterns in what you wrote, not causes/)).toBeTruthy();
    expect(screen.getByTestId('insights')).toBeTruthy();
  });

  it('asks for the last 90 days by default and the right range for each button, from a fixed today', async () => {
    const { insights } = setup();
    await screen.findByRole('heading', { name: 'Mood and felt support over time' });
    expect(insights).toHaveBeenLastCalledWith({ from: '2025-12-16', to: '2026-03-15' });

    await userEvent.click(screen.getByRole('radio', { name: '30 days' }));
    expect(insights).toHaveBeenLastCalledWith({ from: '2026-02-14', to: '2026-03-15' });
    await userEvent.click(screen.getByRole('radio', { name: '1 year' }));
    expect(insights).toHaveBeenLastCalledWith({ from: '2025-03-16', to: '2026-03-15' });
    await userEvent.click(screen.getByRole('radio', { name: 'All' }));
    expect(insights).toHaveBeenLastCalledWith({ to: '2026-03-15' });

    await userEvent.click(screen.getByRole('radio', { name: 'Custom' }));
    expect(insights).toHaveBeenLastCalledWith({ from: '2026-02-14', to: '2026-03-15' });
    const from = screen.getByLabelText('From') as HTMLInputElement;
    const to = screen.getByLabelText('To') as HTMLInputElement;
    fireEvent.change(from, { target: { value: '01/01/2026' } });
    fireEvent.change(to, { target: { value: '31/01/2026' } });
    expect(insights).toHaveBeenLastCalledWith({ from: '2026-01-01', to: '2026-01-31' });

    // A start after the end is said next to the field, and not asked for.
    const calls = insights.mock.calls.length;
    fireEvent.change(from, { target: { value: '15/02/2026' } });
    expect(screen.getByRole('alert').textContent).toBe('The start date is after the end date');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(insights.mock.calls.length).toBe(calls);
  });

  it('shows the same numbers in the table views, with one decimal', async () => {
    setup();
    const corr = await openTable('Felt support and mood together');
    expect(cells(corr)).toEqual([
      ['Same day', '42', '0.42', '0.14 to 0.65', '0.39'],
      ['Support, then next day’s mood', '41', '-0.05', '-0.35 to 0.26', '-0.02'],
    ]);

    const felt = await openTable('How it felt and what it cost');
    // Ana's mean of −0.8 hides 9 nourishing and 18 draining interactions: the spread is shown beside it.
    expect(cells(felt).slice(0, 2)).toEqual([
      ['Sam', '30', '25', '3', '2', '+1.3', '0.4'],
      ['Ana', '29', '9', '2', '18', '-0.8', '2.3'],
    ]);
    const recip = await openTable('Giving and receiving');
    // Sam's other 12 of 30 interactions have no direction recorded.
    expect(cells(recip)[0]).toEqual(['Sam', '10', '5', '3', '12']);
    const mood = await openTable('Mood with and without each person');
    expect(cells(mood)[1]).toEqual(['Ana', '4.3', '8', '6.1', '34', '-1.8 (-2.9 to -0.6)']);
    expect(cells(mood)[2]).toEqual(['Lee', '6.7', '3', '5.0', '39', 'not enough days']);

    const stress = await openTable('Support under stress');
    expect(cells(stress)).toEqual([
      ['With nourishing support', '6.3', '9'],
      ['Without', '4.5', '5'],
    ]);

    const totals = await openTable('Kinds of support in total');
    expect(cells(totals)).toEqual([
      ['Emotional', '25'],
      ['Practical', '12'],
      ['Informational', '4'],
      ['Financial', '1'],
      ['Companionship', '17'],
      ['Esteem', '3'],
    ]);

    const time = await openTable('Mood and felt support over time');
    expect(cells(time)[0]).toEqual(['1 Feb 2026', '3.0', '2.0', '5.5', '5.5']);
    expect(cells(time)).toHaveLength(42);

    const circle = await openTable('Your circle, week by week');
    expect(cells(circle)).toEqual([
      ['Week of 26 Jan 2026', '2'],
      ['Week of 2 Feb 2026', '4'],
      ['Week of 9 Feb 2026', '3'],
    ]);

    const pixels = await openTable('Year in pixels');
    expect(cells(pixels)).toHaveLength(42);
  });

  it('explains the stress question in plain words, as a pattern', async () => {
    setup();
    const r = await screen.findByRole('region', { name: 'Support under stress' });
    expect(r.textContent).toContain('stress 7 or more');
    expect(r.textContent).toContain('felt +1 or more');
    // 9 and 5 days, but the interval of the difference includes zero: no tendency is claimed.
    expect(within(r).getByText('No clear difference yet between your mood on stress days with nourishing support and on stress days without (9 days with, 5 without).')).toBeTruthy();
    expect(within(r).getByText('Mean mood 6.3 with, 4.5 without; difference +1.8, 95% CI −0.2 to 3.7').className).toBe('insights-figures');
    expect(r.textContent).not.toContain('tended');
  });

  it('compares stress days only from 5 days a side, saying both counts', async () => {
    const data = makeInsights();
    setup({ ...data, stress: { ...data.stress, daysSupported: 4, moodDifference: NOT_ENOUGH } });
    const r = await screen.findByRole('region', { name: 'Support under stress' });
    expect(
      within(r).getByText(
        'Not enough days yet to compare your mood on stress days with nourishing support and on stress days without (4 days with, 5 without; at least 5 of each are needed).',
      ),
    ).toBeTruthy();
    expect(within(r).queryByRole('img')).toBeNull();
    expect(within(r).queryByRole('button', { name: 'View as table' })).toBeNull();
  });

  it('with too few days to compare, still says the stress days left out for want of felt or direction', async () => {
    const data = makeInsights();
    setup({ ...data, stress: { ...data.stress, daysSupported: 0, moodSupported: null, daysUnsupported: 0, moodUnsupported: null, moodDifference: NOT_ENOUGH, daysSupportNotRecorded: 3 } });
    const r = await screen.findByRole('region', { name: 'Support under stress' });
    // Every stress day with a mood is open: no "no stress days" message, the claim with its counts, and the 3 said.
    expect(r.textContent).toContain(
      '(0 days with, 0 without; at least 5 of each are needed). 3 stress days where how support felt or which way it went was not recorded are left out.',
    );
    expect(r.textContent).not.toContain('No stress days');
  });

  it('says for each person whether mood differed on days with them, in plain words with the figures after', async () => {
    const data = makeInsights();
    setup(data);
    const claims = await screen.findByTestId('people-mood-claims');
    const items = within(claims).getAllByRole('listitem');
    expect(items).toHaveLength(10);
    expect([...items[1]!.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Your mood tended to be lower on days with Ana than on other days (8 days with, 34 without). This is a pattern, not a cause.',
      'Mean mood 4.3 with, 6.1 without; difference −1.8, 95% CI −2.9 to −0.6',
    ]);
    expect(items[2]!.textContent).toBe(personMoodClaim(data.people[2]!).words);
    expect(items[2]!.textContent).toBe('Not enough days yet to compare your mood on days with Lee and on other days (3 days with, 39 without; at least 5 of each are needed).');
  });

  it('draws mood bars only for people with 5 days on each side, and says why the others have none', async () => {
    setup();
    const chart = within(await screen.findByRole('region', { name: 'Mood with and without each person' })).getByRole('img');
    const label = chart.getAttribute('aria-label')!;
    expect(label).toContain('Ana: 4.3 (8 days) with, 6.1 (34 days) without');
    expect(label).toContain('Lee: not enough days yet (3 days with, 39 without)');
  });

  it('shows the top 10 people and all of them on request', async () => {
    setup();
    const r = await openTable('How it felt and what it cost');
    expect(cells(r)).toHaveLength(10);
    const showAll = within(region('People')).getByRole('button', { name: 'Show all' });
    await userEvent.click(showAll);
    expect(showAll.getAttribute('aria-pressed')).toBe('true');
    expect(cells(within(region('How it felt and what it cost')).getByRole('table'))).toHaveLength(12);
  });

  it('says gently when it has been quiet', async () => {
    setup();
    expect((await screen.findByTestId('quiet-note')).textContent).toBe(
      'It has been 9 days since you logged time with someone. Reaching out to one person can help.',
    );
  });

  it('draws the first screenful of sections at once and the others next, in order, without a reload', async () => {
    const { insights } = setup();
    await screen.findByRole('region', { name: 'Mood and felt support over time' });
    const sections = () => [...document.querySelectorAll('.insights-sections > section')].map((s) => s.getAttribute('aria-labelledby'));
    expect(sections().length).toBeLessThan(9);
    await allShown();
    expect(document.querySelectorAll('.insights-placeholder')).toHaveLength(0);
    expect(screen.getByRole('region', { name: 'Year in pixels' })).toBeTruthy();
    expect(insights).toHaveBeenCalledTimes(1);
  });

  it('gives a new range to every section, the first screenful first, keeping what the person opened', async () => {
    const ninety = makeInsights();
    const year = makeInsights({ circle: { ...ninety.circle, weeks: ninety.circle.weeks.map((w) => ({ ...w, people: w.people + 5 })) } });
    const insights = vi.fn(async (q?: { from?: string; to?: string }) => (q?.from === '2025-03-16' ? year : ninety));
    (window as unknown as { hearth: unknown }).hearth = { insights };
    render(
      <NavigationProvider>
        <InsightsScreen />
      </NavigationProvider>,
    );
    const table = await openTable('Your circle, week by week');
    expect(cells(table).map((r) => r[1])).toEqual(ninety.circle.weeks.map((w) => String(w.people)));

    await userEvent.click(screen.getByRole('radio', { name: '1 year' }));
    // Every section has the year's figures once the sections say they are complete and not busy.
    await waitFor(() => expect(document.querySelector('.insights-sections[data-complete="true"][aria-busy="false"]')).not.toBeNull());
    const toggle = within(region('Your circle, week by week')).getByRole('button', { name: 'View as table' });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(cells(within(region('Your circle, week by week')).getByRole('table')).map((r) => r[1])).toEqual(year.circle.weeks.map((w) => String(w.people)));
  });

  it('says how many more days each chart needs', async () => {
    setup(fewDays(3));
    const message = 'Insights need at least 10 days with entries; you have 3. Write on 7 more days to see this.';
    await screen.findByRole('heading', { name: 'Mood and felt support over time' });
    await allShown();
    for (const name of ['Mood and felt support over time', 'Felt support and mood together', 'Support under stress', 'Your circle, week by week', 'Kinds of support per day', 'How it felt and what it cost']) {
      expect(within(region(name)).getByText(message)).toBeTruthy();
      expect(within(region(name)).queryByRole('button', { name: 'View as table' })).toBeNull();
    }
    expect(screen.queryByTestId('quiet-note')).toBeNull();
    // Empty charts count as drawn, so a benchmark waiting for every chart does not hang. The mark is
    // set by an effect, after the commit that shows the message: waited for, as the benchmark does.
    const empties = [...document.querySelectorAll('[data-chart]')].filter((el) => el.querySelector('.insights-empty'));
    expect(empties.length).toBeGreaterThan(0);
    await waitFor(() => expect(empties.map((el) => [el.getAttribute('data-chart'), el.getAttribute('data-ready')])).toEqual(empties.map((el) => [el.getAttribute('data-chart'), 'true'])));
  });

  it('colours the year in pixels by mood or support, leaving empty days empty', async () => {
    setup();
    await allShown();
    const r = await screen.findByRole('region', { name: 'Year in pixels' });
    const mood = within(r).getByRole('button', { name: 'Show mood' });
    const support = within(r).getByRole('button', { name: 'Show support' });
    expect(mood.getAttribute('aria-pressed')).toBe('true');
    const grid = r.querySelector('.pixels')!;
    expect(grid.querySelectorAll('.pixel').length).toBe(43);
    expect(grid.querySelectorAll('.pixel.none').length).toBe(1);
    expect(within(r).getByRole('img').getAttribute('aria-label')).toContain('coloured by mood');
    await userEvent.click(support);
    expect(support.getAttribute('aria-pressed')).toBe('true');
    expect(within(r).getByRole('img').getAttribute('aria-label')).toContain('coloured by felt support');
    expect(r.querySelector('[data-chart="calendar"]')!.getAttribute('data-ready')).toBe('true');
  });

  it('shows "–" where a day has no mood or support, in every table', async () => {
    setup(withGaps());
    const time = await openTable('Mood and felt support over time');
    // date, mood, support, and the 7-day means
    expect(cells(time).slice(0, 4)).toEqual([
      ['1 Feb 2026', '3.0', '2.0', '5.5', '5.5'],
      ['2 Feb 2026', '–', '3.0', '5.5', '5.5'],
      ['3 Feb 2026', '5.0', '–', '5.5', '5.5'],
      ['4 Feb 2026', '–', '–', '5.5', '5.5'],
    ]);
    const pixels = await openTable('Year in pixels');
    expect(cells(pixels).slice(1, 4)).toEqual([
      ['2 Feb 2026', '1', '–', '3.0'],
      ['3 Feb 2026', '1', '5.0', '–'],
      ['4 Feb 2026', '1', '–', '–'],
    ]);
    // The per-day table of the support–mood chart: support, then mood; built once opened.
    const supportMood = region('Felt support and mood together');
    expect(within(supportMood).queryByRole('group', { name: /per day with entries/ })).toBeNull();
    await userEvent.click(within(supportMood).getByText('Show the values for each day'));
    const dayTable = await within(supportMood).findByRole('group', { name: /per day with entries/ });
    expect(cells(within(dayTable).getByRole('table')).slice(1, 4)).toEqual([
      ['2 Feb 2026', '3.0', '–'],
      ['3 Feb 2026', '–', '5.0'],
      ['4 Feb 2026', '–', '–'],
    ]);
  });

  it('draws only the days with both values, and says the means rest on fewer days', async () => {
    setup(withGaps());
    const scatter = within(await screen.findByRole('region', { name: 'Felt support and mood together' })).getByRole('img');
    expect(scatter.getAttribute('aria-label')).toMatch(/^A dot for each of 39 days with both recorded/);
    const time = within(region('Mood and felt support over time')).getByRole('img');
    expect(time.getAttribute('aria-label')).toContain('over 42 days with entries: mood averaged 6.0 (recorded on 40 of them); felt support averaged 5.5 (recorded on 40 of them).');
  });

  it('counts only days with both values toward the correlation chart', async () => {
    const data = withGaps();
    setup({ ...data, correlation: correlation({ verdict: 'not-enough-days', enough: false, n: 7, needed: 3, pearson: null, spearman: null, ciLow: null, ciHigh: null, reason: 'not-enough-data' }) });
    const r = await screen.findByRole('region', { name: 'Felt support and mood together' });
    expect(r.textContent).toContain(
      'This needs at least 10 days with both mood and felt support recorded; you have 7 of your 42 days with entries. Record both on 3 more days to see this.',
    );
  });

  it('marks days with entries but no mood in the year in pixels, apart from empty days', async () => {
    setup(withGaps());
    await allShown();
    const r = await screen.findByRole('region', { name: 'Year in pixels' });
    const grid = r.querySelector('.pixels')!;
    // 02-02 and 02-04 have no mood; 2026-03-15 has no entry.
    const hatched = [...grid.querySelectorAll('.pixel.not-recorded')];
    expect(hatched.map((p) => p.getAttribute('title'))).toEqual(['2 Feb 2026: 1 entry, no mood recorded', '4 Feb 2026: 1 entry, no mood recorded']);
    expect(grid.querySelectorAll('.pixel.none').length).toBe(1);
    expect(within(r).getByRole('img').getAttribute('aria-label')).toContain('42 days with entries (2 of them with no mood recorded, hatched)');
    expect(within(r).getByRole('list', { name: 'Colours of mood' }).textContent).toContain('Entries, no mood');

    await userEvent.click(within(r).getByRole('button', { name: 'Show support' }));
    expect([...grid.querySelectorAll('.pixel.not-recorded')].map((p) => p.getAttribute('title'))).toEqual([
      '3 Feb 2026: 1 entry, no felt support recorded',
      '4 Feb 2026: 1 entry, no felt support recorded',
    ]);
  });

  it('says which stress days are left out for lack of a mood', async () => {
    setup(withGaps());
    const r = await screen.findByRole('region', { name: 'Support under stress' });
    expect(r.textContent).toContain('(9 days with, 4 without; at least 5 of each are needed). 1 stress day without a mood recorded is left out.');
  });

  it('gives per-person means over the interactions that recorded them, and says how many', async () => {
    setup(
      makeInsights({
        people: [
          person('Sam', 0, {
            interactions: 5,
            meanFelt: 1,
            feltInteractions: 3,
            feltSpread: { nourishing: 2, neutral: 1, draining: 0 },
            meanCost: null,
            costInteractions: 0,
            received: 1,
            gave: 0,
            both: 0,
          }),
        ],
        stress: {
          mean: 8,
          days: 20,
          moodSupported: 6,
          daysSupported: 9,
          moodUnsupported: 4,
          daysUnsupported: 5,
          moodDifference: { verdict: 'no-clear-pattern', difference: 2, ciLow: -0.4, ciHigh: 4.4 },
          daysSupportNotRecorded: 2,
        },
      }),
    );
    const felt = await openTable('How it felt and what it cost');
    // The spread counts the same 3 interactions with felt recorded as the mean: +2, +1 and 0.
    expect(cells(felt)).toEqual([['Sam', '5', '2', '1', '0', '+1.0 (3 of 5)', 'not recorded']]);
    expect(cells(await openTable('Giving and receiving'))).toEqual([['Sam', '1', '0', '0', '4']]);
    const r = await screen.findByRole('region', { name: 'Support under stress' });
    expect(r.textContent).toContain('2 stress days where how support felt or which way it went was not recorded are left out.');
  });

  it('shows a failure next to the range', async () => {
    (window as unknown as { hearth: unknown }).hearth = {
      insights: vi.fn(async () => {
        throw Object.assign(new Error('The journal is locked'), { code: 'LOCKED' });
      }),
    };
    render(<InsightsScreen />);
    expect((await screen.findByRole('alert', {}, { timeout: 2000 })).textContent).toBe('The journal is locked');
  });
});
