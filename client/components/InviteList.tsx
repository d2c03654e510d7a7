// A group's invite links: who each is for, when it stops working, how often it was used, its state,
// and Copy and Revoke for the ones still active.
import type { InviteRole, InviteView } from '../../shared/api';
import { INVITE_STATE_LABELS, ROLE_LABELS, usesLabel } from '../core/api/labels';
import { CopyField } from './CopyField';
import { TimeLabel } from './TimeLabel';

interface Props {
  invites: InviteView[];
  now: number;
  /** Invite roles the viewer may manage (revoke). */
  manageable: readonly InviteRole[];
  onRevoke: (invite: InviteView) => void;
}

export function inviteName(invite: Pick<InviteView, 'role' | 'note'>): string {
  const role = `${ROLE_LABELS[invite.role].toLowerCase()} invite`;
  return invite.note ? `${role} “${invite.note}”` : role;
}

export function InviteList({ invites, now, manageable, onRevoke }: Props) {
  if (invites.length === 0) return <p className="muted">No invite links yet.</p>;
  return (
    <ul className="rows">
      {invites.map((invite) => {
        const active = invite.state === 'active';
        return (
          <li key={invite.id} className="row row--stacked">
            <div className="row__head">
              <span className="row__title">
                {ROLE_LABELS[invite.role]} invite{invite.note && <span className="muted"> · {invite.note}</span>}
              </span>
              <span className={`badge badge--${invite.state}`}>{INVITE_STATE_LABELS[invite.state]}</span>
            </div>
            <dl className="facts">
              <div>
                <dt>{active ? 'Expires' : 'Expiry'}</dt>
                <dd>
                  <TimeLabel iso={invite.expiresAt} now={now} />
                </dd>
              </div>
              <div>
                <dt>Uses</dt>
                <dd>{usesLabel(invite)}</dd>
              </div>
            </dl>
            {active && (
              <CopyField
                id={`invite-link-${invite.id}`}
                label={`Link for the ${inviteName(invite)}`}
                value={invite.url}
                copyLabel="Copy link"
                copiedNote="Link copied. Share it only with the person or group it is for."
                quietLabel
              />
            )}
            {active && manageable.includes(invite.role) && (
              <div className="actions">
                <button type="button" className="button button--small" aria-label={`Revoke ${inviteName(invite)}`} onClick={() => onRevoke(invite)}>
                  Revoke
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
