// A date field in the app's date style. The native <input type="date"> writes dates the way the
// browser's own locale does (mm/dd/yyyy in a US build) whatever the person chose in Settings, so
// it would contradict every date the app prints. This is a plain text box in the chosen locale's
// figures (dd/mm/yyyy, mm/dd/yyyy, yyyy-mm-dd …) with that form said in its description, which
// screen readers announce and which stays visible; its value in and out is 'YYYY-MM-DD'.
import { useId, useState } from 'react';
import { formatDate, numericPattern, useDateLocale } from './date-locale';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The 'YYYY-MM-DD' of text written in the locale's figures, or null when it is not a real date. */
export function parseLocalDate(text: string, order: readonly ('day' | 'month' | 'year')[]): string | null {
  const numbers = text.trim().split(/\D+/).filter(Boolean).map(Number);
  if (numbers.length !== 3) return null;
  const at = (part: 'day' | 'month' | 'year') => numbers[order.indexOf(part)]!;
  const [y, m, d] = [at('year'), at('month'), at('day')];
  if (y < 1000 || y > 9999) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

interface Props {
  id?: string;
  /** 'YYYY-MM-DD', or '' for no date. */
  value: string;
  /** Called with 'YYYY-MM-DD' once the text is a whole, real date, and with '' when it is emptied. */
  onChange: (value: string) => void;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

export function DateField({ id, value, onChange, ...aria }: Props) {
  const locale = useDateLocale();
  const hintId = useId();
  const { order, hint } = numericPattern();
  const shown = value === '' ? '' : formatDate(value, 'numeric');
  // What is being typed, with the value it stands for; set aside when the value changes from outside
  // (a reset) or the locale changes, and on leaving the box.
  const [draft, setDraft] = useState<{ text: string; locale: string; value: string } | null>(null);
  const typing = draft !== null && draft.locale === locale && draft.value === value;
  const text = typing ? draft.text : shown;
  const unreadable = typing && draft.text.trim() !== '' && parseLocalDate(draft.text, order) === null;

  function change(next: string) {
    const parsed = next.trim() === '' ? '' : parseLocalDate(next, order);
    setDraft({ text: next, locale, value: parsed ?? value });
    if (parsed !== null && parsed !== value) onChange(parsed);
  }

  return (
    <>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        size={hint.length + 1}
        value={text}
        onChange={(e) => change(e.target.value)}
        // Leaving the box shows the date as it was understood, or keeps the unreadable text to fix.
        onBlur={() => !unreadable && setDraft(null)}
        aria-invalid={aria['aria-invalid'] || unreadable || undefined}
        aria-describedby={[hintId, aria['aria-describedby']].filter(Boolean).join(' ')}
      />
      <span id={hintId} className={unreadable ? 'date-hint form-error' : 'date-hint'}>
        {unreadable ? `Not a date: write it as ${hint}` : hint}
      </span>
    </>
  );
}
