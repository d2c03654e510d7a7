// Breakouts planned for one scheduled session, as a form: the draft a facilitator edits (people are
// group members, by membership, since nobody is connected yet), the request body it becomes, the
// saved plan it starts from, and where each problem the server names is shown.
import type { BreakoutPlanBody, BreakoutPlanView, MemberView } from '../../../shared/api';
import { autoAssign, defaultRoomName, MAIN, MAIN_ROOM_NAME } from '../../../shared/session';

export interface PlanRoomDraft {
  name: string;
  topic: string;
}

export interface OccurrencePlanDraft {
  rooms: PlanRoomDraft[];
  /** membershipId → room index (0 is the first room); people not listed stay in the main room. */
  assignment: Record<string, number>;
  /** Pairs of membership ids that "Assign at random" (and the live Shuffle) keep apart. */
  keepApart: Array<[string, string]>;
  /** null: no time limit. */
  durationMinutes: number | null;
  allowReturn: boolean;
}

export interface PlanPersonRef {
  id: string;
  name: string;
}

const room = (i: number): PlanRoomDraft => ({ name: defaultRoomName(i + 1), topic: '' });

/** Two circles, nobody placed yet, no timer, members may come back: the live planner's defaults. */
export function newPlanDraft(): OccurrencePlanDraft {
  return { rooms: [room(0), room(1)], assignment: {}, keepApart: [], durationMinutes: null, allowReturn: true };
}

