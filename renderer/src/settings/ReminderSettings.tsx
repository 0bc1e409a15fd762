// Reminders to write, and what they need: Hearth running (kept in the tray when the window closes,
// opened at login). The journal stays locked meanwhile; a reminder never shows what was written.
import { useId, useState } from 'react';
import { MAX_REMINDER_TIMES, WEEKDAYS, type ReminderSettings as Reminders, type Weekday } from '../../../shared/domain';
import { FormError, invalidProps } from '../ui/FormError';
import type { SettingPartProps } from './setting-props';

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A time not chosen yet for a new row: an hour after the last, else the first free hour from 08:00. */
function freeTime(times: string[]): string {
  const hours = Array.from({ length: 24 }, (_, i) => (Number(times.at(-1)?.slice(0, 2) ?? 19) + 1 + i) % 24);
  const hour = hours.find((h) => !times.includes(`${String(h).padStart(2, '0')}:00`)) ?? 8;
  return `${String(hour).padStart(2, '0')}:00`;
}

export function ReminderSettings({ settings, save, savedText, errorFor }: SettingPartProps) {
  const id = useId();
  const reminders = settings.reminders;
  // What is typed in the time boxes, saved once every box holds a whole time.
  const [times, setTimes] = useState(reminders.times);
  const days = [...WEEKDAYS.slice(settings.weekStartsOn), ...WEEKDAYS.slice(0, settings.weekStartsOn)];

  const saveReminders = (patch: Partial<Reminders>) =>
    void save('reminders', { reminders: { ...reminders, times: times.every((t) => t !== '') ? times : reminders.times, ...patch } });

  function changeTimes(next: string[]) {
    setTimes(next);
    if (next.every((t) => t !== '')) saveReminders({ times: next });
  }

  function toggleDay(day: Weekday, on: boolean) {
    saveReminders({ days: on ? WEEKDAYS.filter((d) => d === day || reminders.days.includes(d)) : reminders.days.filter((d) => d !== day) });
  }

  const error = errorFor('reminders');
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Reminders</h2>
      <div className="setting">
        <label className="choice">
          <input type="checkbox" checked={reminders.enabled} onChange={(e) => saveReminders({ enabled: e.target.checked })} aria-describedby={`${id}-help`} />
          Remind me to write
        </label>
        <p id={`${id}-help`} className="hint">
          A notification says only “Time to write in Hearth”, never what you wrote, and none comes on a day you already wrote.
          Reminders come while Hearth is running, even when it is locked.
          Reminder times are kept outside the encrypted journal so Hearth can remind you before you unlock it; they hold no words from your journal.
        </p>
      </div>

      <fieldset className="setting">
        <legend>At</legend>
        <div className="choices">
          {times.map((time, i) => (
            <span key={i} className="setting-row reminder-time">
              <input
                type="time"
                step={60}
                aria-label="Reminder time"
                value={time}
                onChange={(e) => changeTimes(times.map((t, j) => (j === i ? e.target.value : t)))}
                {...invalidProps(error, `${id}-error`, 'reminders')}
              />
              {times.length > 1 ? (
                <button type="button" aria-label={`Remove reminder time ${time}`} onClick={() => changeTimes(times.filter((_, j) => j !== i))}>
                  Remove
                </button>
              ) : null}
            </span>
          ))}
          {times.length < MAX_REMINDER_TIMES ? (
            <button type="button" onClick={() => changeTimes([...times, freeTime(times)])}>
              Add a time
            </button>
          ) : null}
        </div>
      </fieldset>

      <fieldset className="setting">
        <legend>On</legend>
        <div className="choices">
          {days.map((day) => (
            <label key={day} className="choice">
              <input type="checkbox" checked={reminders.days.includes(day)} onChange={(e) => toggleDay(day, e.target.checked)} />
              {DAY_NAMES[day]}
            </label>
          ))}
        </div>
        <span role="status" className="saved">
          {savedText('reminders')}
        </span>
        <FormError id={`${id}-error`} error={error} />
      </fieldset>

      <div className="setting">
        <label className="choice">
          <input type="checkbox" checked={settings.keepRunning} onChange={(e) => void save('keepRunning', { keepRunning: e.target.checked })} aria-describedby={`${id}-running-help`} />
          Keep Hearth running when the window is closed
        </label>
        <p id={`${id}-running-help`} className="hint">
          Closing the window then locks the journal and leaves Hearth in the tray or menu bar.
        </p>
        <span role="status" className="saved">
          {savedText('keepRunning')}
        </span>
        <FormError id={`${id}-running-error`} error={errorFor('keepRunning')} />
      </div>

      <div className="setting">
        <label className="choice">
          <input type="checkbox" checked={settings.openAtLogin} onChange={(e) => void save('openAtLogin', { openAtLogin: e.target.checked })} aria-describedby={`${id}-login-help`} />
          Open Hearth at login
        </label>
        <p id={`${id}-login-help`} className="hint">
          Hearth opens locked; it waits for your passphrase as at any start.
        </p>
        <span role="status" className="saved">
          {savedText('openAtLogin')}
        </span>
        <FormError id={`${id}-login-error`} error={errorFor('openAtLogin')} />
      </div>
    </section>
  );
}
