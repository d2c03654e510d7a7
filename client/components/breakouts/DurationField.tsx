// How long breakouts run: no time limit, or one of a few lengths. Shared by the live planner and the
// plan for a scheduled session; a length saved earlier that is not in the list is offered too.
import { DURATION_MINUTES, durationLabel } from './labels';

interface Props {
  id: string;
  /** null: no time limit. */
  valueMs: number | null;
  onChange: (ms: number | null) => void;
  error?: string | undefined;
}

const CHOICES: number[] = DURATION_MINUTES.map((m) => m * 60_000);

export function DurationField({ id, valueMs, onChange, error }: Props) {
  const lengths = valueMs === null || CHOICES.includes(valueMs) ? CHOICES : [...CHOICES, valueMs].sort((a, b) => a - b);
  const options: Array<number | null> = [null, ...lengths];
  return (
    <div className="field">
      <label htmlFor={id}>Duration</label>
      <select
        id={id}
        value={valueMs ?? 'none'}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value === 'none' ? null : Number(e.target.value))}
      >
        {options.map((ms) => (
          <option key={ms ?? 'none'} value={ms ?? 'none'}>
            {durationLabel(ms)}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="error field__error">
          {error}
        </p>
      )}
    </div>
  );
}
