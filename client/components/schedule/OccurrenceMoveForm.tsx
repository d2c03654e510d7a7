// Move one session: a new date and start time in the series' zone (said so), and optionally
// another length. The session keeps its original slot as its key, so "Undo move" can put it back.
import { useEffect, useState, type FormEvent } from 'react';
import type { SeriesView } from '../../../shared/api';
import { moveDraftToBody, type MoveDraft } from '../../core/schedule/seriesDraft';
import { moveStartHint } from '../../core/schedule/moveHint';
import { loadViewerZone } from '../../core/schedule/viewerZone';
import { useServices } from '../../hooks/useServices';
import { useSubmission } from '../../hooks/useSubmission';
import { FormAlert } from '../FormAlert';
import { TextField } from '../FormFields';
import { SubmitButton } from '../SubmitButton';

interface Props {
  groupId: string;
  series: Pick<SeriesView, 'id' | 'schedule'>;
  slot: string;
  /** The session's current local start in the series' zone, to start from. */
  current: { date: string; time: string };
  /** Names the session, for the form's accessible name ('Tue 31 Mar 2026, 19:00'). */
  label: string;
  onMoved: (saved: SeriesView, start: string) => void;
  onClose: () => void;
}

export function OccurrenceMoveForm({ groupId, series, slot, current, label, onMoved, onClose }: Props) {
  const { api } = useServices();
  const form = useSubmission();
  const [draft, setDraft] = useState<MoveDraft>({ ...current, duration: '' });
  const zone = series.schedule.zone;
  const [viewerZone] = useState(() => loadViewerZone().zone);
  const id = `move-${series.id}-${slot.replace(/\W/g, '')}`;
  const errors = form.fieldErrors;
  const set = (field: string, patch: Partial<MoveDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    form.submission.clearField(field);
  };

  useEffect(() => {
    // The form replaced the button that opened it: start where the typing starts.
    document.getElementById(`${id}-date`)?.focus();
  }, [id]);

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    const result = moveDraftToBody(draft);
    if (!result.ok) return form.submission.fail(result.fields);
    const body = result.body;
    void form.submission
      .run(() => api.call('moveOccurrence', { params: { groupId, seriesId: series.id, slot }, body }))
      .then((saved) => saved && onMoved(saved, body.start));
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-label={`Move the session on ${label}`} className="occurrence-move">
      <div className="form-grid">
        <TextField id={`${id}-date`} type="date" label="New date" value={draft.date} onChange={(date) => set('start', { date })} error={errors.start} />
        <TextField id={`${id}-time`} type="time" label="New start time" value={draft.time} onChange={(time) => set('start', { time })} hint={moveStartHint(draft.date, draft.time, zone, viewerZone)} />
      </div>
      <TextField
        id={`${id}-duration`}
        label="Length in minutes"
        optional
        inputMode="numeric"
        value={draft.duration}
        onChange={(duration) => set('durationMinutes', { duration })}
        error={errors.durationMinutes}
        hint={`Leave empty to keep ${series.schedule.durationMinutes} minutes.`}
      />
      <FormAlert message={form.formError} alertRef={form.alertRef} />
      <div className="actions">
        <SubmitButton busy={form.busy} label="Move session" busyLabel="Moving…" />
        <button type="button" className="button" onClick={onClose} disabled={form.busy}>
          Keep as it is
        </button>
      </div>
    </form>
  );
}
