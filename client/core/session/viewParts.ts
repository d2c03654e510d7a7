// The live session view arrives in parts (shared/session/view.ts): the room everyone in our space
// shares (in full on entering, then patches of the keys that changed), our own part, and for
// facilitating peers the waiting list and the breakouts overview. This keeps the parts and puts
// them back together.
import {
  assemble, ROOM_VIEW_KEYS, type BreakoutsOverview, type RoomView, type SessionView, type WaitingEntry, type WaitingView, type YouView,
} from '../../../shared/session';

export class ViewParts {
  private room: RoomView | null = null;
  private you: YouView | null = null;
  private waiting: WaitingEntry[] | null = null;
  private breakouts: BreakoutsOverview | null = null;

  /** A patch before the first full room (which should not happen) is dropped: it cannot stand alone. */
  patchRoom(patch: Partial<RoomView>): SessionView | WaitingView | null {
    if (this.room) this.room = { ...this.room, ...patch };
    else if (ROOM_VIEW_KEYS.every((key) => key in patch)) this.room = patch as RoomView;
    return this.view();
  }

  setYou(you: YouView): SessionView | WaitingView | null {
    this.you = you;
    return this.view();
  }

  setWaiting(waiting: WaitingEntry[]): SessionView | WaitingView | null {
    this.waiting = waiting;
    return this.view();
  }

  setBreakouts(breakouts: BreakoutsOverview): SessionView | WaitingView | null {
    this.breakouts = breakouts;
    return this.view();
  }

  /** The overview as last sent (facilitating peers only), for names of rooms. */
  overview(): BreakoutsOverview | null {
    return this.breakouts;
  }

  /** Our media moved to another space: its room arrives in full; until then there is no room. */
  moveSpace(): SessionView | WaitingView | null {
    this.room = null;
    return this.view();
  }

  /** Out of the room (back to waiting, or left): the next entry sends the room in full again. */
  leaveRoom(): void {
    this.room = null;
    this.waiting = null;
    this.breakouts = null;
  }

  view(): SessionView | WaitingView | null {
    return assemble(this.room, this.you, this.waiting, this.breakouts);
  }
}
