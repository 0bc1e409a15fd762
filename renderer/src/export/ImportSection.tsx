import { useId, useState, type FormEvent } from 'react';
import type { ImportFormat, ImportSummary, MoodLabel } from '../../../shared/exchange';
import type { ShownError } from '../ui/errors';
import { FormError, invalidProps } from '../ui/FormError';
import { plural } from '../ui/format';
import { useAction } from '../ui/useAction';
import { ImportSummaryList } from './ImportSummaryList';
import { buildMoodMap, initialMoodInputs } from './mood-map';
import { TaskProgress } from './TaskProgress';
import { useFocusOn } from './use-focus-on';
import { usePendingImport } from './use-pending-import';
import { LabelledOptions } from '../ui/LabelledOptions';

type JournalFormat = Exclude<ImportFormat, 'backup'>;

const FORMAT_LABELS: Record<JournalFormat, string> = {
  'daylio-csv': 'Daylio (CSV)',
  'jrnl-json': 'jrnl (JSON)',
  'dayone-json': 'Day One (JSON)',
  'hearth-json': 'Hearth data (JSON)',
  'hearth-csv': 'Hearth data (CSV folder: choose its entries.csv)',
};

/** Entries from another journal app: open a file, check what it holds (and map Daylio's moods), then import. */
export function ImportSection() {
  const id = useId();
  const errorId = `${id}-error`;
  const [format, setFormat] = useState<JournalFormat>('daylio-csv');
  const [moods, setMoods] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<{ text: string } | null>(null);
  const { summary, hold } = usePendingImport();
  const { busy, error, setError, run } = useAction();
  const reviewRef = useFocusOn<HTMLHeadingElement>(summary);
  const outcomeRef = useFocusOn<HTMLParagraphElement>(outcome);

  function open(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setOutcome(null);
    void run(async () => {
      const result = await window.hearth.openImport({ format });
      if (!result.opened) return;
      setMoods(initialMoodInputs(result.summary.moodLabels));
      hold(result.summary);
    });
  }

  function commit(event: FormEvent, opened: ImportSummary) {
    event.preventDefault();
    if (busy) return;
    const built = buildMoodMap(opened.moodLabels, moods);
    if (!built.ok) {
      setError(built.error);
      return;
    }
    void run(async () => {
      const r = await window.hearth.commitImport({ importId: opened.importId, moodMap: built.moodMap });
      hold(null);
      setOutcome({ text: `Imported ${plural(r.added, 'entry', 'entries')} (${r.skipped} already there).` });
    });
  }

  function cancel(opened: ImportSummary) {
    void run(async () => {
      hold(null);
      setOutcome({ text: 'Nothing was imported.' });
      await window.hearth.cancelImport({ importId: opened.importId });
    });
  }

  return (
    <section className="panel export-part" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import from another journal</h2>
      {summary ? (
        <form onSubmit={(e) => commit(e, summary)} noValidate aria-labelledby={`${id}-review`} aria-busy={busy} className="stack">
          <h3 id={`${id}-review`} ref={reviewRef} tabIndex={-1}>
            What the file holds
          </h3>
          <ImportSummaryList summary={summary} />
          {summary.moodLabels.length > 0 ? (
            <MoodMapTable
              labels={summary.moodLabels}
              values={moods}
              onChange={(i, value) => setMoods(moods.map((m, j) => (j === i ? value : m)))}
              error={error}
              errorId={errorId}
              disabled={busy}
            />
          ) : null}
          <FormError id={errorId} error={error} />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy || summary.newEntries === 0}>
              Import {plural(summary.newEntries, 'entry', 'entries')}
            </button>
            <button type="button" onClick={() => cancel(summary)} disabled={busy}>
              Cancel
            </button>
            {busy ? <TaskProgress label="Importing…" /> : null}
          </div>
          {summary.newEntries === 0 ? <p className="hint">Everything in this file is already in your journal.</p> : null}
        </form>
      ) : (
        <form onSubmit={open} noValidate aria-labelledby={`${id}-title`} aria-busy={busy} className="stack">
          <p className="hint">Hearth shows what the file holds before anything is added. Entries imported before are skipped.</p>
          <label htmlFor={`${id}-format`}>Format</label>
          <select id={`${id}-format`} value={format} onChange={(e) => setFormat(e.target.value as JournalFormat)} disabled={busy}>
            <LabelledOptions values={(Object.keys(FORMAT_LABELS) as JournalFormat[])} labels={FORMAT_LABELS} />
          </select>
          <FormError id={errorId} error={error} />
          <div className="actions">
            <button type="submit" disabled={busy}>
              Choose file…
            </button>
            {busy ? <TaskProgress label="Reading the file…" /> : null}
          </div>
        </form>
      )}
      <p role="status" className="form-status ok" ref={outcomeRef} tabIndex={-1}>
        {outcome?.text ?? ''}
      </p>
    </section>
  );
}

function MoodMapTable({
  labels,
  values,
  onChange,
  error,
  errorId,
  disabled,
}: {
  labels: readonly MoodLabel[];
  values: readonly string[];
  onChange: (index: number, value: string) => void;
  error: ShownError | null;
  errorId: string;
  disabled: boolean;
}) {
  const id = useId();
  return (
    <table className="export-moods" aria-describedby={`${id}-hint`}>
      <caption>Moods</caption>
      <thead>
        <tr>
          <th scope="col">Mood in the file</th>
          <th scope="col">Entries</th>
          <th scope="col">Mood in Hearth (0 to 10)</th>
        </tr>
      </thead>
      <tbody>
        {labels.map((l, i) => (
          <tr key={l.label}>
            <th scope="row">{l.label}</th>
            <td>{l.count}</td>
            <td>
              <input
                type="number"
                min={0}
                max={10}
                step={1}
                required={l.suggested === null}
                aria-label={`Mood in Hearth for "${l.label}"`}
                value={values[i] ?? ''}
                onChange={(e) => onChange(i, e.target.value)}
                disabled={disabled}
                {...invalidProps(error, errorId, `moodMap.${i}`)}
              />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={3} id={`${id}-hint`} className="hint">
            Daylio&apos;s own five moods come with a value; give each of your own moods one from 0 (very low) to 10 (very good).
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
