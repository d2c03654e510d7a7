// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { InviteView, MemberView } from '../../../shared/api';
import { GroupPage } from '../../../client/pages/GroupPage';
import { apiError, GROUP_ID, json, me, member, myGroup, renderWithServices } from '../apiFakes';
import { MARCH_2027, occurrence, upcomingResponse } from '../core/schedule/fixtures';
import { pinViewerZone, renderWithClock } from '../schedule/harness';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const G = `/api/groups/${GROUP_ID}`;

/** A group without a schedule and a member without a calendar address: what the pages load besides the group. */
const unscheduled = {
  [`GET ${G}/upcoming`]: json(200, upcomingResponse([], '2025-11-25T12:00:00Z')),
  [`GET ${G}/calendar-feed`]: json(200, { feed: null }),
};

function invite(id: string, over: Partial<InviteView> = {}): InviteView {
  return {
    id,
    role: 'member',
    url: `https://hearth.example/invite/tok-${id}`,
    note: null,
    createdAt: '2025-11-20T12:00:00Z',
    expiresAt: '2025-11-28T12:00:00Z',
    maxUses: 10,
    uses: 2,
    state: 'active',
    ...over,
  };
}

/** `members` may be a getter, so a test can change what the next request sees. */
function staffServer(members: MemberView[] | (() => MemberView[]), invites: InviteView[], extra: Record<string, Response | (() => Response)> = {}) {
  return {
    'GET /api/me': json(200, me()),
    [`GET ${G}`]: json(200, myGroup('organiser', { myMembershipId: 'm-me' })),
    [`GET ${G}/members`]: () => json(200, { members: typeof members === 'function' ? members() : members }),
    [`GET ${G}/invites`]: () => json(200, { invites }),
    ...unscheduled,
    ...extra,
  };
}

