// Reaching out and helplines: suggestions of people to reach out to (off until turned on), and
// the country whose helplines "Find a helpline" shows (the system's, unless chosen).
import { useId, useState } from 'react';
import type { CareSettings as Care } from '../../../shared/domain';
import { HELPLINES, helplinesFor } from '../../../shared/helplines';
import { toShownError } from '../ui/errors';
import { defaultHelplineCountry, FindHelplineButton } from '../ui/HelplineDialog';

export function CareSettings({ care, onSaved }: { care: Care | undefined; onSaved: (care: Care) => void }) {
  const id = useId();
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const system = defaultHelplineCountry(undefined);
  const systemName = helplinesFor(system)?.name ?? 'the international directory';

  // Shown at once (a checkbox must follow the click), put back if saving fails.
  async function save(patch: { reachOut?: boolean; helplineCountry?: string | null }) {
    const before = care ?? {};
    const { helplineCountry, ...rest } = patch;
    const shown: Care = { ...before, ...rest };
    if (helplineCountry === null) delete shown.helplineCountry;
    else if (helplineCountry !== undefined) shown.helplineCountry = helplineCountry;
    onSaved(shown);
    setStatus('');
    setError('');
    try {
      onSaved(await window.hearth.setCare(patch));
      setStatus('Saved');
    } catch (e) {
      onSaved(before);
      setError(toShownError(e).message);
    }
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Reaching out and helplines</h2>
      <div className="setting">
        <label className="choice">
          <input type="checkbox" checked={care?.reachOut === true} onChange={(e) => void save({ reachOut: e.target.checked })} aria-describedby={`${id}-reach-help`} />
          Suggest people to reach out to
        </label>
        <p id={`${id}-reach-help`} className="hint">
          The Journal quietly names people who usually leave you feeling better and whom you have not seen in a while. Worked out on this
          computer from your journal.
        </p>
      </div>
      <div className="setting">
        <label htmlFor={`${id}-country`}>Helpline country</label>
        <div className="setting-row">
          <select id={`${id}-country`} value={care?.helplineCountry ?? ''} onChange={(e) => void save({ helplineCountry: e.target.value === '' ? null : e.target.value })}>
            <option value="">Same as the system ({systemName})</option>
            {HELPLINES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
            <option value="other">Another country (international directory)</option>
          </select>
          <FindHelplineButton />
        </div>
      </div>
      <p role="status" className="saved">
        {status}
      </p>
      <p role="alert" className="form-error">
        {error}
      </p>
    </section>
  );
}
