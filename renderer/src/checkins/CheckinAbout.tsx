// What a check-in is, shown before its items: recall period, response options, scoring, how often
// it is suggested, and where it was published.
import { INSTRUMENTS, type InstrumentId, type Item } from '../../../shared/checkins';

/** Runs of items that share their response options, so each set of options is described once. */
function optionRuns(items: readonly Item[]): Array<{ first: number; last: number; item: Item }> {
  const runs: Array<{ first: number; last: number; item: Item }> = [];
  for (const item of items) {
    const run = runs[runs.length - 1];
    if (run && run.item.options === item.options) run.last = item.number;
    else runs.push({ first: item.number, last: item.number, item });
  }
  return runs;
}

export function CheckinAbout({ instrument }: { instrument: InstrumentId }) {
  const spec = INSTRUMENTS[instrument];
  const runs = optionRuns(spec.items);
  return (
    <div className="checkin-about">
      <dl>
        <dt>Recall period</dt>
        <dd>{spec.recallPeriod}</dd>
        <dt>Response options</dt>
        {runs.map(({ first, last, item }) => (
          <dd key={first}>
            {runs.length > 1 && (first === last ? `Item ${first}: ` : `Items ${first}–${last}: `)}
            {item.options.map((o) => `${o.value} ${o.label}`).join(', ')}
          </dd>
        ))}
        <dt>Scoring</dt>
        <dd>{spec.scoring}</dd>
        <dt>How often</dt>
        <dd>{spec.frequency}</dd>
        <dt>Source</dt>
        {spec.citation.map((c) => (
          <dd key={c}>{c}</dd>
        ))}
      </dl>
      <p>The scores are a self-report, not a diagnosis.</p>
    </div>
  );
}
