// A test client's view of the live session, put together from what it received (session:room
// patches, session:you, session:waiting) exactly as the browser client does, with shared `assemble`.
import { assemble, type RoomView, type SessionView, type WaitingEntry, type WaitingView, type YouView } from '../../shared/session';
import type { TestClient } from './client';

export function currentView(client: Pick<TestClient, 'events'>): SessionView | WaitingView | null {
  let room: RoomView | null = null;
  let you: YouView | null = null;
  let waiting: WaitingEntry[] | null = null;
  for (const { event, payload } of client.events) {
    if (event === 'session:room') room = { ...(room ?? {}), ...(payload as Partial<RoomView>) } as RoomView;
    else if (event === 'session:you') you = payload as YouView;
    else if (event === 'session:waiting') waiting = (payload as { waiting: WaitingEntry[] }).waiting;
  }
  return assemble(room, you, waiting);
}

/** Waits until the client's view is a room view that satisfies `test`. */
export async function roomViewWhere(client: Pick<TestClient, 'events'>, test: (v: SessionView) => boolean, timeoutMs = 5000): Promise<SessionView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = currentView(client);
    if (v && 'participants' in v && test(v)) return v;
    if (Date.now() > deadline) throw new Error(`no matching session view within ${timeoutMs} ms; last: ${JSON.stringify(v).slice(0, 1500)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
