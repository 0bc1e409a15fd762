import { useId, useMemo, useState, type KeyboardEvent } from 'react';

const MAX_OPTIONS = 8;

interface Props {
  id: string;
  value: string;
  onChange: (name: string) => void;
  /** Names to suggest (people who are not archived). */
  names: readonly string[];
  error?: string | undefined;
  errorId: string;
}

/** The ARIA 1.2 combobox pattern: a text box with a listbox of people, filtered as one types. */
export function PersonCombobox({ id, value, onChange, names, error, errorId }: Props) {
  const listId = `${useId()}-people`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const options = useMemo(() => {
    const needle = value.trim().toLowerCase();
    const matching = needle ? names.filter((n) => n.toLowerCase().includes(needle)) : [...names];
    // Names that start with what was typed come first.
    matching.sort((a, b) => Number(!a.toLowerCase().startsWith(needle)) - Number(!b.toLowerCase().startsWith(needle)));
    return matching.slice(0, MAX_OPTIONS);
  }, [names, value]);

  // Nothing to offer when the only match is exactly what was typed.
  const settled = options.length === 1 && options[0]!.toLowerCase() === value.trim().toLowerCase();
  const expanded = open && options.length > 0 && !settled;
  const optionId = (i: number) => `${listId}-${i}`;

  function pick(name: string) {
    onChange(name);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.ctrlKey || e.metaKey) return;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(e.altKey ? -1 : 0);
        } else setActive((a) => (a + 1) % options.length);
        return;
      case 'ArrowUp':
        e.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(options.length - 1);
        } else setActive((a) => (a <= 0 ? options.length - 1 : a - 1));
        return;
      case 'Enter':
        if (expanded && active >= 0 && options[active] !== undefined) {
          e.preventDefault();
          pick(options[active]);
        }
        return;
      case 'Escape':
        if (expanded) {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
          setActive(-1);
        }
        return;
      default:
    }
  }

  return (
    <div className="combobox">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
      />
      <ul id={listId} role="listbox" aria-label="People" className="combobox-list" hidden={!expanded}>
        {expanded &&
          options.map((name, i) => (
            <li
              key={name}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'combobox-option active' : 'combobox-option'}
              // Keep focus in the text box while the pointer picks.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(name)}
            >
              {name}
            </li>
          ))}
      </ul>
    </div>
  );
}
