import { useId, useState } from 'react';
import type { SalvageReport } from '../../../shared/domain';
import { FormError } from '../ui/FormError';
import { useAction } from '../ui/useAction';

const LOST_KIND: Record<string, string> = { entry: 'an entry', person: 'a person', settings: 'the settings' };

/**
 * Shown when the journal's file is damaged: copies every record that still decrypts with this
 * passphrase into a new journal in a folder the person chooses. The damaged journal is only read.
 */
export function RecoverReadable({ passphrase }: { passphrase: string }) {
  const { busy, error, setError, run } = useAction();
  const [report, setReport] = useState<SalvageReport | null>(null);
  const id = useId();

  function recover() {
    if (busy) return;
    if (passphrase === '') {
      setError({ message: 'Type the journal’s passphrase above first: it opens what can be recovered.' });
      return;
    }
    void run(async () => {
      const result = await window.hearth.salvage({ passphrase });
      if (result.saved) setReport(result);
    });
  }

  if (report) {
    return (
      <section aria-labelledby={`${id}-done`} className="stack salvage-report">
        <h2 id={`${id}-done`}>Recovered into a new journal</h2>
        <p>
          {report.entries} {report.entries === 1 ? 'entry' : 'entries'} and {report.people} {report.people === 1 ? 'person' : 'people'} are in the new journal in{' '}
          <code>{report.folder}</code>. It opens with the same passphrase.
        </p>
        <p>
          Its recovery key, shown only now: <code className="recovery-key">{report.recoveryKey}</code>. Write it down and keep it away from this computer.
        </p>
        {report.lost.length > 0 ? (
          <>
            <p>
              {report.lost.length} {report.lost.length === 1 ? 'record' : 'records'} could not be recovered:
            </p>
            <ul>
              {report.lost.map((r) => (
                <li key={r.id}>
                  {LOST_KIND[r.kind] ?? 'a record'} ({r.id})
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>Nothing was lost.</p>
        )}
        <p>To use it, quit Hearth and put the new folder’s files in place of the damaged journal’s, or restore a backup.</p>
      </section>
    );
  }

  return (
    <section aria-labelledby={`${id}-title`} className="stack salvage">
      <h2 id={`${id}-title`}>Recover what can be read</h2>
      <p>
        Hearth can copy every entry that can still be read into a new journal, in an empty folder you choose. The damaged journal is left exactly as it
        is.
      </p>
      <div className="actions">
        <button type="button" onClick={recover} disabled={busy} aria-describedby={`${id}-error`}>
          Recover what can be read…
        </button>
        <p role="status" className="form-status">
          {busy ? 'Recovering…' : ''}
        </p>
      </div>
      <FormError id={`${id}-error`} error={error} />
    </section>
  );
}
