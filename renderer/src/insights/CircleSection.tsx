// Circle size: distinct people per week, and a gentle word when it has been quiet for a while.
import { useMemo, useRef } from 'react';
import { Bar } from 'recharts';
import { plainBar, TimeBars } from './bar-charts';
import { MIN_CORRELATION_DAYS, type CircleWeek, type Insights } from '../../../shared/insights';
import { ChartPanel, type TableSpec } from './ChartPanel';
import { C } from './chart-style';
import { longDate, needDaysMessage, plural, shortDate } from '../ui/format';
import { mergeRuns, pointsPerColumn } from './per-column';
import { usePlotColumns } from './use-plot-columns';

/** The chart's margins and its axis, in pixels. */
const CIRCLE_AXES = 16 + 32;

/** More weeks than pixel columns are drawn in runs of `size` weeks, each bar the most people in one week of its run. */
export function circlePoints(weeks: readonly CircleWeek[], size: number) {
  return mergeRuns(weeks, size, (run) => ({ label: shortDate(run[0]!.start), people: Math.max(...run.map((w) => w.people)) }));
}

export function quietNote(insights: Insights): string | null {
  const { circle } = insights;
  if (!circle.quiet || circle.daysSinceLastInteraction === null) return null;
  return `It has been ${plural(circle.daysSinceLastInteraction, 'day')} since you logged time with someone. Reaching out to one person can help.`;
}

export function CircleSection({ insights }: { insights: Insights }) {
  const { circle } = insights;
  let empty: string | null = null;
  if (insights.days < MIN_CORRELATION_DAYS) empty = needDaysMessage(insights.days);
  else if (insights.interactions === 0) empty = 'No time with people is logged in this range yet. Add a person to an entry to see your circle.';
  const note = quietNote(insights);
  const box = useRef<HTMLDivElement>(null);
  const size = pointsPerColumn(circle.weeks.length, usePlotColumns(box, CIRCLE_AXES) ?? circle.weeks.length);
  const data = useMemo(() => circlePoints(circle.weeks, size), [circle.weeks, size]);
  const max = circle.weeks.reduce((m, w) => Math.max(m, w.people), 0);
  const table: TableSpec<CircleWeek> = {
    caption: 'Different people you logged time with, per week',
    rowKey: (w) => w.start,
    rows: circle.weeks,
    columns: [
      { header: 'Week', cell: (w) => `Week of ${longDate(w.start)}` },
      { header: 'People', cell: (w) => String(w.people), numeric: true },
    ],
  };
  return (
    <ChartPanel
      name="circle"
      title="Your circle, week by week"
      empty={empty}
      summary={`Bars of the different people you logged time with each week, over ${plural(circle.weeks.length, 'week')}: at most ${max} in a week, ${plural(circle.people, 'person', 'people')} over the whole range.`}
      table={table}
      intro={
        <>
          {note && (
            <p className="insights-note" data-testid="quiet-note">
              {note}
            </p>
          )}
          {empty === null && <p className="hint">{plural(circle.people, 'person', 'people')} over the whole range.</p>}
        </>
      }
      chart={
        <div ref={box}>
          <TimeBars data={data} height={220} yWidth={32}>
            <Bar dataKey="people" name={size === 1 ? 'People' : `People, most in one week of each ${size}`} fill={C.circle} shape={plainBar} isAnimationActive={false} />
          </TimeBars>
        </div>
      }
    >
      {null}
    </ChartPanel>
  );
}
