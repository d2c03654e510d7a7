// The shapes every API module shares: what a handler gets (parsed params and body, the caller,
// the caller's membership for group routes) and what each route answers.
import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { ApiResponses, ROUTES, RouteName, RouteParamNames } from '../../../shared/api';
import type { GuestLinks } from '../../auth/guestLinks';
import type { InviteLinks } from '../../auth/inviteLinks';
import type { JoinTokens } from '../../auth/joinTokens';
import type { Logger } from '../../log';
import type { Membership, Store } from '../../store';
import type { Caller } from '../caller';
import type { ApiLimiters } from '../limits';
import type { CalendarFeedLinks } from '../../auth/calendarFeedLinks';

export type { ApiResponses, RecoverResponse } from '../../../shared/api';

export interface ApiDeps {
  store: Store;
  inviteLinks: InviteLinks;
  joinTokens: JoinTokens;
  guestLinks: GuestLinks;
  calendarFeedLinks: CalendarFeedLinks;
  limiters: ApiLimiters;
  now: () => number;
  logger: Logger;
  publicUrl: string | undefined;
  /** A membership is gone (removed, left, group deleted): its holder must leave any live session now. */
  onMembershipRemoved: (membershipId: string) => void;
  /** Minutes before a scheduled occurrence starts that members may join its live room. */
  joinEarlyMinutes: number;
  /** Whether someone is in this live room now (a member may then join outside the schedule). */
  isRoomLive: (roomId: string) => boolean;
}

type Spec<N extends RouteName> = (typeof ROUTES)[N];

export type ParamsOf<N extends RouteName> = Record<RouteParamNames<N>, string>;
export type BodyOf<N extends RouteName> = Spec<N> extends { body: infer S extends z.ZodType } ? z.output<S> : undefined;
export type MembershipOf<N extends RouteName> = Spec<N>['access'] extends { kind: 'group' } ? Membership : undefined;

export interface HandlerInput<N extends RouteName> {
  params: ParamsOf<N>;
  body: BodyOf<N>;
  caller: Caller;
  /** Group routes: the caller's membership in :groupId, already checked against the route's roles. */
  membership: MembershipOf<N>;
  req: Request;
  res: Response;
}

export type Handler<N extends RouteName> = (input: HandlerInput<N>) => Promise<ApiResponses[N]>;
export type Handlers = { [N in RouteName]: Handler<N> };
