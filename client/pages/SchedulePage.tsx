// A group's schedule: organisers and facilitators create and edit series, cancel, move or restore
// single sessions and plan their breakouts; everyone else sees the same list read-only (staff see
// the planned breakouts too). Ending and deleting ask first.
import { useMemo, useState } from 'react';
import type { SeriesView, UpcomingOccurrence } from '../../shared/api';
import { AccountLayout } from '../components/AccountLayout';
import { AppLink } from '../components/AppLink';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormAlert } from '../components/FormAlert';
import { GroupLoadGate } from '../components/GroupLoadGate';
import { PageHeading } from '../components/PageHeading';
import { OccurrencePlanContext, planLookup, randomSeed, type OccurrencePlanAccess } from '../components/schedule/OccurrencePlanControl';
import type { OccurrenceAction } from '../components/schedule/OccurrenceRow';
import { SeriesCard } from '../components/schedule/SeriesCard';
import { SeriesForm } from '../components/schedule/SeriesForm';
import { StatusLine } from '../components/StatusLine';
import { mayCall } from '../core/api/permissions';
import { loadSchedule, upcomingOf, type ScheduleData } from '../core/schedule/scheduleData';
import { draftFromSeries, newDraft } from '../core/schedule/seriesDraft';
import { findTimePath, schedulePath, type SchedulePrefill } from '../core/schedule/schedulePrefill';
import { localStartLabel } from '../core/schedule/seriesText';
import { loadViewerZone } from '../core/schedule/viewerZone';
import { useResource } from '../hooks/useResource';
import { useServices } from '../hooks/useServices';
import { useSubmission } from '../hooks/useSubmission';
import '../styles/schedule-editor.css';

type Pending = { kind: 'end' | 'delete'; series: SeriesView } | null;

const ROUTE_OF: Record<OccurrenceAction, 'cancelOccurrence' | 'restoreOccurrence' | 'unmoveOccurrence'> = {
  cancel: 'cancelOccurrence',
  restore: 'restoreOccurrence',
  unmove: 'unmoveOccurrence',
};

const DONE: Record<OccurrenceAction, string> = {
  cancel: 'is cancelled',
  restore: 'is back on the schedule',
  unmove: 'is back at its original time',
};

export function SchedulePage({ groupId, prefill = null }: { groupId: string; prefill?: SchedulePrefill | null }) {
  const { api } = useServices();
  const [state, resource] = useResource(() => loadSchedule(api, groupId));
  return (
    <GroupLoadGate
      state={state}
      onRetry={() => void resource.reload()}
      loadingTitle="Schedule"
      signInTitle="Sign in to see this schedule"
      path={schedulePath(groupId)}
      failedTitle="We couldn’t open this schedule"
    >
      {(data) => <ScheduleView data={data} prefill={prefill} reload={() => resource.reload()} />}
    </GroupLoadGate>
  );
}

