// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { InvitePreview } from '../../../shared/api';
import { InvitePage } from '../../../client/pages/InvitePage';
import { account, apiError, GROUP_ID, groupView, json, me, myGroup, renderWithServices } from '../apiFakes';

afterEach(cleanup);

const TOKEN = 'inv.tok-123';
const CODE = 'RC-7Q2M-KX4P-99ZT-ABCD-EFGH';

function preview(role: InvitePreview['role']): InvitePreview {
  const { id, name, description, focus, guidelines } = groupView;
  return { role, group: { id, name, description, focus, guidelines }, expiresAt: '2025-11-28T12:00:00Z' };
}

describe('InvitePage: member invite', () => {
  it('shows the group, its guidelines in a scrollable region and the join form', async () => {
    renderWithServices(<InvitePage token={TOKEN} />, { [`GET /api/invites/${TOKEN}`]: json(200, preview('member')), 'GET /api/me': json(200, me()) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Join Tuesday Circle' })).toBeTruthy();
    expect(screen.getByText(/Chronic illness · You are invited as a member/)).toBeTruthy();
    const expiry = screen.getByText(/This link expires/);
    expect(expiry.textContent).toMatch(/^This link expires in 3 days \(2[89] Nov 2025, \d\d:\d\d\)\.$/);
    expect(expiry.querySelector('time')?.getAttribute('datetime')).toBe('2025-11-28T12:00:00Z');
    const guidelines = screen.getByRole('region', { name: 'Community guidelines' });
    expect(guidelines.textContent).toContain('What is shared here stays here.');
    expect(guidelines.getAttribute('tabindex')).toBe('0');
    expect(screen.getByRole('checkbox', { name: 'I accept these guidelines' })).toBeTruthy();
    const pseudonym = screen.getByLabelText('Your name in this group');
    expect(document.getElementById(pseudonym.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Use any name you like. Nobody here needs your real name.');
    const colours = screen.getByRole('group', { name: /Avatar colour/ });
    expect(within(colours).getAllByRole('radio')).toHaveLength(9);
    expect(within(colours).getByRole('radio', { name: 'No preference' })).toHaveProperty('checked', true);
    expect(within(colours).getByRole('radio', { name: 'Evening blue' })).toBeTruthy();
  });

  it('explains what is missing next to each field, focusing the first, without sending anything', async () => {
    const { server } = renderWithServices(<InvitePage token={TOKEN} />, { [`GET /api/invites/${TOKEN}`]: json(200, preview('member')), 'GET /api/me': json(200, me()) });
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Join' }));
    });
    const checkbox = screen.getByRole('checkbox', { name: 'I accept these guidelines' });
    expect(checkbox.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('join-accept-error')?.textContent).toBe('Accept the guidelines to join.');
    expect(document.getElementById('join-pseudonym-error')?.textContent).toBe('Choose a name to show in the room.');
    expect(document.activeElement).toBe(checkbox);
    expect(server.sent(`POST /api/invites/${TOKEN}/member`)).toHaveLength(0);
  });

  it('joins with the right body, shows the recovery code once with Copy, and Continue forgets it', async () => {
    const { server, navigate, copy } = renderWithServices(<InvitePage token={TOKEN} />, {
      [`GET /api/invites/${TOKEN}`]: json(200, preview('member')),
      'GET /api/me': json(200, me()),
      [`POST /api/invites/${TOKEN}/member`]: json(201, { group: myGroup('member'), recoveryCode: CODE }),
    });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'I accept these guidelines' }));
    fireEvent.change(screen.getByLabelText('Your name in this group'), { target: { value: '  River  ' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Moss' }));
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Save your recovery code' });
    expect(server.sent(`POST /api/invites/${TOKEN}/member`)[0]?.body).toEqual({ pseudonym: 'River', avatarColour: '#3e6b55', acceptGuidelines: true });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect((screen.getByLabelText('Your recovery code') as HTMLInputElement).value).toBe(CODE);
    expect(screen.getByText('We show it only this once.')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Copy code/ }));
    });
    expect(copy).toHaveBeenCalledWith(CODE);
    expect(screen.getByRole('status').textContent).toContain('Code copied');

    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(navigate).toHaveBeenCalledWith('/me');
    expect(screen.queryByLabelText('Your recovery code')).toBeNull();
    expect([...document.querySelectorAll('input')].some((input) => input.value === CODE)).toBe(false);
  });

  it('shows the server’s field error (a pseudonym already taken) next to the field', async () => {
    renderWithServices(<InvitePage token={TOKEN} />, {
      [`GET /api/invites/${TOKEN}`]: json(200, preview('member')),
      'GET /api/me': json(200, me()),
      [`POST /api/invites/${TOKEN}/member`]: apiError(409, 'conflict', 'pseudonym taken', { pseudonym: 'someone in this group already uses that name' }),
    });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'I accept these guidelines' }));
    fireEvent.change(screen.getByLabelText('Your name in this group'), { target: { value: 'River' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByText('Someone in this group already uses that name.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Your name in this group')));
  });

  it('says plainly when a link has expired', async () => {
    renderWithServices(<InvitePage token={TOKEN} />, { [`GET /api/invites/${TOKEN}`]: apiError(410, 'token_expired', 'this invite link has expired'), 'GET /api/me': json(200, me()) });
    expect(await screen.findByRole('heading', { level: 1, name: 'This invite link doesn’t work' })).toBeTruthy();
    expect(screen.getByText('This invite link has expired.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Join' })).toBeNull();
  });
});

describe('InvitePage: staff invite', () => {
  it('asks someone signed out to sign in first or create an account, and sends the account', async () => {
    const { server, navigate } = renderWithServices(<InvitePage token={TOKEN} />, {
      [`GET /api/invites/${TOKEN}`]: json(200, preview('facilitator')),
      'GET /api/me': json(200, me()),
      [`POST /api/invites/${TOKEN}/staff`]: json(201, { group: myGroup('facilitator'), recoveryCode: null }),
    });
    const signIn = await screen.findByRole('link', { name: 'Sign in first' });
    expect(signIn.getAttribute('href')).toBe(`/signin?next=${encodeURIComponent(`/invite/${TOKEN}`)}`);
    expect(screen.queryByLabelText('Your name in this group')).toBeNull();
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Sam' } });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'sam@example.org' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'another long one' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'I accept these guidelines' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create account and join' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(`/groups/${GROUP_ID}`));
    expect(server.sent(`POST /api/invites/${TOKEN}/staff`)[0]?.body).toEqual({
      acceptGuidelines: true,
      account: { displayName: 'Sam', email: 'sam@example.org', password: 'another long one' },
    });
  });

  it('lets a signed-in account join as itself', async () => {
    const { server, navigate } = renderWithServices(<InvitePage token={TOKEN} />, {
      [`GET /api/invites/${TOKEN}`]: json(200, preview('co_facilitator')),
      'GET /api/me': json(200, me({ account })),
      [`POST /api/invites/${TOKEN}/staff`]: json(201, { group: myGroup('co_facilitator'), recoveryCode: null }),
    });
    expect(await screen.findByText(/You will join as/)).toBeTruthy();
    expect(screen.queryByLabelText('Password')).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'I accept these guidelines' }));
    fireEvent.click(screen.getByRole('button', { name: 'Join as co-facilitator' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(`/groups/${GROUP_ID}`));
    expect(server.sent(`POST /api/invites/${TOKEN}/staff`)[0]?.body).toEqual({ acceptGuidelines: true, account: null });
  });
});
