// A group's series: read by everyone in the group; scheduled, changed, ended and deleted by its
// organisers and facilitators. Every rule is judged by shared/schedule before it is stored.
import type { SeriesView } from '../../../shared/api';
import type { SeriesRecord } from '../../store';
import { ApiError } from '../errors';
import { endedSchedule } from './scheduleTimes';
import { judgeSeries, ruleToSeries } from './scheduleRules';
import type { ApiDeps, Handlers } from './types';

export function seriesView(s: SeriesRecord): SeriesView {
  return {
    id: s.id,
    groupId: s.groupId,
    title: s.title,
    description: s.description,
    schedule: s.schedule,
    endedAt: s.endedAt ?? null,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

export const noSuchSeries = () => new ApiError('not_found', 'no such series in this group');

/** The group's readable series; damaged rows are logged by id and left out, never fatal. */
export async function groupSeries({ store, logger }: Pick<ApiDeps, 'store' | 'logger'>, groupId: string): Promise<SeriesRecord[]> {
  const { series, damaged } = await store.series.listForGroup(groupId);
  if (damaged.length > 0) logger.error({ groupId, seriesIds: damaged }, 'stored series could not be read; left out');
  return series;
}

export function seriesHandlers(deps: ApiDeps): Pick<Handlers, 'listSeries' | 'createSeries' | 'updateSeries' | 'endSeries' | 'deleteSeries'> {
  const { store, logger, now } = deps;
  return {
    async listSeries({ params }) {
      return { series: (await groupSeries(deps, params.groupId)).map(seriesView) };
    },

    async createSeries({ params, body, membership }) {
      const schedule = ruleToSeries(body.schedule);
      judgeSeries(schedule);
      const created = await store.series.create({ groupId: params.groupId, title: body.title, description: body.description, schedule, createdBy: membership.id });
      logger.info({ groupId: params.groupId, seriesId: created.id }, 'series created');
      return seriesView(created);
    },

    async updateSeries({ params, body }) {
      const updated = await store.series.modify(params.groupId, params.seriesId, (current) => {
        if (!body.schedule) return { title: body.title, description: body.description };
        // Cancellations and moves are keyed by original local starts: kept, and inert where the new rule no longer makes that slot.
        const schedule = { ...ruleToSeries(body.schedule), cancelled: current.schedule.cancelled ?? [], moved: current.schedule.moved ?? {} };
        judgeSeries(schedule);
        // A new rule for an ended series is a new plan: it is no longer "ended".
        return { title: body.title, description: body.description, schedule, endedAt: null };
      });
      if (!updated) throw noSuchSeries();
      logger.info({ groupId: params.groupId, seriesId: updated.id }, 'series updated');
      return seriesView(updated);
    },

    async endSeries({ params }) {
      const at = now();
      const ended = await store.series.modify(params.groupId, params.seriesId, (current) => {
        const schedule = endedSchedule(current.schedule, at);
        if (schedule === 'not_started') throw new ApiError('conflict', 'nothing of this series has happened yet; delete it instead');
        if (schedule === 'broken') {
          logger.error({ groupId: params.groupId, seriesId: current.id }, 'a stored series no longer expands');
          throw new ApiError('conflict', 'this series\' stored schedule can no longer be read; give it a new rule or delete it');
        }
        judgeSeries(schedule);
        return { schedule, endedAt: current.endedAt ?? new Date(at).toISOString() };
      });
      if (!ended) throw noSuchSeries();
      logger.info({ groupId: params.groupId, seriesId: ended.id }, 'series ended');
      return seriesView(ended);
    },

    async deleteSeries({ params }) {
      if (!(await store.series.remove(params.groupId, params.seriesId))) throw noSuchSeries();
      logger.info({ groupId: params.groupId, seriesId: params.seriesId }, 'series deleted');
      return undefined;
    },
  };
}