describe('GroupPage for an organiser', () => {
  it('shows the group, members with roles, and invites with link, expiry, uses and state', async () => {
    const members = [member('m-me', 'Robin', 'organiser'), member('m-2', 'Sam')];
    const invites = [invite('i1', { note: 'For Alex' }), invite('i2', { state: 'revoked', maxUses: null, uses: 1 })];
    renderWithServices(<GroupPage groupId={GROUP_ID} />, staffServer(members, invites));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tuesday Circle' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Community guidelines' }).textContent).toContain('Speak from your own experience.');
    expect(screen.getByRole('link', { name: 'Join live session' }).getAttribute('href')).toBe(`/g/${GROUP_ID}`);

    const memberList = screen.getByRole('region', { name: /Members/ });
    expect(within(memberList).getByText('Robin').closest('li')?.textContent).toContain('(you)Organiser');
    expect(within(memberList).getByText('Sam').closest('li')?.textContent).toContain('Member');
    expect(within(memberList).queryByRole('button', { name: 'Remove Robin' })).toBeNull();
    expect(within(memberList).getByRole('button', { name: 'Remove Sam' })).toBeTruthy();

    const inviteList = screen.getByRole('region', { name: 'Invite links' });
    const first = within(inviteList).getByLabelText('Link for the member invite “For Alex”') as HTMLInputElement;
    expect(first.value).toBe('https://hearth.example/invite/tok-i1');
    const row = first.closest('li') as HTMLElement;
    expect(row.textContent).toContain('Active');
    expect(row.textContent).toContain('2 of 10 uses');
    expect(row.querySelector('time')?.textContent).toMatch(/^in 3 days \(2[89] Nov 2025, \d\d:\d\d\)$/);
    expect(within(row).getByRole('button', { name: 'Revoke member invite “For Alex”' })).toBeTruthy();
    const revoked = within(inviteList).getByText('Revoked').closest('li') as HTMLElement;
    expect(revoked.textContent).toContain('1 use, no limit');
    expect(within(revoked).queryByRole('button', { name: /Revoke/ })).toBeNull();
    expect(within(revoked).queryByRole('textbox')).toBeNull();
  });

  it('Remove asks to confirm; Cancel sends nothing; confirming removes and reloads', async () => {
    let members = [member('m-me', 'Robin', 'organiser'), member('m-2', 'Sam')];
    const { server } = renderWithServices(
      <GroupPage groupId={GROUP_ID} />,
      staffServer(() => members, [], {
        [`DELETE ${G}/members/m-2`]: () => {
          members = members.filter((m) => m.membershipId !== 'm-2');
          return json(204);
        },
      }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Sam' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove Sam?' });
    expect(within(dialog).getByText(/can only come back with a new invite/)).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(server.sent(`DELETE ${G}/members/m-2`)).toHaveLength(0);

    // Escape: the browser closes the dialog itself; the page must agree, so it can open again.
    fireEvent.click(screen.getByRole('button', { name: 'Remove Sam' }));
    fireEvent(screen.getByRole('dialog'), new Event('close'));
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Remove Sam' }));
    await act(async () => {
      fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove' }));
    });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Sam was removed from the group.'));
    expect(server.sent(`DELETE ${G}/members/m-2`)).toHaveLength(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    // The list was loaded again: Sam is gone.
    expect(screen.queryByRole('button', { name: 'Remove Sam' })).toBeNull();
    expect(within(screen.getByRole('region', { name: /Members/ })).queryByText('Sam')).toBeNull();
  });

  it('Revoke asks to confirm, then revokes that invite', async () => {
    const { server } = renderWithServices(<GroupPage groupId={GROUP_ID} />, staffServer([member('m-me', 'Robin', 'organiser')], [invite('i1')], { [`DELETE ${G}/invites/i1`]: json(204) }));
    fireEvent.click(await screen.findByRole('button', { name: 'Revoke member invite' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke the member invite?' });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke link' }));
    });
    await waitFor(() => expect(server.sent(`DELETE ${G}/invites/i1`)).toHaveLength(1));
    expect(server.sent(`GET ${G}/invites`).length).toBe(2);
  });

  it('a failed confirm keeps the dialog open and says why', async () => {
    renderWithServices(<GroupPage groupId={GROUP_ID} />, staffServer([member('m-me', 'Robin', 'organiser'), member('m-2', 'Sam', 'facilitator')], [], { [`DELETE ${G}/members/m-2`]: apiError(403, 'not_authorized', 'only organisers remove facilitators') }));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Sam' }));
    await act(async () => {
      fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove' }));
    });
    const dialog = screen.getByRole('dialog', { name: 'Remove Sam?' });
    expect(within(dialog).getByRole('alert').textContent).toBe('Only organisers remove facilitators.');
  });

  it('creates an invite: checks max uses inline, then sends role, expiry, uses and note and shows the link', async () => {
    const created = invite('new', { note: 'For Alex', maxUses: 5, uses: 0 });
    const { server } = renderWithServices(<GroupPage groupId={GROUP_ID} />, staffServer([member('m-me', 'Robin', 'organiser')], [], { [`POST ${G}/invites`]: json(201, created) }));
    const form = await screen.findByRole('form', { name: 'Create an invite link' });
    const role = within(form).getByLabelText('Invite as') as HTMLSelectElement;
    expect([...role.options].map((o) => o.textContent)).toEqual(['Member', 'Co-facilitator', 'Facilitator']);
    const uses = within(form).getByLabelText(/Maximum uses/);
    fireEvent.change(uses, { target: { value: 'lots' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'Create invite link' }));
    });
    expect(uses.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('invite-max-uses-error')?.textContent).toBe('Enter a whole number.');
    expect(document.activeElement).toBe(uses);
    expect(server.sent(`POST ${G}/invites`)).toHaveLength(0);

    fireEvent.change(uses, { target: { value: '5' } });
    fireEvent.change(within(form).getByLabelText('Link works for'), { target: { value: '72' } });
    fireEvent.change(within(form).getByLabelText(/Note/), { target: { value: 'For Alex' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'Create invite link' }));
    });
    expect(server.sent(`POST ${G}/invites`)[0]?.body).toEqual({ role: 'member', expiresInHours: 72, maxUses: 5, note: 'For Alex' });
    expect(((await within(form).findByLabelText('New invite link')) as HTMLInputElement).value).toBe('https://hearth.example/invite/tok-new');
  });
});

