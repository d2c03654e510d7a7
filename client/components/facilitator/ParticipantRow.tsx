// One person in the room as a facilitator sees them: role, hand, floor, what a facilitator paused.
import type { ParticipantView, SessionView } from '../../../shared/session';
import { ordinal, ROOM_ROLE_LABELS } from './labels';
import { ParticipantActions } from './ParticipantActions';
import { personActions } from './participantActions';
import type { PanelTools } from './types';

interface Props {
  view: SessionView;
  selfId: string;
  person: ParticipantView;
  tools: PanelTools;
}

function statusOf(view: SessionView, p: ParticipantView): string[] {
  const notes: string[] = [];
  if (!p.connected) notes.push('Reconnecting…');
  if (view.stick?.speaker === p.peerId) notes.push('Has the floor');
  const place = view.queue.find((q) => q.peerId === p.peerId)?.position;
  if (place !== undefined) notes.push(`Hand raised, ${ordinal(place)} in the queue`);
  if (p.mutedBy.mic) notes.push('Muted by the facilitator');
  if (p.mutedBy.camera) notes.push('Video stopped by the facilitator');
  return notes;
}

export function ParticipantRow({ view, selfId, person, tools }: Props) {
  const isMe = person.peerId === selfId;
  const notes = statusOf(view, person);
  return (
    <li className="row fac-row">
      <span className="row__main">
        <span className="row__title">
          {person.displayName}
          {isMe && <span className="muted"> (you)</span>}{' '}
          {person.role !== 'member' && <span className="badge fac-badge">{ROOM_ROLE_LABELS[person.role]}</span>}
        </span>
        {notes.length > 0 && <span className="muted row__meta">{notes.join(' · ')}</span>}
      </span>
      <ParticipantActions name={person.displayName} actions={personActions(view, selfId, person)} tools={tools} />
    </li>
  );
}
