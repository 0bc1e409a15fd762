// Mood and felt support over time: daily points and the 7-day trailing mean, or bucket means for
// long ranges. One 0–10 axis. Where nothing was recorded there is no point, and the lines break
// rather than draw across the gap.
import { useMemo } from 'react';
import { ComposedChart, CartesianGrid, Line, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { MIN_CORRELATION_DAYS, type DailyPoint, type Insights, type ScaleSummary, type SeriesBucket } from '../../../shared/insights';
import { ChartPanel, type TableSpec } from './ChartPanel';
import { C, POINT_OPACITY, tick } from './chart-style';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { DatedTooltip } from './ChartTooltip';
import { fmt1, longDate, monthLabel, needDaysMessage, round1 } from '../ui/format';
import { dayNumber } from '../ui/range';
import { timeDomain, timeTickFormatter } from './time-axis';

const DAILY_LEGEND: LegendItem[] = [
  { label: 'Mood', colour: C.mood, mark: 'circle' },
  { label: 'Felt supported', colour: C.support, mark: 'triangle' },
  { label: 'Mood, 7-day mean', colour: C.mood, mark: 'line' },
  { label: 'Felt supported, 7-day mean', colour: C.support, mark: 'dashed' },
];
const BUCKET_LEGEND: LegendItem[] = [
  { label: 'Mood', colour: C.mood, mark: 'line' },
  { label: 'Felt supported', colour: C.support, mark: 'dashed' },
];

export function bucketLabel(b: SeriesBucket, granularity: Insights['series']['granularity']): string {
  if (granularity === 'month') return monthLabel(b.start);
  if (granularity === 'week') return `Week of ${longDate(b.start)}`;
  return longDate(b.start);
}

function rangeWords(insights: Insights): string {
  return insights.range ? `from ${longDate(insights.range.from)} to ${longDate(insights.range.to)}` : '';
}

/** "mood averaged 5.9", with the days behind it when some days have none. */
export function meanWords(name: string, scale: ScaleSummary, days: number): string {
  if (scale.mean === null) return `${name} was not recorded`;
  return `${name} averaged ${fmt1(scale.mean)}${scale.days < days ? ` (recorded on ${scale.days} of them)` : ''}`;
}

export function TimeSection({ insights }: { insights: Insights }) {
  const { series } = insights;
  const daily = series.granularity === 'day';
  const empty = insights.days < MIN_CORRELATION_DAYS ? needDaysMessage(insights.days) : null;

  const points = useMemo(
    () =>
      daily
        ? series.daily.map((d) => ({
            x: dayNumber(d.date),
            when: longDate(d.date),
            mood: round1(d.mood),
            support: round1(d.support),
            mood7: round1(d.mood7),
            support7: round1(d.support7),
          }))
        : series.buckets.map((b) => ({ x: dayNumber(b.start), when: bucketLabel(b, series.granularity), mood: round1(b.mood), support: round1(b.support) })),
    [daily, series],
  );
  const domain = useMemo(() => timeDomain(insights.range, points.map((p) => p.x)), [insights.range, points]);

  // Each scatter gets only the days that have its value: a missing one is no point, not a point at 0.
  const moodDots = useMemo(() => points.filter((p) => p.mood !== null), [points]);
  const supportDots = useMemo(() => points.filter((p) => p.support !== null), [points]);

  const summary = `Mood and felt support ${rangeWords(insights)}, on a scale from 0 to 10, over ${insights.days} days with entries: ${meanWords('mood', insights.mood, insights.days)}; ${meanWords('felt support', insights.support, insights.days)}.`;

  const dailyTable: TableSpec<DailyPoint> = {
    caption: `Mood and felt support per day with entries, ${rangeWords(insights)} (0–10; 7-day means over the days that have a value; – where nothing was recorded)`,
    rowKey: (d) => d.date,
    rows: series.daily,
    columns: [
      { header: 'Date', cell: (d) => longDate(d.date) },
      { header: 'Mood', cell: (d) => fmt1(d.mood), numeric: true },
      { header: 'Felt supported', cell: (d) => fmt1(d.support), numeric: true },
      { header: 'Mood, 7-day mean', cell: (d) => fmt1(d.mood7), numeric: true },
      { header: 'Felt supported, 7-day mean', cell: (d) => fmt1(d.support7), numeric: true },
    ],
  };
  const bucketTable: TableSpec<SeriesBucket> = {
    caption: `Mean mood and felt support per ${series.granularity}, ${rangeWords(insights)} (0–10; – where nothing was recorded)`,
    rowKey: (b) => b.start,
    rows: series.buckets,
    columns: [
      { header: series.granularity === 'month' ? 'Month' : 'Week', cell: (b) => bucketLabel(b, series.granularity) },
      { header: 'Days with entries', cell: (b) => String(b.days), numeric: true },
      { header: 'Mood', cell: (b) => fmt1(b.mood), numeric: true },
      { header: 'Felt supported', cell: (b) => fmt1(b.support), numeric: true },
    ],
  };

  const chart = (
    <>
      <ResponsiveContainer width="100%" height={280}>
        <ComposedChart data={points} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke={C.grid} strokeDasharray="2 4" />
          <XAxis dataKey="x" type="number" domain={domain} allowDataOverflow tickFormatter={timeTickFormatter(domain)} tick={tick} stroke={C.grid} />
          <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={tick} stroke={C.grid} width={32} />
          <Tooltip content={DatedTooltip} isAnimationActive={false} />
          {daily ? (
            <>
              <Scatter data={moodDots} dataKey="mood" name="Mood" fill={C.mood} fillOpacity={POINT_OPACITY} shape="circle" isAnimationActive={false} />
              <Scatter data={supportDots} dataKey="support" name="Felt supported" fill={C.support} fillOpacity={POINT_OPACITY} shape="triangle" isAnimationActive={false} />
              <Line dataKey="mood7" name="Mood, 7-day mean" stroke={C.mood} strokeWidth={2.5} dot={false} connectNulls={false} isAnimationActive={false} />
              <Line dataKey="support7" name="Felt supported, 7-day mean" stroke={C.support} strokeWidth={2.5} strokeDasharray="7 4" dot={false} connectNulls={false} isAnimationActive={false} />
            </>
          ) : (
            <>
              <Line dataKey="mood" name="Mood" stroke={C.mood} strokeWidth={2.5} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
              <Line dataKey="support" name="Felt supported" stroke={C.support} strokeWidth={2.5} strokeDasharray="7 4" dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
            </>
          )}
        </ComposedChart>
      </ResponsiveContainer>
      <ChartLegend items={daily ? DAILY_LEGEND : BUCKET_LEGEND} />
    </>
  );

  return daily ? (
    <ChartPanel name="mood-over-time" title="Mood and felt support over time" empty={empty} summary={summary} table={dailyTable} chart={chart}>
      {null}
    </ChartPanel>
  ) : (
    <ChartPanel name="mood-over-time" title="Mood and felt support over time" empty={empty} summary={summary} table={bucketTable} chart={chart}>
      <p className="hint">Each point is the mean of a {series.granularity}.</p>
    </ChartPanel>
  );
}
