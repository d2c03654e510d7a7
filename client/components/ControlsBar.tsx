// The room's controls: mic, camera, audio-only, device settings, leave.
import { MediaToggles } from './MediaToggles';
import { ControlButton } from './ControlButton';

interface Props {
  micOn: boolean;
  cameraOn: boolean;
  audioOnly: boolean;
  settingsOpen: boolean;
  onToggleMic: () => void;
  onToggleCamera: () => void;
  onToggleAudioOnly: () => void;
  onToggleSettings: () => void;
  onLeave: () => void;
}

export function ControlsBar(p: Props) {
  return (
    <div className="controls" role="toolbar" aria-label="Call controls">
      <MediaToggles micOn={p.micOn} cameraOn={p.cameraOn} onToggleMic={p.onToggleMic} onToggleCamera={p.onToggleCamera} />
      <ControlButton
        label="Audio only"
        icon="headphones"
        pressed={p.audioOnly}
        caption="Audio only"
        onClick={p.onToggleAudioOnly}
      />
      <ControlButton
        label="Device settings"
        icon="settings"
        expanded={p.settingsOpen}
        controls="device-settings"
        caption="Devices"
        onClick={p.onToggleSettings}
      />
      <ControlButton label="Leave" icon="leave" tone="danger" caption="Leave" onClick={p.onLeave} />
    </div>
  );
}
