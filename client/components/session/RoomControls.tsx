// The room's controls: mic, camera, hand, audio-only, devices, the People and Chat panels (and
// Breakouts for facilitators), and Leave. A mic the member may not turn on now stays focusable and says why.
import { ControlButton } from '../ControlButton';
import { Icon } from '../Icon';
import { SessionButton } from './SessionButton';

export type SidePanelName = 'people' | 'chat' | 'breakouts';

/** Ids of the sentences explaining a blocked mic / camera (rendered by ControlNotes). */
export const MIC_BLOCK_ID = 'mic-block-reason';
export const CAMERA_BLOCK_ID = 'camera-block-reason';
export const SIDE_PANEL_ID = 'side-panel';

interface Props {
  micOn: boolean;
  cameraOn: boolean;
  micBlocked: boolean;
  cameraBlocked: boolean;
  /** Null when there is no hand to raise (no live session view yet). */
  handRaised: boolean | null;
  audioOnly: boolean;
  settingsOpen: boolean;
  panel: SidePanelName | null;
  unreadChat: number;
  /** Offer the Breakouts panel (facilitators of the session); true with `help` when a room asked for help. */
  breakouts?: { help: boolean } | null;
  onToggleMic: () => void;
  onToggleCamera: () => void;
  onToggleHand: () => void;
  onToggleAudioOnly: () => void;
  onToggleSettings: () => void;
  onTogglePanel: (panel: SidePanelName) => void;
  onLeave: () => void;
}

export function RoomControls(p: Props) {
  const micUnavailable = !p.micOn && p.micBlocked;
  const cameraUnavailable = !p.cameraOn && p.cameraBlocked;
  return (
    <div className="controls" role="toolbar" aria-label="Call controls">
      <SessionButton
        label={p.micOn ? 'Turn microphone off' : 'Turn microphone on'}
        icon={<Icon name={p.micOn ? 'mic' : 'micOff'} />}
        pressed={p.micOn}
        tone={p.micOn ? 'default' : 'off'}
        caption={p.micOn ? 'Mic on' : 'Mic off'}
        shortcut="M"
        unavailable={micUnavailable}
        describedBy={micUnavailable ? MIC_BLOCK_ID : undefined}
        onClick={p.onToggleMic}
      />
      <SessionButton
        label={p.cameraOn ? 'Turn camera off' : 'Turn camera on'}
        icon={<Icon name={p.cameraOn ? 'camera' : 'cameraOff'} />}
        pressed={p.cameraOn}
        tone={p.cameraOn ? 'default' : 'off'}
        caption={p.cameraOn ? 'Camera on' : 'Camera off'}
        shortcut="V"
        unavailable={cameraUnavailable}
        describedBy={cameraUnavailable ? CAMERA_BLOCK_ID : undefined}
        onClick={p.onToggleCamera}
      />
      {p.handRaised !== null && (
        <SessionButton
          label="Raise hand"
          icon={<Icon name="hand" />}
          pressed={p.handRaised}
          tone={p.handRaised ? 'raised' : 'default'}
          caption={p.handRaised ? 'Hand up' : 'Hand'}
          shortcut="H"
          onClick={p.onToggleHand}
        />
      )}
      <ControlButton label="Audio only" icon="headphones" pressed={p.audioOnly} caption="Audio only" onClick={p.onToggleAudioOnly} />
      <ControlButton
        label="Device settings"
        icon="settings"
        expanded={p.settingsOpen}
        controls="device-settings"
        caption="Devices"
        onClick={p.onToggleSettings}
      />
      <SessionButton
        label="People"
        icon={<Icon name="people" />}
        caption="People"
        expanded={p.panel === 'people'}
        controls={SIDE_PANEL_ID}
        onClick={() => p.onTogglePanel('people')}
      />
      {p.breakouts && (
        <SessionButton
          label={p.breakouts.help ? 'Breakouts, a room asked for help' : 'Breakouts'}
          icon={<Icon name="breakouts" />}
          caption={p.breakouts.help ? 'Breakouts (help)' : 'Breakouts'}
          expanded={p.panel === 'breakouts'}
          controls={SIDE_PANEL_ID}
          onClick={() => p.onTogglePanel('breakouts')}
        />
      )}
      <SessionButton
        label={p.unreadChat > 0 ? `Chat, ${p.unreadChat} new` : 'Chat'}
        icon={<Icon name="chat" />}
        caption={p.unreadChat > 0 ? `Chat (${p.unreadChat})` : 'Chat'}
        expanded={p.panel === 'chat'}
        controls={SIDE_PANEL_ID}
        onClick={() => p.onTogglePanel('chat')}
      />
      <ControlButton label="Leave" icon="leave" tone="danger" caption="Leave" onClick={p.onLeave} />
    </div>
  );
}
