// Settings → "Check for updates": off by default. While off, Hearth makes no network request at
// all. Turned on, "Check now" fetches the one feed address shown here, once per click, and says
// whether a newer version exists; the download page opens only when the link is clicked.
import { useId, useState } from 'react';
import { UPDATE_FEED_URL, type UpdateCheck as CheckResult } from '../../../shared/updates';
import type { ShownError } from '../ui/errors';
import { FormError } from '../ui/FormError';
import { useAction } from '../ui/useAction';

function sentence(result: CheckResult): string {
  switch (result.status) {
    case 'off':
      return 'Checking for updates is off.';
    case 'unavailable':
      return 'This copy of Hearth cannot check for updates.';
    case 'current':
      return `Hearth ${result.current} is the newest version.`;
    case 'newer':
      return `Hearth ${result.latest} is available (you have ${result.current}).`;
    case 'failed':
      return `The check did not work: ${result.reason}.`;
  }
}

export function UpdateCheck(props: { enabled: boolean; onToggle: (enabled: boolean) => void; saved: string; error: ShownError | null }) {
  const { enabled, onToggle, saved, error } = props;
  const id = useId();
  const [result, setResult] = useState<CheckResult | null>(null);
  const check = useAction();

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Updates</h2>
      <div className="setting">
        <div className="setting-row">
          <label className="choice">
            <input
              type="checkbox"
              checked={enabled}
              aria-describedby={`${id}-help`}
              onChange={(e) => {
                setResult(null);
                onToggle(e.target.checked);
              }}
            />
            Check for updates when I ask
          </label>
          <span role="status" className="saved">
            {saved}
          </span>
        </div>
        <p id={`${id}-help`} className="hint">
          Off unless you turn it on: Hearth makes no network request of its own. When on, “Check now” asks <code>{UPDATE_FEED_URL}</code> for the
          newest version number and nothing else; nothing about you or your journal is sent.
        </p>
        <FormError id={`${id}-error`} error={error} />
      </div>
      <div className="setting-row">
        <button type="button" disabled={!enabled || check.busy} onClick={() => void check.run(async () => setResult(await window.hearth.checkForUpdates()))}>
          {check.busy ? 'Checking…' : 'Check now'}
        </button>
        <span role="status">{result ? sentence(result) : ''}</span>
      </div>
      {result?.status === 'newer' ? (
        <p>
          <button type="button" className="link-button" onClick={() => void check.run(() => window.hearth.openUpdatePage())}>
            Open the download page in your browser
          </button>
        </p>
      ) : null}
      <FormError id={`${id}-check-error`} error={check.error} />
    </section>
  );
}
