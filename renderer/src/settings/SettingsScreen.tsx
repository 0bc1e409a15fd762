import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { AUTO_LOCK_MINUTES, DATE_LOCALES, type DateLocale, type Settings, type Theme } from '../../../shared/domain';
import { settingsPatchSchema } from '../../../shared/schemas';
import { useLeaveGuard, useNavigation } from '../app/navigation';
import { describeDateLocale, setDateLocale, useDateLocale } from '../ui/date-locale';
import { applyTheme } from '../ui/theme';
import { toShownError, type ShownError } from '../ui/errors';
import { FormError, invalidProps } from '../ui/FormError';
import { useNewPassphraseCheck } from '../ui/new-passphrase';
import { PassphraseFields } from '../ui/PassphraseFields';
import { PassphraseInput } from '../ui/PassphraseInput';
import { RecoveryKeyStep } from '../ui/RecoveryKeyStep';
import { useAction } from '../ui/useAction';
import { useSettings } from '../ui/use-settings';
import './settings.css';

type Patch = Partial<Settings>;
type Saved = { key: keyof Settings; at: number } | null;

const THEME_LABELS: Record<Theme, string> = { system: 'Same as the system', light: 'Light', dark: 'Dark' };

export function SettingsScreen() {
  const { settings, setSettings, loadError } = useSettings();
  const [saved, setSaved] = useState<Saved>(null);
  const [saveError, setSaveError] = useState<ShownError | null>(null);
  const id = useId();


  async function save(key: keyof Settings, patch: Patch) {
    if (!settings) return;
    const before = settings;
    const parsed = settingsPatchSchema.safeParse(patch);
    if (!parsed.success) {
      setSaveError({ message: parsed.error.issues[0]?.message ?? 'That setting is not valid.', field: key });
      return;
    }
    setSettings({ ...settings, ...patch });
    if (patch.theme) applyTheme(patch.theme);
    if (patch.dateLocale) setDateLocale(patch.dateLocale);
    setSaved(null);
    setSaveError(null);
    try {
      const next = await window.hearth.updateSettings(parsed.data);
      setSettings(next);
      applyTheme(next.theme);
      setDateLocale(next.dateLocale);
      setSaved({ key, at: Date.now() });
    } catch (e) {
      setSettings(before);
      applyTheme(before.theme);
      setDateLocale(before.dateLocale);
      setSaveError({ ...toShownError(e), field: key });
    }
  }

  const savedText = (key: keyof Settings) => (saved?.key === key ? 'Saved' : '');
  const errorFor = (key: keyof Settings) => (saveError?.field === key ? saveError : null);

  return (
    <div className="settings">
      <h1>Settings</h1>
      {loadError ? (
        <p role="alert" className="form-error">
          {loadError}
        </p>
      ) : null}
      {settings ? (
        <>
          <section className="panel" aria-labelledby={`${id}-prefs`}>
            <h2 id={`${id}-prefs`}>Preferences</h2>
            <div className="setting">
              <label htmlFor={`${id}-autolock`}>Lock automatically after</label>
              <div className="setting-row">
                <select
                  id={`${id}-autolock`}
                  value={settings.autoLockMinutes}
                  onChange={(e) => void save('autoLockMinutes', { autoLockMinutes: Number(e.target.value) as Settings['autoLockMinutes'] })}
                  aria-describedby={`${id}-autolock-help`}
                  {...invalidProps(errorFor('autoLockMinutes'), `${id}-autolock-error`, 'autoLockMinutes')}
                >
                  {AUTO_LOCK_MINUTES.map((m) => (
                    <option key={m} value={m}>
                      {m === 1 ? '1 minute' : `${m} minutes`} without use
                    </option>
                  ))}
                </select>
                <SavedStatus text={savedText('autoLockMinutes')} />
              </div>
              <p id={`${id}-autolock-help`} className="hint">
                Hearth also locks when the computer sleeps or the screen locks.
              </p>
              <FormError id={`${id}-autolock-error`} error={errorFor('autoLockMinutes')} />
            </div>

            <fieldset className="setting">
              <legend>Theme</legend>
              <div className="choices">
                {(Object.keys(THEME_LABELS) as Theme[]).map((theme) => (
                  <label key={theme} className="choice">
                    <input
                      type="radio"
                      name={`${id}-theme`}
                      value={theme}
                      checked={settings.theme === theme}
                      onChange={() => void save('theme', { theme })}
                    />
                    {THEME_LABELS[theme]}
                  </label>
                ))}
                <SavedStatus text={savedText('theme')} />
              </div>
              <FormError id={`${id}-theme-error`} error={errorFor('theme')} />
            </fieldset>

            <DateFormatSetting
              id={`${id}-dates`}
              value={settings.dateLocale}
              onChange={(dateLocale) => void save('dateLocale', { dateLocale })}
              saved={savedText('dateLocale')}
              error={errorFor('dateLocale')}
            />

            <fieldset className="setting">
              <legend>First day of the week</legend>
              <div className="choices">
                {(
                  [
                    [1, 'Monday'],
                    [0, 'Sunday'],
                  ] as const
                ).map(([day, label]) => (
                  <label key={day} className="choice">
                    <input
                      type="radio"
                      name={`${id}-week`}
                      value={day}
                      checked={settings.weekStartsOn === day}
                      onChange={() => void save('weekStartsOn', { weekStartsOn: day })}
                    />
                    {label}
                  </label>
                ))}
                <SavedStatus text={savedText('weekStartsOn')} />
              </div>
              <FormError id={`${id}-week-error`} error={errorFor('weekStartsOn')} />
            </fieldset>
          </section>
          <ChangePassphrase />
          <NewRecoveryKey />
          <AutoBackupsLink />
        </>
      ) : loadError ? null : (
        <p role="status">Loading settings…</p>
      )}
    </div>
  );
}

