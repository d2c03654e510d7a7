// Breakout rooms as pure session rules: the plan, the running rooms, routing of actions to the
// space they act in, and the breakout parts of the view.
export { autoAssign } from './assign';
export { defaultRoomName } from './plan';
export { MAIN_ROOM_NAME } from './live';
export { withPreparedPlan } from './prepared';
export { mulberry32 } from './random';
export { spaceOf } from './spaces';
export * from './types';
export { breakoutsOverview, roomBreakoutView } from './view';
export type { BreakoutsOverview, RoomBreakoutView, YourBreakoutView } from './view';
