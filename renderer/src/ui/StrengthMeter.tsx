import { useId } from 'react';
import { MIN_SCORE, useStrength } from './strength';

/** A labelled meter (0–4) with the strength in words and zxcvbn's hints. `id` names the hint text for aria-describedby. */
export function StrengthMeter({ passphrase, id }: { passphrase: string; id: string }) {
  const strength = useStrength(passphrase);
  const labelId = useId();
  const score = strength?.score ?? 0;
  const word = passphrase === '' ? 'Nothing entered yet' : (strength?.word ?? 'Checking…');
  const hints = strength?.feedback ?? [];
  return (
    <div className="strength">
      <div className="strength-row">
        <span id={labelId} className="strength-label">
          Passphrase strength
        </span>
        <div
          role="meter"
          aria-labelledby={labelId}
          aria-valuemin={0}
          aria-valuemax={4}
          aria-valuenow={score}
          aria-valuetext={word}
          className="strength-bar"
          data-score={passphrase === '' || !strength ? 'none' : String(score)}
        >
          <span className="strength-fill" />
        </div>
        <span className="strength-word" aria-hidden="true">
          {word}
        </span>
      </div>
      <div id={id} className="strength-hints">
        {strength && strength.score < MIN_SCORE ? <p>Needs at least Strong. {hints.join(' ')}</p> : null}
        {strength && strength.score >= MIN_SCORE && hints.length > 0 ? <p>{hints.join(' ')}</p> : null}
        {!strength ? <p>Several uncommon words, with spaces between them, make a strong passphrase that is easy to remember.</p> : null}
      </div>
    </div>
  );
}