/** Automatic backups live on the Export screen, with the other backups; people look for them here too. */
function AutoBackupsLink() {
  const { navigate } = useNavigation();
  const id = useId();
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Backups</h2>
      <p>Backups, automatic backups and restoring are on the Export screen.</p>
      <button type="button" onClick={() => navigate({ name: 'export', part: 'auto-backup' })}>
        Automatic backups…
      </button>
    </section>
  );
}

/** Whose conventions dates follow, everywhere in the app: the system's, or a chosen language and region. */
function DateFormatSetting(props: { id: string; value: DateLocale; onChange: (l: DateLocale) => void; saved: string; error: ShownError | null }) {
  const { id, value, onChange, saved, error } = props;
  // Re-rendered when the locale changes, so the system's example stays current.
  useDateLocale();
  const [today] = useState(() => new Date());
  return (
    <div className="setting">
      <label htmlFor={id}>Date format</label>
      <div className="setting-row">
        <select
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value as DateLocale)}
          aria-describedby={`${id}-help`}
          {...invalidProps(error, `${id}-error`, 'dateLocale')}
        >
          {DATE_LOCALES.map((l) => (
            <option key={l} value={l}>
              {describeDateLocale(l, today)}
            </option>
          ))}
        </select>
        <SavedStatus text={saved} />
      </div>
      <p id={`${id}-help`} className="hint">
        Every date Hearth shows, and every date you type, follows this.
      </p>
      <FormError id={`${id}-error`} error={error} />
    </div>
  );
}

function SavedStatus({ text }: { text: string }) {
  return (
    <span role="status" className="saved">
      {text}
    </span>
  );
}

