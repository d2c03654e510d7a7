// A member's breakout actions for the banner and the toast's button, as stable callbacks. A refusal
// shows as a toast (RoomSession does it), so these swallow the rejection.
import { useMemo } from 'react';
import { MAIN } from '../core/session/breakouts';
import type { RoomSession } from '../core/session/roomSession';

const quietly = (p: Promise<unknown>): void => void p.catch(() => undefined);

export function useBreakoutActions(session: RoomSession) {
  return useMemo(
    () => ({
      askHelp: (): void => quietly(session.act('breakout:askHelp', {})),
      returnToMain: (): void => quietly(session.act('breakout:returnToMain', {})),
      /** A visiting facilitator goes back to the main room. */
      backToMain: (): void => quietly(session.act('breakout:visit', { to: MAIN })),
      toastAction: (): void => quietly(session.toastAction()),
    }),
    [session],
  );
}
