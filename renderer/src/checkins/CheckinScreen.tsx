// One check-in: the instrument's published instructions, items and response options, its recall
// period and citation. Each item is a radio group named by its question, none chosen in advance;
// it is saved only once every item is answered, and the scores are shown beside their ranges.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { checkinConcern, concernWords, INSTRUMENTS, type CheckinResult, type InstrumentId } from '../../../shared/checkins';
import { useNavigation } from '../app/navigation';
import { FormError } from '../ui/FormError';
import { longDate } from '../ui/format';
import { localToday } from '../ui/today';
import { useAction } from '../ui/useAction';
import { CheckinAbout } from './CheckinAbout';
import { ScoreList } from './ScoreList';
import './checkins.css';

export function CheckinScreen({ instrument }: { instrument: InstrumentId }) {
  const spec = INSTRUMENTS[instrument];
  const { navigate } = useNavigation();
  const id = useId();
  const [answers, setAnswers] = useState<Array<number | undefined>>(() => spec.items.map(() => undefined));
  const [missing, setMissing] = useState<number[]>([]);
  const [saved, setSaved] = useState<{ result: CheckinResult; concern: string | null } | null>(null);
  const { busy, error, run } = useAction();
  const missingRef = useRef<HTMLParagraphElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  function answer(index: number, value: number) {
    setAnswers((a) => a.map((v, i) => (i === index ? value : v)));
    setMissing((m) => m.filter((n) => n !== index + 1));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const unanswered = spec.items.filter((_, i) => answers[i] === undefined).map((item) => item.number);
    setMissing(unanswered);
    if (unanswered.length > 0) {
      missingRef.current?.focus();
      return;
    }
    await run(async () => {
      const result = await window.hearth.saveCheckin({ instrument, date: localToday(), answers: answers as number[] });
      const concern = instrument === 'who5' ? checkinConcern(await window.hearth.listCheckins({ instrument: 'who5' })) : null;
      setSaved({ result, concern: concern && concern.date === result.date ? concernWords(concern, longDate) : null });
    });
  }

  // Focused once the saved heading is drawn; a frame callback could run before React drew it.
  useEffect(() => {
    if (saved) doneRef.current?.focus();
  }, [saved]);

  if (saved) {
    return (
      <div className="checkin">
        <h1 ref={doneRef} tabIndex={-1}>
          {spec.name}: saved
        </h1>
        <ScoreList result={saved.result} />
        <p>These scores are a self-report, not a diagnosis.</p>
        {saved.concern && <p className="checkin-gentle">{saved.concern}</p>}
        <button type="button" className="primary" onClick={() => navigate({ name: 'journal' })}>
          Back to the journal
        </button>
      </div>
    );
  }

  const missingWords = missing.length === 1 ? `Item ${missing[0]} is not answered yet.` : `Items ${missing.join(', ')} are not answered yet.`;

  return (
    <div className="checkin">
      <h1>{spec.name}</h1>
      <CheckinAbout instrument={instrument} />
      <form onSubmit={(e) => void submit(e)} noValidate aria-describedby={`${id}-instructions`}>
        <p id={`${id}-instructions`} className="checkin-instructions">
          {spec.instructions}
        </p>
        <ol className="checkin-items">
          {spec.items.map((item, i) => {
            const questionId = `${id}-q${item.number}`;
            const isMissing = missing.includes(item.number);
            return (
              <li key={item.number}>
                <div
                  role="radiogroup"
                  aria-labelledby={questionId}
                  aria-invalid={isMissing || undefined}
                  aria-describedby={isMissing ? `${id}-missing` : undefined}
                  className="checkin-item"
                >
                  <p id={questionId} className="checkin-question">
                    {item.text}
                  </p>
                  <div className="checkin-options">
                    {item.options.map((option) => (
                      <label key={option.value} className="checkin-option">
                        <input
                          type="radio"
                          name={`${id}-item-${item.number}`}
                          value={option.value}
                          checked={answers[i] === option.value}
                          onChange={() => answer(i, option.value)}
                        />
                        <span>
                          {option.value} {option.label}
                        </span>
                      </label>
                    ))}
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
        <p id={`${id}-missing`} ref={missingRef} tabIndex={-1} role="alert" className="form-error">
          {missing.length > 0 ? missingWords : ''}
        </p>
        <FormError id={`${id}-error`} error={error} />
        <div className="checkin-actions">
          <button type="submit" className="primary" disabled={busy}>
            Save check-in
          </button>
          <button type="button" onClick={() => navigate({ name: 'journal' })}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
