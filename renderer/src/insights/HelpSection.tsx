// Help received and feeling supported: felt support week by week beside the days help came, the
// comparison the interval allows, and the days where the two did not go together, each with a way
// to open its entries. Then asking for help and the channels support came through.
import { useId, useMemo, useRef } from 'react';
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHANNELS } from '../../../shared/domain';
import { type FeltOfGroup, type HelpWeek, type Insights, type MismatchedDay, type MismatchKind } from '../../../shared/insights';
import { feltOfGroupWords, helpClaim, MISMATCH_MEANING, MISMATCH_WORDS } from '../../../shared/insights-text';
import { CHANNEL_LABELS } from '../../../shared/labels';
import { useNavigation } from '../app/navigation';
import { fmt1, fmtSigned, longDate, plural, round1 } from '../ui/format';
import { ChartPanel, DataTable, type TableSpec } from './ChartPanel';
import { C, tick, tooltipProps } from './chart-style';
import { plainBar } from './bar-charts';
import { ChartLegend } from './ChartLegend';
import { ClaimText } from './ClaimText';
import { mergeRuns, pointsPerColumn, weightedMean } from './per-column';
import { usePlotColumns } from './use-plot-columns';

export const HELP_QUESTION = 'On days you received help, did you also feel supported? And on days without help?';

const KINDS: MismatchKind[] = ['helped-but-low', 'supported-without-help'];
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The chart's margins and both axes, in pixels: what is left is the plot. */
const HELP_AXES = 8 + 32 + 28 + 8;

/**
 * More weeks than pixel columns are drawn in runs of `size` weeks: felt support as the mean over
 * the run's days that have it, help as the days with help in the whole run; both named so.
 */
export function helpPoints(weeks: readonly HelpWeek[], size: number) {
  return mergeRuns(weeks, size, (run) => ({
    week: longDate(run[0]!.start),
    support: round1(weightedMean(run.map((w) => ({ value: w.support, weight: w.supportDays })))),
    help: run.reduce((n, w) => n + w.daysWithHelp, 0),
  }));
}

