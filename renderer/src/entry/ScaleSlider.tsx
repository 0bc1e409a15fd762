import { useId, useRef, type KeyboardEvent } from 'react';
import { SCALE_RANGE } from '../../../shared/domain';
import { scaleText } from '../ui/words';

interface Props {
  label: string;
  words: readonly string[];
  /** null: not recorded. The slider then shows no value, and nothing is saved for it. */
  value: number | null;
  onChange: (value: number | null) => void;
  error?: string | undefined;
  id?: string;
}

/** Where an unset slider's thumb rests, and what its first arrow key sets: the middle, neither good nor bad. */
export const SCALE_START = 5;

const SETTING_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);

export const NOT_RECORDED_TEXT = 'Not recorded';

/**
 * A 0–10 slider with the words at its ends shown and the current value spoken as number and word.
 * Untouched is not recorded: it starts unset (when the value is null), says so, and becomes a value
 * only when the person sets it (a click, or a first key that moves it, which sets the middle, or
 * the end for Home and End). "Clear" returns it to not recorded.
 */
export function ScaleSlider({ label, words, value, onChange, error, id: givenId }: Props) {
  const autoId = useId();
  const id = givenId ?? `${autoId}-input`;
  const errorId = `${id}-error`;
  const inputRef = useRef<HTMLInputElement>(null);
  const unset = value === null;
  const valueText = unset ? NOT_RECORDED_TEXT : scaleText(words, value);

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (!unset || !SETTING_KEYS.has(e.key)) return;
    // The first key sets a value the person can see and hear, rather than moving from an invisible one.
    e.preventDefault();
    onChange(e.key === 'Home' ? SCALE_RANGE.min : e.key === 'End' ? SCALE_RANGE.max : SCALE_START);
  }

  return (
    <div className={unset ? 'scale unset' : 'scale'}>
      <div className="scale-head">
        <label htmlFor={id}>{label}</label>
        <output htmlFor={id} className="scale-value" aria-hidden="true">
          {valueText}
        </output>
        {!unset && (
          <button
            type="button"
            className="quiet scale-clear"
            aria-label={`Clear ${label.toLowerCase()}`}
            onClick={() => {
              onChange(null);
              inputRef.current?.focus();
            }}
          >
            Clear
          </button>
        )}
      </div>
      <input
        ref={inputRef}
        id={id}
        type="range"
        min={SCALE_RANGE.min}
        max={SCALE_RANGE.max}
        step={1}
        value={value ?? SCALE_START}
        aria-valuetext={valueText}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => onChange(Number(e.target.value))}
        onKeyDown={onKeyDown}
        // A click on the resting thumb changes nothing, so no change event: the click itself sets it.
        onClick={(e) => {
          if (unset) onChange(Number(e.currentTarget.value));
        }}
      />
      <div className="scale-ends" aria-hidden="true">
        <span>{words[SCALE_RANGE.min]}</span>
        <span>{words[SCALE_RANGE.max]}</span>
      </div>
      <FieldError id={errorId} message={error} />
    </div>
  );
}

/** The message next to a field; always rendered (empty) so its id can be referenced. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}
