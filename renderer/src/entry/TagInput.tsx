import { useMemo, useRef, type KeyboardEvent } from 'react';
import { LIMITS, tagSchema } from '../../../shared/schemas';
import { FieldError } from './ScaleSlider';

const MAX_SUGGESTIONS = 6;

interface Props {
  id: string;
  tags: string[];
  text: string;
  onChange: (tags: string[], text: string) => void;
  /** Tags already used in the journal, most used first. */
  known: readonly string[];
  error: string | undefined;
  onError: (message: string | undefined) => void;
}

/** A text box where Enter or a comma turns the text into a tag chip; known tags are suggested below. */
export function TagInput({ id, tags, text, onChange, known, error, onError }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const errorId = `${id}-error`;
  const has = (t: string) => tags.some((x) => x.toLowerCase() === t.toLowerCase());

  const suggestions = useMemo(() => {
    const needle = text.trim().toLowerCase();
    const taken = new Set(tags.map((t) => t.toLowerCase()));
    return known.filter((t) => !taken.has(t.toLowerCase()) && t.toLowerCase().includes(needle)).slice(0, MAX_SUGGESTIONS);
  }, [known, tags, text]);

  function add(raw: string, rest = '') {
    const parsed = tagSchema.safeParse(raw);
    if (!parsed.success) {
      if (raw.trim() !== '') onError(parsed.error.issues[0]?.message);
      onChange(tags, raw.trim() === '' ? rest : raw);
      return;
    }
    if (tags.length >= LIMITS.tags) {
      onError(`At most ${LIMITS.tags} tags`);
      return;
    }
    onError(undefined);
    onChange(has(parsed.data) ? tags : [...tags, parsed.data], rest);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      if (text.trim() !== '') add(text);
    } else if (e.key === 'Backspace' && text === '' && tags.length > 0) {
      onChange(tags.slice(0, -1), '');
    }
  }

  return (
    <div className="field tags">
      <label htmlFor={id}>Tags</label>
      {tags.length > 0 && (
        <ul className="chips" aria-label="Tags added">
          {tags.map((tag) => (
            <li key={tag} className="chip">
              <span>{tag}</span>
              <button
                type="button"
                aria-label={`Remove tag ${tag}`}
                onClick={() => {
                  onChange(
                    tags.filter((t) => t !== tag),
                    text,
                  );
                  input.current?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={input}
        id={id}
        type="text"
        autoComplete="off"
        value={text}
        aria-describedby={`${id}-hint${error ? ` ${errorId}` : ''}`}
        aria-invalid={error ? true : undefined}
        onKeyDown={onKeyDown}
        onChange={(e) => {
          const value = e.target.value;
          if (value.includes(',')) {
            const parts = value.split(',');
            const rest = parts.pop() ?? '';
            let next = tags;
            for (const p of parts) {
              const parsed = tagSchema.safeParse(p);
              if (parsed.success && !next.some((x) => x.toLowerCase() === parsed.data.toLowerCase()) && next.length < LIMITS.tags)
                next = [...next, parsed.data];
            }
            onError(undefined);
            onChange(next, rest.trimStart());
          } else onChange(tags, value);
        }}
      />
      <p id={`${id}-hint`} className="hint">
        Press Enter or type a comma to add a tag.
      </p>
      {suggestions.length > 0 && (
        <div className="suggestions" role="group" aria-label="Suggested tags">
          {suggestions.map((t) => (
            <button
              key={t}
              type="button"
              className="suggestion"
              aria-label={`Add tag ${t}`}
              onClick={() => {
                add(t);
                input.current?.focus();
              }}
            >
              {t}
            </button>
          ))}
        </div>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