function ChangePassphrase() {
  const [current, setCurrent] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [rotate, setRotate] = useState(false);
  const [key, setKey] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const { busy, error, setError, run } = useAction();
  const { checking, passes } = useNewPassphraseCheck(setError);
  useLeaveGuard(key ? 'Your new recovery key is shown only now. Leave without keeping a copy?' : null);
  const id = useId();
  const errorId = `${id}-error`;
  const fieldError =
    error?.code === 'WRONG_PASSPHRASE' || error?.field === 'oldPassphrase'
      ? { ...error, field: 'current' }
      : error?.field === 'newPassphrase'
        ? { ...error, field: 'passphrase' }
        : error;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || checking) return;
    setDone(false);
    if (current === '') {
      setError({ message: 'Enter your current passphrase.', field: 'current' });
      return;
    }
    if (!(await passes(passphrase, repeat))) return;
    void run(async () => {
      const result = await window.hearth.changePassphrase({ oldPassphrase: current, newPassphrase: passphrase, rotateKey: rotate });
      setCurrent('');
      setPassphrase('');
      setRepeat('');
      setRotate(false);
      if (result.recoveryKey === null) setDone(true);
      else setKey(result.recoveryKey);
    });
  }

  if (key) {
    return (
      <RecoveryKeyStep
        recoveryKey={key}
        title="Your new recovery key"
        doneLabel="Done"
        headingLevel={2}
        onDone={() => {
          setKey(null);
          setDone(true);
        }}
      >
        <p>
          Your passphrase is changed and the journal is re-encrypted with a new key, so your old recovery key no longer works. Hearth shows this one only
          now: print it or write it down, and keep it somewhere safe.
        </p>
      </RecoveryKeyStep>
    );
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Change passphrase</h2>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`} aria-busy={busy} className="stack">
        <label htmlFor={`${id}-current`}>Current passphrase</label>
        <PassphraseInput
          id={`${id}-current`}
          toggleLabel="Show current passphrase"
          autoComplete="current-password"
          spellCheck={false}
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          {...invalidProps(fieldError, errorId, 'current')}
        />
        <PassphraseFields
          onClearError={() => setError(null)}
          passphrase={passphrase}
          repeat={repeat}
          onPassphrase={setPassphrase}
          onRepeat={setRepeat}
          error={fieldError}
          errorId={errorId}
          labels={{ passphrase: 'New passphrase', repeat: 'Repeat new passphrase' }}
        />
        <label>
          <input type="checkbox" checked={rotate} onChange={(e) => setRotate(e.target.checked)} aria-describedby={`${id}-rotate-hint`} /> Also re-encrypt the
          journal with a new key
        </label>
        <p id={`${id}-rotate-hint`} className="hint">
          Then an old copy of the journal file and the old passphrase open nothing you write from now on. You get a new recovery key, and the old one stops
          working.
        </p>
        <FormError id={errorId} error={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || checking}>
            Change passphrase
          </button>
          <p role="status" className="form-status">
            {busy ? 'Changing your passphrase…' : done ? 'Saved. Use your new passphrase from now on.' : ''}
          </p>
        </div>
      </form>
    </section>
  );
}

function NewRecoveryKey() {
  const [passphrase, setPassphrase] = useState('');
  const [key, setKey] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const { busy, error, setError, run } = useAction();
  const id = useId();
  const errorId = `${id}-error`;
  const doneRef = useRef<HTMLParagraphElement>(null);
  const fieldError = error?.code === 'WRONG_PASSPHRASE' || error?.code === 'INVALID_INPUT' ? { ...error, field: 'passphrase' } : error;
  useLeaveGuard(key ? 'Your new recovery key is shown only now. Leave without keeping a copy?' : null);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setDone(false);
    if (passphrase === '') {
      setError({ message: 'Enter your passphrase.', field: 'passphrase' });
      return;
    }
    void run(async () => {
      const result = await window.hearth.newRecoveryKey({ passphrase });
      setPassphrase('');
      setKey(result.recoveryKey);
    });
  }

  if (key) {
    return (
      <RecoveryKeyStep
        recoveryKey={key}
        title="Your new recovery key"
        doneLabel="Done"
        headingLevel={2}
        onDone={() => {
          setKey(null);
          setDone(true);
        }}
      >
        <p>Your old recovery key no longer works. Hearth shows this one only now: print it or write it down, and keep it somewhere safe.</p>
      </RecoveryKeyStep>
    );
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Recovery key</h2>
      <p>A new recovery key replaces the old one, which stops working. Do this if you lost the old key or think someone saw it.</p>
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} aria-busy={busy} className="stack">
        <label htmlFor={`${id}-passphrase`}>Your passphrase</label>
        <PassphraseInput
          id={`${id}-passphrase`}
          autoComplete="current-password"
          spellCheck={false}
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          {...invalidProps(fieldError, errorId, 'passphrase')}
        />
        <FormError id={errorId} error={error} />
        <div className="actions">
          <button type="submit" disabled={busy}>
            Create a new recovery key
          </button>
          <p role="status" className="form-status" ref={doneRef} tabIndex={-1}>
            {busy ? 'Creating a new recovery key…' : done ? 'Saved. Your new recovery key is now the one that works.' : ''}
          </p>
        </div>
      </form>
    </section>
  );
}
