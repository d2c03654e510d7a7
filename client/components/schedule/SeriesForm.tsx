// Create or edit a series: title, description, zone, the first session in that zone's local time,
// length, how it repeats and ends, and a preview of the next sessions before saving. The form's
// problems, the rule's (shared/schedule) and the server's all sit next to the field they concern.
import { useMemo, useState, type FormEvent } from 'react';
import type { SeriesView } from '../../../shared/api';
import { draftToBody, withDate, type SeriesDraft } from '../../core/schedule/seriesDraft';
import { previewDraft } from '../../core/schedule/seriesPreview';
import { clockIn, durationLabel } from '../../core/schedule/seriesText';
import { useServices } from '../../hooks/useServices';
import { useSubmission } from '../../hooks/useSubmission';
import { FormAlert } from '../FormAlert';
import { TextField } from '../FormFields';
import { SubmitButton } from '../SubmitButton';
import { SeriesPreview } from './SeriesPreview';
import { SeriesRepeatFields } from './SeriesRepeatFields';
import { ZonePicker } from './ZonePicker';

interface Props {
  groupId: string;
  viewerZone: string;
  /** The series being edited; null for a new one. */
  editing: SeriesView | null;
  initial: SeriesDraft;
  onSaved: (series: SeriesView) => void;
  onCancelEdit: () => void;
}

export function SeriesForm({ groupId, viewerZone, editing, initial, onSaved, onCancelEdit }: Props) {
  const { api, now } = useServices();
  const form = useSubmission();
  const [draft, setDraft] = useState(initial);
  const errors = form.fieldErrors;

  const change = (field: string, patch: Partial<SeriesDraft> | ((d: SeriesDraft) => SeriesDraft)): void => {
    setDraft((d) => (typeof patch === 'function' ? patch(d) : { ...d, ...patch }));
    form.submission.clearField(field);
    // The server's verdict on the whole rule is out of date after any change to it.
    if (field.startsWith('schedule')) form.submission.clearField('schedule');
  };

  const preview = useMemo(() => previewDraft(draft, viewerZone, now()), [draft, viewerZone, now]);

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    const result = draftToBody(draft);
    if (!result.ok) return form.submission.fail(result.fields);
    if (preview.kind === 'invalid') return form.submission.fail({ [preview.field]: preview.message });
    const body = result.body;
    void form.submission
      .run(() => (editing ? api.call('updateSeries', { params: { groupId, seriesId: editing.id }, body }) : api.call('createSeries', { params: { groupId }, body })))
      .then((saved) => saved && onSaved(saved));
  };

  const minutes = Number(draft.duration);
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-labelledby="series-form-title" className="series-form">
      <h2 id="series-form-title">{editing ? `Edit “${editing.title}”` : 'Schedule a session or series'}</h2>
      <div className="form-grid">
        <TextField id="series-title" label="Title" value={draft.title} onChange={(title) => change('title', { title })} error={errors.title} maxLength={80} />
        <TextField id="series-duration" label="Length in minutes" inputMode="numeric" value={draft.duration} onChange={(duration) => change('schedule.durationMinutes', { duration })} error={errors['schedule.durationMinutes']} hint={Number.isInteger(minutes) && minutes > 0 ? durationLabel(minutes) : 'For example 90.'} />
      </div>
      <TextField id="series-description" label="Description" optional multiline rows={3} value={draft.description} onChange={(description) => change('description', { description })} error={errors.description} hint="What the sessions are for. Members of the group see it." />
      <ZonePicker
        id="series-zone"
        label="Time zone"
        value={draft.zone}
        onChange={(zone) => change('schedule.zone', { zone })}
        error={errors['schedule.zone']}
        hint="Sessions keep their clock time in this zone, also when the clocks change."
      />
      <fieldset className="field">
        <legend>First session</legend>
        <div className="form-grid">
          <TextField id="series-date" type="date" label="Date" value={draft.date} onChange={(date) => change('schedule.start', (d) => withDate(d, date))} error={errors['schedule.start']} />
          <TextField
            id="series-time"
            type="time"
            label="Start time"
            value={draft.time}
            onChange={(time) => change('schedule.start', { time })}
            hint={draft.time ? `${clockIn(draft.time, draft.zone)}${draft.zone === 'UTC' ? '' : ` (${draft.zone})`}` : `In ${draft.zone} time.`}
          />
        </div>
      </fieldset>
      <SeriesRepeatFields draft={draft} errors={errors} change={change} />
      <SeriesPreview preview={preview} seriesZone={draft.zone} viewerZone={viewerZone} now={now()} />
      <FormAlert message={form.formError} alertRef={form.alertRef} />
      <div className="actions">
        <SubmitButton busy={form.busy} label={editing ? 'Save changes' : 'Schedule'} busyLabel="Saving…" />
        {editing && (
          <button type="button" className="button" onClick={onCancelEdit} disabled={form.busy}>
            Cancel editing
          </button>
        )}
      </div>
    </form>
  );
}
