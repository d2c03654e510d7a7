// The authorization matrix: every route of ROUTES × every kind of caller, against an expectation
// written out here by hand (not read from ROUTES.access, so a wrong access spec fails this test).
// Each case runs in a fresh group; a refused call must leave every table exactly as it was.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, type RouteName } from '../../../shared/api';
import { startSession } from '../../../server/auth/sessions';
import { openDatabase, type DatabaseHandle } from '../../../server/store/db';
import { testClock, TEST_DIALECTS } from '../../helpers/db';
import { startTestServer, type TestServer } from '../../helpers/server';
import {
  Browser,
  createGroup,
  createInvite,
  createSeries,
  dateFrom,
  feedTokenOf,
  GROUP_BODY,
  joinAsMember,
  joinAsNewStaff,
  PASSWORD,
  setUpOrganiser,
  uniqueEmail,
  type CallOptions,
} from '../../helpers/api';

const CALLERS = ['anonymous', 'otherMember', 'member', 'coFacilitator', 'facilitator', 'organiser'] as const;
type CallerKind = (typeof CALLERS)[number];

/** HTTP status each caller gets; 2xx means allowed. One row per route, one column per caller. */
//                                        anonymous otherMember member coFac  fac  organiser
const EXPECTED: Record<RouteName, [number, number, number, number, number, number]> = {
  setupStatus: /*                      */ [200, 200, 200, 200, 200, 200],
  setup: /*           already set up   */ [409, 409, 409, 409, 409, 409],
  login: /*                            */ [200, 200, 200, 200, 200, 200],
  logout: /*                           */ [204, 204, 204, 204, 204, 204],
  me: /*                               */ [200, 200, 200, 200, 200, 200],
  createGroup: /*  staff accounts may not create groups */ [401, 401, 401, 403, 403, 201],
  getGroup: /*                         */ [401, 404, 200, 200, 200, 200],
  updateGroup: /*                      */ [401, 404, 403, 403, 403, 200],
  deleteGroup: /*                      */ [401, 404, 403, 403, 403, 204],
  listMembers: /*                      */ [401, 404, 403, 200, 200, 200],
  removeMember: /*   a member target   */ [401, 404, 403, 403, 204, 204],
  leaveGroup: /*     last organiser    */ [401, 404, 204, 204, 204, 409],
  listInvites: /*                      */ [401, 404, 403, 403, 200, 200],
  createInvite: /*   a member invite   */ [401, 404, 403, 403, 201, 201],
  revokeInvite: /*   a member invite   */ [401, 404, 403, 403, 204, 204],
  previewInvite: /*                    */ [200, 200, 200, 200, 200, 200],
  acceptMemberInvite: /* already in it */ [201, 201, 409, 409, 409, 409],
  acceptStaffInvite: /* no account: sign in first; staff: already in it */ [401, 401, 401, 409, 409, 409],
  recover: /*        another's code    */ [200, 200, 200, 200, 200, 200],
  joinToken: /* scheduled, nothing open: members wait, staff may open the room */ [401, 404, 409, 201, 201, 201],
  roomJoinToken: /*  public: handler asks for an account or a guest pass */ [401, 401, 401, 201, 201, 201],
  createGuestLink: /*                  */ [401, 401, 401, 201, 201, 201],
  previewGuestLink: /*                 */ [200, 200, 200, 200, 200, 200],
  acceptGuestLink: /*                  */ [200, 200, 200, 200, 200, 200],
  listSeries: /*                       */ [401, 404, 200, 200, 200, 200],
  createSeries: /*                     */ [401, 404, 403, 403, 201, 201],
  updateSeries: /*                     */ [401, 404, 403, 403, 200, 200],
  endSeries: /*      it has started    */ [401, 404, 403, 403, 200, 200],
  deleteSeries: /*                     */ [401, 404, 403, 403, 204, 204],
  cancelOccurrence: /*                 */ [401, 404, 403, 403, 200, 200],
  restoreOccurrence: /* not cancelled: still done */ [401, 404, 403, 403, 200, 200],
  moveOccurrence: /*                   */ [401, 404, 403, 403, 200, 200],
  unmoveOccurrence: /* not moved: still done */ [401, 404, 403, 403, 200, 200],
  upcoming: /*                         */ [401, 404, 200, 200, 200, 200],
  seriesCalendar: /*                   */ [401, 404, 200, 200, 200, 200],
  getCalendarFeed: /*                  */ [401, 404, 200, 200, 200, 200],
  createCalendarFeed: /*               */ [401, 404, 201, 201, 201, 201],
  revokeCalendarFeed: /* none yet: still done */ [401, 404, 204, 204, 204, 204],
  calendarFeed: /*   the token is the credential */ [200, 200, 200, 200, 200, 200],
  getAvailability: /*                  */ [401, 404, 200, 200, 200, 200],
  setAvailability: /*                  */ [401, 404, 200, 200, 200, 200],
  clearAvailability: /*                */ [401, 404, 204, 204, 204, 204],
  findTime: /*                         */ [401, 404, 403, 403, 200, 200],
  listBreakoutPlans: /*                */ [401, 404, 403, 200, 200, 200],
  getBreakoutPlan: /*                  */ [401, 404, 403, 200, 200, 200],
  saveBreakoutPlan: /*                 */ [401, 404, 403, 403, 200, 200],
  deleteBreakoutPlan: /*               */ [401, 404, 403, 403, 204, 204],
};

