// Which actions the viewer may take on one participant, as data: the row only renders the list.
// Mirrors the reducer's rules so nothing offered is bound to fail: never on yourself, leads are never
// muted, sent back or removed, and under the talking stick only the speaker can be asked to unmute.
import type { SessionEventName } from '../../../shared/protocol';
import type { ParticipantView, SessionView } from '../../../shared/session';
import type { Pending } from './types';
import { can, isFacilitatingRole, isLeadRole } from './permissions';

export interface PersonAction {
  key: string;
  /** Accessible name, with the person's name in it. */
  label: string;
  /** Visible text. */
  text: string;
  event: SessionEventName;
  payload: object;
  /** Set for actions that ask first. */
  confirm?: Pending;
  danger?: boolean;
}

export function personActions(view: SessionView, selfId: string, p: ParticipantView): PersonAction[] {
  if (p.peerId === selfId || p.peerId === view.you.peerId) return [];
  const role = view.you.role;
  const name = p.displayName;
  const target = { peerId: p.peerId };
  const lead = isLeadRole(p.role);
  const stickOn = view.settings.floor === 'stick';
  const speaking = view.stick?.speaker === p.peerId;
  const out: PersonAction[] = [];
  const add = (ok: boolean, action: PersonAction) => {
    if (ok) out.push(action);
  };

  add(stickOn && p.connected && !speaking && can(role, 'stick:giveFloor'), {
    key: 'floor', label: `Give the floor to ${name}`, text: 'Give the floor', event: 'stick:giveFloor', payload: target,
  });
  if (!lead) {
    const stickBlocksMic = stickOn && !isFacilitatingRole(p.role) && !speaking;
    add(!p.mutedBy.mic && can(role, 'facilitator:mute'), { key: 'mute', label: `Mute ${name}`, text: 'Mute', event: 'facilitator:mute', payload: target });
    add(!stickBlocksMic && can(role, 'facilitator:askToUnmute'), {
      key: 'askMic', label: `Ask ${name} to unmute`, text: 'Ask to unmute', event: 'facilitator:askToUnmute', payload: { ...target, source: 'mic' },
    });
    add(!p.mutedBy.camera && can(role, 'facilitator:stopVideo'), {
      key: 'video', label: `Stop video for ${name}`, text: 'Stop video', event: 'facilitator:stopVideo', payload: target,
    });
    // A stopped video stays off until a facilitator lifts it: this is the only way to.
    add(p.mutedBy.camera && can(role, 'facilitator:askToUnmute'), {
      key: 'askCamera', label: `Ask ${name} to turn video back on`, text: 'Ask to turn video on', event: 'facilitator:askToUnmute', payload: { ...target, source: 'camera' },
    });
  }
  add(p.role === 'member' && can(role, 'facilitator:promote'), {
    key: 'promote', label: `Make ${name} co-facilitator`, text: 'Make co-facilitator', event: 'facilitator:promote', payload: target,
  });
  add(p.role === 'co_facilitator' && can(role, 'facilitator:demote'), {
    key: 'demote', label: `Remove ${name} as co-facilitator`, text: 'Remove as co-facilitator', event: 'facilitator:demote', payload: target,
  });
  add(!lead && p.connected && can(role, 'facilitator:handOver'), {
    key: 'handOver', label: `Hand over facilitator role to ${name}`, text: 'Hand over facilitator role', event: 'facilitator:handOver', payload: target,
    confirm: { kind: 'handOver', peerId: p.peerId, name },
  });
  if (!lead) {
    add(can(role, 'waiting:sendBack'), {
      key: 'sendBack', label: `Send ${name} to the waiting room`, text: 'Send to waiting room', event: 'waiting:sendBack', payload: target,
    });
    add(can(role, 'room:remove'), {
      key: 'remove', label: `Remove ${name}`, text: 'Remove from session', event: 'room:remove', payload: target, danger: true,
      confirm: { kind: 'remove', peerId: p.peerId, name },
    });
  }
  return out;
}
