// One group: its description and guidelines for everyone in it; its upcoming sessions in the
// viewer's time zone, with the join button following the schedule and a private calendar
// subscription; the members for staff; invite links for facilitators; and a way to leave.
// Destructive actions ask first.
import { useState } from 'react';
import type { InviteView, MemberView } from '../../shared/api';
import { AccountLayout } from '../components/AccountLayout';
import { AppLink } from '../components/AppLink';
import { CalendarFeedCard } from '../components/schedule/CalendarFeedCard';
import { JoinControl } from '../components/schedule/JoinControl';
import { UpcomingSessions } from '../components/schedule/UpcomingSessions';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { GroupLoadGate } from '../components/GroupLoadGate';
import { GuidelinesBox } from '../components/GuidelinesBox';
import { InviteForm } from '../components/InviteForm';
import { InviteList, inviteName } from '../components/InviteList';
import { MemberList } from '../components/MemberList';
import { PageHeading } from '../components/PageHeading';
import { StatusLine } from '../components/StatusLine';
import { loadGroupDetails, type GroupDetails } from '../core/api/groupDetails';
import { FOCUS_LABELS, ROLE_LABELS } from '../core/api/labels';
import { invitableRoles, mayCall } from '../core/api/permissions';
import { createScheduleClock } from '../core/schedule/clock';
import { findTimePath, schedulePath } from '../core/schedule/schedulePrefill';
import { loadViewerZone, saveViewerZone } from '../core/schedule/viewerZone';
import { useResource } from '../hooks/useResource';
import { useRefresh } from '../hooks/useRefresh';
import { useServices } from '../hooks/useServices';
import { useSubmission } from '../hooks/useSubmission';

type Pending = { kind: 'remove'; member: MemberView } | { kind: 'revoke'; invite: InviteView } | { kind: 'leave' } | null;

export function GroupPage({ groupId }: { groupId: string }) {
  const { api } = useServices();
  const [state, resource] = useResource(() => loadGroupDetails(api, groupId));
  return (
    <GroupLoadGate
      state={state}
      onRetry={() => void resource.reload()}
      loadingTitle="Group"
      signInTitle="Sign in to see this group"
      path={`/groups/${groupId}`}
      failedTitle="We couldn’t open this group"
      memberHelp
    >
      {(details) => <GroupView details={details} reload={() => void resource.reload()} />}
    </GroupLoadGate>
  );
}

/** How often the upcoming sessions (and whether the room is live) are asked for again. */
const UPCOMING_REFRESH_MS = 30_000;

