// Breakouts planned for one occurrence before it starts (issue 5): read by the group's staff, saved
// (replacing any earlier plan) and dropped by its organisers and facilitators. The plan names
// people by membership; when the live room opens for that occurrence, the session starts with it
// and places each person as they come in (server/realtime/session/plannedBreakouts.ts).
import type { BreakoutPlanView } from '../../../shared/api';
import { isScheduleError, type Occurrence, type Series } from '../../../shared/schedule';
import type { BreakoutPlanInput, BreakoutPlanRecord } from '../../store';
import { ApiError } from '../errors';
import { noSuchSlot } from './occurrences';
import { expandIn } from '../../schedule/openOccurrence';
import { isGeneratedSlot, windowAround } from './scheduleRules';
import { noSuchSeries } from './series';
import type { ApiDeps, Handlers } from './types';

/**
 * The plan as the API shows it: only people still in the group (someone who left or was removed
 * simply drops out; the live session would ignore them anyway). An empty room name means the
 * session's default, "Circle n".
 */
export function breakoutPlanView(record: BreakoutPlanRecord, members: ReadonlySet<string>): BreakoutPlanView {
  return {
    seriesId: record.seriesId,
    slot: record.slot,
    rooms: record.rooms.map((r) => ({ name: r.name ?? '', topic: r.topic ?? '' })),
    assignment: Object.fromEntries(Object.entries(record.assignment).filter(([id, room]) => members.has(id) && room < record.rooms.length)),
    keepApart: record.keepApart.filter(([a, b]) => members.has(a) && members.has(b)).map(([a, b]): [string, string] => [a, b]),
    durationMinutes: record.durationMinutes,
    allowReturn: record.allowReturn,
    updatedAt: record.updatedAt,
  };
}

/** The occurrence at `slot` as the schedule places it now (moved or not), cancellations aside; 'broken' if the stored rule no longer expands. */
function occurrenceAt(schedule: Series, slot: string): Occurrence | undefined | 'broken' {
  const moved = schedule.moved?.[slot];
  const window = windowAround(moved ? [slot, moved.start] : [slot]);
  const found = expandIn({ ...schedule, cancelled: [] }, Date.parse(window.from), Date.parse(window.to));
  if (isScheduleError(found)) return 'broken';
  return found.find((o) => o.slot === slot);
}

/** invalid_payload naming `assignment` or `keepApart` when the plan names someone not in this group, a room it lacks, or a pair of one person. */
function checkPeople(plan: BreakoutPlanInput, members: ReadonlySet<string>): void {
  const fields: Record<string, string> = {};
  const entries = Object.entries(plan.assignment);
  if (entries.some(([id]) => !members.has(id))) fields['assignment'] = 'someone assigned is not a member of this group (any more)';
  else if (entries.some(([, room]) => room >= plan.rooms.length)) fields['assignment'] = `someone is assigned to a room beyond the ${plan.rooms.length} planned`;
  if (plan.keepApart.some(([a, b]) => a === b)) fields['keepApart'] = 'a keep-apart pair needs two different people';
  else if (plan.keepApart.some(([a, b]) => !members.has(a) || !members.has(b))) fields['keepApart'] = 'someone in a keep-apart pair is not a member of this group (any more)';
  if (Object.keys(fields).length > 0) throw new ApiError('invalid_payload', 'check who goes where', { fields });
}

export function breakoutPlanHandlers(deps: ApiDeps): Pick<Handlers, 'listBreakoutPlans' | 'getBreakoutPlan' | 'saveBreakoutPlan' | 'deleteBreakoutPlan'> {
  const { store, logger, now } = deps;

  async function seriesOf(groupId: string, seriesId: string) {
    const series = await store.series.byId(groupId, seriesId);
    if (!series) throw noSuchSeries();
    return series;
  }

  const memberIds = async (groupId: string): Promise<Set<string>> => new Set((await store.memberships.listForGroup(groupId)).map((m) => m.id));

  return {
    async listBreakoutPlans({ params }) {
      const { groupId } = params;
      const [{ plans, damaged }, { series }, members] = await Promise.all([store.breakoutPlans.listForGroup(groupId), store.series.listForGroup(groupId), memberIds(groupId)]);
      if (damaged.length > 0) logger.error({ groupId, planIds: damaged }, 'stored breakout plans could not be read; left out');
      const schedules = new Map(series.map((s) => [s.id, s.schedule]));
      // Only sessions still to come or under way (a cancelled one keeps its plan for a restore).
      const current = plans.filter((plan) => {
        const schedule = schedules.get(plan.seriesId);
        const occurrence = schedule && occurrenceAt(schedule, plan.slot);
        return occurrence !== undefined && occurrence !== 'broken' && Date.parse(occurrence.end) > now();
      });
      return { plans: current.map((plan) => breakoutPlanView(plan, members)) };
    },

    async getBreakoutPlan({ params }) {
      await seriesOf(params.groupId, params.seriesId);
      const { plan, damaged } = await store.breakoutPlans.bySlot(params.seriesId, params.slot);
      if (damaged) logger.error({ groupId: params.groupId, seriesId: params.seriesId, planId: damaged }, 'a stored breakout plan could not be read; left out');
      return { plan: plan ? breakoutPlanView(plan, await memberIds(params.groupId)) : null };
    },

    async saveBreakoutPlan({ params, body }) {
      const { groupId, seriesId, slot } = params;
      const { schedule } = await seriesOf(groupId, seriesId);
      if (!isGeneratedSlot(schedule, slot)) throw noSuchSlot();
      if ((schedule.cancelled ?? []).includes(slot)) throw new ApiError('conflict', 'this session is cancelled; restore it before planning its breakouts');
      const occurrence = occurrenceAt(schedule, slot);
      if (occurrence === 'broken') {
        logger.error({ groupId, seriesId }, 'a stored series no longer expands');
        throw new ApiError('conflict', 'this series\' stored schedule can no longer be read; give it a new rule first');
      }
      if (!occurrence) throw noSuchSlot();
      if (Date.parse(occurrence.end) <= now()) throw new ApiError('conflict', 'this session has already ended');
      const members = await memberIds(groupId);
      checkPeople(body, members);
      const saved = await store.breakoutPlans.save(seriesId, slot, body);
      logger.info({ groupId, seriesId, rooms: body.rooms.length }, 'breakout plan saved');
      return breakoutPlanView(saved, members);
    },

    async deleteBreakoutPlan({ params }) {
      await seriesOf(params.groupId, params.seriesId);
      // Done either way: a plan that is not there is as good as dropped. Any slot, so a plan left
      // on an occurrence the rule no longer makes can still be cleared.
      if (await store.breakoutPlans.remove(params.seriesId, params.slot)) logger.info({ groupId: params.groupId, seriesId: params.seriesId }, 'breakout plan removed');
      return undefined;
    },
  };
}
