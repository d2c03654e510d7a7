// In the room: everyone's tiles, the breakout we are in (if any), the floor (talking stick, hand
// queue), prompts addressed to the member, the side panel (people, chat or breakouts), the
// connection state and the controls. A move between spaces shows calmly over the grid.
import { useCallback, useMemo, useState } from 'react';
import { BreakoutBanner } from '../components/breakouts/BreakoutBanner';
import { MovingNotice } from '../components/breakouts/MovingNotice';
import { PlannedNote } from '../components/breakouts/PlannedNote';
import { ReactionBar } from '../components/chat/ReactionBar';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { DevicePickers } from '../components/DevicePickers';
import { ControlNotes } from '../components/session/ControlNotes';
import { HandQueue } from '../components/session/HandQueue';
import { Prompts, promptAnnouncement } from '../components/session/Prompts';
import { RoomControls, type SidePanelName } from '../components/session/RoomControls';
import { SessionTileGrid } from '../components/session/SessionTileGrid';
import { SidePanel } from '../components/session/SidePanel';
import { StickBanner } from '../components/session/StickBanner';
import { Toast } from '../components/session/Toast';
import type { SessionView } from '../../shared/session';
import { levelToUnit } from '../core/levels';
import { badgesFor } from '../core/session/badges';
import { isFacilitatingRole, asSessionView, turnOnBlock } from '../core/session/floor';
import type { RoomSession } from '../core/session/roomSession';
import { useStore } from '../hooks/useStore';
import { useLocalMedia, useServerClock, useSessionState, useTiles } from '../hooks/useRoom';
import { useBreakoutActions } from '../hooks/useBreakoutActions';
import { useSessionActions, useUnreadChat } from '../hooks/useSessionActions';
import { useShortcuts } from '../hooks/useShortcuts';

