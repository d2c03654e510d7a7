// The breakout actions, one rule each. They act on the whole session (main and every room); the
// actor is their main seat, already authorized through PERMISSIONS.
import type { ActionOf, ActionType } from '../actions';
import type { ReduceResult } from '../effects';
import type { Participant, SessionState } from '../state';
import { askHelp, clearHelp, setHost } from './help';
import { addRoom, broadcast, move, returnToMain, visit } from './live';
import { assign, optOut, plan, shuffle } from './plan';
import { close, extend, open } from './timer';

export type BreakoutType = Extract<ActionType, `breakout:${string}`>;
type Rule<T extends BreakoutType> = (state: SessionState, action: ActionOf<T>, actor: Participant, now: number) => ReduceResult;

export const BREAKOUT_RULES: { [T in BreakoutType]: Rule<T> } = {
  'breakout:plan': plan,
  'breakout:assign': assign,
  'breakout:shuffle': shuffle,
  'breakout:optOut': optOut,
  'breakout:open': open,
  'breakout:move': move,
  'breakout:addRoom': addRoom,
  'breakout:broadcast': broadcast,
  'breakout:visit': visit,
  'breakout:askHelp': askHelp,
  'breakout:clearHelp': clearHelp,
  'breakout:setHost': setHost,
  'breakout:extend': extend,
  'breakout:close': close,
  'breakout:returnToMain': returnToMain,
};

export const isBreakoutType = (type: ActionType): type is BreakoutType => type.startsWith('breakout:');

export function runBreakout(state: SessionState, action: ActionOf<BreakoutType>, actor: Participant, now: number): ReduceResult {
  const rule = BREAKOUT_RULES[action.type] as Rule<BreakoutType>;
  return rule(state, action, actor, now);
}