interface World {
  groupId: string;
  memberInviteId: string;
  memberInviteToken: string;
  staffInviteToken: string;
  targetMembershipId: string;
  targetRecoveryCode: string;
  memberCookie: string;
  guestLinkToken: string;
  /** A single session two weeks ago: it has happened, so it can be ended. */
  seriesId: string;
  slot: string;
  feedToken: string;
  /** A single session next week, with breakouts planned for it. */
  nextSeriesId: string;
  nextSlot: string;
}

describe.each(TEST_DIALECTS)('authorization matrix on %s', (dialect) => {
  let server: TestServer;
  let peek: DatabaseHandle;
  const clock = testClock(Date.now());
  const accounts: Partial<Record<'organiser' | 'facilitator' | 'coFacilitator', { id: string; email: string }>> = {};
  let otherMemberCookie: string;

  beforeAll(async () => {
    server = await startTestServer({}, { database: dialect, now: clock.now });
    peek = await openDatabase(server.database, { migrate: false });
    const organiserEmail = uniqueEmail('organiser');
    const organiser = await setUpOrganiser(server.url, organiserEmail);
    accounts.organiser = { id: (await organiser.ok('me')).account!.id, email: organiserEmail };
    const home = await createGroup(organiser, { name: 'Staff home' });
    for (const [kind, role] of [['facilitator', 'facilitator'], ['coFacilitator', 'co_facilitator']] as const) {
      const { browser, email } = await joinAsNewStaff(server.url, (await createInvite(organiser, home.id, role)).token, kind);
      accounts[kind] = { id: (await browser.ok('me')).account!.id, email };
    }
    const elsewhere = await createGroup(organiser, { name: 'Another group' });
    const other = new Browser(server.url);
    await joinAsMember(other, (await createInvite(organiser, elsewhere.id)).token, 'Someone elsewhere');
    otherMemberCookie = other.cookies.get('hearth_member')!;
  });
  afterAll(async () => {
    await peek?.close();
    await server?.close();
  });

  /** A browser for the caller: a fresh session for accounts (so a logout cannot spill over), the member cookie for members. */
  async function browserFor(kind: CallerKind, world: World): Promise<Browser> {
    const browser = new Browser(server.url);
    if (kind === 'organiser' || kind === 'facilitator' || kind === 'coFacilitator') {
      browser.cookies.set('hearth_session', (await startSession(server.store, accounts[kind]!.id)).token);
    }
    if (kind === 'member') browser.cookies.set('hearth_member', world.memberCookie);
    if (kind === 'otherMember') browser.cookies.set('hearth_member', otherMemberCookie);
    return browser;
  }

  /** A fresh group with one of each role, a second member to act on, and unused invites. */
  async function buildWorld(): Promise<World> {
    const organiser = await browserFor('organiser', undefined as never);
    const group = await createGroup(organiser);
    const memberInvite = await createInvite(organiser, group.id, 'member');
    for (const [kind, role] of [['facilitator', 'facilitator'], ['coFacilitator', 'co_facilitator']] as const) {
      const staff = await browserFor(kind, undefined as never);
      await staff.ok('acceptStaffInvite', { params: { token: (await createInvite(organiser, group.id, role)).token }, body: { acceptGuidelines: true, account: null } });
    }
    const member = new Browser(server.url);
    await joinAsMember(member, memberInvite.token, 'Member');
    const target = await joinAsMember(new Browser(server.url), memberInvite.token, 'Target');
    const slot = `${dateFrom(clock.now(), -14)}T12:00`;
    const series = await createSeries(organiser, group.id, slot, { repeat: undefined }, 'Past session');
    const feed = await member.ok('createCalendarFeed', { params: { groupId: group.id } });
    const nextSlot = `${dateFrom(clock.now(), 7)}T12:00`;
    const next = await createSeries(organiser, group.id, nextSlot, { repeat: undefined }, 'Next session');
    await organiser.ok('saveBreakoutPlan', {
      params: { groupId: group.id, seriesId: next.id, slot: nextSlot },
      body: { rooms: [{}, {}], assignment: { [target.group.myMembershipId]: 1 }, durationMinutes: 15 },
    });
    return {
      groupId: group.id,
      memberInviteId: memberInvite.invite.id,
      memberInviteToken: memberInvite.token,
      staffInviteToken: (await createInvite(organiser, group.id, 'co_facilitator')).token,
      targetMembershipId: target.group.myMembershipId,
      targetRecoveryCode: target.recoveryCode!,
      memberCookie: member.cookies.get('hearth_member')!,
      guestLinkToken: (await organiser.ok('createGuestLink', { params: { roomId: 'team-standup' }, body: {} })).token,
      seriesId: series.id,
      slot,
      feedToken: feedTokenOf(feed.url),
      nextSeriesId: next.id,
      nextSlot,
    };
  }

  function requestFor(route: RouteName, w: World): CallOptions {
    const groupId = w.groupId;
    switch (route) {
      case 'setup':
        return { body: { email: uniqueEmail(), password: PASSWORD, displayName: 'Late' } };
      case 'login':
        return { body: { email: accounts.organiser!.email, password: PASSWORD } };
      case 'createGroup':
        return { body: GROUP_BODY };
      case 'updateGroup':
        return { params: { groupId }, body: { name: 'Renamed' } };
      case 'removeMember':
        return { params: { groupId, membershipId: w.targetMembershipId } };
      case 'createInvite':
        return { params: { groupId }, body: { role: 'member', expiresInHours: 24, maxUses: null, note: null } };
      case 'revokeInvite':
        return { params: { groupId, inviteId: w.memberInviteId } };
      case 'previewInvite':
        return { params: { token: w.memberInviteToken } };
      case 'acceptMemberInvite':
        return { params: { token: w.memberInviteToken }, body: { pseudonym: `Joiner ${randomUUID().slice(0, 8)}`, avatarColour: '#aa5500', acceptGuidelines: true } };
      case 'acceptStaffInvite':
        return { params: { token: w.staffInviteToken }, body: { acceptGuidelines: true, account: null } };
      case 'recover':
        return { body: { recoveryCode: w.targetRecoveryCode } };
      case 'roomJoinToken':
        return { params: { roomId: 'team-standup' } };
      case 'createGuestLink':
        return { params: { roomId: 'team-standup' }, body: { ttlHours: 2 } };
      case 'previewGuestLink':
        return { params: { token: w.guestLinkToken } };
      case 'acceptGuestLink':
        return { params: { token: w.guestLinkToken }, body: { displayName: 'Visitor' } };
      case 'createSeries':
        return { params: { groupId }, body: { title: 'Next term', description: '', schedule: { zone: 'Europe/London', start: `${dateFrom(clock.now(), 30)}T19:00`, durationMinutes: 60, repeat: { freq: 'weekly' } } } };
      case 'updateSeries':
        return { params: { groupId, seriesId: w.seriesId }, body: { title: 'Renamed session' } };
      case 'endSeries':
      case 'deleteSeries':
      case 'seriesCalendar':
        return { params: { groupId, seriesId: w.seriesId } };
      case 'cancelOccurrence':
      case 'restoreOccurrence':
      case 'unmoveOccurrence':
        return { params: { groupId, seriesId: w.seriesId, slot: w.slot } };
      case 'moveOccurrence':
        return { params: { groupId, seriesId: w.seriesId, slot: w.slot }, body: { start: w.slot.replace('T12:00', 'T13:00') } };
      case 'calendarFeed':
        return { params: { token: w.feedToken } };
      case 'setAvailability':
        return { params: { groupId }, body: { zone: 'Europe/London', weekly: [{ weekday: 2, from: '18:00', to: '21:00' }] } };
      case 'getBreakoutPlan':
      case 'deleteBreakoutPlan':
        return { params: { groupId, seriesId: w.nextSeriesId, slot: w.nextSlot } };
      case 'saveBreakoutPlan':
        return { params: { groupId, seriesId: w.nextSeriesId, slot: w.nextSlot }, body: { rooms: [{ name: 'Pairs' }], assignment: { [w.targetMembershipId]: 0 }, durationMinutes: null } };
      case 'findTime':
        return { params: { groupId }, body: { durationMinutes: 60, from: new Date(clock.now()).toISOString(), to: new Date(clock.now() + 7 * 86_400_000).toISOString() } };
      case 'setupStatus':
      case 'logout':
      case 'me':
        return {};
      default:
        return { params: { groupId } };
    }
  }

  /** Every table, in a stable order. Session activity times slide with any request, so they are left out. */
  async function snapshot(): Promise<unknown> {
    const db = peek.db;
    return {
      accounts: await db.selectFrom('accounts').selectAll().orderBy('id').execute(),
      groups: await db.selectFrom('groups').selectAll().orderBy('id').execute(),
      memberships: await db.selectFrom('memberships').selectAll().orderBy('id').execute(),
      invites: await db.selectFrom('invites').selectAll().orderBy('id').execute(),
      auth_sessions: await db.selectFrom('auth_sessions').select(['id_hash', 'account_id', 'created_at']).orderBy('id_hash').execute(),
      server_secrets: await db.selectFrom('server_secrets').selectAll().orderBy('name').execute(),
      series: await db.selectFrom('series').selectAll().orderBy('id').execute(),
      calendar_feeds: await db.selectFrom('calendar_feeds').selectAll().orderBy('id').execute(),
      availability: await db.selectFrom('availability').selectAll().orderBy('membership_id').execute(),
      breakout_plans: await db.selectFrom('breakout_plans').selectAll().orderBy('id').execute(),
    };
  }

  it('expects something of every route in ROUTES, and of no other', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(ROUTES).sort());
  });

  const cases = (Object.keys(EXPECTED) as RouteName[]).flatMap((route) => CALLERS.map((caller, i) => [route, caller, EXPECTED[route][i]!] as const));

  it.each(cases)('%s by %s → %i', async (route, caller, expected) => {
    clock.advance(2 * 60 * 1000); // lets the per-client attempt limits refill between cases
    const world = await buildWorld();
    const browser = await browserFor(caller, world);
    const before = await snapshot();
    const res = await browser.call(route, requestFor(route, world));
    expect(res.status, res.text).toBe(expected);
    if (expected >= 400) {
      expect(res.body.error?.code).toBeTruthy();
      expect(await snapshot()).toEqual(before);
    } else {
      expect(expected).toBe(ROUTES[route].status);
    }
  });

  it('answers not_found for any /api address or method outside ROUTES', async () => {
    const browser = new Browser(server.url);
    for (const [method, path] of [
      ['GET', '/api'],
      ['GET', '/api/nope'],
      ['PUT', '/api/groups'],
      ['GET', '/api/auth/login'],
      ['POST', '/api/me'],
      ['GET', `/api/groups/${randomUUID()}/members/${randomUUID()}`],
    ] as const) {
      const res = await browser.request(method, path);
      expect([res.status, (res.body as { error?: { code?: string } } | undefined)?.error?.code], `${method} ${path}`).toEqual([404, 'not_found']);
    }
  });
});
