// A member shares when they are usually free each week, in their own zone, with the group's
// organisers and facilitators (and nobody else), or withdraws it. An end before the start runs
// past midnight, and the row says so.
import { useState, type FormEvent } from 'react';
import type { AvailabilityView } from '../../../shared/api';
import type { Weekday } from '../../../shared/schedule';
import { addRow, availabilityBodyOf, availabilityDraft, removeRow, rowSummary, updateRow, wrapsMidnight, type AvailabilityRow } from '../../core/schedule/availabilityDraft';
import { WEEKDAY_NAMES, WEEKDAYS } from '../../core/schedule/seriesText';
import { useServices } from '../../hooks/useServices';
import { useSubmission } from '../../hooks/useSubmission';
import { FormAlert } from '../FormAlert';
import { FieldNote, SelectField, TextField } from '../FormFields';
import { SubmitButton } from '../SubmitButton';
import { ZonePicker } from './ZonePicker';

const DAY_OPTIONS = WEEKDAYS.map((d) => ({ value: String(d), label: WEEKDAY_NAMES[d] }));

interface Props {
  groupId: string;
  mine: AvailabilityView | null;
  viewerZone: string;
  onChanged: (mine: AvailabilityView | null, message: string) => void;
}

export function AvailabilityForm({ groupId, mine, viewerZone, onChanged }: Props) {
  const { api } = useServices();
  const form = useSubmission();
  const [draft, setDraft] = useState(() => availabilityDraft(mine, viewerZone));
  const errors = form.fieldErrors;
  const params = { groupId };

  const edit = (index: number, row: AvailabilityRow, field: 'weekday' | 'from' | 'to', value: string): void => {
    setDraft((d) => updateRow(d, row.key, field === 'weekday' ? { weekday: Number(value) as Weekday } : { [field]: value }));
    form.submission.clearField(`weekly.${index}.${field}`);
  };

  const remove = (row: AvailabilityRow): void => {
    setDraft((d) => removeRow(d, row.key));
    // Errors are keyed by position, which just shifted; and the button that had focus is gone.
    form.submission.reset();
    document.getElementById('availability-add')?.focus();
  };

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    const result = availabilityBodyOf(draft);
    if (!result.ok) return form.submission.fail(result.fields);
    const body = result.body;
    void form.submission.run(() => api.call('setAvailability', { params, body })).then((saved) => saved && onChanged(saved.mine, 'Your availability is shared with the organisers and facilitators.'));
  };

  const withdraw = (): void => {
    void form.submission
      .run(async () => {
        await api.call('clearAvailability', { params });
        return true;
      })
      .then((done) => {
        if (!done) return;
        setDraft(availabilityDraft(null, draft.zone));
        onChanged(null, 'Your availability is withdrawn. Nobody sees it any more.');
      });
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-labelledby="availability-title" className="availability-form">
      <h2 id="availability-title">When you are free</h2>
      <p className="muted" id="availability-who">
        Share the hours you are usually free each week, in your own time zone. Only this group’s organisers and facilitators see them, to choose a time that suits most people.
        {mine ? ' You can change or withdraw them at any time.' : ' Sharing is optional.'}
      </p>
      <ZonePicker id="availability-zone" label="Your time zone" value={draft.zone} onChange={(zone) => setDraft((d) => ({ ...d, zone }))} error={errors.zone} />
      <ul className="rows availability-rows" aria-label="Times you are free">
        {draft.rows.map((row, i) => {
          const id = `availability-${row.key}`;
          return (
            <li key={row.key} className="availability-row">
              <fieldset className="field availability-row__fields">
                <legend>Time {i + 1}</legend>
                <div className="availability-row__grid">
                  <SelectField id={`${id}-day`} label="Day" value={String(row.weekday)} options={DAY_OPTIONS} onChange={(v) => edit(i, row, 'weekday', v)} error={errors[`weekly.${i}.weekday`]} />
                  <TextField id={`${id}-from`} type="time" label="From" value={row.from} onChange={(v) => edit(i, row, 'from', v)} error={errors[`weekly.${i}.from`]} />
                  <TextField
                    id={`${id}-to`}
                    type="time"
                    label="To"
                    value={row.to}
                    onChange={(v) => edit(i, row, 'to', v)}
                    error={errors[`weekly.${i}.to`]}
                    hint={wrapsMidnight(row) ? `Past midnight: ${rowSummary(row)}.` : undefined}
                  />
                  <button type="button" className="button button--small button--quiet availability-row__remove" onClick={() => remove(row)}>
                    Remove<span className="sr-only"> time {i + 1}</span>
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <FieldNote id="availability-rows" error={errors.weekly} />
      <div className="actions">
        <button id="availability-add" type="button" className="button button--small" onClick={() => setDraft(addRow)}>
          Add a time
        </button>
      </div>
      <FormAlert message={form.formError} alertRef={form.alertRef} />
      <div className="actions">
        <SubmitButton busy={form.busy} label={mine ? 'Save changes' : 'Share my availability'} busyLabel="Saving…" />
        {mine && (
          <button type="button" className="button button--danger-quiet" onClick={withdraw} disabled={form.busy}>
            Withdraw
          </button>
        )}
      </div>
    </form>
  );
}
