import { useEffect, useId, useRef } from 'react';
import { SCALE_RANGE } from '../../../shared/domain';
import { scaleText } from './words';

interface Props {
  label: string;
  words: readonly string[];
  value: number;
  onChange: (value: number) => void;
  disabled?: boolean;
  /** Shown (and announced) instead of the value when disabled, e.g. "not recorded". */
  disabledText?: string;
  error?: string | undefined;
  id?: string;
}

/** A 0–10 slider with the words at its ends shown and the current value spoken as number and word. */
export function ScaleSlider({ label, words, value, onChange, disabled = false, disabledText, error, id: givenId }: Props) {
  const autoId = useId();
  const id = givenId ?? `${autoId}-input`;
  const errorId = `${id}-error`;
  const valueText = disabled && disabledText ? disabledText : scaleText(words, value);
  return (
    <div className="scale">
      <div className="scale-head">
        <label htmlFor={id}>{label}</label>
        <output htmlFor={id} className="scale-value" aria-hidden="true">
          {valueText}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={SCALE_RANGE.min}
        max={SCALE_RANGE.max}
        step={1}
        value={value}
        disabled={disabled}
        aria-valuetext={valueText}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <div className="scale-ends" aria-hidden="true">
        <span>{words[SCALE_RANGE.min]}</span>
        <span>{words[SCALE_RANGE.max]}</span>
      </div>
      <FieldError id={errorId} message={error} />
    </div>
  );
}

type OptionalProps = Omit<Props, 'value' | 'disabled' | 'disabledText'> & {
  /** null: not recorded. */
  value: number | null;
  /** The button that reveals the slider, e.g. "Set mood". */
  setLabel: string;
  /** The value the slider starts at once set. */
  start: number;
};

/**
 * A scale an existing entry may not have (imported from a journal without it): "Not recorded" and
 * a button, so nothing is saved for it unless the person chooses a value. Once set it is a slider,
 * and focus moves onto it, since the button it replaces is gone.
 */
export function OptionalScaleSlider({ value, setLabel, start, onChange, id: givenId, ...rest }: OptionalProps) {
  const autoId = useId();
  const id = givenId ?? `${autoId}-input`;
  const focusSlider = useRef(false);
  useEffect(() => {
    if (value !== null && focusSlider.current) {
      focusSlider.current = false;
      document.getElementById(id)?.focus();
    }
  }, [value, id]);

  if (value !== null) return <ScaleSlider {...rest} id={id} value={value} onChange={onChange} />;
  return (
    <div className="scale" role="group" aria-labelledby={`${id}-label`}>
      <div className="scale-head">
        <b id={`${id}-label`}>{rest.label}</b>
        <span id={`${id}-status`} className="scale-value">
          Not recorded
        </span>
      </div>
      <button
        type="button"
        className="quiet"
        aria-describedby={`${id}-status`}
        onClick={() => {
          focusSlider.current = true;
          onChange(start);
        }}
      >
        {setLabel}
      </button>
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
