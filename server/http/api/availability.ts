// Weekly availability, shared by anyone in a group (in their own zone) with its organisers and
// facilitators, and "find a time": the best slots from everyone's shared windows. Availability
// is personal: it is never logged, and only findTime shows it to staff, as slots and zones.
import type { AvailabilityView } from '../../../shared/api';
import { findCommonSlots, isScheduleError, validateAvailability, type Availability } from '../../../shared/schedule';
import type { AvailabilityRecord } from '../../store';
import { ApiError } from '../errors';
import { reason } from './scheduleRules';
import type { ApiDeps, Handlers } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The longest "find a time" window: a month of candidates is plenty, and keeps the answer quick. */
export const FIND_TIME_MAX_DAYS = 31;

const view = (a: AvailabilityRecord): AvailabilityView => ({ zone: a.zone, weekly: a.weekly, updatedAt: a.updatedAt });

/** shared/schedule's verdict on one person's availability (zone, windows). */
function judgeAvailability(availability: Availability): void {
  const result = validateAvailability(availability);
  if (isScheduleError(result)) {
    const field = result.error.code === 'invalid_zone' ? 'zone' : 'weekly';
    throw new ApiError('invalid_payload', 'that availability cannot be used; see the reason', { fields: { [field]: reason(result) } });
  }
}

export function availabilityHandlers(deps: ApiDeps): Pick<Handlers, 'getAvailability' | 'setAvailability' | 'clearAvailability' | 'findTime'> {
  const { store, logger } = deps;
  return {
    async getAvailability({ membership }) {
      const mine = await store.availability.byMembership(membership.id);
      return { mine: mine ? view(mine) : null };
    },

    async setAvailability({ params, body, membership }) {
      judgeAvailability(body);
      const mine = await store.availability.set(membership.id, { zone: body.zone, weekly: body.weekly });
      logger.info({ groupId: params.groupId, membershipId: membership.id }, 'availability shared');
      return { mine: view(mine) };
    },

    async clearAvailability({ params, membership }) {
      if (await store.availability.remove(membership.id)) logger.info({ groupId: params.groupId, membershipId: membership.id }, 'availability withdrawn');
      return undefined;
    },

    async findTime({ params, body }) {
      const span = Date.parse(body.to) - Date.parse(body.from);
      if (!(span > 0)) throw new ApiError('invalid_payload', 'the window must end after it starts', { fields: { to: 'must be after from' } });
      if (span > FIND_TIME_MAX_DAYS * DAY_MS) {
        throw new ApiError('invalid_payload', `look at most ${FIND_TIME_MAX_DAYS} days at a time`, { fields: { to: `at most ${FIND_TIME_MAX_DAYS} days after from` } });
      }
      const { people, damaged } = await store.availability.listForGroup(params.groupId);
      if (damaged.length > 0) logger.error({ groupId: params.groupId, membershipIds: damaged }, 'stored availability could not be read; left out');
      if (people.length === 0) return { people: [], slots: [] };
      const slots = findCommonSlots(
        people.map((p) => ({ zone: p.zone, weekly: p.weekly })),
        { durationMinutes: body.durationMinutes, from: body.from, to: body.to, stepMinutes: body.stepMinutes, minAttendees: body.minAttendees, limit: body.limit },
      );
      if (isScheduleError(slots)) throw new ApiError('invalid_payload', 'no slots can be found for that search; see the reason', { fields: { schedule: reason(slots) } });
      return { people: people.map((p) => ({ membershipId: p.membershipId, pseudonym: p.pseudonym, zone: p.zone })), slots };
    },
  };
}
