// The day-of-week checkboxes of the schedule forms, labelled like FormFields' (the error tied to
// every box). Dates and times are FormFields' TextField with type 'date' or 'time'.
import type { Weekday } from '../../../shared/schedule';
import { WEEKDAY_NAMES, WEEKDAYS } from '../../core/schedule/seriesText';
import { FieldNote } from '../FormFields';

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
