// "Find a helpline": the crisis lines shipped with the app for the person's country (from
// Settings, or else the system's language), any other country on request, and the international
// directory. Nothing is fetched: a link opens in the system browser only when the person clicks it,
// and main opens only the addresses in this list. Works locked too (the menu can open it).
import { useEffect, useId, useRef, useState } from 'react';
import { countryOfLocales, HELPLINES, helplinesFor, INTERNATIONAL_DIRECTORY, reachBy, type Helpline } from '../../../shared/helplines';
import { toShownError } from './errors';
import './care.css';

/** The helplines' country: the one chosen in Settings, else the system's language region, else 'other'. */
export function defaultHelplineCountry(chosen: string | undefined): string {
  if (chosen) return chosen;
  return helplinesFor(countryOfLocales(navigator.languages.length > 0 ? navigator.languages : [navigator.language]))?.code ?? 'other';
}

/** The country chosen in Settings, when the journal is open; undefined while locked or unset. */
async function chosenCountry(): Promise<string | undefined> {
  try {
    return (await window.hearth.getSettings()).care?.helplineCountry;
  } catch {
    return undefined;
  }
}

function OpenLink({ url, label }: { url: string; label: string }) {
  const [status, setStatus] = useState('');
  async function open() {
    setStatus('');
    try {
      const { opened } = await window.hearth.openHelpline({ url });
      if (!opened) setStatus(`Open ${url} in your browser.`);
    } catch (e) {
      setStatus(toShownError(e).message);
    }
  }
  return (
    <>
      <button type="button" className="link-button" onClick={() => void open()}>
        {label}
      </button>
      <span role="status">{status}</span>
    </>
  );
}

function Line({ line }: { line: Helpline }) {
  const host = new URL(line.url).host;
  const how = reachBy(line);
  return (
    <li>
      <p className="helpline-name">{line.name}</p>
      <p className="helpline-how">
        {[how.call && `Call ${how.call}`, how.text && `Text ${how.text}`].filter(Boolean).join(' · ')}
      </p>
      <OpenLink url={line.url} label={`Open ${host}`} />
      <p className="helpline-source">
        Source: {new URL(line.source).host}, checked {line.checked}
      </p>
    </li>
  );
}

export function HelplineDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [country, setCountry] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    if (!open) return undefined;
    let live = true;
    void chosenCountry().then((chosen) => {
      if (live) setCountry(defaultHelplineCountry(chosen));
    });
    return () => {
      live = false;
    };
  }, [open]);

  const listed = helplinesFor(country);
  return (
    <dialog ref={ref} className="care-dialog" aria-labelledby={`${id}-title`} onClose={() => open && onClose()}>
      <h2 id={`${id}-title`}>Find a helpline</h2>
      <p>If you are in danger now, call your local emergency number. These lines are free and confidential.</p>
      <label htmlFor={`${id}-country`}>Country</label>{' '}
      <select id={`${id}-country`} value={country ?? 'other'} onChange={(e) => setCountry(e.target.value)}>
        {HELPLINES.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
        <option value="other">Another country</option>
      </select>
      {listed ? (
        <>
          <p>
            In immediate danger in {listed.name}, call <strong>{listed.emergency}</strong>.
          </p>
          <ul className="helpline-list" aria-label={`Helplines in ${listed.name}`}>
            {listed.lines.map((line) => (
              <Line key={line.name} line={line} />
            ))}
          </ul>
        </>
      ) : null}
      <p>
        {listed ? 'Elsewhere: ' : 'For other countries: '}
        <OpenLink url={INTERNATIONAL_DIRECTORY.url} label={INTERNATIONAL_DIRECTORY.name} />
      </p>
      <p className="helpline-source">Hearth ships this list and checks it with each release; it does not look anything up.</p>
      <div className="care-dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}

/** The button "Find a helpline" with its dialog. */
export function FindHelplineButton({ className }: { className?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        Find a helpline
      </button>
      <HelplineDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}

/** The dialog the application menu's "Find a helpline…" opens, over whatever is on screen. */
export function HelplineFromMenu() {
  const [open, setOpen] = useState(false);
  useEffect(
    () =>
      window.hearth.onEvent((event) => {
        if (event.type === 'open-helplines') setOpen(true);
      }),
    [],
  );
  return <HelplineDialog open={open} onClose={() => setOpen(false)} />;
}
