// The rules of a live session as a pure reducer, plus the per-peer view. See docs in each module.
export type { Action, ActionOf, ActionType, Actor } from './actions';
export type { Effect, NotifyMessage, ReduceResult, SessionError } from './effects';
export { effectiveRole, isFacilitating, isFacilitatingRole, isLead, isLeadRole, PERMISSIONS } from './roles';
export { reduce } from './reducer';
export * from './state';
export { assemble, ROOM_VIEW_KEYS, roomView, view, waitingList, youView } from './view';
export type { ParticipantView, PlannedForYou, RoomView, SessionView, WaitingEntry, WaitingView, YouView } from './view';
export * from './breakouts';
