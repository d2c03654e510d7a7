// Calendars: one series as a file to add to a calendar app, and each member's private
// subscription address serving the group's whole calendar. The feed is public (calendar apps
// send no cookies): its token is the only credential, rate limited per client like invite links.
import type { Request } from 'express';
import type { CalendarFeedView } from '../../../shared/api';
import type { IcsSeries } from '../../../shared/schedule';
import { calendarToIcs, seriesToIcs } from '../../../shared/schedule';
import { hashToken, type CalendarFeed, type SeriesRecord } from '../../store';
import { ApiError } from '../errors';
import { clientKey } from '../limits';
import { linkBase } from '../origin';
import { existingGroup } from './groups';
import { groupSeries, noSuchSeries } from './series';
import type { ApiDeps, Handlers } from './types';

const FILENAME_MAX = 60;

/** An ASCII-only file name from a title ("Café & talk" → "Cafe-talk.ics"): safe in any header and file system. */
export function calendarFilename(title: string, fallback = 'calendar'): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .slice(0, FILENAME_MAX)
    .replace(/^-+|-+$/g, '');
  return `${ascii || fallback}.ics`;
}

export function calendarHandlers(deps: ApiDeps): Pick<Handlers, 'seriesCalendar' | 'getCalendarFeed' | 'createCalendarFeed' | 'revokeCalendarFeed' | 'calendarFeed'> {
  const { store, logger, limiters, calendarFeedLinks, publicUrl, now } = deps;

  const groupPage = (req: Request, groupId: string) => `${linkBase(req, publicUrl)}/groups/${groupId}`;
  const feedView = (req: Request, feed: CalendarFeed): CalendarFeedView => ({
    url: `${linkBase(req, publicUrl)}/api/calendar-feeds/${calendarFeedLinks.tokenFor(feed.id)}`,
    createdAt: feed.createdAt,
  });
  const toIcs = (s: SeriesRecord, url: string): IcsSeries => ({
    ...s.schedule,
    uid: `${s.id}@hearth`,
    title: s.title,
    ...(s.description ? { description: s.description } : {}),
    url,
  });

  return {
    async seriesCalendar({ params, req }) {
      const series = await store.series.byId(params.groupId, params.seriesId);
      if (!series) throw noSuchSeries();
      return { filename: calendarFilename(series.title, 'session'), ics: seriesToIcs(toIcs(series, groupPage(req, params.groupId)), { now }) };
    },

    async getCalendarFeed({ membership, req }) {
      const feed = await store.calendarFeeds.byMembership(membership.id);
      return { feed: feed ? feedView(req, feed) : null };
    },

    async createCalendarFeed({ params, membership, req }) {
      const { feedId, tokenHash } = calendarFeedLinks.mint();
      // One row per membership: the new one replaces the old, whose link stops working at once.
      const feed = await store.calendarFeeds.replace({ id: feedId, membershipId: membership.id, tokenHash });
      logger.info({ groupId: params.groupId, membershipId: membership.id, feedId }, 'calendar feed created');
      return feedView(req, feed);
    },

    async revokeCalendarFeed({ params, membership }) {
      if (await store.calendarFeeds.remove(membership.id)) logger.info({ groupId: params.groupId, membershipId: membership.id }, 'calendar feed revoked');
      return undefined;
    },

    async calendarFeed({ params, req }) {
      limiters.calendarFeedsPerClient.take(clientKey(req));
      if (!calendarFeedLinks.issuedByUs(params.token)) throw new ApiError('not_found', 'no such calendar; check that you copied the whole address');
      const owner = await store.calendarFeeds.byTokenHash(hashToken(params.token));
      if (!owner) throw new ApiError('token_revoked', 'this calendar address no longer works: it was replaced or withdrawn, or its membership ended');
      const group = await existingGroup(deps, owner.groupId);
      const url = groupPage(req, group.id);
      const series = await groupSeries(deps, group.id);
      return { filename: calendarFilename(group.name), ics: calendarToIcs({ name: group.name, series: series.map((s) => toIcs(s, url)) }, { now }) };
    },
  };
}