export function Room({ session }: { session: RoomSession }) {
  const state = useSessionState(session);
  const local = useLocalMedia(session);
  const tiles = useTiles(session, 'You');
  const levels = useStore(session.levels);
  const actions = useSessionActions(session);
  const breakoutActions = useBreakoutActions(session);
  const view = asSessionView(state.session);
  const selfId = state.self?.peerId ?? '';
  const facilitating = view !== null && isFacilitatingRole(view.you.role);
  const [settingsOpen, setSettingsOpen] = useState(false);
  // Until the member chooses, facilitators see People (the waiting list matters) and members see the room.
  const [panelChoice, setPanelChoice] = useState<SidePanelName | null | undefined>(undefined);
  const chosen = panelChoice === undefined ? (facilitating ? 'people' : null) : panelChoice;
  // Breakouts are for facilitators of the session only (the view carries the overview for them).
  const breakouts = view?.breakouts ? { help: view.breakouts.rooms.some((r) => r.helpAskedAt !== null) } : null;
  const panel = chosen === 'breakouts' && !breakouts ? null : chosen;
  const unread = useUnreadChat(state.chat, panel === 'chat', selfId);

  const shortcuts = useMemo(
    () => ({
      'toggle-mic': () => void session.toggleMic(),
      'toggle-camera': () => void session.toggleCamera(),
      'toggle-hand': actions.toggleHand,
    }),
    [session, actions],
  );
  useShortcuts(shortcuts);
  const levelOf = useCallback((peerId: string | null) => levelToUnit(peerId ? (levels[peerId] ?? null) : null), [levels]);
  const badgesOf = useCallback((peerId: string | null) => badgesFor(state, peerId), [state]);
  const onViewport = useCallback((id: string, w: number, h: number) => session.viewport.report(id, w, h), [session]);
  const onFirstFrame = useCallback(() => session.markFirstRemoteFrame(), [session]);
  const others = tiles.length - 1;
  const micBlock = turnOnBlock(state, 'mic');
  const cameraBlock = turnOnBlock(state, 'camera');

  return (
    <main className="page room">
      <header className="room__header">
        <h1 className="brand__name">{state.roomTitle ?? 'Hearth'}</h1>
        <span className="muted">
          {view?.facilitatorReconnecting
            ? 'The facilitator is reconnecting…'
            : others === 0
              ? 'Waiting for others to arrive'
              : `${others + 1} people here`}
        </span>
      </header>
      <ConnectionBanner status={state.connection} onRetry={() => session.retry()} />
      {view?.breakout && (
        <BreakoutBanner
          breakout={view.breakout}
          clock={session.serverClock}
          onAskHelp={breakoutActions.askHelp}
          onReturn={breakoutActions.returnToMain}
          onBack={breakoutActions.backToMain}
        />
      )}
      {view?.you.planned && !facilitating && (
        <PlannedNote planned={view.you.planned} onStay={(optOut) => void session.act('breakout:optOut', { optOut }).catch(() => undefined)} />
      )}
      {view && <Floor session={session} view={view} onFinish={actions.finishTurn} />}
      <div className="room__body">
        <div className={state.moving ? 'room__stage room__stage--moving' : 'room__stage'}>
          <SessionTileGrid tiles={tiles} badgesOf={badgesOf} levelOf={levelOf} onViewport={onViewport} onFirstFrame={onFirstFrame} />
          <MovingNotice moving={state.moving} />
        </div>
        <SidePanel
          panel={panel}
          view={view}
          selfId={selfId}
          facilitating={facilitating}
          guestRoomId={view?.you.role === 'host' ? session.roomId : null}
          messages={state.chat}
          clock={session.serverClock}
          act={actions.act}
          send={actions.sendChat}
          remove={actions.deleteChat}
          onClose={() => setPanelChoice(null)}
        />
      </div>
      {state.prompt && <Prompts prompt={state.prompt} onUnmute={actions.unmute} onPass={actions.passTurn} onDismiss={session.dismissPrompt} />}
      <div className="sr-only" aria-live="assertive">
        {promptAnnouncement(state.prompt)}
      </div>
      {settingsOpen && (
        <section id="device-settings" className="card settings" aria-label="Device settings">
          <DevicePickers local={local} onSelect={(kind, id) => void session.selectDevice(kind, id)} />
          <button type="button" className="button button--quiet" onClick={() => setSettingsOpen(false)}>
            Done
          </button>
        </section>
      )}
      <Toast toast={state.toast} onDismiss={session.dismissToast} onAction={breakoutActions.toastAction} />
      <ControlNotes micBlock={micBlock} cameraBlock={cameraBlock} />
      <div className="controls-area">
        <ReactionBar send={actions.react} />
        <RoomControls
          micOn={local.micOn}
          cameraOn={local.cameraOn}
          micBlocked={micBlock !== null}
          cameraBlocked={cameraBlock !== null}
          handRaised={view ? view.you.queuePosition !== null : null}
          audioOnly={state.audioOnly}
          settingsOpen={settingsOpen}
          panel={panel}
          unreadChat={unread}
          breakouts={breakouts}
          onToggleMic={() => void session.toggleMic()}
          onToggleCamera={() => void session.toggleCamera()}
          onToggleHand={actions.toggleHand}
          onToggleAudioOnly={() => void session.setAudioOnly(!state.audioOnly)}
          onToggleSettings={() => setSettingsOpen((open) => !open)}
          onTogglePanel={(name) => setPanelChoice(panel === name ? null : name)}
          onLeave={() => void session.leave()}
        />
      </div>
    </main>
  );
}

/** The talking stick and the hand queue; its own component so only it re-renders every second. */
function Floor({ session, view, onFinish }: { session: RoomSession; view: SessionView; onFinish: () => void }) {
  if (!view.stick && view.settings.floor !== 'stick' && view.queue.length === 0) return null;
  return (
    <div className="floor">
      {view.stick ? <Countdown session={session} view={view} onFinish={onFinish} /> : <StickBanner view={view} now={0} onFinish={onFinish} />}
      <HandQueue view={view} />
    </div>
  );
}

function Countdown({ session, view, onFinish }: { session: RoomSession; view: SessionView; onFinish: () => void }) {
  const now = useServerClock(session);
  return <StickBanner view={view} now={now} onFinish={onFinish} />;
}
