// The waiting room: a calm place to settle until a facilitator lets you in. The group's
// guidelines to read, your camera and microphone to check, and a way to leave.
import { ConnectionBanner } from '../components/ConnectionBanner';
import { DevicePickers } from '../components/DevicePickers';
import { DevicePreview } from '../components/DevicePreview';
import { GuidelinesBox } from '../components/GuidelinesBox';
import { isGroupRoomId } from '../core/roomTarget';
import type { RoomSession } from '../core/session/roomSession';
import { useLocalMedia, useSessionState } from '../hooks/useRoom';

export function WaitingRoom({ session }: { session: RoomSession }) {
  const state = useSessionState(session);
  const local = useLocalMedia(session);
  const name = state.you?.displayName ?? '';
  const locked = state.session !== null && 'locked' in state.session && state.session.locked;
  // A group has facilitators; an instant room has its host.
  const who = isGroupRoomId(session.roomId) ? 'The facilitator' : 'The host';

  return (
    <main className="page waiting">
      <ConnectionBanner status={state.connection} onRetry={() => session.retry()} />
      <section className="card waiting__intro" aria-labelledby="waiting-title">
        <h1 id="waiting-title" tabIndex={-1}>
          {state.roomTitle ?? 'Waiting room'}
        </h1>
        <p className="lead" role="status">
          {locked ? `The room is locked for now. ${who} will let you in when it opens.` : `${who} will let you in soon.`}
        </p>
        <p className="muted">Take a breath and settle in. You can check your camera and microphone while you wait.</p>
        {state.guidelines && <GuidelinesBox id="waiting-guidelines" text={state.guidelines} />}
        <div className="waiting__actions">
          <button type="button" className="button" onClick={() => void session.leave()}>
            Leave
          </button>
        </div>
      </section>
      <section className="waiting__preview" aria-label="Your preview">
        <DevicePreview session={session} name={name} />
        <DevicePickers local={local} onSelect={(kind, id) => void session.selectDevice(kind, id)} />
      </section>
    </main>
  );
}
