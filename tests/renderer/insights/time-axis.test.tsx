// @vitest-environment happy-dom
// The mood chart's axis spans the chosen range and names the year when the range crosses one; the
// tooltips of dated points show the date, not recharts' raw x value.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DatedTooltip } from '../../../renderer/src/insights/ChartTooltip';
import { dayNumber } from '../../../renderer/src/ui/range';
import { timeDomain, timeTickFormatter } from '../../../renderer/src/insights/time-axis';

afterEach(cleanup);

// 2026-01-01 is day 20454 since 1970-01-01: 56 years, 14 of them leap years (1972 … 2024).
const JAN_1_2026 = 56 * 365 + 14;

describe('the time axis', () => {
  it('counts days as calendar arithmetic', () => {
    expect(dayNumber('2026-01-01')).toBe(JAN_1_2026);
    expect(dayNumber('2025-12-16')).toBe(JAN_1_2026 - 16);
  });

  it('runs from the first to the last day of the range, not from the first to the last entry', () => {
    const range = { from: '2025-12-16', to: '2026-03-15', calendarDays: 90 };
    const entries = [dayNumber('2026-01-03'), dayNumber('2026-02-20')];
    expect(timeDomain(range, entries)).toEqual([JAN_1_2026 - 16, JAN_1_2026 + 31 + 28 + 14]);
  });

  it('starts at a week that begins before the range, which is drawn at its first day', () => {
    const range = { from: '2026-01-01', to: '2026-06-30', calendarDays: 181 };
    expect(timeDomain(range, [JAN_1_2026 - 3, JAN_1_2026 + 4])).toEqual([JAN_1_2026 - 3, JAN_1_2026 + 180]);
  });

  it('labels ticks with the year when the range crosses a new year, and without it inside one year', () => {
    const across = timeTickFormatter([dayNumber('2025-11-20'), dayNumber('2026-02-20')]);
    expect(across(dayNumber('2025-12-29'))).toBe('29 Dec 2025');
    expect(across(dayNumber('2026-01-05'))).toBe('5 Jan 2026');
    const within = timeTickFormatter([dayNumber('2026-03-01'), dayNumber('2026-06-30')]);
    expect(within(dayNumber('2026-04-06'))).toBe('6 Apr');
    const long = timeTickFormatter([dayNumber('2025-03-16'), dayNumber('2026-03-15')]);
    expect(long(dayNumber('2026-01-05'))).toBe('Jan 2026');
  });
});

describe('the tooltip of a dated point', () => {
  it('shows the point’s date and its series, never the x value', () => {
    const point = { x: 20760, when: '2 Nov 2026', mood: 6.2, support: 7 };
    render(
      <DatedTooltip
        active
        payload={[
          { graphicalItemId: 'x', dataKey: 'x', name: 'x', value: 20760, payload: point },
          { graphicalItemId: 'mood', dataKey: 'mood', name: 'Mood', value: 6.2, payload: point },
          { graphicalItemId: 'support', dataKey: 'support', name: 'Felt supported', value: 7, payload: point },
        ]}
      />,
    );
    expect(screen.getByText('2 Nov 2026')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Mood: 6.2', 'Felt supported: 7.0']);
    expect(document.body.textContent).not.toContain('20760');
  });

  it('shows nothing when inactive', () => {
    const { container } = render(<DatedTooltip active={false} payload={[]} />);
    expect(container.textContent).toBe('');
  });
});
