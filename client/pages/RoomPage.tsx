// One room's screens, chosen by the session's phase: prejoin → (waiting room) → room → left.
import type { RoomSession } from '../core/session/roomSession';
import { useSessionState } from '../hooks/useRoom';
import { useShortcuts } from '../hooks/useShortcuts';
import { useMemo } from 'react';
import { NotOpenGate } from '../components/schedule/SessionNotOpen';
import { Left } from './Left';
import { Prejoin } from './Prejoin';
import { Room } from './Room';
import { WaitingRoom } from './WaitingRoom';

interface Props {
  session: RoomSession;
  onRejoin: () => void;
  onHome: () => void;
}

export function RoomPage({ session, onRejoin, onHome }: Props) {
  const { phase, notice } = useSessionState(session);
  const shortcuts = useMemo(
    () => ({
      'toggle-mic': () => void session.toggleMic(),
      'toggle-camera': () => void session.toggleCamera(),
      'toggle-hand': () => undefined, // no hand to raise before the room
    }),
    [session],
  );
  // Shortcuts work on the prejoin and waiting screens too (the room binds its own).
  useShortcuts(shortcuts, phase === 'prejoin' || phase === 'joining' || phase === 'waiting');
  if (phase === 'left') return <Left notice={notice} onRejoin={onRejoin} onHome={onHome} />;
  if (phase === 'joined') return <Room session={session} />;
  if (phase === 'waiting') return <WaitingRoom session={session} />;
  return (
    <NotOpenGate roomId={session.roomId} onRetry={onRejoin} onHome={onHome} onWait={() => session.local.dispose()}>
      <Prejoin session={session} onHome={onHome} />
    </NotOpenGate>
  );
}
