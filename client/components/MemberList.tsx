// Everyone in a group, by pseudonym and role. Facilitators get a Remove button per person (never
// for themselves: that is "Leave group").
import type { MemberView } from '../../shared/api';
import { ROLE_LABELS } from '../core/api/labels';
import { MemberDot } from './MemberDot';

interface Props {
  members: MemberView[];
  myMembershipId: string;
  canRemove: boolean;
  onRemove: (member: MemberView) => void;
}

export function MemberList({ members, myMembershipId, canRemove, onRemove }: Props) {
  return (
    <section className="card" aria-labelledby="members-title">
      <h2 id="members-title" tabIndex={-1}>
        Members <span className="muted">({members.length})</span>
      </h2>
      <ul className="rows">
        {members.map((m) => {
          const isMe = m.membershipId === myMembershipId;
          return (
            <li key={m.membershipId} className="row">
              <MemberDot colour={m.avatarColour} />
              <span className="row__main">
                <span className="row__title">
                  {m.pseudonym}
                  {isMe && <span className="muted"> (you)</span>}
                </span>
                <span className="muted row__meta">{ROLE_LABELS[m.role]}</span>
              </span>
              {canRemove && !isMe && (
                <button type="button" className="button button--small" aria-label={`Remove ${m.pseudonym}`} onClick={() => onRemove(m)}>
                  Remove
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
