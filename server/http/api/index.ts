// The REST API as an express router, mounted at /api: exactly the routes of shared/api's ROUTES
// table, each with its handler; any other /api address answers not_found.
import express, { Router } from 'express';
import { ROUTES, type RouteName } from '../../../shared/api';
import { ApiError, sendError } from '../errors';
import { requireJsonBody, requireSameOrigin } from '../origin';
import { route } from '../route';
import { authHandlers } from './auth';
import { availabilityHandlers } from './availability';
import { breakoutPlanHandlers } from './breakoutPlans';
import { calendarHandlers } from './calendars';
import { groupHandlers } from './groups';
import { guestLinkHandlers } from './guestLinks';
import { inviteHandlers } from './invites';
import { joinTokenHandlers } from './joinToken';
import { memberHandlers } from './members';
import { meHandlers } from './me';
import { occurrenceHandlers } from './occurrences';
import { seriesHandlers } from './series';
import type { ApiDeps, Handler, Handlers } from './types';

/**
 * Bodies are small forms; anything bigger is a mistake or an attack. The largest valid one (a
 * group with 10,000 characters of guidelines in a 4-byte script) is just under 50 kB.
 */
const BODY_LIMIT = '64kb';

export function createApiRouter(deps: ApiDeps): Router {
  // A Handlers object: the compiler refuses a route of ROUTES without its handler.
  const handlers: Handlers = {
    ...authHandlers(deps),
    ...meHandlers(deps),
    ...groupHandlers(deps),
    ...memberHandlers(deps),
    ...inviteHandlers(deps),
    ...joinTokenHandlers(deps),
    ...guestLinkHandlers(deps),
    ...seriesHandlers(deps),
    ...occurrenceHandlers(deps),
    ...calendarHandlers(deps),
    ...availabilityHandlers(deps),
    ...breakoutPlanHandlers(deps),
  };

  const router = Router();
  router.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store'); // answers are personal
    next();
  });
  router.use(requireSameOrigin(deps.publicUrl));
  router.use(requireJsonBody);
  router.use(express.json({ limit: BODY_LIMIT, type: 'application/json' }));

  for (const name of Object.keys(ROUTES) as RouteName[]) {
    const spec = ROUTES[name];
    router[spec.method](spec.path.replace(/^\/api(?=\/)/, ''), route(name, spec, handlers[name] as Handler<typeof name>, deps));
  }

  router.use((_req, _res, next) => next(new ApiError('not_found', 'no such API route')));
  // express.json's errors (bad JSON, too large) and the refusals above end here.
  router.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    sendError(res, err, deps.logger);
  });
  return router;
}