/** The people a plan places: members, by pseudonym. Staff run the session; they are not assigned. */
export function plannablePeople(members: readonly MemberView[]): PlanPersonRef[] {
  return members
    .filter((m) => m.role === 'member')
    .map((m) => ({ id: m.membershipId, name: m.pseudonym }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * A saved plan to edit. Entries of people who left the group since are dropped (the session would
 * ignore them anyway); `left` counts those people, so the planner can say why they are gone.
 */
export function draftFromView(view: BreakoutPlanView, people: readonly PlanPersonRef[]): { draft: OccurrencePlanDraft; left: number } {
  const present = new Set(people.map((p) => p.id));
  const gone = new Set<string>();
  const keep = (id: string): boolean => {
    if (!present.has(id)) gone.add(id);
    return present.has(id);
  };
  const rooms = view.rooms.length > 0 ? view.rooms.map((r) => ({ name: r.name, topic: r.topic })) : [room(0)];
  const assignment = Object.fromEntries(Object.entries(view.assignment).filter(([id, index]) => keep(id) && index < rooms.length));
  const keepApart = view.keepApart
    .filter(([a, b]) => {
      // Both looked at (no short circuit), so each person who left is counted.
      const [hasA, hasB] = [keep(a), keep(b)];
      return hasA && hasB;
    })
    .map(([a, b]): [string, string] => [a, b]);
  return { draft: { rooms, assignment, keepApart, durationMinutes: view.durationMinutes, allowReturn: view.allowReturn }, left: gone.size };
}

/** After the number of rooms went down: people in a room that is gone go back to the main room. */
export function withinRooms(draft: OccurrencePlanDraft): OccurrencePlanDraft {
  const assignment = Object.fromEntries(Object.entries(draft.assignment).filter(([, index]) => index < draft.rooms.length));
  return Object.keys(assignment).length === Object.keys(draft.assignment).length ? draft : { ...draft, assignment };
}

/** The request body: empty names and topics are left out (the session names rooms "Circle n"). */
export function draftToBody(draft: OccurrencePlanDraft): BreakoutPlanBody {
  return {
    rooms: draft.rooms.map((r) => {
      const name = r.name.trim();
      const topic = r.topic.trim();
      return { ...(name ? { name } : {}), ...(topic ? { topic } : {}) };
    }),
    assignment: { ...withinRooms(draft).assignment },
    keepApart: draft.keepApart.map(([a, b]): [string, string] => [a, b]),
    durationMinutes: draft.durationMinutes,
    allowReturn: draft.allowReturn,
  };
}

// ---- who goes where (room ids on the board: '0', '1', … and the main room) --------------------

export { MAIN };

/** Every room a person can go to, with the names people will see, and the main room last. */
export function boardRooms(draft: OccurrencePlanDraft): Array<{ id: string; name: string; topic: string }> {
  return [...draft.rooms.map((r, i) => ({ id: String(i), name: r.name.trim() || defaultRoomName(i + 1), topic: r.topic.trim() })), { id: MAIN, name: MAIN_ROOM_NAME, topic: 'Stays here' }];
}

export function roomOf(draft: OccurrencePlanDraft, personId: string): string {
  const index = draft.assignment[personId];
  return index === undefined ? MAIN : String(index);
}

/** Puts a person in a room ('0', '1', …) or back in the main room. */
export function assignTo(draft: OccurrencePlanDraft, personId: string, roomId: string): OccurrencePlanDraft {
  const rest = Object.fromEntries(Object.entries(draft.assignment).filter(([id]) => id !== personId));
  const index = Number(roomId);
  const valid = roomId !== MAIN && Number.isInteger(index) && index >= 0 && index < draft.rooms.length;
  return { ...draft, assignment: valid ? { ...rest, [personId]: index } : rest };
}

/** Everyone into the rooms at random, sizes differing by at most one, keep-apart pairs apart when the sizes allow. */
export function assignAtRandom(draft: OccurrencePlanDraft, people: readonly PlanPersonRef[], seed: number): OccurrencePlanDraft {
  const roomIds = draft.rooms.map((_, i) => String(i));
  const placed = autoAssign(
    people.map((p) => p.id),
    roomIds,
    draft.keepApart,
    seed,
  );
  return { ...draft, assignment: Object.fromEntries(Object.entries(placed).map(([id, r]) => [id, Number(r)])) };
}

/** Keep-apart pairs that the current assignment puts in the same room, with that room's index. */
export function clashingPairs(draft: OccurrencePlanDraft): Array<{ pair: [string, string]; room: number }> {
  return draft.keepApart.flatMap(([a, b]) => {
    const ra = draft.assignment[a];
    return ra !== undefined && ra === draft.assignment[b] ? [{ pair: [a, b] as [string, string], room: ra }] : [];
  });
}

// ---- words -------------------------------------------------------------------------------------

export const roomsCount = (n: number): string => (n === 1 ? '1 room' : `${n} rooms`);
const peopleCount = (n: number): string => (n === 1 ? '1 person' : `${n} people`);

/** The row's control once a plan is saved: "Breakouts planned (3 rooms)". */
export const plannedLabel = (plan: Pick<BreakoutPlanView, 'rooms'>): string => `Breakouts planned (${roomsCount(plan.rooms.length)})`;

/** "3 rooms, 5 people placed, 15 minutes." */
export function planInWords(plan: Pick<BreakoutPlanView, 'rooms' | 'assignment' | 'durationMinutes'>): string {
  const placed = Object.keys(plan.assignment).length;
  const time = plan.durationMinutes === null ? 'no time limit' : plan.durationMinutes === 1 ? '1 minute' : `${plan.durationMinutes} minutes`;
  return `${roomsCount(plan.rooms.length)}, ${placed === 0 ? 'nobody placed yet' : `${peopleCount(placed)} placed`}, ${time}.`;
}

// ---- problems, by where they show -------------------------------------------------------------

/** Where a problem shows: a room input, the number of rooms, the duration, the return choice, the assignment or the pairs. */
export type PlanField = 'rooms' | `rooms.${number}.name` | `rooms.${number}.topic` | 'durationMinutes' | 'allowReturn' | 'assignment' | 'keepApart';

export function planFieldOf(path: string): PlanField | null {
  if (path === 'rooms' || /^rooms\.\d+$/.test(path)) return 'rooms';
  const roomField = /^rooms\.(\d+)\.(name|topic)$/.exec(path);
  if (roomField) return `rooms.${Number(roomField[1])}.${roomField[2] as 'name' | 'topic'}`;
  if (path === 'durationMinutes' || path === 'allowReturn') return path;
  if (path === 'assignment' || path.startsWith('assignment.')) return 'assignment';
  if (path === 'keepApart' || path.startsWith('keepApart.')) return 'keepApart';
  return null;
}

export interface PlacedErrors {
  byField: Partial<Record<PlanField, string>>;
  /**
   * For the form's alert: problems with no input of their own to focus (who goes where, the pairs,
   * or a field the form does not have, such as the session's slot). null: the fields say it all.
   */
  alert: string | null;
}

/** The server's (or the client's schema check's) field errors, placed on the planner. */
export function placePlanErrors(fields: Readonly<Record<string, string>>, people: readonly PlanPersonRef[]): PlacedErrors {
  const byField: Partial<Record<PlanField, string>> = {};
  const alert: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const field = planFieldOf(path);
    // 'assignment.<membershipId>': say whom it is about when we know them.
    const who = /^(?:assignment|keepApart)\.(.+)$/.exec(path)?.[1];
    const person = who ? people.find((p) => p.id === who) : undefined;
    const text = person ? `${person.name}: ${message}` : message;
    if (field) byField[field] ??= text;
    if ((field === null || field === 'assignment' || field === 'keepApart') && !alert.includes(text)) alert.push(text);
  }
  return { byField, alert: alert.length > 0 ? alert.join(' ') : null };
}

/** The fields an edit touched, so their now out-of-date errors can go. */
export function changedFields(before: OccurrencePlanDraft, after: OccurrencePlanDraft): PlanField[] {
  const changed: PlanField[] = [];
  if (before.rooms.length !== after.rooms.length) changed.push('rooms');
  after.rooms.forEach((r, i) => {
    if (before.rooms[i]?.name !== r.name) changed.push(`rooms.${i}.name`);
    if (before.rooms[i]?.topic !== r.topic) changed.push(`rooms.${i}.topic`);
  });
  if (before.durationMinutes !== after.durationMinutes) changed.push('durationMinutes');
  if (before.allowReturn !== after.allowReturn) changed.push('allowReturn');
  if (JSON.stringify(before.assignment) !== JSON.stringify(after.assignment)) changed.push('assignment');
  if (JSON.stringify(before.keepApart) !== JSON.stringify(after.keepApart)) changed.push('keepApart');
  return changed;
}
