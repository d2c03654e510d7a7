// In the room: everyone's tiles, the connection state, and the controls.
import { useCallback, useMemo, useState } from 'react';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { ControlsBar } from '../components/ControlsBar';
import { DevicePickers } from '../components/DevicePickers';
import { TileGrid } from '../components/TileGrid';
import { levelToUnit } from '../core/levels';
import type { RoomSession } from '../core/session/roomSession';
import { useStore } from '../hooks/useStore';
import { useLocalMedia, useSessionState, useTiles } from '../hooks/useRoom';
import { useShortcuts } from '../hooks/useShortcuts';

export function Room({ session }: { session: RoomSession }) {
  const state = useSessionState(session);
  const local = useLocalMedia(session);
  const tiles = useTiles(session, 'You');
  const levels = useStore(session.levels);
  const [settingsOpen, setSettingsOpen] = useState(false);

  const shortcuts = useMemo(
    () => ({ 'toggle-mic': () => void session.toggleMic(), 'toggle-camera': () => void session.toggleCamera() }),
    [session],
  );
  useShortcuts(shortcuts);
  const levelOf = useCallback((peerId: string | null) => levelToUnit(peerId ? (levels[peerId] ?? null) : null), [levels]);
  const onViewport = useCallback((id: string, w: number, h: number) => session.viewport.report(id, w, h), [session]);
  const onFirstFrame = useCallback(() => session.markFirstRemoteFrame(), [session]);
  const others = tiles.length - 1;

  return (
    <main className="page room">
      <header className="room__header">
        <h1 className="brand__name">{state.roomTitle ?? 'Hearth'}</h1>
        <span className="muted">
          {others === 0 ? 'Waiting for others to arrive' : `${others + 1} people here`}
        </span>
      </header>
      <ConnectionBanner status={state.connection} onRetry={() => session.retry()} />
      <TileGrid tiles={tiles} levelOf={levelOf} onViewport={onViewport} onFirstFrame={onFirstFrame} />
      {settingsOpen && (
        <section id="device-settings" className="card settings" aria-label="Device settings">
          <DevicePickers local={local} onSelect={(kind, id) => void session.selectDevice(kind, id)} />
          <button type="button" className="button button--quiet" onClick={() => setSettingsOpen(false)}>
            Done
          </button>
        </section>
      )}
      <ControlsBar
        micOn={local.micOn}
        cameraOn={local.cameraOn}
        audioOnly={state.audioOnly}
        settingsOpen={settingsOpen}
        onToggleMic={() => void session.toggleMic()}
        onToggleCamera={() => void session.toggleCamera()}
        onToggleAudioOnly={() => void session.setAudioOnly(!state.audioOnly)}
        onToggleSettings={() => setSettingsOpen((open) => !open)}
        onLeave={() => void session.leave()}
      />
    </main>
  );
}
