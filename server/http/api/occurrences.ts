// One occurrence at a time, by its slot (the original local start): cancel and restore, move and
// put back. All idempotent. And the group's upcoming occurrences, for everyone in it.
import type { Series } from '../../../shared/schedule';
import { groupRoomId } from '../../auth/joinTokens';
import type { SeriesRecord } from '../../store';
import { ApiError } from '../errors';
import { upcomingOccurrences } from './scheduleTimes';
import { isGeneratedSlot, judgeSeries } from './scheduleRules';
import { groupSeries, noSuchSeries, seriesView } from './series';
import type { ApiDeps, Handlers } from './types';

type SlotChange = (schedule: Series, slot: string) => Series;

export const noSuchSlot = () => new ApiError('not_found', 'this series has no occurrence at that time', { fields: { slot: 'not an original start of this series' } });

/** A copy of `moved` without `slot`. */
function withoutMove(moved: Series['moved'], slot: string): Record<string, { start: string; durationMinutes?: number }> {
  const { [slot]: _gone, ...rest } = moved ?? {};
  return rest;
}

export function occurrenceHandlers(deps: ApiDeps): Pick<Handlers, 'cancelOccurrence' | 'restoreOccurrence' | 'moveOccurrence' | 'unmoveOccurrence' | 'upcoming'> {
  const { store, logger, now, joinEarlyMinutes, isRoomLive } = deps;

  /**
   * Applies `change` to the slot of a series. The slot must be one the rule generates; undoing
   * (restore, unmove) also accepts a slot still listed although the rule changed since, so such
   * leftovers can be cleared.
   */
  async function changeSlot(params: { groupId: string; seriesId: string; slot: string }, what: string, change: SlotChange, undo = false): Promise<SeriesRecord> {
    const updated = await store.series.modify(params.groupId, params.seriesId, (current) => {
      const { schedule } = current;
      const listed = (schedule.cancelled ?? []).includes(params.slot) || params.slot in (schedule.moved ?? {});
      if (!isGeneratedSlot(schedule, params.slot) && !(undo && listed)) throw noSuchSlot();
      return { schedule: change(schedule, params.slot) };
    });
    if (!updated) throw noSuchSeries();
    logger.info({ groupId: params.groupId, seriesId: params.seriesId }, what);
    return updated;
  }

  return {
    async cancelOccurrence({ params }) {
      const cancel: SlotChange = (s, slot) => ({ ...s, cancelled: [...new Set([...(s.cancelled ?? []), slot])].sort() });
      return seriesView(await changeSlot(params, 'occurrence cancelled', cancel));
    },

    async restoreOccurrence({ params }) {
      const restore: SlotChange = (s, slot) => ({ ...s, cancelled: (s.cancelled ?? []).filter((c) => c !== slot) });
      return seriesView(await changeSlot(params, 'occurrence restored', restore, true));
    },

    async moveOccurrence({ params, body }) {
      const move: SlotChange = (s, slot) => {
        const moved = withoutMove(s.moved, slot);
        // Moving back to the original time with the usual length is no move at all.
        if (body.start !== slot || (body.durationMinutes !== undefined && body.durationMinutes !== s.durationMinutes)) {
          moved[slot] = body.durationMinutes === undefined ? { start: body.start } : { start: body.start, durationMinutes: body.durationMinutes };
        }
        const next = { ...s, moved };
        judgeSeries(next, 'start');
        return next;
      };
      return seriesView(await changeSlot(params, 'occurrence moved', move));
    },

    async unmoveOccurrence({ params }) {
      const unmove: SlotChange = (s, slot) => ({ ...s, moved: withoutMove(s.moved, slot) });
      return seriesView(await changeSlot(params, 'occurrence put back', unmove, true));
    },

    async upcoming({ params }) {
      const at = now();
      const { occurrences, failed } = upcomingOccurrences(await groupSeries(deps, params.groupId), at, joinEarlyMinutes);
      if (failed.length > 0) logger.error({ groupId: params.groupId, seriesIds: failed }, 'stored series no longer expand; left out');
      // Members may follow into a live room outside the schedule (see joinToken.ts): the page says so.
      return { occurrences, joinEarlyMinutes, now: new Date(at).toISOString(), liveNow: isRoomLive(groupRoomId(params.groupId)) };
    },
  };
}
