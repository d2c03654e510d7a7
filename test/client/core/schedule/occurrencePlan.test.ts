// The plan for a scheduled session's breakouts as a form: a saved plan becomes a draft (without the
// people who left), a draft becomes the request body, random balanced assignment keeps pairs apart,
// and the server's field errors land on the planner's fields.
import { describe, expect, it } from 'vitest';
import type { BreakoutPlanView, MemberView } from '../../../../shared/api';
import { breakoutPlanBody } from '../../../../shared/api';
import {
  assignAtRandom,
  assignTo,
  boardRooms,
  changedFields,
  clashingPairs,
  draftFromView,
  draftToBody,
  newPlanDraft,
  placePlanErrors,
  planFieldOf,
  planInWords,
  plannablePeople,
  plannedLabel,
  roomOf,
  withinRooms,
  type OccurrencePlanDraft,
} from '../../../../client/core/schedule/occurrencePlan';

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const person = (n: number, name: string) => ({ id: id(n), name });

function memberView(n: number, pseudonym: string, role: MemberView['role'] = 'member'): MemberView {
  return { membershipId: id(n), pseudonym, role, avatarColour: null, joinedAt: '2025-11-02T10:00:00Z' };
}

const PEOPLE = [person(1, 'Ana'), person(2, 'Ben'), person(3, 'Cy'), person(4, 'Dee'), person(5, 'Eli')];

function view(over: Partial<BreakoutPlanView> = {}): BreakoutPlanView {
  return {
    seriesId: 's1',
    slot: '2025-12-02T19:00',
    rooms: [
      { name: 'Garden', topic: 'Sleep' },
      { name: 'Circle 2', topic: '' },
    ],
    assignment: { [id(1)]: 0, [id(2)]: 1 },
    keepApart: [[id(1), id(3)]],
    durationMinutes: 15,
    allowReturn: false,
    updatedAt: '2025-11-20T10:00:00Z',
    ...over,
  };
}

describe('drafts', () => {
  it('starts with two circles, nobody placed, no timer, members may return', () => {
    expect(newPlanDraft()).toEqual({
      rooms: [
        { name: 'Circle 1', topic: '' },
        { name: 'Circle 2', topic: '' },
      ],
      assignment: {},
      keepApart: [],
      durationMinutes: null,
      allowReturn: true,
    });
  });

  it('places members only, by pseudonym', () => {
    const members = [memberView(1, 'Zoe'), memberView(2, 'Robin', 'organiser'), memberView(3, 'Ana'), memberView(4, 'Kit', 'co_facilitator'), memberView(5, 'Mo', 'facilitator')];
    expect(plannablePeople(members)).toEqual([person(3, 'Ana'), person(1, 'Zoe')]);
  });

  it('loads a saved plan, leaving out people who left the group and counting them once', () => {
    const saved = view({ assignment: { [id(1)]: 0, [id(9)]: 1 }, keepApart: [[id(1), id(9)], [id(2), id(9)], [id(1), id(2)]] });
    const { draft, left } = draftFromView(saved, PEOPLE);
    expect(left).toBe(1);
    expect(draft).toEqual({
      rooms: [
        { name: 'Garden', topic: 'Sleep' },
        { name: 'Circle 2', topic: '' },
      ],
      assignment: { [id(1)]: 0 },
      keepApart: [[id(1), id(2)]],
      durationMinutes: 15,
      allowReturn: false,
    });
    expect(draftFromView(view(), PEOPLE).left).toBe(0);
  });

  it('becomes the request body: trimmed, empty names and topics left out, valid for the contract', () => {
    const draft: OccurrencePlanDraft = {
      rooms: [
        { name: '  Oak ', topic: ' ' },
        { name: '', topic: ' Work and rest ' },
      ],
      assignment: { [id(1)]: 1, [id(2)]: 0 },
      keepApart: [[id(1), id(2)]],
      durationMinutes: 20,
      allowReturn: true,
    };
    const body = draftToBody(draft);
    expect(body).toEqual({ rooms: [{ name: 'Oak' }, { topic: 'Work and rest' }], assignment: { [id(1)]: 1, [id(2)]: 0 }, keepApart: [[id(1), id(2)]], durationMinutes: 20, allowReturn: true });
    expect(breakoutPlanBody.safeParse(body).success).toBe(true);
  });

  it('sends people in rooms that are gone back to the main room', () => {
    const draft = { ...newPlanDraft(), rooms: [{ name: 'Circle 1', topic: '' }], assignment: { [id(1)]: 0, [id(2)]: 1 } };
    expect(withinRooms(draft).assignment).toEqual({ [id(1)]: 0 });
    expect(draftToBody(draft).assignment).toEqual({ [id(1)]: 0 });
    const unchanged = { ...draft, assignment: { [id(1)]: 0 } };
    expect(withinRooms(unchanged)).toBe(unchanged);
  });
});

