// Sample breakout views: a facilitator's overview (plan or running rooms) and a member's breakout.
import type { BreakoutPlan, BreakoutsOverview, RoomBreakoutView, SessionView } from '../../../shared/session';
import { sampleView } from '../facilitator/views';

export const NOW = 1_700_000_000_000;

export function plan(over: Partial<BreakoutPlan> = {}): BreakoutPlan {
  return {
    rooms: [
      { id: 'b1', name: 'Circle 1', topic: 'Sleep' },
      { id: 'b2', name: 'Circle 2', topic: '' },
    ],
    assignment: { sam: 'b1', lee: 'b2' },
    keepApart: [],
    durationMs: 15 * 60_000,
    warningMs: 60_000,
    allowReturn: true,
    optedOut: [],
    ...over,
  };
}

type Person = BreakoutsOverview['rooms'][number]['people'][number];
export const person = (peerId: string, displayName: string, over: Partial<Person> = {}): Person => ({
  peerId, displayName, role: 'member', visiting: false, host: false, connected: true, ...over,
});

/** Running: Sam (host) in Circle 1, which asked for help; Lee in Circle 2 with Kim visiting. */
export function running(over: Partial<BreakoutsOverview> = {}): BreakoutsOverview {
  return {
    rooms: [
      { id: 'b1', name: 'Circle 1', topic: 'Sleep', helpAskedAt: NOW - 5000, people: [person('sam', 'Sam', { host: true })] },
      { id: 'b2', name: 'Circle 2', topic: '', helpAskedAt: null, people: [person('lee', 'Lee'), person('kim', 'Kim', { role: 'facilitator', visiting: true })] },
    ],
    endsAt: NOW + 10 * 60_000,
    warned: false,
    plan: plan(),
    ...over,
  };
}

export const planning = (p: BreakoutPlan | null = null): BreakoutsOverview => ({ rooms: [], endsAt: null, warned: false, plan: p });

/** Robin (facilitator) in the main room with this overview; while rooms run, only Robin and Ana are in main. */
export function facilitatorView(breakouts: BreakoutsOverview, over: Partial<SessionView> = {}): SessionView {
  const all = sampleView().participants;
  const participants = breakouts.rooms.length > 0 ? all.filter((p) => p.peerId === 'robin' || p.peerId === 'ana') : all;
  return sampleView({ breakouts, participants, ...over });
}

export function breakoutOf(over: Partial<RoomBreakoutView> = {}): RoomBreakoutView {
  return {
    id: 'b2', name: 'Circle 2', topic: 'Sleep and rest', endsAt: NOW + 10 * 60_000, warned: false, allowReturn: true,
    helpAskedAt: null, visitors: [], hosts: [], ...over,
  };
}
