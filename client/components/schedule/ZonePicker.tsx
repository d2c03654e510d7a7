// Pick an IANA time zone by typing any part of it (a city, a region, "new york", "+05:30"): the
// ARIA combobox pattern with a listbox, so arrow keys, Enter and Escape work and screen readers
// hear the active option and how many match. Whatever is typed, only a real zone is ever chosen:
// text that names no zone goes back to the current value when focus leaves.
import { useContext, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { exactZone, searchZones, zoneOffset } from '../../core/schedule/zones';
import { ServicesContext } from '../../hooks/useServices';
import { FieldNote } from '../FormFields';

interface Props {
  id: string;
  label: string;
  /** A real IANA zone name. */
  value: string;
  onChange(zone: string): void;
  hint?: string;
  /** A problem with the chosen zone (from the form or the server), tied to the input like FormFields'. */
  error?: string | undefined;
}

/** Enough to scan; more is noise (and ~400 options is slow to read out). Typing narrows. */
const MAX_SHOWN = 50;

export function ZonePicker({ id, label, value, onChange, hint, error }: Props) {
  // Time is injected on the account pages; outside them (a story, a test) the browser clock will do.
  const services = useContext(ServicesContext);
  const at = services ? services.now() : Date.now();
  /** null: not editing, the field shows the chosen zone. */
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const matches = useMemo(() => searchZones(query ?? ''), [query]);
  const shown = matches.slice(0, MAX_SHOWN);
  const listId = `${id}-listbox`;
  const optionId = (index: number): string => `${id}-option-${index}`;
  const offset = zoneOffset(value, at);

  useEffect(() => {
    if (!open) return;
    // Keep the active option visible while arrowing through a long list.
    document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- optionId only depends on id
  }, [open, active, id]);

  const close = (): void => {
    setQuery(null);
    setOpen(false);
  };
  const choose = (zone: string): void => {
    close();
    if (zone !== value) onChange(zone);
  };
  const openAt = (index: number): void => {
    setOpen(true);
    setActive(Math.max(0, Math.min(index, shown.length - 1)));
  };
  const currentIndex = (): number => Math.max(0, shown.indexOf(value));

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) openAt(e.altKey ? active : query === null ? currentIndex() : 0);
        else openAt(active + 1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!open) openAt(query === null ? currentIndex() : shown.length - 1);
        else openAt(active - 1);
        break;
      case 'PageDown':
        if (open) {
          e.preventDefault();
          openAt(active + 10);
        }
        break;
      case 'PageUp':
        if (open) {
          e.preventDefault();
          openAt(active - 10);
        }
        break;
      case 'Enter': {
        // Never let Enter submit a surrounding form half-way through choosing.
        const pick = open ? shown[active] : query !== null ? exactZone(query) : null;
        if (open || query !== null) e.preventDefault();
        if (pick) choose(pick);
        break;
      }
      case 'Escape':
        if (open || query !== null) {
          e.preventDefault();
          close();
        }
        break;
      default:
        break;
    }
  };

  const onBlur = (): void => {
    const exact = query !== null ? exactZone(query) : null;
    if (exact) choose(exact);
    else close();
  };

  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, `${id}-offset`].filter(Boolean).join(' ');
  const count = matches.length;
  const announcement = !open
    ? ''
    : count === 0
      ? 'No time zone matches. Try a city name.'
      : count > MAX_SHOWN
        ? `${count} time zones match; the first ${MAX_SHOWN} are listed. Keep typing to narrow them.`
        : `${count} time ${count === 1 ? 'zone matches' : 'zones match'}.`;

  return (
    <div className="field zone-picker">
      <label htmlFor={id}>{label}</label>
      <div className="zone-picker__control">
        <input
          id={id}
          className="input zone-picker__input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && shown[active] ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          value={query ?? value}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={(e) => e.currentTarget.select()}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
        <button
          type="button"
          className="button button--quiet zone-picker__toggle"
          tabIndex={-1}
          aria-label={open ? 'Hide time zones' : 'Show time zones'}
          aria-controls={listId}
          aria-expanded={open}
          // Keep focus in the field: the list belongs to it.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => (open ? close() : openAt(currentIndex()))}
        >
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      <ul id={listId} role="listbox" aria-label={`${label}: matching time zones`} className="zone-picker__list" hidden={!open || shown.length === 0}>
        {open &&
          shown.map((zone, index) => {
            const zoneUtc = zoneOffset(zone, at);
            return (
              <li
                key={zone}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                data-current={zone === value || undefined}
                className={index === active ? 'zone-picker__option zone-picker__option--active' : 'zone-picker__option'}
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => index !== active && setActive(index)}
                onClick={() => choose(zone)}
              >
                {zone}
                {zoneUtc && <span className="zone-picker__offset"> (UTC{zoneUtc})</span>}
              </li>
            );
          })}
      </ul>
      {open && count === 0 && <p className="hint zone-picker__empty">No time zone matches “{query}”. Try a city name, like Lisbon.</p>}
      <FieldNote id={id} hint={hint} error={error} />
      <p id={`${id}-offset`} className="hint zone-picker__current">
        {offset ? `${value} is at UTC${offset} now.` : value}
      </p>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

