// Session actions for the room's components, as stable callbacks. Fire-and-forget ones swallow
// the rejection: RoomSession has already shown the server's reason as a toast.
import { useMemo, useState } from 'react';
import type { ChatMessage, Reaction, SessionEventName } from '../../shared/protocol';
import { asSessionView } from '../core/session/floor';
import type { RoomSession } from '../core/session/roomSession';

const quietly = (p: Promise<unknown>): void => void p.catch(() => undefined);

export function useSessionActions(session: RoomSession) {
  return useMemo(
    () => ({
      /** Raise the hand, or lower it if it is up (read at the moment of the press, not of the render). */
      toggleHand: (): void => {
        const view = asSessionView(session.state.get().session);
        if (!view) return;
        quietly(session.act(view.you.queuePosition !== null ? 'hand:lower' : 'hand:raise', {}));
      },
      finishTurn: (): void => quietly(session.act('stick:finish', {})),
      passTurn: (): void => quietly(session.passTurn()),
      unmute: (source: 'mic' | 'camera'): void => quietly(source === 'mic' ? session.setMicOn(true) : session.setCameraOn(true)),
      /** For the FacilitatorPanel: it shows refusals itself, so no toast; it gets the rejection. */
      act: (event: SessionEventName, payload: object): Promise<void> => session.act(event, payload as never, { quiet: true }),
      /** The ChatPanel and ReactionBar handle refusals themselves (an alert line; nothing for a
       *  gesture), so these are quiet and reject. */
      sendChat: (text: string, to: 'room' | 'facilitators'): Promise<void> => session.sendChat(text, to, { quiet: true }),
      deleteChat: (messageId: string): Promise<void> => session.deleteChat(messageId, { quiet: true }),
      react: (reaction: Reaction): Promise<void> => session.react(reaction, { quiet: true }),
    }),
    [session],
  );
}

/** Chat messages from others that arrived while the chat panel was closed. */
export function useUnreadChat(messages: ChatMessage[], open: boolean, selfId: string | null): number {
  const [seenUntil, setSeenUntil] = useState(0);
  const newest = messages.at(-1)?.sentAt ?? 0;
  // Derived from the previous render (React's documented pattern): opening the panel reads everything.
  if (open && seenUntil < newest) setSeenUntil(newest);
  if (open) return 0;
  return messages.filter((m) => m.sentAt > seenUntil && m.from.peerId !== selfId).length;
}
