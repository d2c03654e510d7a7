// Session state, local media state and the tiles built from them, for the room and prejoin pages.
import { useMemo } from 'react';
import type { SessionView } from '../../shared/session';
import type { LocalMediaState } from '../core/media/localMedia';
import type { RoomSession } from '../core/session/roomSession';
import { asSessionView } from '../core/session/floor';
import { buildTiles, type TileModel } from '../core/session/tiles';
import type { SessionState } from '../core/session/types';
import { useStore } from './useStore';

export function useSessionState(session: RoomSession): SessionState {
  return useStore(session.state);
}

export function useLocalMedia(session: RoomSession): LocalMediaState {
  return useStore(session.local.state);
}

export function useTiles(session: RoomSession, fallbackName: string): TileModel[] {
  const state = useSessionState(session);
  const local = useLocalMedia(session);
  return useMemo(() => buildTiles(state, local, fallbackName), [state, local, fallbackName]);
}

/** Audio level of one peer in dBov, or null when they are quiet. */
export function usePeerLevel(session: RoomSession, peerId: string | null): number | null {
  const levels = useStore(session.levels);
  return peerId ? (levels[peerId] ?? null) : null;
}

export function useMicLevel(session: RoomSession): number {
  return useStore(session.micLevel);
}

/** Our view of the live session while in the room (null in the waiting room or before it arrives). */
export function useSessionView(session: RoomSession): SessionView | null {
  return asSessionView(useSessionState(session).session);
}

/** The server's clock in whole seconds; re-renders once a second while mounted. */
export function useServerClock(session: RoomSession): number {
  return useStore(session.serverClock);
}
