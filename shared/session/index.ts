// The rules of a live session as a pure reducer, plus the per-peer view. See docs in each module.
export type { Action, ActionOf, ActionType, Actor } from './actions';
export type { Effect, NotifyMessage, ReduceResult, SessionError } from './effects';
export { effectiveRole, isFacilitating, isLead, PERMISSIONS } from './roles';
export { reduce } from './reducer';
export * from './state';
export { view, type ParticipantView, type SessionView, type WaitingView } from './view';
