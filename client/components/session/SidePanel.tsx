// The room's side panel: People (the FacilitatorPanel for those who facilitate, and guest links
// for an instant room's host), Chat, or Breakouts (facilitators of the session). Always in
// the page (hidden when closed) so the toggles' aria-controls points at something real.
import type { ChatMessage, SessionEventName } from '../../../shared/protocol';
import type { SessionView } from '../../../shared/session';
import type { ReadableStore } from '../../core/store';
import { BreakoutsPanel } from '../breakouts/BreakoutsPanel';
import { ChatPanel } from '../chat/ChatPanel';
import { FacilitatorPanel } from '../facilitator/FacilitatorPanel';
import { GuestLinkPanel } from '../GuestLinkPanel';
import { PeopleList } from './PeopleList';
import { SIDE_PANEL_ID, type SidePanelName } from './RoomControls';

interface Props {
  panel: SidePanelName | null;
  view: SessionView | null;
  selfId: string;
  facilitating: boolean;
  /** The instant room whose host is looking: they may make guest links. Null otherwise. */
  guestRoomId: string | null;
  messages: ChatMessage[];
  /** The server's clock, for the breakouts' countdown. */
  clock: ReadableStore<number>;
  act: (event: SessionEventName, payload: object) => Promise<unknown>;
  send: (text: string, to: 'room' | 'facilitators') => Promise<unknown>;
  remove: (messageId: string) => Promise<unknown>;
  onClose: () => void;
}

export function SidePanel(p: Props) {
  const label = p.panel === 'chat' ? 'Chat' : p.panel === 'breakouts' ? 'Breakouts' : 'People';
  return (
    <aside id={SIDE_PANEL_ID} className="side-panel card" aria-label={label} hidden={p.panel === null}>
      {p.panel !== null && (
        <button type="button" className="button button--small button--quiet side-panel__close" onClick={p.onClose}>
          Close {label.toLowerCase()}
        </button>
      )}
      {p.panel === 'people' && p.guestRoomId !== null && <GuestLinkPanel roomId={p.guestRoomId} />}
      {p.panel === 'people' &&
        p.view &&
        (p.facilitating ? <FacilitatorPanel view={p.view} selfId={p.selfId} act={p.act} /> : <PeopleList view={p.view} />)}
      {p.panel === 'people' && !p.view && <p className="muted">Getting the list of people…</p>}
      {p.panel === 'breakouts' && p.view && <BreakoutsPanel view={p.view} selfId={p.selfId} clock={p.clock} act={p.act} />}
      {p.panel === 'breakouts' && !p.view && <p className="muted">Getting the breakout rooms…</p>}
      {p.panel === 'chat' && (
        <ChatPanel messages={p.messages} selfId={p.selfId} canModerate={p.facilitating} send={p.send} remove={p.remove} />
      )}
    </aside>
  );
}
