// The Insights screen: patterns in the journal, computed in the main process by
// window.hearth.insights and only drawn here.
import { useId, useState } from 'react';
import type { Insights } from '../../../shared/insights';
import { insightsQuerySchema } from '../../../shared/schemas';
import type { ShownError } from '../ui/errors';
import { FormError, invalidProps } from '../ui/FormError';
import { longDate, plural } from '../ui/format';
import { InsightsSections } from './InsightsSections';
import { PRESETS, addDays, presetQuery, type Preset, type RangeQuery } from '../ui/range';
import { localToday } from '../ui/today';
import './insights.css';
import { useData } from '../ui/useData';
import { DateField } from '../ui/DateField';

function validate(query: RangeQuery): ShownError | null {
  const parsed = insightsQuerySchema.safeParse(query);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  return { message: issue.message, field: issue.path.join('.') || 'from' };
}

export function InsightsScreen({ today: fixedToday }: { today?: string } = {}) {
  const [today] = useState(() => fixedToday ?? localToday());
  const id = useId();
  const [preset, setPreset] = useState<Preset>('90');
  const [from, setFrom] = useState(() => addDays(today, -29));
  const [to, setTo] = useState(today);

  const customQuery: RangeQuery = { from: from || undefined, to: to || undefined };
  const invalid = preset === 'custom' ? validate(customQuery) : null;
  const query: RangeQuery | null = preset === 'custom' ? (invalid ? null : customQuery) : presetQuery(preset, today);
  const key = query ? JSON.stringify(query) : null;

  const loaded = useData<Insights>(query === null ? null : () => window.hearth.insights(query), [key], { refetchOnJournalChange: true });
  const busy = loaded.status === 'loading';
  const insights = loaded.value;
  const errorId = `${id}-range-error`;
  const shownError = invalid ?? loaded.error;

  return (
    <div className="insights" data-testid="insights" aria-busy={busy}>
      <h1>Insights</h1>
      <p className="insights-lede">These are patterns in what you wrote, not causes: they can start a question, not answer it.</p>

      <fieldset className="insights-range">
        <legend>Range</legend>
        <div className="insights-presets">
          {PRESETS.map((p) => (
            <label key={p.value} className="insights-preset">
              <input type="radio" name={`${id}-range`} value={p.value} checked={preset === p.value} onChange={() => setPreset(p.value)} />
              <span>{p.label}</span>
            </label>
          ))}
        </div>
        {preset === 'custom' && (
          <div className="insights-custom">
            <div>
              <label htmlFor={`${id}-from`}>From</label>
              <DateField id={`${id}-from`} value={from} onChange={setFrom} {...invalidProps(invalid, errorId, 'from')} />
            </div>
            <div>
              <label htmlFor={`${id}-to`}>To</label>
              <DateField id={`${id}-to`} value={to} onChange={setTo} {...invalidProps(invalid, errorId, 'to')} />
            </div>
          </div>
        )}
        <FormError id={errorId} error={shownError} />
      </fieldset>

      <p className="insights-status" role="status">
        {busy ? 'Loading insights…' : insights ? describe(insights) : ''}
      </p>

      {insights && <InsightsSections insights={insights} />}
    </div>
  );
}

function describe(insights: Insights): string {
  if (!insights.range) return 'Nothing is written yet.';
  return `${longDate(insights.range.from)} to ${longDate(insights.range.to)}: ${plural(insights.days, 'day')} with entries, ${plural(insights.entries, 'entry', 'entries')}, ${plural(insights.interactions, 'interaction')}.`;
}