describe('who goes where', () => {
  it('names the rooms as people will see them, the main room last', () => {
    const draft = { ...newPlanDraft(), rooms: [{ name: ' ', topic: ' Grief ' }, { name: 'Garden', topic: '' }] };
    expect(boardRooms(draft)).toEqual([
      { id: '0', name: 'Circle 1', topic: 'Grief' },
      { id: '1', name: 'Garden', topic: '' },
      { id: 'main', name: 'Main room', topic: 'Stays here' },
    ]);
  });

  it('assigns to a room or back to the main room, and ignores rooms that do not exist', () => {
    let draft = assignTo(newPlanDraft(), id(1), '1');
    expect(roomOf(draft, id(1))).toBe('1');
    expect(roomOf(draft, id(2))).toBe('main');
    draft = assignTo(draft, id(1), 'main');
    expect(draft.assignment).toEqual({});
    expect(assignTo(draft, id(1), '7').assignment).toEqual({});
  });

  it('assigns everyone at random in balanced rooms, keeping pairs apart', () => {
    const rooms = [0, 1].map((i) => ({ name: `Circle ${i + 1}`, topic: '' }));
    for (const seed of [1, 2, 3, 42, 1234]) {
      const draft = assignAtRandom({ ...newPlanDraft(), rooms, keepApart: [[id(1), id(2)], [id(3), id(4)]] }, PEOPLE, seed);
      const sizes = [0, 1].map((r) => Object.values(draft.assignment).filter((x) => x === r).length);
      expect(Object.keys(draft.assignment).sort()).toEqual(PEOPLE.map((p) => p.id).sort());
      expect(sizes.sort()).toEqual([2, 3]);
      expect(draft.assignment[id(1)]).not.toBe(draft.assignment[id(2)]);
      expect(draft.assignment[id(3)]).not.toBe(draft.assignment[id(4)]);
      expect(clashingPairs(draft)).toEqual([]);
    }
    // Not always the same arrangement.
    const arrangements = new Set([1, 2, 3, 4, 5, 6].map((seed) => JSON.stringify(assignAtRandom({ ...newPlanDraft(), rooms }, PEOPLE, seed).assignment)));
    expect(arrangements.size).toBeGreaterThan(1);
  });

  it('finds keep-apart pairs that share a room', () => {
    const draft = { ...newPlanDraft(), assignment: { [id(1)]: 1, [id(2)]: 1, [id(3)]: 0 }, keepApart: [[id(1), id(2)], [id(1), id(3)], [id(4), id(5)]] as Array<[string, string]> };
    expect(clashingPairs(draft)).toEqual([{ pair: [id(1), id(2)], room: 1 }]);
  });
});

describe('words', () => {
  it('labels the row and describes a plan', () => {
    expect(plannedLabel(view())).toBe('Breakouts planned (2 rooms)');
    expect(plannedLabel(view({ rooms: [{ name: 'Oak', topic: '' }] }))).toBe('Breakouts planned (1 room)');
    expect(planInWords(view())).toBe('2 rooms, 2 people placed, 15 minutes.');
    expect(planInWords(view({ assignment: {}, durationMinutes: null }))).toBe('2 rooms, nobody placed yet, no time limit.');
    expect(planInWords(view({ assignment: { [id(1)]: 0 }, durationMinutes: 1 }))).toBe('2 rooms, 1 person placed, 1 minute.');
  });
});

describe('problems by field', () => {
  it('maps body paths to the planner’s fields', () => {
    expect(planFieldOf('rooms')).toBe('rooms');
    expect(planFieldOf('rooms.3')).toBe('rooms');
    expect(planFieldOf('rooms.1.name')).toBe('rooms.1.name');
    expect(planFieldOf('rooms.0.topic')).toBe('rooms.0.topic');
    expect(planFieldOf('durationMinutes')).toBe('durationMinutes');
    expect(planFieldOf(`assignment.${id(1)}`)).toBe('assignment');
    expect(planFieldOf('keepApart.0.1')).toBe('keepApart');
    expect(planFieldOf('slot')).toBeNull();
  });

  it('puts input problems on their fields, and the rest (named) in the alert', () => {
    const placed = placePlanErrors(
      { 'rooms.1.name': 'Use at most 60 characters.', [`assignment.${id(2)}`]: 'Not a member of this group.', durationMinutes: 'Use a number of at most 240.' },
      PEOPLE,
    );
    expect(placed.byField).toEqual({ 'rooms.1.name': 'Use at most 60 characters.', assignment: 'Ben: Not a member of this group.', durationMinutes: 'Use a number of at most 240.' });
    expect(placed.alert).toBe('Ben: Not a member of this group.');
    expect(placePlanErrors({ slot: 'Not an original start of this series.' }, PEOPLE)).toEqual({ byField: {}, alert: 'Not an original start of this series.' });
    expect(placePlanErrors({ 'rooms.0.topic': 'Too long.' }, PEOPLE).alert).toBeNull();
  });

  it('knows which fields an edit touched', () => {
    const before = newPlanDraft();
    expect(changedFields(before, before)).toEqual([]);
    const after: OccurrencePlanDraft = { ...before, rooms: [{ name: 'Circle 1', topic: '' }, { name: 'Oak', topic: '' }, { name: 'Circle 3', topic: '' }], durationMinutes: 5, assignment: { [id(1)]: 0 } };
    expect(changedFields(before, after)).toEqual(['rooms', 'rooms.1.name', 'rooms.2.name', 'rooms.2.topic', 'durationMinutes', 'assignment']);
  });
});
