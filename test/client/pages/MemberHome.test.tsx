// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemberHome } from '../../../client/pages/MemberHome';
import { apiError, GROUP_ID, json, me, myGroup, renderWithServices } from '../apiFakes';

afterEach(cleanup);

describe('MemberHome', () => {
  it('lists my groups with my pseudonym and a link into each live session', async () => {
    renderWithServices(<MemberHome />, { 'GET /api/me': json(200, me({ groups: [myGroup('member', { myPseudonym: 'River' })] })) });
    expect(await screen.findByRole('heading', { level: 1, name: 'My groups' })).toBeTruthy();
    const join = screen.getByRole('link', { name: 'Join live session of Tuesday Circle' });
    expect(join.getAttribute('href')).toBe(`/g/${GROUP_ID}`);
    expect(join.closest('li')?.textContent).toContain('You are River here · Member');
  });

  it('says how to get in when this device is in no group', async () => {
    renderWithServices(<MemberHome />, { 'GET /api/me': json(200, me()) });
    expect(await screen.findByText(/You haven’t joined a group on this device yet/)).toBeTruthy();
  });

  it('rejoins with a recovery code: checks it inline, then sends it and reloads my groups', async () => {
    let groups = [] as ReturnType<typeof myGroup>[];
    const { server } = renderWithServices(<MemberHome />, {
      'GET /api/me': () => json(200, me({ groups })),
      'POST /api/members/recover': () => {
        groups = [myGroup('member', { myPseudonym: 'River' })];
        return json(200, { group: groups[0] });
      },
    });
    const field = await screen.findByLabelText('Recovery code');
    fireEvent.change(field, { target: { value: 'short' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Rejoin' }));
    });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('recovery-code-input-error')?.textContent).toBe('Use at least 20 characters.');
    expect(server.sent('POST /api/members/recover')).toHaveLength(0);

    fireEvent.change(field, { target: { value: '  RC-7Q2M-KX4P-99ZT-ABCD-EFGH ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rejoin' }));
    expect(await screen.findByRole('link', { name: 'Join live session of Tuesday Circle' })).toBeTruthy();
    expect(server.sent('POST /api/members/recover')[0]?.body).toEqual({ recoveryCode: 'RC-7Q2M-KX4P-99ZT-ABCD-EFGH' });
    await waitFor(() => expect(screen.getByText(/Welcome back/)).toBeTruthy());
  });

  it('an unknown code is announced', async () => {
    renderWithServices(<MemberHome />, { 'GET /api/me': json(200, me()), 'POST /api/members/recover': apiError(404, 'not_found', 'that recovery code is not known') });
    fireEvent.change(await screen.findByLabelText('Recovery code'), { target: { value: 'RC-7Q2M-KX4P-99ZT-ABCD-EFGH' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rejoin' }));
    expect((await screen.findByRole('alert', { name: '' })).textContent).toBe('That recovery code is not known.');
  });
});
