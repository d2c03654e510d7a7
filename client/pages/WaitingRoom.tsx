// The waiting room: a calm place to settle until a facilitator lets you in. The group's
// guidelines to read, your camera and microphone to check, and a way to leave.
import { Avatar } from '../components/Avatar';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { DeviceNotice } from '../components/DeviceNotice';
import { DevicePickers } from '../components/DevicePickers';
import { GuidelinesBox } from '../components/GuidelinesBox';
import { MediaToggles } from '../components/MediaToggles';
import { MicMeter } from '../components/MicMeter';
import { VideoView } from '../components/VideoView';
import type { RoomSession } from '../core/session/roomSession';
import { useLocalMedia, useMicLevel, useSessionState } from '../hooks/useRoom';

export function WaitingRoom({ session }: { session: RoomSession }) {
  const state = useSessionState(session);
  const local = useLocalMedia(session);
  const level = useMicLevel(session);
  const name = state.you?.displayName ?? '';
  const locked = state.session !== null && 'locked' in state.session && state.session.locked;
  // A group has facilitators; an instant room (no guidelines) has its host.
  const who = state.guidelines === null ? 'The host' : 'The facilitator';
  const micLive = local.micOn && local.mic.type === 'track';

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
        <div className="preview">
          {local.camera.type === 'track' && local.cameraOn ? (
            <VideoView track={local.camera.track} mirrored />
          ) : (
            <div className="preview__placeholder">
              <Avatar name={name || '?'} />
              <span>Camera is off</span>
            </div>
          )}
          <div className="preview__controls">
            <MediaToggles
              micOn={local.micOn}
              cameraOn={local.cameraOn}
              onToggleMic={() => void session.toggleMic()}
              onToggleCamera={() => void session.toggleCamera()}
            />
          </div>
        </div>
        <div className="meter-row">
          <span className="meter-row__label">{micLive ? 'Microphone level' : 'Microphone is off'}</span>
          <MicMeter level={level} active={micLive} />
        </div>
        <DeviceNotice mic={local.mic} camera={local.camera} />
        <DevicePickers local={local} onSelect={(kind, id) => void session.selectDevice(kind, id)} />
      </section>
    </main>
  );
}
