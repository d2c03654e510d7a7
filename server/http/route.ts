// One REST route from its spec in shared/api/routes.ts: parse the path parameters, resolve the
// caller, enforce the route's access rule, parse the body, run the handler, write cookies, answer.
// Every refusal is an ApiError, so every route fails the same way.
import type { Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import { idParam, localDateTimeSchema, type Access, type CalendarFile, type RouteName, type RouteSpec } from '../../shared/api';
import { roomIdSchema } from '../../shared/protocol';
import type { ApiDeps, Handler, HandlerInput } from './api/types';
import { Caller } from './caller';
import { isSecure } from './cookies';
import { ApiError, fromZodError, sendError } from './errors';

/** Every path parameter the route table uses, with its schema. */
export const PARAM_SCHEMAS: Record<string, z.ZodType<string>> = {
  groupId: idParam,
  membershipId: idParam,
  inviteId: idParam,
  token: z.string().min(1).max(512),
  roomId: roomIdSchema,
  seriesId: idParam,
  /** An occurrence by its original local start in the series' zone ('YYYY-MM-DDTHH:mm'). */
  slot: localDateTimeSchema,
};

/** Calendar answers shown in place (a subscription feed); any other is a download. */
const INLINE_CALENDARS: ReadonlySet<RouteName> = new Set<RouteName>(['calendarFeed']);

/** A calendar file as text/calendar; its name, already ASCII, is reduced to safe characters once more for the header. */
function sendCalendar(res: Response, name: RouteName, status: number, file: CalendarFile): void {
  const filename = file.filename.replace(/[^A-Za-z0-9._-]/g, '_') || 'calendar.ics';
  res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
  res.setHeader('Content-Disposition', `${INLINE_CALENDARS.has(name) ? 'inline' : 'attachment'}; filename="${filename}"`);
  res.status(status).send(file.ics);
}

function parseParams(path: string, raw: Record<string, string>): Record<string, string> {
  const names = [...path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
  const shape = Object.fromEntries(names.map((n) => [n, PARAM_SCHEMAS[n] ?? z.never()]));
  const parsed = z.object(shape).safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error, 'address');
  return parsed.data as Record<string, string>;
}

async function authorise(access: Access, caller: Caller, params: Record<string, string>) {
  if (access.kind === 'public') return undefined;
  if (access.kind === 'account') {
    if (!caller.account) throw new ApiError('unauthenticated', 'sign in first');
    return undefined;
  }
  const membership = await caller.membershipIn(params['groupId']!);
  if (!membership) {
    if (await caller.isAnonymous()) throw new ApiError('unauthenticated', 'sign in or join the group first');
    // Not "forbidden": a group id this caller has no part in must not be probeable.
    throw new ApiError('not_found', 'no such group');
  }
  if (!access.roles.includes(membership.role)) throw new ApiError('not_authorized', 'your role in this group does not allow that');
  return membership;
}

export function route<N extends RouteName>(name: N, spec: RouteSpec, handler: Handler<N>, deps: ApiDeps): RequestHandler {
  return async (req: Request, res: Response) => {
    const secure = isSecure(req, deps.publicUrl);
    let caller: Caller | undefined;
    try {
      const params = parseParams(spec.path, req.params as Record<string, string>);
      caller = await Caller.resolve(req, deps.store, deps.now);
      const membership = await authorise(spec.access, caller, params);
      let body: unknown;
      if (spec.body) {
        const parsed = spec.body.safeParse(req.body);
        if (!parsed.success) throw fromZodError(parsed.error, 'form');
        body = parsed.data;
      }
      const input = { params, body, caller, membership, req, res } as HandlerInput<N>;
      const answer = await handler(input);
      // Every visit loads /api/me: renewing the member cookie there keeps it from ever expiring in use.
      await caller.writeCookies(res, secure, { renewMembers: name === 'me' });
      if (spec.status === 204 || answer === undefined) res.status(204).end();
      else if (spec.produces === 'text/calendar') sendCalendar(res, name, spec.status, answer as CalendarFile);
      else res.status(spec.status).json(answer);
    } catch (err) {
      // Cookie changes that stand even when the request fails (a dead session cookie cleared).
      await caller?.writeCookies(res, secure).catch(() => undefined);
      sendError(res, err, deps.logger, { route: name });
    }
  };
}
