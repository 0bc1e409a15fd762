// Support under stress: on stress days, mood with nourishing support received against without.
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { MIN_CORRELATION_DAYS, STRESS_DAY_THRESHOLD, SUPPORTIVE_FELT, type Insights } from '../../../shared/insights';
import { ChartPanel, type TableSpec } from './ChartPanel';
import { C, tick, tooltipProps } from './chart-style';
import { fmt1, needDaysMessage, plural, round1 } from './format';

export const STRESS_QUESTION = `On stress days (stress ${STRESS_DAY_THRESHOLD} or more), was your mood different when support you received felt nourishing (felt +${SUPPORTIVE_FELT} or more)?`;

interface Row {
  key: string;
  label: string;
  mood: number | null;
  days: number;
}

export function StressSection({ insights }: { insights: Insights }) {
  const s = insights.stress;
  // The comparison counts only stress days with a mood; the others are said, not dropped silently.
  const stressDays = s.daysSupported + s.daysUnsupported;
  const withoutMood = insights.series.daily.filter((d) => d.stress !== null && d.stress >= STRESS_DAY_THRESHOLD && d.mood === null).length;
  let empty: string | null = null;
  if (insights.days < MIN_CORRELATION_DAYS) empty = needDaysMessage(insights.days);
  else if (s.days === 0) empty = 'No stress level is recorded in this range yet. Set the Stress slider in an entry to see this.';
  else if (stressDays === 0 && withoutMood > 0) empty = `No mood is recorded on the ${plural(withoutMood, 'stress day')} in this range, so there is nothing to compare.`;
  else if (stressDays === 0 && s.daysSupportNotRecorded === 0) empty = `No stress days (stress ${STRESS_DAY_THRESHOLD} or more) in this range.`;
  else if (s.daysSupported === 0 || s.daysUnsupported === 0)
    empty =
      `To compare, this needs stress days both with and without nourishing support; so far ${plural(s.daysSupported, 'day')} with and ${plural(s.daysUnsupported, 'day')} without` +
      (s.daysSupportNotRecorded > 0 ? `, and ${s.daysSupportNotRecorded} where how support felt or which way it went was not recorded.` : '.');

  const rows: Row[] = [
    { key: 'with', label: 'With nourishing support', mood: s.moodSupported, days: s.daysSupported },
    { key: 'without', label: 'Without', mood: s.moodUnsupported, days: s.daysUnsupported },
  ];
  const answer = `On ${plural(s.daysSupported, 'stress day')} with nourishing support your mood averaged ${fmt1(s.moodSupported)}; on ${plural(s.daysUnsupported, 'stress day')} without, ${fmt1(s.moodUnsupported)}.`;
  const table: TableSpec<Row> = {
    caption: `Mean mood (0–10) on stress days, with and without support that felt nourishing`,
    rowKey: (r) => r.key,
    rows,
    columns: [
      { header: 'Stress days', cell: (r) => r.label },
      { header: 'Mean mood', cell: (r) => fmt1(r.mood), numeric: true },
      { header: 'Days', cell: (r) => String(r.days), numeric: true },
    ],
  };
  const data = rows.map((r) => ({ label: `${r.label} (${plural(r.days, 'day')})`, mood: round1(r.mood), key: r.key }));

  return (
    <ChartPanel
      name="stress"
      title="Support under stress"
      empty={empty}
      summary={`Two bars of mean mood on stress days. ${answer}`}
      table={table}
      intro={
        <div className="insights-sentences">
          <p>{STRESS_QUESTION}</p>
          {empty === null && (
            <p>
              {answer} This is a pattern, not a cause: stress days differ in many ways.
            </p>
          )}
          {empty === null && withoutMood > 0 && <p className="hint">{plural(withoutMood, 'stress day')} without a mood recorded {withoutMood === 1 ? 'is' : 'are'} left out.</p>}
          {empty === null && s.daysSupportNotRecorded > 0 && (
            <p className="hint">
              {plural(s.daysSupportNotRecorded, 'stress day')} where how support felt or which way it went was not recorded{' '}
              {s.daysSupportNotRecorded === 1 ? 'is' : 'are'} left out.
            </p>
          )}
        </div>
      }
      chart={
        <ResponsiveContainer width="100%" height={200}>
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
            <CartesianGrid stroke={C.grid} strokeDasharray="2 4" horizontal={false} />
            <XAxis type="number" domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={tick} stroke={C.grid} />
            <YAxis type="category" dataKey="label" tick={tick} stroke={C.grid} width={190} />
            <Tooltip {...tooltipProps} cursor={{ fill: 'var(--surface-2)' }} />
            <Bar dataKey="mood" name="Mean mood" isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.key} fill={d.key === 'with' ? C.with : C.without} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
    >
      {null}
    </ChartPanel>
  );
}
