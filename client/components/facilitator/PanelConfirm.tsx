// The one "are you sure?" of the panel: remove (with an optional block), hand over, mute everyone.
// A refusal stays inside the dialog, where the person is looking.
import { useState } from 'react';
import type { RoomRole, SessionEventName } from '../../../shared/protocol';
import { ConfirmDialog } from '../ConfirmDialog';
import { CheckboxField } from '../FormFields';
import { ROOM_ROLE_LABELS } from './labels';
import type { Pending } from './types';
import type { PanelActions } from './usePanelActions';

interface Props {
  pending: Pending | null;
  youRole: RoomRole;
  actions: PanelActions;
  onClose: () => void;
}

interface Wording {
  title: string;
  body: string;
  confirmLabel: string;
  busyLabel: string;
}

function wording(p: Pending, youRole: RoomRole): Wording {
  switch (p.kind) {
    case 'remove':
      return { title: `Remove ${p.name}?`, body: `${p.name} leaves this session now.`, confirmLabel: 'Remove', busyLabel: 'Removing…' };
    case 'handOver':
      return {
        title: `Hand the facilitator role to ${p.name}?`,
        // Mirrors the reducer: a facilitator steps down to co-facilitator; organisers and hosts keep their role.
        body: youRole === 'facilitator' ? 'You stay on as co-facilitator.' : `You keep your role as ${ROOM_ROLE_LABELS[youRole].toLowerCase()}.`,
        confirmLabel: 'Hand over',
        busyLabel: 'Handing over…',
      };
    case 'muteAll':
      return {
        title: 'Mute everyone?',
        body: 'Everyone except facilitators is muted. They can unmute again once a facilitator asks them to.',
        confirmLabel: 'Mute all',
        busyLabel: 'Muting…',
      };
  }
}

function request(p: Pending, block: boolean): [SessionEventName, object] {
  if (p.kind === 'remove') return ['room:remove', { peerId: p.peerId, block }];
  if (p.kind === 'handOver') return ['facilitator:handOver', { peerId: p.peerId }];
  return ['facilitator:muteAll', {}];
}

export function PanelConfirm({ pending, youRole, actions, onClose }: Props) {
  const [shown, setShown] = useState(pending);
  const [block, setBlock] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (pending !== shown) {
    // A new question starts clean.
    setShown(pending);
    setBlock(false);
    setError(null);
  }
  const words = pending ? wording(pending, youRole) : { title: '', body: '', confirmLabel: '', busyLabel: '' };

  const confirm = async () => {
    if (!pending || actions.busy) return;
    const [event, payload] = request(pending, block);
    const reason = await actions.perform(event, payload);
    if (reason) setError(reason);
    else onClose();
  };

  return (
    <ConfirmDialog
      open={pending !== null}
      title={words.title}
      confirmLabel={words.confirmLabel}
      busyLabel={words.busyLabel}
      busy={actions.busy}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      <p>{words.body}</p>
      {pending?.kind === 'remove' && (
        <CheckboxField
          id="fac-remove-block"
          label="Block for the rest of this session"
          hint="They cannot come back into this session, even with the link."
          checked={block}
          onChange={setBlock}
        />
      )}
    </ConfirmDialog>
  );
}
