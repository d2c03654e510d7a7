// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { InviteView, MemberView } from '../../../shared/api';
import { GroupPage } from '../../../client/pages/GroupPage';
import { apiError, GROUP_ID, json, me, member, myGroup, renderWithServices } from '../apiFakes';

afterEach(cleanup);

const G = `/api/groups/${GROUP_ID}`;

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
