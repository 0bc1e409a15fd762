import { useId, useState, type FormEvent } from 'react';
import { DATA_FORMATS, type DataFormat } from '../../../shared/exchange';
import { FormError } from '../ui/FormError';
import { useAction } from '../ui/useAction';

const FORMAT_LABELS: Record<DataFormat, string> = {
  csv: 'CSV (a folder with entries.csv, people.csv and interactions.csv)',
  json: 'JSON (one file)',
};

/** The journal as plain CSV or JSON for spreadsheets and other tools: not encrypted, so it asks first. */
export function PortableDataSection() {
  const id = useId();
  const errorId = `${id}-error`;
  const [format, setFormat] = useState<DataFormat>('csv');
  const [confirmed, setConfirmed] = useState(false);
  const [savedFile, setSavedFile] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !confirmed) return;
    setSavedFile(null);
    void run(async () => {
      const result = await window.hearth.exportData({ format, confirmedUnencrypted: true });
      if (result.saved) setSavedFile(result.fileName);
    });
  }

  return (
    <section className="panel export-part" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Portable data (not encrypted)</h2>
      <p className="hint">Your entries, people and interactions as plain files, to open in a spreadsheet or move to another tool.</p>
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} aria-busy={busy} className="stack">
        <fieldset className="export-group">
          <legend>Format</legend>
          <div className="export-choices">
            {DATA_FORMATS.map((f) => (
              <label key={f} className="export-choice">
                <input type="radio" name={`${id}-format`} value={f} checked={format === f} onChange={() => setFormat(f)} disabled={busy} />
                {FORMAT_LABELS[f]}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="export-choice export-warning">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} disabled={busy} required />
          I understand this file is not encrypted: anyone who gets it can read my journal.
        </label>
        <FormError id={errorId} error={error} />
        <div className="actions">
          <button type="submit" disabled={busy || !confirmed}>
            Export data…
          </button>
          <p role="status" className="form-status ok">
            {busy ? 'Exporting…' : savedFile ? `Saved ${savedFile}.` : ''}
          </p>
        </div>
      </form>
    </section>
  );
}
