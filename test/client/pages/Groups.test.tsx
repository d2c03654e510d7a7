// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Groups } from '../../../client/pages/Groups';
import { account, GROUP_ID, json, me, myGroup, renderWithServices } from '../apiFakes';

afterEach(cleanup);

describe('Groups dashboard', () => {
  it('lists the account’s groups with focus and role', async () => {
    renderWithServices(<Groups />, { 'GET /api/me': json(200, me({ account, groups: [myGroup('facilitator')] })) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your groups' })).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Tuesday Circle' });
    expect(link.getAttribute('href')).toBe(`/groups/${GROUP_ID}`);
    expect(link.closest('li')?.textContent).toContain('Chronic illness · Facilitator');
  });

  it('asks to sign in when no account is signed in', async () => {
    renderWithServices(<Groups />, { 'GET /api/me': json(200, me()) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to see your groups' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Create a group' })).toBeNull();
  });

  it('creates a group: inline errors first, then the full body, then opens the new group', async () => {
    const { server, navigate } = renderWithServices(<Groups />, {
      'GET /api/me': json(200, me({ account })),
      'POST /api/groups': json(201, myGroup('organiser')),
    });
    const form = await screen.findByRole('form', { name: 'Create a group' });
    fireEvent.change(within(form).getByLabelText('Group name'), { target: { value: 'X' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'Create group' }));
    });
    expect(document.getElementById('group-name-error')?.textContent).toBe('A name has at least 2 characters.');
    expect(document.getElementById('group-focus-error')?.textContent).toBe('Choose one of the options.');
    expect(document.getElementById('group-guidelines-error')?.textContent).toBe('Write the community guidelines members accept.');
    expect(within(form).getByRole('alert').textContent).toBe('Please check the 3 highlighted fields.');
    expect(document.activeElement).toBe(within(form).getByLabelText('Group name'));
    expect(server.sent('POST /api/groups')).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText('Group name'), { target: { value: 'Tuesday Circle' } });
    fireEvent.change(within(form).getByLabelText('Focus'), { target: { value: 'grief' } });
    fireEvent.change(within(form).getByLabelText(/Description/), { target: { value: 'Weekly.' } });
    fireEvent.change(within(form).getByLabelText('Community guidelines'), { target: { value: 'Be kind.' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Talking stick' }));
    fireEvent.change(within(form).getByLabelText('Length of one turn'), { target: { value: '300' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create group' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(`/groups/${GROUP_ID}`));
    expect(server.sent('POST /api/groups')[0]?.body).toEqual({
      name: 'Tuesday Circle',
      focus: 'grief',
      description: 'Weekly.',
      guidelines: 'Be kind.',
      settings: { waitingRoom: true, talkingStick: true, turnSeconds: 300 },
    });
  });
});
