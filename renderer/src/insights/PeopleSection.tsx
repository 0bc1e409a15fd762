// People: who you turn to and who turns to you, how it felt and what it cost side by side, who gave
// and received, and mood on days with and without each person. The ten with most interactions
// first; "Show all" for more.
import { useId, useState } from 'react';
import { Bar, ReferenceLine, XAxis, YAxis } from 'recharts';
import { plainBar, RowBars } from './bar-charts';
import { MIN_GROUP_DAYS, type Insights, type MeanDifference, type PersonInsight } from '../../../shared/insights';
import { personMoodClaim } from '../../../shared/insights-text';
import { ChartPanel, type TableSpec } from './ChartPanel';
import { ClaimText } from './ClaimText';
import { C, tick } from './chart-style';
import { fmt1, fmtSigned, plural, round1 } from '../ui/format';
import { GiveAndTake } from './GiveAndTake';
import { kindsEmpty } from './KindsSection';
import { NOT_RECORDED } from '../../../shared/labels';

export const TOP_PEOPLE = 10;

const height = (n: number) => 60 + n * 44;

/** "6.7 (12 days)", or "no mood recorded" rather than a dash a screen reader would skip. */
const moodOn = (mood: number | null, days: number) => (mood === null ? 'no mood recorded' : `${fmt1(mood)} (${plural(days, 'day')})`);
const nameTick = { ...tick, width: 120 };
/** A per-person mean over the interactions that recorded it: "+1.0 (3 of 5)", or "not recorded". */
const recordedMean = (text: string, mean: number | null, used: number, of: number) =>
  mean === null ? NOT_RECORDED : used < of ? `${text} (${used} of ${of})` : text;

/** "+1.6 (0.4 to 2.9)", or why there is no difference to give. */
const differenceCell = (d: MeanDifference) =>
  d.difference === null || d.ciLow === null || d.ciHigh === null ? 'not enough days' : `${fmtSigned(d.difference)} (${fmt1(d.ciLow)} to ${fmt1(d.ciHigh)})`;