function GroupView({ details, reload }: { details: GroupDetails; reload: () => void }) {
  const { api, session, navigate, now } = useServices();
  const { group, members, invites } = details;
  const [pending, setPending] = useState<Pending>(null);
  const [status, setStatus] = useState('');
  const confirm = useSubmission();
  const manageable = invitableRoles(group.myRole);
  const params = { groupId: group.id };
  const [clock] = useState(() => createScheduleClock(now));
  const [upcoming, upcomingResource] = useResource(async () => {
    const answer = await api.call('upcoming', { params });
    clock.syncTo(answer.now);
    return answer;
  });
  // A facilitator opening the room early, or a session cancelled or moved, shows without a reload.
  useRefresh(upcomingResource, UPCOMING_REFRESH_MS);
  const [viewer, setViewer] = useState(loadViewerZone);
  const onZoneChange = (zone: string | null): void => {
    const next = saveViewerZone(zone);
    setViewer(next);
    setStatus(`Times are now shown in ${next.zone}.`);
  };
  const staff = group.myRole !== 'member';

  const onConfirm = (): void => {
    if (!pending) return;
    const action = pending;
    void confirm.submission
      .run(async () => {
        if (action.kind === 'remove') await api.call('removeMember', { params: { ...params, membershipId: action.member.membershipId } });
        if (action.kind === 'revoke') await api.call('revokeInvite', { params: { ...params, inviteId: action.invite.id } });
        if (action.kind === 'leave') await api.call('leaveGroup', { params });
        return true;
      })
      .then((done) => {
        if (!done) return;
        setPending(null);
        if (action.kind === 'leave') {
          void session.refresh();
          navigate(group.myRole === 'member' ? '/me' : '/groups');
          return;
        }
        setStatus(action.kind === 'remove' ? `${action.member.pseudonym} was removed from the group.` : `The ${inviteName(action.invite)} was revoked.`);
        reload();
      });
  };

  return (
    <AccountLayout wide>
      <section className="card">
        <PageHeading title={group.name} />
        <p className="muted">
          {FOCUS_LABELS[group.focus]} · You are {ROLE_LABELS[group.myRole].toLowerCase()} here
        </p>
        {group.description && <p className="prewrap">{group.description}</p>}
        <div className="actions">
          <JoinControl
            groupId={group.id}
            staff={staff}
            occurrences={upcoming.status === 'ready' ? upcoming.data.occurrences : null}
            liveNow={upcoming.status === 'ready' && upcoming.data.liveNow === true}
            clock={clock}
            zone={viewer.zone}
          />
          {mayCall('createSeries', group.myRole) && (
            <AppLink to={schedulePath(group.id)} className="button">
              Manage schedule
            </AppLink>
          )}
          {mayCall('findTime', group.myRole) && (
            <AppLink to={findTimePath(group.id)} className="button">
              Find a time
            </AppLink>
          )}
        </div>
      </section>
      <StatusLine text={status} />
      <div className="columns">
        <div className="column">
          <UpcomingSessions
            groupId={group.id}
            state={upcoming}
            onRetry={() => void upcomingResource.reload()}
            zone={viewer.zone}
            zoneDetected={viewer.detected}
            onZoneChange={onZoneChange}
            now={clock.get()}
          />
          <section className="card">
            <GuidelinesBox id="group-guidelines" text={group.guidelines} />
          </section>
          {members && <MemberList members={members} myMembershipId={group.myMembershipId} canRemove={mayCall('removeMember', group.myRole)} onRemove={(member) => setPending({ kind: 'remove', member })} />}
        </div>
        <div className="column">
          {invites && (
            <section className="card" aria-labelledby="invites-title">
              <h2 id="invites-title">Invite links</h2>
              {manageable.length > 0 && <InviteForm groupId={group.id} roles={manageable} onCreated={reload} />}
              <InviteList invites={invites} now={now()} manageable={manageable} onRevoke={(invite) => setPending({ kind: 'revoke', invite })} />
            </section>
          )}
          <CalendarFeedCard groupId={group.id} onAnnounce={setStatus} />
          <section className="card" aria-labelledby="leave-title">
            <h2 id="leave-title">Leave this group</h2>
            <p className="muted">
              {group.myRole === 'member' ? 'Your pseudonym and membership are deleted. You would need a new invite to come back.' : 'You lose access to this group and its sessions.'}
            </p>
            <button type="button" className="button button--danger-quiet" onClick={() => setPending({ kind: 'leave' })}>
              Leave group
            </button>
          </section>
        </div>
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={dialogTitle(pending, group.name)}
        confirmLabel={pending?.kind === 'remove' ? 'Remove' : pending?.kind === 'revoke' ? 'Revoke link' : 'Leave group'}
        busyLabel={pending?.kind === 'remove' ? 'Removing…' : pending?.kind === 'revoke' ? 'Revoking…' : 'Leaving…'}
        busy={confirm.busy}
        error={confirm.formError}
        alertRef={confirm.alertRef}
        onConfirm={onConfirm}
        onCancel={() => {
          setPending(null);
          confirm.submission.reset();
        }}
      >
        {pending?.kind === 'remove' && <p>They leave any live session at once and can only come back with a new invite.</p>}
        {pending?.kind === 'revoke' && <p>The link stops working at once. People who already joined with it stay in the group.</p>}
        {pending?.kind === 'leave' && <p>This cannot be undone.</p>}
      </ConfirmDialog>
    </AccountLayout>
  );
}

function dialogTitle(pending: Pending, groupName: string): string {
  if (pending?.kind === 'remove') return `Remove ${pending.member.pseudonym}?`;
  if (pending?.kind === 'revoke') return `Revoke the ${inviteName(pending.invite)}?`;
  if (pending?.kind === 'leave') return `Leave ${groupName}?`;
  return '';
}
