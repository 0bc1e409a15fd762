// Kinds of support: stacked bars per bucket over time, and the totals over the range.
import { useId, useMemo } from 'react';
import { Bar, Cell, XAxis, YAxis } from 'recharts';
import { plainBar, RowBars, TimeBars } from './bar-charts';
import { SUPPORT_KINDS, type SupportKind } from '../../../shared/domain';
import { MIN_CORRELATION_DAYS, type Insights, type SeriesBucket } from '../../../shared/insights';
import { ChartPanel, type TableSpec } from './ChartPanel';
import type { LegendItem } from './ChartLegend';
import { C, KIND_COLOURS, tick } from './chart-style';
import { KIND_LABELS } from '../../../shared/labels';
import { monthLabel, needDaysMessage, shortDate } from '../ui/format';
import { bucketLabel } from './TimeSection';

const KIND_LEGEND: LegendItem[] = SUPPORT_KINDS.map((k) => ({ label: KIND_LABELS[k], colour: KIND_COLOURS[k], mark: 'square' }));

export function kindsEmpty(insights: Insights): string | null {
  if (insights.days < MIN_CORRELATION_DAYS) return needDaysMessage(insights.days);
  if (insights.interactions === 0) return 'No time with people is logged in this range yet. Add a person to an entry to see the kinds of support.';
  return null;
}

export function KindsSection({ insights }: { insights: Insights }) {
  const id = useId();
  const { series, kinds } = insights;
  const empty = kindsEmpty(insights);
  const bars = useMemo(
    () =>
      series.buckets.map((b) => ({
        label: series.granularity === 'month' ? monthLabel(b.start) : shortDate(b.start),
        ...b.kinds,
      })),
    [series],
  );
  const totals = SUPPORT_KINDS.map((k) => ({ kind: k, label: KIND_LABELS[k], count: kinds[k] }));
  const ranked = [...totals].sort((a, b) => b.count - a.count);
  const top = ranked.filter((t) => t.count > 0).map((t) => `${t.label} ${t.count}`).join(', ');
  const per = series.granularity;

  const timeTable: TableSpec<SeriesBucket> = {
    caption: `Interactions including each kind of support, per ${per}`,
    rowKey: (b) => b.start,
    rows: series.buckets,
    columns: [
      { header: per === 'month' ? 'Month' : per === 'week' ? 'Week' : 'Date', cell: (b) => bucketLabel(b, per) },
      ...SUPPORT_KINDS.map((k) => ({ header: KIND_LABELS[k], cell: (b: SeriesBucket) => String(b.kinds[k]), numeric: true })),
    ],
  };
  const totalTable: TableSpec<(typeof totals)[number]> = {
    caption: 'Interactions including each kind of support, over the whole range (an interaction can include several kinds)',
    rowKey: (t) => t.kind,
    rows: totals,
    columns: [
      { header: 'Kind of support', cell: (t) => t.label },
      { header: 'Interactions', cell: (t) => String(t.count), numeric: true },
    ],
  };

  return (
    <section aria-labelledby={`${id}-h`} className="insights-group">
      <h2 id={`${id}-h`}>Kinds of support</h2>
      <ChartPanel
        level={3}
        name="kinds-over-time"
        title={`Kinds of support per ${per}`}
        empty={empty}
        summary={`Stacked bars of the kinds of support per ${per}. Over the range: ${top || 'none'}.`}
        table={timeTable}
        chart={
          <TimeBars data={bars} height={260} yWidth={36} legend={KIND_LEGEND}>
            {SUPPORT_KINDS.map((k: SupportKind) => (
              <Bar key={k} dataKey={k} name={KIND_LABELS[k]} stackId="kinds" fill={KIND_COLOURS[k]} shape={plainBar} isAnimationActive={false} />
            ))}
          </TimeBars>
        }
      >
        {null}
      </ChartPanel>
      <ChartPanel
        level={3}
        name="kinds-total"
        title="Kinds of support in total"
        empty={empty}
        summary={`Bars of the interactions including each kind of support: ${ranked.map((t) => `${t.label} ${t.count}`).join(', ')}.`}
        table={totalTable}
        chart={
          <RowBars
            data={totals}
            height={230}
            counts
            valueAxis={<XAxis type="number" allowDecimals={false} tick={tick} stroke={C.grid} />}
            nameAxis={<YAxis type="category" dataKey="label" tick={tick} stroke={C.grid} width={110} />}
          >
            <Bar dataKey="count" name="Interactions" shape={plainBar} isAnimationActive={false}>
              {totals.map((t) => (
                <Cell key={t.kind} fill={KIND_COLOURS[t.kind]} />
              ))}
            </Bar>
          </RowBars>
        }
      >
        {null}
      </ChartPanel>
    </section>
  );
}
