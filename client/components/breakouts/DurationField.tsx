// How long breakouts run: no time limit, or one of a few lengths. Shared by the live planner and the
// plan for a scheduled session; a length saved earlier that is not in the list is offered too.
import { SelectField } from '../FormFields';
import { DURATION_MINUTES, durationLabel } from './labels';

interface Props {
  id: string;
  /** null: no time limit. */
  valueMs: number | null;
  onChange: (ms: number | null) => void;
  error?: string | undefined;
}

const CHOICES: number[] = DURATION_MINUTES.map((m) => m * 60_000);
const NONE = 'none';

export function DurationField({ id, valueMs, onChange, error }: Props) {
  const lengths = valueMs === null || CHOICES.includes(valueMs) ? CHOICES : [...CHOICES, valueMs].sort((a, b) => a - b);
  const options = [{ value: NONE, label: durationLabel(null) }, ...lengths.map((ms) => ({ value: String(ms), label: durationLabel(ms) }))];
  return (
    <SelectField
      id={id}
      label="Duration"
      value={valueMs === null ? NONE : String(valueMs)}
      options={options}
      onChange={(v) => onChange(v === NONE ? null : Number(v))}
      error={error}
    />
  );
}
