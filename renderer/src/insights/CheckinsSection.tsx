// Check-in scores over time beside mood and felt support: one chart per instrument answered in the
// range, its main score on its own axis (the instrument's whole range) beside the 0–10 means, and a
// table of every score. No score is turned into a label; a WHO-5 under 50, or 10 points below the
// answer before, brings a gentle line suggesting to talk it over with a professional.
import { useMemo } from 'react';
import { ComposedChart, CartesianGrid, Line, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import {
  checkinConcern,
  concernWords,
  INSTRUMENT_IDS,
  INSTRUMENTS,
  rangeWords,
  type CheckinResult,
  type InstrumentId,
} from '../../../shared/checkins';
import type { Insights } from '../../../shared/insights';
import { fmt1, longDate, round1 } from '../ui/format';
import { dayNumber } from '../ui/range';
import { useData } from '../ui/useData';
import { ChartPanel, type TableSpec } from './ChartPanel';
import { C, tick } from './chart-style';
import { ChartLegend } from './ChartLegend';
import { DatedTooltip } from './ChartTooltip';
import { timeDomain, timeTickFormatter } from './time-axis';

/** Mood and felt support around a day: the 7-day means ending on it, or its week's or month's means. */
function around(insights: Insights, date: string): { mood: number | null; support: number | null } {
  const { series } = insights;
  if (series.granularity === 'day') {
    const day = [...series.daily].reverse().find((d) => d.date <= date && d.date > shiftDays(date, -7));
    return { mood: day?.mood7 ?? null, support: day?.support7 ?? null };
  }
  const bucket = series.buckets.find((b) => b.start <= date && date <= b.end);
  return { mood: bucket?.mood ?? null, support: bucket?.support ?? null };
}

function shiftDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const score = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

export function CheckinsSection({ insights }: { insights: Insights }) {
  const range = insights.range;
  const key = range ? `${range.from}:${range.to}` : '';
  const loaded = useData(() => window.hearth.listCheckins(range ? { from: range.from, to: range.to } : undefined), [key], { refetchOnJournalChange: true });
  const results = loaded.value ?? [];
  if (results.length === 0) return null;
  const concern = checkinConcern(results);
  return (
    <section className="insights-checkins" aria-label="Check-ins">
      {concern && <p className="insights-gentle">{concernWords(concern, longDate)}</p>}
      {INSTRUMENT_IDS.map((id) => {
        const own = results.filter((r) => r.instrument === id);
        return own.length > 0 ? <InstrumentChart key={id} instrument={id} results={own} insights={insights} /> : null;
      })}
    </section>
  );
}

interface Row {
  id: string;
  date: string;
  scores: Record<string, number>;
  mood: number | null;
  support: number | null;
}

function InstrumentChart({ instrument, results, insights }: { instrument: InstrumentId; results: CheckinResult[]; insights: Insights }) {
  const spec = INSTRUMENTS[instrument];
  const main = spec.scores[0]!;
  const rows: Row[] = useMemo(
    () =>
      [...results].reverse().map((r) => ({ id: r.id, date: r.date, scores: r.scores as unknown as Record<string, number>, ...around(insights, r.date) })),
    [results, insights],
  );
  const points = useMemo(
    () => rows.map((r) => ({ x: dayNumber(r.date), when: longDate(r.date), score: r.scores[main.key]!, mood: round1(r.mood), support: round1(r.support) })),
    [rows, main.key],
  );
  const domain = useMemo(() => timeDomain(insights.range, points.map((p) => p.x)), [insights.range, points]);
  const ranges = spec.scores.map((s) => `${s.label.toLowerCase()} ${rangeWords(s)}`).join(', ');
  const latest = rows[rows.length - 1]!;
  const summary = `${spec.name}: ${rows.length} ${rows.length === 1 ? 'answer' : 'answers'}; the latest, on ${longDate(latest.date)}, ${main.label.toLowerCase()} ${score(latest.scores[main.key]!)} (range ${rangeWords(main)}). Beside it, mood and felt support around each answer (0–10).`;
  const table: TableSpec<Row> = {
    caption: `${spec.name} scores (${ranges}), with mood and felt support around each answer (0–10; 7-day or ${insights.series.granularity} means; – where nothing was recorded)`,
    rowKey: (r) => r.id,
    rows,
    columns: [
      { header: 'Date', cell: (r) => longDate(r.date) },
      ...spec.scores.map((s) => ({ header: `${s.label} (${rangeWords(s)})`, cell: (r: Row) => score(r.scores[s.key]!), numeric: true })),
      { header: 'Mood', cell: (r) => fmt1(r.mood), numeric: true },
      { header: 'Felt supported', cell: (r) => fmt1(r.support), numeric: true },
    ],
  };
  const scoreName = `${spec.shortName} ${main.label.toLowerCase()} (right axis, ${rangeWords(main)})`;
  const chart = (
    <>
      <ResponsiveContainer width="100%" height={240}>
        <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
          <CartesianGrid stroke={C.grid} strokeDasharray="2 4" />
          <XAxis dataKey="x" type="number" domain={domain} allowDataOverflow tickFormatter={timeTickFormatter(domain)} tick={tick} stroke={C.grid} />
          <YAxis yAxisId="scale" domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={tick} stroke={C.grid} width={32} />
          <YAxis yAxisId="score" orientation="right" domain={[main.min, main.max]} tick={tick} stroke={C.grid} width={40} />
          <Tooltip content={DatedTooltip} isAnimationActive={false} />
          <Line yAxisId="scale" dataKey="mood" name="Mood" stroke={C.mood} strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
          <Line yAxisId="scale" dataKey="support" name="Felt supported" stroke={C.support} strokeWidth={2} strokeDasharray="7 4" dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
          <Scatter yAxisId="score" dataKey="score" name={scoreName} fill={C.circle} line shape="diamond" isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
      <ChartLegend
        items={[
          { label: 'Mood', colour: C.mood, mark: 'line' },
          { label: 'Felt supported', colour: C.support, mark: 'dashed' },
          { label: scoreName, colour: C.circle, mark: 'diamond' },
        ]}
      />
    </>
  );
  return (
    <ChartPanel name={`checkin-${instrument}`} title={`Check-in: ${spec.name}`} summary={summary} table={table} chart={chart}>
      <p className="hint">
        Ranges: {ranges}. A self-report, not a diagnosis.
      </p>
    </ChartPanel>
  );
}
