// Settings: which check-in questionnaires Hearth suggests, each off until the person turns it on.
import { useId } from 'react';
import { INSTRUMENT_IDS, INSTRUMENTS, type InstrumentId } from '../../../shared/checkins';
import type { Settings } from '../../../shared/domain';
import { FormError } from '../ui/FormError';
import { useAction } from '../ui/useAction';

export function CheckinSettings({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const id = useId();
  const { busy, error, run } = useAction();

  const toggle = (instrument: InstrumentId, on: boolean) =>
    void run(async () => {
      onChange(await window.hearth.setCheckin({ instrument, change: on ? 'on' : 'off' }));
    });

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Check-ins</h2>
      <p id={`${id}-about`}>
        Short published questionnaires about support, well-being and loneliness. When one is due, the journal offers it; its scores are
        charted on the Insights screen. They are a self-report, not a diagnosis.
      </p>
      <fieldset className="setting" aria-describedby={`${id}-about`}>
        <legend>Suggest these check-ins</legend>
        {INSTRUMENT_IDS.map((instrument) => {
          const spec = INSTRUMENTS[instrument];
          return (
            <label key={instrument} className="choice">
              <input
                type="checkbox"
                checked={settings.checkins?.[instrument]?.on === true}
                disabled={busy}
                onChange={(e) => toggle(instrument, e.target.checked)}
              />
              <span>
                {spec.name} ({spec.items.length} questions; {spec.frequency.charAt(0).toLowerCase() + spec.frequency.slice(1, -1)})
              </span>
            </label>
          );
        })}
      </fieldset>
      <FormError id={`${id}-error`} error={error} />
    </section>
  );
}
