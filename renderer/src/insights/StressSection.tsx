// Support under stress: on stress days, mood with nourishing support received against without.
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { MIN_CORRELATION_DAYS, STRESS_DAY_THRESHOLD, SUPPORTIVE_FELT, type Insights } from '../../../shared/insights';
import { stressClaim } from '../../../shared/insights-text';
import { ChartPanel, type TableSpec } from './ChartPanel';
import { plainBar } from './bar-charts';
import { ClaimText } from './ClaimText';
import { C, tick, tooltipProps } from './chart-style';
import { fmt1, needDaysMessage, plural, round1 } from '../ui/format';

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
  const leftOut = `${plural(withoutMood, 'stress day')} without a mood recorded ${withoutMood === 1 ? 'is' : 'are'} left out.`;
  const notRecorded = s.daysSupportNotRecorded;
  const supportLeftOut = `${plural(notRecorded, 'stress day')} where how support felt or which way it went was not recorded ${notRecorded === 1 ? 'is' : 'are'} left out.`;
  let empty: string | null = null;
  if (insights.days < MIN_CORRELATION_DAYS) empty = needDaysMessage(insights.days);
  else if (s.days === 0) empty = 'No stress level is recorded in this range yet. Set the Stress slider in an entry to see this.';
  else if (stressDays === 0 && notRecorded === 0 && withoutMood > 0) empty = `No mood is recorded on the ${plural(withoutMood, 'stress day')} in this range, so there is nothing to compare.`;
  else if (stressDays === 0 && notRecorded === 0) empty = `No stress days (stress ${STRESS_DAY_THRESHOLD} or more) in this range.`;
  // Below MIN_GROUP_DAYS a side the claim says so with both counts; two bars would compare a day with a day.
  else if (s.moodDifference.verdict === 'not-enough-days')
    empty = `${stressClaim(s).words}${withoutMood > 0 ? ` ${leftOut}` : ''}${notRecorded > 0 ? ` ${supportLeftOut}` : ''}`;

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
          {empty === null && <ClaimText claim={stressClaim(s)} />}
          {empty === null && withoutMood > 0 && <p className="hint">{leftOut}</p>}
          {empty === null && notRecorded > 0 && <p className="hint">{supportLeftOut}</p>}
        </div>
      }
      chart={
        <ResponsiveContainer width="100%" height={200}>
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
            <CartesianGrid stroke={C.grid} strokeDasharray="2 4" horizontal={false} />
            <XAxis type="number" domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={tick} stroke={C.grid} />
            <YAxis type="category" dataKey="label" tick={tick} stroke={C.grid} width={190} />
            <Tooltip {...tooltipProps} cursor={{ fill: 'var(--surface-2)' }} />
            <Bar dataKey="mood" name="Mean mood" shape={plainBar} isAnimationActive={false}>
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