export function PeopleSection({ insights }: { insights: Insights }) {
  const id = useId();
  const [all, setAll] = useState(false);
  const empty = kindsEmpty(insights);
  const shown = all ? insights.people : insights.people.slice(0, TOP_PEOPLE);
  const many = insights.people.length > TOP_PEOPLE;
  const which = all ? `all ${insights.people.length} people` : `the ${plural(shown.length, 'person', 'people')} with the most interactions`;

  const feltCost = shown.map((p) => ({ name: p.name, felt: round1(p.meanFelt), cost: round1(p.meanCost) }));
  const recip = shown.map((p) => ({ name: p.name, received: p.received, gave: p.gave, both: p.both }));
  // Bars side by side invite a comparison: drawn only where each side has the days a comparison needs.
  const comparable = (p: PersonInsight) => p.moodDifference.verdict !== 'not-enough-days';
  const mood = shown.map((p) => (comparable(p) ? { name: p.name, with: round1(p.moodWith), without: round1(p.moodWithout) } : { name: p.name, with: null, without: null }));
  const costly = shown.filter((p) => p.meanCost !== null && p.meanCost >= 1.5).map((p) => p.name);

  const key = (p: PersonInsight) => p.personId;
  const feltTable: TableSpec<PersonInsight> = {
    caption: `Interactions, how often they felt nourishing, neutral or draining, mean felt (−2 draining to +2 nourishing) and mean cost (0 none to 3 a lot) for ${which}`,
    rowKey: key,
    rows: shown,
    columns: [
      { header: 'Person', cell: (p) => p.name },
      { header: 'Interactions', cell: (p) => String(p.interactions), numeric: true },
      { header: 'Nourishing', cell: (p) => String(p.feltSpread.nourishing), numeric: true },
      { header: 'Neutral', cell: (p) => String(p.feltSpread.neutral), numeric: true },
      { header: 'Draining', cell: (p) => String(p.feltSpread.draining), numeric: true },
      { header: 'Mean felt', cell: (p) => recordedMean(fmtSigned(p.meanFelt), p.meanFelt, p.feltInteractions, p.interactions), numeric: true },
      { header: 'Mean cost', cell: (p) => recordedMean(fmt1(p.meanCost), p.meanCost, p.costInteractions, p.interactions), numeric: true },
    ],
  };
  const recipTable: TableSpec<PersonInsight> = {
    caption: `Who gave and who received, in interactions, for ${which}`,
    rowKey: key,
    rows: shown,
    columns: [
      { header: 'Person', cell: (p) => p.name },
      { header: 'You received', cell: (p) => String(p.received), numeric: true },
      { header: 'You gave', cell: (p) => String(p.gave), numeric: true },
      { header: 'Both ways', cell: (p) => String(p.both), numeric: true },
      { header: 'Not recorded', cell: (p) => String(p.interactions - p.received - p.gave - p.both), numeric: true },
    ],
  };
  const moodTable: TableSpec<PersonInsight> = {
    caption: `Mean mood (0–10) on days with and without each person, for ${which}; only days with a mood recorded count (– where there are none). The difference and its 95% interval need at least 5 days on each side`,
    rowKey: key,
    rows: shown,
    columns: [
      { header: 'Person', cell: (p) => p.name },
      { header: 'Mood with', cell: (p) => fmt1(p.moodWith), numeric: true },
      { header: 'Days with', cell: (p) => String(p.daysWith), numeric: true },
      { header: 'Mood without', cell: (p) => fmt1(p.moodWithout), numeric: true },
      { header: 'Days without', cell: (p) => String(p.daysWithout), numeric: true },
      { header: 'Difference (95% interval)', cell: (p) => differenceCell(p.moodDifference), numeric: true },
    ],
  };

  const axis = (
    <YAxis type="category" dataKey="name" tick={nameTick} stroke={C.grid} width={120} interval={0} />
  );

  return (
    <section aria-labelledby={`${id}-h`} className="insights-group">
      <div className="insights-panel-head">
        <h2 id={`${id}-h`}>People</h2>
        {empty === null && many && (
          <button type="button" aria-pressed={all} onClick={() => setAll((a) => !a)}>
            Show all
          </button>
        )}
      </div>
      {empty === null && (
        <p className="hint">
          {all ? `Showing all ${insights.people.length} people.` : `Showing the ${plural(shown.length, 'person', 'people')} with the most interactions${many ? ` of ${insights.people.length}` : ''}.`}
        </p>
      )}
      {empty === null && <GiveAndTake people={insights.people} />}
      <ChartPanel
        level={3}
        name="people-felt-cost"
        title="How it felt and what it cost"
        empty={empty}
        summary={`Bars for ${which}: mean felt from −2 to +2 next to mean cost from 0 to 3. ${shown
          .map(
            (p) =>
              `${p.name}: felt ${recordedMean(fmtSigned(p.meanFelt), p.meanFelt, p.feltInteractions, p.interactions)} (${p.feltSpread.nourishing} nourishing, ${p.feltSpread.neutral} neutral, ${p.feltSpread.draining} draining), cost ${recordedMean(fmt1(p.meanCost), p.meanCost, p.costInteractions, p.interactions)}`,
          )
          .join('; ')}.`}
        table={feltTable}
        intro={costly.length > 0 ? <p className="hint">Support can come with a price: with {costly.join(', ')} it often cost you something.</p> : undefined}
        chart={
          <RowBars
            data={feltCost}
            height={height(shown.length)}
            barGap={2}
            legend={[
              { label: 'Mean felt (−2 to +2)', colour: C.felt, mark: 'square' },
              { label: 'Mean cost (0 to 3)', colour: C.cost, mark: 'square' },
            ]}
            valueAxis={<XAxis type="number" domain={[-2, 3]} ticks={[-2, -1, 0, 1, 2, 3]} tick={tick} stroke={C.grid} />}
            nameAxis={axis}
          >
            <ReferenceLine x={0} stroke={C.text} />
            <Bar dataKey="felt" name="Mean felt (−2 to +2)" fill={C.felt} shape={plainBar} isAnimationActive={false} />
            <Bar dataKey="cost" name="Mean cost (0 to 3)" fill={C.cost} shape={plainBar} isAnimationActive={false} />
          </RowBars>
        }
      >
        {null}
      </ChartPanel>
      <ChartPanel
        level={3}
        name="people-reciprocity"
        title="Giving and receiving"
        empty={empty}
        summary={`Stacked bars for ${which}: interactions where you received, gave, or both. ${shown.map((p) => `${p.name}: received ${p.received}, gave ${p.gave}, both ${p.both}`).join('; ')}.`}
        table={recipTable}
        chart={
          <RowBars
            data={recip}
            height={height(shown.length)}
            counts
            legend={[
              { label: 'You received', colour: C.received, mark: 'square' },
              { label: 'You gave', colour: C.gave, mark: 'square' },
              { label: 'Both ways', colour: C.both, mark: 'square' },
            ]}
            valueAxis={<XAxis type="number" allowDecimals={false} tick={tick} stroke={C.grid} />}
            nameAxis={axis}
          >
            <Bar dataKey="received" name="You received" stackId="d" fill={C.received} shape={plainBar} isAnimationActive={false} />
            <Bar dataKey="gave" name="You gave" stackId="d" fill={C.gave} shape={plainBar} isAnimationActive={false} />
            <Bar dataKey="both" name="Both ways" stackId="d" fill={C.both} shape={plainBar} isAnimationActive={false} />
          </RowBars>
        }
      >
        {null}
      </ChartPanel>
      <ChartPanel
        level={3}
        name="people-mood"
        title="Mood with and without each person"
        empty={empty}
        summary={`Bars for ${which}: mean mood on days with the person next to days without, over the days with a mood recorded, where each side has at least ${MIN_GROUP_DAYS} days. ${shown
          .map((p) =>
            comparable(p)
              ? `${p.name}: ${moodOn(p.moodWith, p.daysWith)} with, ${moodOn(p.moodWithout, p.daysWithout)} without`
              : `${p.name}: not enough days yet (${plural(p.daysWith, 'day')} with, ${p.daysWithout} without)`,
          )
          .join('; ')}.`}
        table={moodTable}
        intro={
          <>
            <p className="hint">Days with someone can differ in other ways too: a pattern, not a cause.</p>
            <ul className="insights-claims insights-sentences" data-testid="people-mood-claims">
              {shown.map((p) => (
                <li key={p.personId}>
                  <ClaimText claim={personMoodClaim(p)} />
                </li>
              ))}
            </ul>
          </>
        }
        chart={
          <RowBars
            data={mood}
            height={height(shown.length)}
            barGap={2}
            legend={[
              { label: 'Mood on days with them', colour: C.with, mark: 'square' },
              { label: 'Mood on other days', colour: C.without, mark: 'square' },
            ]}
            valueAxis={<XAxis type="number" domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={tick} stroke={C.grid} />}
            nameAxis={axis}
          >
            <Bar dataKey="with" name="Mood on days with them" fill={C.with} shape={plainBar} isAnimationActive={false} />
            <Bar dataKey="without" name="Mood on other days" fill={C.without} shape={plainBar} isAnimationActive={false} />
          </RowBars>
        }
      >
        {null}
      </ChartPanel>
    </section>
  );
}
