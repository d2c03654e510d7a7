// Date, time and day-of-week controls for the schedule forms, labelled like FormFields' (hint and
// error tied to the input), since a native date or time picker is what phones and screen readers
// handle best.
import type { ReactNode } from 'react';
import type { Weekday } from '../../../shared/schedule';
import { WEEKDAY_NAMES, WEEKDAYS } from '../../core/schedule/seriesText';
import { describedBy, FieldNote } from '../FormFields';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  type: 'date' | 'time';
  min?: string;
}

/** A native date or time input ('YYYY-MM-DD' / 'HH:mm'), with its label, hint and error. */
export function DateTimeInput({ id, label, value, onChange, error, hint, type, min }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        type={type}
        value={value}
        min={min}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <FieldNote id={id} hint={hint} error={error} />
    </div>
  );
}


interface WeekdayProps {
  id: string;
  legend: string;
  value: readonly Weekday[];
  onChange: (days: Weekday[]) => void;
  error?: string | undefined;
}

/** Seven checkboxes in a labelled group; the error belongs to the whole group. */
export function WeekdayBoxes({ id, legend, value, onChange, error }: WeekdayProps) {
  const toggle = (day: Weekday, on: boolean): void => onChange(on ? [...value, day].sort((a, b) => a - b) : value.filter((d) => d !== day));
  return (
    <fieldset className="field weekday-boxes">
      <legend>{legend}</legend>
      <div className="weekday-boxes__days">
        {WEEKDAYS.map((day) => (
          <div className="checkbox weekday-boxes__day" key={day}>
            <input
              id={`${id}-${day}`}
              type="checkbox"
              checked={value.includes(day)}
              onChange={(e) => toggle(day, e.target.checked)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
            />
            <label htmlFor={`${id}-${day}`}>{WEEKDAY_NAMES[day]}</label>
          </div>
        ))}
      </div>
      <FieldNote id={id} error={error} />
    </fieldset>
  );
}
