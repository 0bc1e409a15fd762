import { useId, useState } from 'react';
import { AUTO_LOCK_MINUTES, DATE_LOCALES, type DateLocale, type Settings, type Theme } from '../../../shared/domain';
import { plural } from '../../../shared/format';
import { settingsPatchSchema } from '../../../shared/schemas';
import { useNavigation } from '../app/navigation';
import { describeDateLocale, setDateLocale, useDateLocale } from '../ui/date-locale';
import { applyTheme } from '../ui/theme';
import { toShownError, type ShownError } from '../ui/errors';
import { FormError, invalidProps } from '../ui/FormError';
import { useSettings } from '../ui/use-settings';
import { ChangePassphrase } from './ChangePassphrase';
import { CheckinSettings } from './CheckinSettings';
import { NewRecoveryKey } from './NewRecoveryKey';
import { ReminderSettings } from './ReminderSettings';
import { ScreenLockHint } from './ScreenLockHint';
import { UpdateCheck } from './UpdateCheck';
import { CareSettings } from './CareSettings';
import { WritingSettings } from './WritingSettings';
import { SyncSettings } from './SyncSettings';
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
                      {plural(m, 'minute')} without use
                    </option>
                  ))}
                </select>
                <SavedStatus text={savedText('autoLockMinutes')} />
              </div>
              <ScreenLockHint id={`${id}-autolock-help`} />
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
          <CareSettings care={settings.care} onSaved={(care) => setSettings({ ...settings, care })} />
          <ReminderSettings settings={settings} save={save} savedText={savedText} errorFor={errorFor} />
          <WritingSettings settings={settings} save={save} savedText={savedText} errorFor={errorFor} />
          <CheckinSettings settings={settings} onChange={setSettings} />
          <ChangePassphrase />
          <NewRecoveryKey />
          <AutoBackupsLink />
          <SyncSettings />
          <UpdateCheck
            enabled={settings.checkForUpdates}
            onToggle={(checkForUpdates) => void save('checkForUpdates', { checkForUpdates })}
            saved={savedText('checkForUpdates')}
            error={errorFor('checkForUpdates')}
          />
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
