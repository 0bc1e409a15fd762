import { useId } from 'react';
import type { NameStyle } from '../../../shared/exchange';
import type { ShownError } from '../ui/errors';
import { FormError } from '../ui/FormError';

/** The person's own words to hide in this report's notes and tags: a street, an employer. */
export function HideWordsField({ value, onChange, names, error }: { value: string; onChange: (v: string) => void; names: NameStyle; error: ShownError | null }) {
  const id = useId();
  const invalid = error !== null;
  return (
    <div className="export-field export-hide">
      <label htmlFor={`${id}-hide`}>Words to hide in notes and tags</label>
      <input
        id={`${id}-hide`}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
      <p id={`${id}-hint`} className="hint">
        Separated by commas, e.g. a street or an employer; each becomes “[hidden]”.
        {names === 'full'
          ? ' People are named in full, so their names stay.'
          : ' Names of the people in your journal, and their “also known as” words, are replaced already.'}
      </p>
      <FormError id={`${id}-error`} error={error} />
    </div>
  );
}
