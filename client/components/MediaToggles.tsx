// The mic and camera toggles, shared by the prejoin screen and the room's controls bar.
// Pressed means "on": the button reads "Turn microphone off" while the mic is live.
import { ControlButton } from './ControlButton';

interface Props {
  micOn: boolean;
  cameraOn: boolean;
  onToggleMic: () => void;
  onToggleCamera: () => void;
}

export function MediaToggles({ micOn, cameraOn, onToggleMic, onToggleCamera }: Props) {
  return (
    <>
      <ControlButton
        label={micOn ? 'Turn microphone off' : 'Turn microphone on'}
        icon={micOn ? 'mic' : 'micOff'}
        pressed={micOn}
        tone={micOn ? 'default' : 'off'}
        caption={micOn ? 'Mic on' : 'Mic off'}
        shortcut="M"
        onClick={onToggleMic}
      />
      <ControlButton
        label={cameraOn ? 'Turn camera off' : 'Turn camera on'}
        icon={cameraOn ? 'camera' : 'cameraOff'}
        pressed={cameraOn}
        tone={cameraOn ? 'default' : 'off'}
        caption={cameraOn ? 'Camera on' : 'Camera off'}
        shortcut="V"
        onClick={onToggleCamera}
      />
    </>
  );
}
