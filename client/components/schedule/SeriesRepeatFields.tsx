// How a series repeats and when it ends: none / weekly on chosen days every N weeks / monthly on
// the Nth weekday or a day of the month; never / on a date / after N sessions.
import type { FieldErrors } from '../../core/api/apiError';
import type { EndKind, MonthlyBy, RepeatKind, SeriesDraft } from '../../core/schedule/seriesDraft';
import { NTH_LABELS, WEEKDAY_NAMES, WEEKDAYS, type Nth } from '../../core/schedule/seriesText';
import { SelectField, TextField } from '../FormFields';
import { WeekdayBoxes } from './SeriesInputs';

const REPEAT_OPTIONS: ReadonlyArray<{ value: RepeatKind; label: string }> = [
  { value: 'none', label: 'Does not repeat' },
  { value: 'weekly', label: 'Weekly' },
  { value: 'monthly', label: 'Monthly' },
];

const MONTHLY_OPTIONS: ReadonlyArray<{ value: MonthlyBy; label: string }> = [
  { value: 'nthWeekday', label: 'On a weekday of the month (like the 2nd Tuesday)' },
  { value: 'monthDay', label: 'On a day of the month (like the 14th)' },
];

const NTH_OPTIONS = ([1, 2, 3, 4, -1] as const).map((n) => ({ value: String(n), label: NTH_LABELS[n] }));
const WEEKDAY_OPTIONS = WEEKDAYS.map((d) => ({ value: String(d), label: WEEKDAY_NAMES[d] }));

const END_OPTIONS: ReadonlyArray<{ value: EndKind; label: string }> = [
  { value: 'never', label: 'Never' },
  { value: 'until', label: 'On a date' },
  { value: 'count', label: 'After a number of sessions' },
];

interface Props {
  draft: SeriesDraft;
  errors: FieldErrors;
  /** Applies a change and clears the error of the field it concerns. */
  change: (field: string, patch: Partial<SeriesDraft>) => void;
}

export function SeriesRepeatFields({ draft, errors, change }: Props) {
  const unit = draft.repeat === 'monthly' ? 'months' : 'weeks';
  // A rule that does not hold together (from the preview or the server) sits next to the choice
  // it most likely concerns: "2nd Tuesday" for a monthly rule, else the repeat itself.
  const ruleError = errors['schedule.repeat'] ?? errors.schedule;
  const byNth = draft.repeat === 'monthly' && draft.monthlyBy === 'nthWeekday';
  return (
    <>
      <fieldset className="field">
        <legend>Repeat</legend>
        <SelectField
          id="series-repeat"
          label="Repeats"
          value={draft.repeat}
          options={REPEAT_OPTIONS}
          onChange={(repeat) => change('schedule.repeat', { repeat })}
          error={byNth ? undefined : ruleError}
        />
        {draft.repeat === 'weekly' && (
          <WeekdayBoxes id="series-days" legend="On these days" value={draft.weekdays} onChange={(weekdays) => change('schedule.repeat.weekdays', { weekdays })} error={errors['schedule.repeat.weekdays']} />
        )}
        {draft.repeat === 'monthly' && (
          <>
            <SelectField id="series-monthly-by" label="Which day" value={draft.monthlyBy} options={MONTHLY_OPTIONS} onChange={(monthlyBy) => change('schedule.repeat', { monthlyBy })} />
            {draft.monthlyBy === 'nthWeekday' ? (
              <div className="form-grid">
                <SelectField
                  id="series-nth"
                  label="Week of the month"
                  value={String(draft.nth)}
                  options={NTH_OPTIONS}
                  onChange={(nth) => change('schedule.repeat', { nth: Number(nth) as Nth })}
                  error={ruleError}
                />
                <SelectField
                  id="series-nth-weekday"
                  label="Weekday"
                  value={String(draft.nthWeekday)}
                  options={WEEKDAY_OPTIONS}
                  onChange={(d) => change('schedule.repeat', { nthWeekday: Number(d) as SeriesDraft['nthWeekday'] })}
                />
              </div>
            ) : (
              <TextField
                id="series-month-day"
                label="Day of the month"
                inputMode="numeric"
                value={draft.monthDay}
                onChange={(monthDay) => change('schedule.repeat.monthDay', { monthDay })}
                error={errors['schedule.repeat.monthDay']}
                hint="Months without that day (like 31 in April) are skipped."
              />
            )}
          </>
        )}
        {draft.repeat !== 'none' && (
          <TextField
            id="series-interval"
            label={`Every how many ${unit}`}
            inputMode="numeric"
            value={draft.interval}
            onChange={(interval) => change('schedule.repeat.interval', { interval })}
            error={errors['schedule.repeat.interval']}
            hint={draft.repeat === 'monthly' ? '1 is every month, 3 every third month.' : '1 is every week, 2 every other week.'}
          />
        )}
      </fieldset>
      {draft.repeat !== 'none' && (
        <fieldset className="field">
          <legend>Ends</legend>
          <SelectField id="series-ends" label="Ends" value={draft.ends} options={END_OPTIONS} onChange={(ends) => change('schedule.until', { ends })} />
          {draft.ends === 'until' && (
            <TextField
              id="series-until"
              type="date"
              label="Last date"
              value={draft.until}
              min={draft.date}
              onChange={(until) => change('schedule.until', { until })}
              error={errors['schedule.until']}
              hint="No session starts after this day (in the series’ time zone)."
            />
          )}
          {draft.ends === 'count' && (
            <TextField
              id="series-count"
              label="Number of sessions"
              inputMode="numeric"
              value={draft.count}
              onChange={(count) => change('schedule.count', { count })}
              error={errors['schedule.count']}
              hint="Cancelled sessions count too."
            />
          )}
        </fieldset>
      )}
    </>
  );
}