describe('GroupPage for a member', () => {
  it('asks nothing a member may not see, and Leave asks to confirm before leaving', async () => {
    const { server, navigate } = renderWithServices(<GroupPage groupId={GROUP_ID} />, {
      'GET /api/me': json(200, me()),
      [`GET ${G}`]: json(200, myGroup('member')),
      [`DELETE ${G}/membership`]: json(204),
      ...unscheduled,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Leave group' }));
    expect(server.sent(`GET ${G}/members`)).toHaveLength(0);
    expect(server.sent(`GET ${G}/invites`)).toHaveLength(0);
    expect(screen.queryByRole('region', { name: /Members/ })).toBeNull();
    const dialog = screen.getByRole('dialog', { name: 'Leave Tuesday Circle?' });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Leave group' }));
    });
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/me'));
    expect(server.sent(`DELETE ${G}/membership`)).toHaveLength(1);
  });

  it('asks to sign in when the server does not know this browser', async () => {
    renderWithServices(<GroupPage groupId={GROUP_ID} />, { 'GET /api/me': json(200, me()), [`GET ${G}`]: apiError(401, 'unauthenticated', 'sign in first') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to see this group' })).toBeTruthy();
    const card = screen.getByRole('heading', { level: 1 }).closest('section') as HTMLElement;
    expect(within(card).getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe(`/signin?next=${encodeURIComponent(`/groups/${GROUP_ID}`)}`);
  });
});

describe('GroupPage with a schedule', () => {
  // Tuesday 9 March 2027: the session starts 19:00Z (19:00 in London) and opens at 18:50Z.
  const today = occurrence('2027-03-09T19:00', '2027-03-09T19:00:00.000Z');

  function scheduledServer(role: 'member' | 'organiser' | 'co_facilitator', serverNow: string, occurrences = [today]) {
    return {
      'GET /api/me': json(200, me()),
      [`GET ${G}`]: json(200, myGroup(role)),
      [`GET ${G}/members`]: json(200, { members: [member('mship-me', 'Robin', role)] }),
      [`GET ${G}/invites`]: json(200, { invites: [] }),
      [`GET ${G}/upcoming`]: json(200, upcomingResponse(occurrences, serverNow)),
      [`GET ${G}/calendar-feed`]: json(200, { feed: null }),
    };
  }

  it('a member cannot join before joinOpensAt and reads when it opens; at that moment (on the server’s clock) the link appears', async () => {
    pinViewerZone('Europe/London');
    // The browser's clock is a minute behind the server's: the countdown follows the server.
    let serverNow = '2027-03-09T18:38:00Z'; // what the server answers (its pages are asked for again every 30 s)
    const server = { ...scheduledServer('member', serverNow), [`GET ${G}/upcoming`]: () => json(200, upcomingResponse([today], serverNow)) };
    const { setNow } = renderWithClock(<GroupPage groupId={GROUP_ID} />, server, '2027-03-09T18:37:00Z');
    const button = await screen.findByRole('button', { name: 'Join live session' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Opens at 18:50 (in 12 minutes).');
    expect(screen.queryByRole('link', { name: 'Join live session' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Open the room early' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Manage schedule' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Find a time' })).toBeNull();

    serverNow = '2027-03-09T18:50:05Z';
    setNow('2027-03-09T18:49:05Z'); // 18:50:05 on the server
    const link = await screen.findByRole('link', { name: 'Join live session' }, { timeout: 2500 });
    expect(link.getAttribute('href')).toBe(`/g/${GROUP_ID}`);
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'The live session is open. You can join now.')).toBe(true);
  });

  it('an open session: members join at once', async () => {
    renderWithClock(<GroupPage groupId={GROUP_ID} />, scheduledServer('member', '2027-03-09T18:55:00Z'), '2027-03-09T18:55:00Z');
    expect((await screen.findByRole('link', { name: 'Join live session' })).getAttribute('href')).toBe(`/g/${GROUP_ID}`);
    expect(screen.queryByRole('button', { name: 'Join live session' })).toBeNull();
  });

  it('the room is live before the window (staff opened it early): members may join now', async () => {
    pinViewerZone('Europe/London');
    const server = { ...scheduledServer('member', '2027-03-09T18:20:00Z'), [`GET ${G}/upcoming`]: json(200, upcomingResponse([today], '2027-03-09T18:20:00Z', true)) };
    renderWithClock(<GroupPage groupId={GROUP_ID} />, server, '2027-03-09T18:20:00Z');
    const link = await screen.findByRole('link', { name: 'Join live session' });
    expect(link.getAttribute('href')).toBe(`/g/${GROUP_ID}`);
    expect(screen.queryByRole('button', { name: 'Join live session' })).toBeNull();
    expect(screen.getByText('The room is open now.')).toBeTruthy();
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'The room is open now. You can join.')).toBe(true);
  });

  it('notices without a reload when staff open the room early (it asks again every 30 s)', async () => {
    pinViewerZone('Europe/London');
    let live = false;
    let serverNow = '2027-03-09T18:20:00Z';
    const server = {
      ...scheduledServer('member', serverNow),
      [`GET ${G}/upcoming`]: () => json(200, upcomingResponse([today], serverNow, live)),
    };
    const { setNow, server: fake } = renderWithClock(<GroupPage groupId={GROUP_ID} />, server, '2027-03-09T18:20:00Z');
    expect((await screen.findByRole('button', { name: 'Join live session' })).getAttribute('aria-disabled')).toBe('true');
    const asked = fake.sent(`GET ${G}/upcoming`).length;
    live = true;
    serverNow = '2027-03-09T18:20:20Z';
    setNow('2027-03-09T18:20:20Z');
    await new Promise((r) => setTimeout(r, 1200));
    expect(fake.sent(`GET ${G}/upcoming`)).toHaveLength(asked); // not yet: 20 s
    serverNow = '2027-03-09T18:20:31Z';
    setNow('2027-03-09T18:20:31Z');
    const link = await screen.findByRole('link', { name: 'Join live session' }, { timeout: 2500 });
    expect(link.getAttribute('href')).toBe(`/g/${GROUP_ID}`);
    expect(screen.getByText('The room is open now.')).toBeTruthy();
  });

  it('staff may always open the room, see when members can join, and get the schedule pages', async () => {
    pinViewerZone('Europe/London');
    renderWithClock(<GroupPage groupId={GROUP_ID} />, scheduledServer('organiser', '2027-03-09T18:38:00Z'), '2027-03-09T18:38:00Z');
    const early = await screen.findByRole('link', { name: 'Open the room early' });
    expect(early.getAttribute('href')).toBe(`/g/${GROUP_ID}`);
    expect(screen.getByText('Members can join from 18:50 (in 12 minutes).')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Manage schedule' }).getAttribute('href')).toBe(`/groups/${GROUP_ID}/schedule`);
    expect(screen.getByRole('link', { name: 'Find a time' }).getAttribute('href')).toBe(`/groups/${GROUP_ID}/find-time`);
  });

  it('co-facilitators may open the room early but do not manage the schedule', async () => {
    renderWithClock(<GroupPage groupId={GROUP_ID} />, scheduledServer('co_facilitator', '2027-03-09T18:38:00Z'), '2027-03-09T18:38:00Z');
    expect(await screen.findByRole('link', { name: 'Open the room early' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Manage schedule' })).toBeNull();
  });

  it('lists upcoming sessions in the member’s chosen zone with the clocks-change notice, and remembers a new zone', async () => {
    pinViewerZone('America/New_York');
    renderWithClock(<GroupPage groupId={GROUP_ID} />, scheduledServer('member', '2027-03-01T12:00:00Z', MARCH_2027), '2027-03-01T12:00:00Z');
    const card = await screen.findByRole('region', { name: 'Upcoming sessions' });
    await within(card).findByText('Tue 9 Mar, 14:00');
    expect(within(card).getByText(/^Showing times in/).textContent).toContain('America/New_York (UTC-05:00)');
    expect(card.querySelectorAll('.session__notice')[0]?.textContent).toBe('Clocks change: this session is at 15:00 your time, an hour later than usual.');
    expect(within(card).getAllByText('19:00 in London', { exact: false }).length).toBeGreaterThan(0);
    expect(screen.getByRole('region', { name: 'Subscribe in your calendar' })).toBeTruthy();

    fireEvent.click(within(card).getByRole('button', { name: /^Change time zone/ }));
    const picker = within(card).getByRole('combobox', { name: 'Show times in' });
    fireEvent.change(picker, { target: { value: 'Kolkata' } });
    fireEvent.keyDown(picker, { key: 'Enter' });
    expect(within(card).getByText('Wed 10 Mar, 00:30')).toBeTruthy();
    expect(JSON.parse(localStorage.getItem('hearth.prefs.v1') ?? '{}')).toMatchObject({ viewerZone: 'Asia/Kolkata' });
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Times are now shown in Asia/Kolkata.')).toBe(true);
  });
});
