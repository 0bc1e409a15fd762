// A quiet card for each check-in that is due: do it now, later (not before tomorrow), or turn it
// off. Nothing shows for a check-in that was never turned on.
import { useId } from 'react';
import { INSTRUMENTS, type InstrumentId } from '../../../shared/checkins';
import { useNavigation } from '../app/navigation';
import { FormError } from '../ui/FormError';
import { useAction } from '../ui/useAction';
import { useData } from '../ui/useData';

export function CheckinCards() {
  const due = useData(() => window.hearth.dueCheckins(), [], { refetchOnJournalChange: true });
  if (!due.value || due.value.length === 0) return null;
  return (
    <>
      {due.value.map((instrument) => (
        <CheckinCard key={instrument} instrument={instrument} onChanged={() => void due.reload()} />
      ))}
    </>
  );
}

function CheckinCard({ instrument, onChanged }: { instrument: InstrumentId; onChanged: () => void }) {
  const { navigate } = useNavigation();
  const id = useId();
  const { busy, error, run } = useAction();
  const spec = INSTRUMENTS[instrument];

  const change = (what: 'later' | 'off') =>
    void run(async () => {
      await window.hearth.setCheckin({ instrument, change: what });
      onChanged();
    });

  return (
    <section className="panel checkin-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Check-in: {spec.name}</h2>
      <p>
        {spec.items.length} short questions, {spec.frequency.charAt(0).toLowerCase() + spec.frequency.slice(1)}
      </p>
      <div className="checkin-card-actions">
        <button type="button" className="primary" aria-describedby={`${id}-title`} onClick={() => navigate({ name: 'checkin', instrument })}>
          Do it now
        </button>
        <button type="button" aria-describedby={`${id}-title`} disabled={busy} onClick={() => change('later')}>
          Later
        </button>
        <button type="button" aria-describedby={`${id}-title`} disabled={busy} onClick={() => change('off')}>
          Turn it off
        </button>
      </div>
      <FormError id={`${id}-error`} error={error} />
    </section>
  );
}
