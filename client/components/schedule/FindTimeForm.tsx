// The organiser's search over everyone's shared availability: how long, which days (in the
// organiser's own zone, sent as a UTC window), and how many people at least.
import { useState, type FormEvent } from 'react';
import type { FindTimeResponse } from '../../../shared/api';
import { MAX_SEARCH_DAYS, newSearchDraft, searchBody, type SearchDraft } from '../../core/schedule/findTime';
import { zoneLabel } from '../../core/schedule/zones';
import { useServices } from '../../hooks/useServices';
import { useSubmission } from '../../hooks/useSubmission';
import { FormAlert } from '../FormAlert';
import { TextField } from '../FormFields';
import { SubmitButton } from '../SubmitButton';

interface Props {
  groupId: string;
  viewerZone: string;
  onResults: (result: FindTimeResponse, durationMinutes: number) => void;
}

export function FindTimeForm({ groupId, viewerZone, onResults }: Props) {
  const { api, now } = useServices();
  const form = useSubmission();
  const [draft, setDraft] = useState(() => newSearchDraft(viewerZone, now()));
  const errors = form.fieldErrors;
  const set = (field: string, patch: Partial<SearchDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    form.submission.clearField(field);
  };

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    const result = searchBody(draft, viewerZone);
    if (!result.ok) return form.submission.fail(result.fields);
    const body = result.body;
    void form.submission.run(() => api.call('findTime', { params: { groupId }, body })).then((found) => found && onResults(found, body.durationMinutes));
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-labelledby="find-time-title" className="find-time-form">
      <h2 id="find-time-title">Find a time</h2>
      <p className="muted">
        Days are in your time zone, {zoneLabel(viewerZone, now())}. Up to {MAX_SEARCH_DAYS} days at a time.
      </p>
      <div className="form-grid">
        <TextField id="find-from" type="date" label="From" value={draft.fromDate} onChange={(fromDate) => set('from', { fromDate })} error={errors.from} />
        <TextField id="find-to" type="date" label="To" value={draft.toDate} min={draft.fromDate} onChange={(toDate) => set('to', { toDate })} error={errors.to} hint="This day included." />
        <TextField id="find-duration" label="Length in minutes" inputMode="numeric" value={draft.duration} onChange={(duration) => set('durationMinutes', { duration })} error={errors.durationMinutes} />
        <TextField
          id="find-min"
          label="At least this many people"
          optional
          inputMode="numeric"
          value={draft.minAttendees}
          onChange={(minAttendees) => set('minAttendees', { minAttendees })}
          error={errors.minAttendees}
          hint="Leave empty to see every time at least one person is free."
        />
      </div>
      <FormAlert message={form.formError} alertRef={form.alertRef} />
      <SubmitButton busy={form.busy} label="Find times" busyLabel="Looking…" />
    </form>
  );
}
