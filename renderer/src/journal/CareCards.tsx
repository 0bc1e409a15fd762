// The Journal's care cards: "A gentle check-in" after a run of hard days, and quiet suggestions of
// people to reach out to (when the person turned them on). Both are computed on this computer from
// the journal; they are not entries and never go into a report.
import { useId, useState } from 'react';
import type { CareCards as Cards, GentleCheckIn, ReachOutSuggestion } from '../../../shared/contract/care';
import { plural } from '../../../shared/format';
import { toShownError } from '../ui/errors';
import { FindHelplineButton } from '../ui/HelplineDialog';
import { useData } from '../ui/useData';
import './care-cards.css';

function namesText(people: GentleCheckIn['people']): string {
  const names = people.map((p) => p.name);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)!}`;
}

function GentleCard({ card, onDismiss }: { card: GentleCheckIn; onDismiss: () => void }) {
  const id = useId();
  const why = card.reason === 'hard-days' ? 'The last few days you wrote about were hard ones.' : 'Your last check-in suggested things are hard right now.';
  return (
    <section className="care-card gentle" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>A gentle check-in</h2>
      <p>{why} You do not have to carry it alone.</p>
      {card.people.length > 0 && <p>Your journal says {namesText(card.people)} usually leave you feeling better. Could you reach out to one of them today?</p>}
      <p>Talking to a professional can help too: your doctor, a counsellor or a therapist. If you are in crisis, a helpline is there now.</p>
      <div className="care-actions">
        <FindHelplineButton className="primary" />
        <button type="button" onClick={onDismiss}>
          Not now
        </button>
      </div>
    </section>
  );
}

function ReachOutCard({ people, onDismiss, onTurnOff }: { people: ReachOutSuggestion[]; onDismiss: (p: ReachOutSuggestion) => void; onTurnOff: () => void }) {
  const id = useId();
  return (
    <section className="care-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Reach out</h2>
      <p>People who usually leave you feeling better, and whom you have not seen in a while:</p>
      <ul className="reach-out-list">
        {people.map((p) => (
          <li key={p.personId}>
            <span>
              <strong>{p.name}</strong>: last seen {plural(p.daysSince, 'day')} ago (usually every {plural(Math.round(p.usualGapDays), 'day')})
            </span>
            <button type="button" aria-label={`Not now: ${p.name}`} onClick={() => onDismiss(p)}>
              Not now
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={onTurnOff}>
        Turn off these suggestions
      </button>
    </section>
  );
}

export function CareCards() {
  const cards = useData(() => window.hearth.careCards(), [], { refetchOnJournalChange: true });
  const [hidden, setHidden] = useState<Cards | null>(null);
  const [error, setError] = useState('');
  const shown = hidden ?? cards.value;
  if (!shown) return null;

  async function act(optimistic: Cards, call: () => Promise<unknown>) {
    const before = shown;
    setHidden(optimistic);
    setError('');
    try {
      await call();
      await cards.reload();
      setHidden(null);
    } catch (e) {
      setHidden(before);
      setError(toShownError(e).message);
    }
  }

  return (
    <div className="care-cards">
      {shown.gentle && <GentleCard card={shown.gentle} onDismiss={() => void act({ ...shown, gentle: null }, () => window.hearth.dismissGentleCheckIn())} />}
      {shown.reachOut.length > 0 && (
        <ReachOutCard
          people={shown.reachOut}
          onDismiss={(p) =>
            void act({ ...shown, reachOut: shown.reachOut.filter((r) => r.personId !== p.personId) }, () => window.hearth.dismissReachOut({ personId: p.personId }))
          }
          onTurnOff={() => void act({ ...shown, reachOut: [] }, () => window.hearth.setCare({ reachOut: false }))}
        />
      )}
      <p role="alert" className="form-error">
        {error}
      </p>
    </div>
  );
}
