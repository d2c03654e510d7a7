// The planner for one scheduled session's breakouts (organisers and facilitators): rooms with names
// and topics, the timer, whether members may come back early, keep-apart pairs and who goes where,
// then Save plan or Remove plan (asks first). Problems show next to their field; the rest in the alert.
import { useId, useState, type FormEvent } from 'react';
import type { BreakoutPlanView } from '../../../shared/api';
import {
  changedFields,
  draftFromView,
  draftToBody,
  newPlanDraft,
  placePlanErrors,
  planFieldOf,
  withinRooms,
  type OccurrencePlanDraft,
  type PlanField,
  type PlanPersonRef,
} from '../../core/schedule/occurrencePlan';
import { useServices } from '../../hooks/useServices';
import { useSubmission } from '../../hooks/useSubmission';
import { DurationField } from '../breakouts/DurationField';
import { KeepApart } from '../breakouts/KeepApart';
import { PlanRoomFields } from '../breakouts/PlanRoomFields';
import { ConfirmDialog } from '../ConfirmDialog';
import { FormAlert } from '../FormAlert';
import { CheckboxField } from '../FormFields';
import { SubmitButton } from '../SubmitButton';
import { OccurrencePlanPeople } from './OccurrencePlanPeople';

interface Props {
  idPrefix: string;
  groupId: string;
  seriesId: string;
  slot: string;
  label: string;
  saved: BreakoutPlanView | null;
  people: readonly PlanPersonRef[];
  seed: () => number;
  onSaved: (plan: BreakoutPlanView) => void;
  onRemoved: () => void;
  onClose: () => void;
}

export const PLAN_INTRO = 'When the room opens for this session, breakouts are ready: people are placed as they arrive; you still open them.';

const leftText = (n: number): string =>
  n === 1 ? 'One person in the saved plan has left the group; the plan no longer includes them.' : `${n} people in the saved plan have left the group; the plan no longer includes them.`;

export function OccurrencePlanEditor({ idPrefix, groupId, seriesId, slot, label, saved, people, seed, onSaved, onRemoved, onClose }: Props) {
  const { api } = useServices();
  const id = useId();
  const form = useSubmission();
  const removal = useSubmission();
  const [start] = useState(() => (saved ? draftFromView(saved, people) : { draft: newPlanDraft(), left: 0 }));
  const [draft, setDraft] = useState<OccurrencePlanDraft>(start.draft);
  const [confirming, setConfirming] = useState(false);
  const params = { groupId, seriesId, slot };
  const errors = placePlanErrors(form.fieldErrors, people);
  const errorOf = (field: string): string | undefined => errors.byField[field as PlanField];
  const changed = JSON.stringify(draftToBody(draft)) !== JSON.stringify(draftToBody(start.draft));

  // Every edit comes here: the errors of what it touched are out of date.
  const change = (next: OccurrencePlanDraft): void => {
    const touched = new Set(changedFields(draft, next));
    for (const key of Object.keys(form.fieldErrors)) {
      const field = planFieldOf(key);
      if (field && touched.has(field)) form.submission.clearField(key);
    }
    setDraft(next);
  };

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    void form.submission.run(() => api.call('saveBreakoutPlan', { params, body: draftToBody(draft) })).then((plan) => plan && onSaved(plan));
  };

  const remove = (): void => {
    void removal.submission
      .run(async () => {
        await api.call('deleteBreakoutPlan', { params });
        return true;
      })
      .then((done) => {
        if (!done) return;
        setConfirming(false);
        onRemoved();
      });
  };

  return (
    <>
      <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-label={`Plan breakouts for the session on ${label}`} className="occurrence-plan__form bo-form">
        <p className="hint">{PLAN_INTRO}</p>
        {start.left > 0 && <p className="notice">{leftText(start.left)}</p>}
        <PlanRoomFields draft={draft} onChange={(next) => change(withinRooms(next))} errorOf={errorOf} />
        <DurationField
          id={`${id}-duration`}
          valueMs={draft.durationMinutes === null ? null : draft.durationMinutes * 60_000}
          onChange={(ms) => change({ ...draft, durationMinutes: ms === null ? null : Math.round(ms / 60_000) })}
          error={errorOf('durationMinutes')}
        />
        <CheckboxField
          id={`${id}-return`}
          label="Members may return to the main room"
          checked={draft.allowReturn}
          error={errorOf('allowReturn')}
          onChange={(allowReturn) => change({ ...draft, allowReturn })}
        />
        <KeepApart
          draft={draft}
          people={people}
          onChange={change}
          error={errorOf('keepApart')}
          hint="“Assign at random” puts each pair in different rooms when it can, and so does Shuffle during the session."
        />
        <OccurrencePlanPeople idPrefix={idPrefix} draft={draft} people={people} seed={seed} error={errorOf('assignment')} inactive={form.busy} onChange={change} />
        <FormAlert message={errors.alert ?? form.formError} alertRef={form.alertRef} />
        <div className="actions">
          <SubmitButton busy={form.busy} label="Save plan" busyLabel="Saving…" />
          {saved && (
            <button type="button" className="button button--danger-quiet" disabled={form.busy} onClick={() => setConfirming(true)}>
              Remove plan
            </button>
          )}
          <button type="button" className="button" disabled={form.busy} onClick={onClose}>
            {changed ? 'Discard changes' : 'Close'}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={`Remove the breakouts planned for ${label}?`}
        confirmLabel="Remove plan"
        busyLabel="Removing…"
        busy={removal.busy}
        error={removal.formError}
        alertRef={removal.alertRef}
        onConfirm={remove}
        onCancel={() => {
          setConfirming(false);
          removal.submission.reset();
        }}
      >
        <p>The session then starts without planned rooms. You can still plan breakouts during it.</p>
      </ConfirmDialog>
    </>
  );
}