function ScheduleView({ data, prefill, reload }: { data: ScheduleData; prefill: SchedulePrefill | null; reload: () => Promise<void> }) {
  const { api, now } = useServices();
  const { group, series, upcoming } = data;
  const [viewerZone] = useState(() => loadViewerZone().zone);
  const [editing, setEditing] = useState<SeriesView | null>(null);
  // A new key gives the form fresh state: after saving, or when switching what it edits.
  const [formKey, setFormKey] = useState(0);
  const [pending, setPending] = useState<Pending>(null);
  const [status, setStatus] = useState('');
  const rowAction = useSubmission();
  const confirm = useSubmission();
  const canEdit = mayCall('createSeries', group.myRole);
  const params = { groupId: group.id };
  const readPlans = mayCall('listBreakoutPlans', group.myRole);
  // Every session's plan in one request (members are never asked: they see nothing of plans).
  const [planList] = useResource(() => (readPlans ? api.call('listBreakoutPlans', { params }) : Promise.resolve({ plans: [] })));
  const plans = useMemo<OccurrencePlanAccess>(
    () => ({ read: readPlans, edit: mayCall('saveBreakoutPlan', group.myRole), announce: setStatus, seed: randomSeed, planOf: planLookup(planList) }),
    [group.myRole, readPlans, planList],
  );

  const announce = (text: string): void => {
    setStatus(text);
    void reload();
  };

  const onSaved = (saved: SeriesView): void => {
    setStatus(editing ? `Changes to “${saved.title}” are saved.` : `“${saved.title}” is scheduled.`);
    setEditing(null);
    setFormKey((k) => k + 1);
    void reload();
  };

  const startEdit = (s: SeriesView): void => {
    setEditing(s);
    setFormKey((k) => k + 1);
    // The form is at the top of the page: take the keyboard there too.
    requestAnimationFrame(() => document.getElementById('series-title')?.focus());
  };

  const onAction = (action: OccurrenceAction, occurrence: UpcomingOccurrence, label: string): void => {
    void rowAction.submission
      .run(() => api.call(ROUTE_OF[action], { params: { ...params, seriesId: occurrence.seriesId, slot: occurrence.slot } }))
      .then((saved) => saved && announce(`The session on ${label} ${DONE[action]}.`));
  };

  const onConfirm = (): void => {
    if (!pending) return;
    const { kind, series: target } = pending;
    const ids = { params: { ...params, seriesId: target.id } };
    void confirm.submission
      .run(async () => {
        if (kind === 'end') await api.call('endSeries', ids);
        else await api.call('deleteSeries', ids);
        return true;
      })
      .then((done) => {
        if (!done) return;
        setPending(null);
        if (editing?.id === target.id) setEditing(null);
        announce(kind === 'end' ? `“${target.title}” has ended. No session starts after now.` : `“${target.title}” was deleted.`);
      });
  };

  return (
    <AccountLayout wide>
      <section className="card">
        <PageHeading title={`Schedule: ${group.name}`} />
        <p className="muted">
          Times are shown in each series’ own time zone and in yours ({viewerZone}).
        </p>
        <div className="actions">
          <AppLink to={`/groups/${group.id}`} className="button">
            Back to the group
          </AppLink>
          <AppLink to={findTimePath(group.id)} className="button">
            {canEdit ? 'Find a time' : 'Share when you are free'}
          </AppLink>
        </div>
      </section>
      <StatusLine text={status} />
      <div className="schedule-layout">
        {canEdit && (
          <section className="card">
            <SeriesForm
              key={formKey}
              groupId={group.id}
              viewerZone={viewerZone}
              editing={editing}
              initial={editing ? draftFromSeries(editing) : newDraft(viewerZone, now(), formKey === 0 ? prefill : null)}
              onSaved={onSaved}
              onCancelEdit={() => {
                setEditing(null);
                setFormKey((k) => k + 1);
              }}
            />
          </section>
        )}
        <OccurrencePlanContext.Provider value={plans}>
          <section className="schedule-list" aria-labelledby="series-list-title">
            <h2 id="series-list-title">{series.length === 1 ? '1 series' : `${series.length} series`}</h2>
            <FormAlert message={rowAction.formError} alertRef={rowAction.alertRef} />
            {series.length === 0 && <p className="muted">{canEdit ? 'Nothing is scheduled yet. Use the form to plan the first session.' : 'Nothing is scheduled yet.'}</p>}
            {series.map((s) => (
              <SeriesCard
                key={s.id}
                groupId={group.id}
                series={s}
                occurrences={upcomingOf(upcoming, s.id)}
                viewerZone={viewerZone}
                canEdit={canEdit}
                busy={rowAction.busy}
                onEdit={() => startEdit(s)}
                onEnd={() => setPending({ kind: 'end', series: s })}
                onDelete={() => setPending({ kind: 'delete', series: s })}
                onAction={onAction}
                onMoved={(saved, label, start) => announce(`The session on ${label} moved to ${localStartLabel(start)} ${saved.schedule.zone}.`)}
              />
            ))}
          </section>
        </OccurrencePlanContext.Provider>
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={pending ? `${pending.kind === 'end' ? 'End' : 'Delete'} “${pending.series.title}”?` : ''}
        confirmLabel={pending?.kind === 'end' ? 'End series' : 'Delete series'}
        busyLabel={pending?.kind === 'end' ? 'Ending…' : 'Deleting…'}
        busy={confirm.busy}
        error={confirm.formError}
        alertRef={confirm.alertRef}
        onConfirm={onConfirm}
        onCancel={() => {
          setPending(null);
          confirm.submission.reset();
        }}
      >
        {pending?.kind === 'end' && <p>No session starts after now. Sessions that already happened stay in members’ calendars.</p>}
        {pending?.kind === 'delete' && <p>Every session of this series disappears from the schedule and from members’ calendars. This cannot be undone.</p>}
      </ConfirmDialog>
    </AccountLayout>
  );
}
