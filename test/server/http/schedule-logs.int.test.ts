// Privacy of the server log for scheduling: a whole flow (series made, edited, cancelled, moved,
// ended; calendars downloaded and subscribed; availability shared; a time found; a member kept
// out by the join window; a damaged row) at the chattiest level, then searched for titles,
// descriptions, pseudonyms, zones, availability and feed tokens. None may appear; ids may.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../server/log';
import { openDatabase } from '../../../server/store/db';
import { testClock } from '../../helpers/db';
import { logSink } from '../../helpers/logSink';
import { startTestServer, type TestServer } from '../../helpers/server';
import { Browser, createGroup, createInvite, feedTokenOf, joinAsMember, setUpOrganiser } from '../../helpers/api';

describe('scheduling log privacy', () => {
  let server: TestServer;
  const log = logSink(false);
  const clock = testClock(Date.parse('2026-03-20T12:00:00.000Z'));

  beforeAll(async () => {
    server = await startTestServer({}, { logger: createLogger('trace', log.stream), now: clock.now });
    log.capturing = true;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('names series, feeds and memberships by id only', async () => {
    const organiser = await setUpOrganiser(server.url);
    const group = await createGroup(organiser, { name: 'Grief circle' });
    const sam = new Browser(server.url);
    const joined = await joinAsMember(sam, (await createInvite(organiser, group.id)).token, 'Zephyrine Quill');
    const groupId = group.id;
    const series = await organiser.ok('createSeries', {
      params: { groupId },
      body: { title: 'Quillwort evenings', description: 'Marram grass notes', schedule: { zone: 'Pacific/Chatham', start: '2026-03-03T19:00', durationMinutes: 60, repeat: { freq: 'weekly' } } },
    });
    const slot = (at: string) => ({ params: { groupId, seriesId: series.id, slot: at } });
    await organiser.ok('updateSeries', { params: { groupId, seriesId: series.id }, body: { title: 'Quillwort nights' } });
    await organiser.ok('cancelOccurrence', slot('2026-03-24T19:00'));
    await organiser.ok('moveOccurrence', { ...slot('2026-03-31T19:00'), body: { start: '2026-04-01T19:00' } });
    await sam.ok('upcoming', { params: { groupId } });
    await sam.request('GET', `/api/groups/${groupId}/series/${series.id}/calendar`);
    const feed = await sam.ok('createCalendarFeed', { params: { groupId } });
    await new Browser(server.url).request('GET', new URL(feed.url).pathname);
    await sam.ok('setAvailability', { params: { groupId }, body: { zone: 'America/Santiago', weekly: [{ weekday: 3, from: '17:45', to: '20:15' }] } });
    await organiser.ok('findTime', { params: { groupId }, body: { durationMinutes: 60, from: '2026-03-23T00:00:00Z', to: '2026-03-30T00:00:00Z' } });
    expect((await sam.call('joinToken', { params: { groupId } })).status).toBe(409);
    await organiser.ok('endSeries', { params: { groupId, seriesId: series.id } });
    await sam.ok('revokeCalendarFeed', { params: { groupId } });
    await new Browser(server.url).request('GET', new URL(feed.url).pathname);
    // A damaged row is logged by id.
    const peek = await openDatabase(server.database, { migrate: false });
    await peek.db.updateTable('series').set({ schedule: 'Quillwort {' }).where('id', '=', series.id).execute();
    await peek.close();
    await sam.ok('listSeries', { params: { groupId } });

    const logged = log.lines.join('');
    for (const secret of ['Quillwort', 'Marram', 'Zephyrine', 'Pacific/Chatham', 'America/Santiago', '17:45', feedTokenOf(feed.url), feedTokenOf(feed.url).split('.')[1]!, 'Grief circle']) {
      expect(logged, secret).not.toContain(secret);
    }
    for (const id of [series.id, joined.group.myMembershipId]) expect(logged).toContain(id);
    expect(logged).toContain('stored series could not be read');
  });
});