function HelpChart({ weeks }: { weeks: HelpWeek[] }) {
  const box = useRef<HTMLDivElement>(null);
  const size = pointsPerColumn(weeks.length, usePlotColumns(box, HELP_AXES) ?? weeks.length);
  const data = useMemo(() => helpPoints(weeks, size), [weeks, size]);
  const per = size === 1 ? 'weekly' : `per ${size} weeks`;
  const helpName = `Days with help received${size === 1 ? '' : ` per ${size} weeks`} (right axis)`;
  const supportName = `Felt support, ${per} mean (0–10)`;
  return (
    <div ref={box}>
      <ResponsiveContainer width="100%" height={280}>
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
          <CartesianGrid stroke={C.grid} strokeDasharray="2 4" />
          <XAxis dataKey="week" tick={tick} stroke={C.grid} minTickGap={16} />
          <YAxis yAxisId="support" domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={tick} stroke={C.grid} width={32} />
          <YAxis yAxisId="help" orientation="right" domain={[0, 7 * size]} {...(size === 1 ? { ticks: [0, 1, 2, 3, 4, 5, 6, 7] } : {})} allowDecimals={false} tick={tick} stroke={C.grid} width={28} />
          <Tooltip {...tooltipProps} />
          <Bar yAxisId="help" dataKey="help" name={helpName} fill={C.received} shape={plainBar} isAnimationActive={false} />
          <Line yAxisId="support" dataKey="support" name={supportName} stroke={C.support} strokeWidth={2.5} dot={size === 1 ? { r: 3 } : false} connectNulls={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
      <ChartLegend
        items={[
          { label: helpName, colour: C.received, mark: 'square' },
          { label: supportName, colour: C.support, mark: 'line' },
        ]}
      />
    </div>
  );
}

/** One day that did not match, with a link to each of its entries. */
function MismatchItem({ day }: { day: MismatchedDay }) {
  const { navigate } = useNavigation();
  const date = longDate(day.date);
  return (
    <li>
      <span>
        {date}: felt support {fmt1(day.support)}
      </span>{' '}
      {day.entries.map((en) => (
        <a
          key={en.id}
          href="#entry"
          className="insights-entry-link"
          onClick={(e) => {
            e.preventDefault();
            navigate({ name: 'entry', id: en.id });
          }}
        >
          Open the entry of {date}, {en.occurredAt.slice(11, 16)}
        </a>
      ))}
    </li>
  );
}

function Mismatches({ days }: { days: MismatchedDay[] }) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-h`} className="insights-mismatches">
      <h3 id={`${id}-h`}>Days that did not match</h3>
      {KINDS.map((kind) => {
        const list = days.filter((d) => d.kind === kind);
        return (
          <section key={kind} aria-labelledby={`${id}-${kind}`} data-testid={`mismatch-${kind}`}>
            <h4 id={`${id}-${kind}`}>
              {capital(MISMATCH_WORDS[kind])} ({plural(list.length, 'day')})
            </h4>
            <p className="hint">Each is {MISMATCH_MEANING[kind]}.</p>
            {list.length > 0 && (
              <ul className="insights-day-list">
                {list.map((d) => (
                  <MismatchItem key={d.date} day={d} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}

interface GroupRow {
  key: string;
  label: string;
  group: FeltOfGroup;
}

/** Asking for help and the channels, with the interactions behind each mean. */
function AskedAndChannels({ insights }: { insights: Insights }) {
  const id = useId();
  const rows: GroupRow[] = CHANNELS.map((c) => ({ key: c, label: CHANNEL_LABELS[c], group: insights.channels[c] }));
  const table: TableSpec<GroupRow> = {
    caption: 'Interactions by channel, and how they felt (mean from −2 draining to +2 nourishing, over the interactions with felt recorded)',
    rowKey: (r) => r.key,
    rows,
    columns: [
      { header: 'Channel', cell: (r) => r.label },
      { header: 'Interactions', cell: (r) => String(r.group.interactions), numeric: true },
      { header: 'Felt recorded', cell: (r) => String(r.group.feltInteractions), numeric: true },
      { header: 'Mean felt', cell: (r) => fmtSigned(r.group.meanFelt), numeric: true },
    ],
  };
  return (
    <section aria-labelledby={`${id}-h`} className="insights-panel level-3">
      <h3 id={`${id}-h`}>Asking for help, and how support came</h3>
      <ul className="insights-sentences" data-testid="asked">
        <li>When you asked for help: {feltOfGroupWords(insights.asked.asked)}.</li>
        <li>When you did not ask: {feltOfGroupWords(insights.asked.offered)}.</li>
      </ul>
      <DataTable spec={table} />
    </section>
  );
}

export function HelpSection({ insights }: { insights: Insights }) {
  const id = useId();
  const p = insights.perceivedVsReceived;
  const { weeks, mismatched } = insights.helpOverTime;
  const supportDays = p.daysWithHelp + p.daysWithoutHelp + p.daysHelpNotRecorded;
  const empty = supportDays === 0 ? 'No felt support is recorded in this range yet. Set “Felt supported” in an entry to see this.' : null;
  const figures = `On ${plural(p.daysWithHelp, 'day')} with help received, felt support averaged ${fmt1(p.feltWithHelp)}; on ${plural(p.daysWithoutHelp, 'day')} without, ${fmt1(p.feltWithoutHelp)} (0–10).`;
  const open = `${plural(p.daysHelpNotRecorded, 'day')} where which way support went was not recorded ${p.daysHelpNotRecorded === 1 ? 'is' : 'are'} left out.`;
  const table: TableSpec<HelpWeek> = {
    caption: 'Felt support (weekly mean, 0–10, over the days it was recorded) and days with help received, per week (– where nothing was recorded)',
    rowKey: (w) => w.start,
    rows: weeks,
    columns: [
      { header: 'Week of', cell: (w) => longDate(w.start) },
      { header: 'Felt support', cell: (w) => fmt1(w.support), numeric: true },
      { header: 'Days with felt support', cell: (w) => String(w.supportDays), numeric: true },
      { header: 'Days with help received', cell: (w) => String(w.daysWithHelp), numeric: true },
    ],
  };
  return (
    <section aria-labelledby={`${id}-h`} className="insights-group" data-testid="help-section">
      <h2 id={`${id}-h`}>Help received and feeling supported</h2>
      <ChartPanel
        level={3}
        name="help-felt"
        title="Felt support and help received, week by week"
        empty={empty}
        summary={`Per week: the mean of felt support (a line, 0 to 10) and the number of days you received help (bars). ${figures}`}
        table={table}
        intro={
          <div className="insights-sentences">
            <p>{HELP_QUESTION}</p>
            <p className="hint">
              Help received means at least one interaction that day where you received support or it went both ways; only days with felt support recorded count.
            </p>
            {empty === null && <p>{figures}</p>}
            {empty === null && <ClaimText claim={helpClaim(p)} />}
            {empty === null && p.daysHelpNotRecorded > 0 && <p className="hint">{open}</p>}
          </div>
        }
        chart={<HelpChart weeks={weeks} />}
      >
        {null}
      </ChartPanel>
      {empty === null && <Mismatches days={mismatched} />}
      {insights.interactions > 0 && <AskedAndChannels insights={insights} />}
    </section>
  );
}
