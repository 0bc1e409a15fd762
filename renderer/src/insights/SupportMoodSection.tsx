// Support and mood together: one dot per day that has both, with the correlation said in plain words.
import { useMemo, useState } from 'react';
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import { MIN_CORRELATION_DAYS, type Correlation, type DailyPoint, type Insights } from '../../../shared/insights';
import { correlationClaim } from '../../../shared/insights-text';
import { ChartPanel, DataTable, type TableSpec } from './ChartPanel';
import { ClaimText } from './ClaimText';
import { C, POINT_OPACITY, tick } from './chart-style';
import { DatedTooltip } from './ChartTooltip';
import { fmt1, longDate, needDaysMessage, plural, round1 } from '../ui/format';
import { samePlace } from './per-column';

const r2 = (n: number | null) => (n === null ? '–' : n.toFixed(2).replace('-0.00', '0.00'));

interface Row {
  key: string;
  label: string;
  c: Correlation;
}

/** The empty state: counts only the days the correlation can use, and says so when that is not every day. */
export function pairedDaysMessage(correlation: Correlation, days: number): string {
  if (correlation.n === days) return needDaysMessage(days);
  const missing = Math.max(0, MIN_CORRELATION_DAYS - correlation.n);
  return `This needs at least ${MIN_CORRELATION_DAYS} days with both mood and felt support recorded; you have ${correlation.n} of your ${plural(days, 'day')} with entries. Record both on ${plural(missing, 'more day', 'more days')} to see this.`;
}

export function SupportMoodSection({ insights }: { insights: Insights }) {
  const { correlation, nextDay } = insights;
  const sameDay = correlationClaim(correlation);
  const next = correlationClaim(nextDay, true);
  const empty = correlation.reason === 'not-enough-data' ? pairedDaysMessage(correlation, insights.days) : null;
  // A dot needs both values: a day with one of them has no place on this chart.
  const days = useMemo(
    () => insights.series.daily.flatMap((d) => (d.mood === null || d.support === null ? [] : [{ when: longDate(d.date), support: round1(d.support), mood: round1(d.mood) }])),
    [insights.series.daily],
  );
  // Days at the same place are one dot, larger the more days it stands for: years of days would
  // otherwise be thousands of dots over at most 101 × 101 places.
  const points = useMemo(
    () =>
      samePlace(days, (p) => `${p.support} ${p.mood}`).map(({ point, count }) => ({
        ...point,
        when: count === 1 ? point.when : `${plural(count, 'day')}, the first ${point.when}`,
        days: count,
      })),
    [days],
  );

  const table: TableSpec<Row> = {
    caption: 'How felt support and mood moved together (Pearson r with its 95% interval, and Spearman’s rank correlation)',
    rowKey: (r) => r.key,
    rows: [
      { key: 'same', label: 'Same day', c: correlation },
      { key: 'next', label: 'Support, then next day’s mood', c: nextDay },
    ],
    columns: [
      { header: 'Comparison', cell: (r) => r.label },
      { header: 'Days or pairs (n)', cell: (r) => String(r.c.n), numeric: true },
      { header: 'Pearson r', cell: (r) => r2(r.c.pearson), numeric: true },
      { header: '95% interval', cell: (r) => (r.c.ciLow === null ? '–' : `${r2(r.c.ciLow)} to ${r2(r.c.ciHigh)}`), numeric: true },
      { header: 'Spearman', cell: (r) => r2(r.c.spearman), numeric: true },
    ],
  };

  const dayTable: TableSpec<DailyPoint> = {
    caption: 'Felt support and mood per day with entries (0–10; – where nothing was recorded)',
    rowKey: (d) => d.date,
    rows: insights.series.daily,
    columns: [
      { header: 'Date', cell: (d) => longDate(d.date) },
      { header: 'Felt supported', cell: (d) => fmt1(d.support), numeric: true },
      { header: 'Mood', cell: (d) => fmt1(d.mood), numeric: true },
    ],
  };

  const intro = (
    <div className="insights-sentences" data-testid="correlation-sentences">
      <ClaimText claim={sameDay} />
      <ClaimText claim={next} />
    </div>
  );

  return (
    <ChartPanel
      name="support-mood"
      title="Felt support and mood together"
      empty={empty}
      summary={`A dot for each of ${plural(days.length, 'day')} with both recorded (days with the same values share a larger dot), felt support across and mood up, both 0 to 10. ${sameDay.words}`}
      table={table}
      intro={intro}
      chart={
        <ResponsiveContainer width="100%" height={280}>
          <ScatterChart margin={{ top: 8, right: 16, bottom: 16, left: 0 }}>
            <CartesianGrid stroke={C.grid} strokeDasharray="2 4" />
            <XAxis dataKey="support" type="number" name="Felt supported" domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={tick} stroke={C.grid} label={{ value: 'Felt supported', position: 'insideBottom', offset: -10, fill: C.text, fontSize: 12 }} />
            <YAxis dataKey="mood" type="number" name="Mood" domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={tick} stroke={C.grid} width={40} label={{ value: 'Mood', angle: -90, position: 'insideLeft', fill: C.text, fontSize: 12 }} />
            <Tooltip content={DatedTooltip} isAnimationActive={false} cursor={{ strokeDasharray: '3 3' }} />
            <ZAxis dataKey="days" type="number" range={[40, 240]} name="Days" />
            <Scatter name="Days" data={points} fill={C.mood} fillOpacity={POINT_OPACITY} isAnimationActive={false} />
          </ScatterChart>
        </ResponsiveContainer>
      }
    >
      <DayTableToggle spec={dayTable} />
    </ChartPanel>
  );
}

/** The per-day values behind the dots, on request: years of days are thousands of rows, built only once opened. */
function DayTableToggle({ spec }: { spec: TableSpec<DailyPoint> }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="insights-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Show the values for each day</summary>
      {open && <DataTable spec={spec} />}
    </details>
  );
}
