// How you look and sound before you are in the room (prejoin and waiting room): the camera
// preview or your initial, the mic and camera toggles, the mic level, and any device problem.
import type { RoomSession } from '../core/session/roomSession';
import { useLocalMedia, useMicLevel } from '../hooks/useRoom';
import { Avatar } from './Avatar';
import { DeviceNotice } from './DeviceNotice';
import { MediaToggles } from './MediaToggles';
import { MicMeter } from './MicMeter';
import { VideoView } from './VideoView';

export function DevicePreview({ session, name }: { session: RoomSession; name: string }) {
  const local = useLocalMedia(session);
  const level = useMicLevel(session);
  const micLive = local.micOn && local.mic.type === 'track';
  const starting = local.camera.type === 'placeholder' && local.camera.reason === 'starting';
  return (
    <>
      <div className="preview">
        {local.camera.type === 'track' && local.cameraOn ? (
          <VideoView track={local.camera.track} mirrored />
        ) : (
          <div className="preview__placeholder">
            <Avatar name={name || '?'} />
            <span>{starting ? 'Starting camera…' : 'Camera is off'}</span>
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
    </>
  );
}
