// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Setup } from '../../../client/pages/Setup';
import { account, json, me, renderWithServices } from '../apiFakes';

afterEach(cleanup);

describe('Setup', () => {
  it('creates the first organiser with the typed values, then opens the groups dashboard', async () => {
    const { server, navigate } = renderWithServices(<Setup />, {
      'GET /api/setup': json(200, { needsSetup: true }),
      'GET /api/me': json(200, me({ account })),
      'POST /api/setup': json(201, account),
    });
    await screen.findByLabelText('Password');
    // The heading takes focus when the page opens, for screen readers after a navigation.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Set up Hearth' }));
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: '  Robin  ' } });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'robin@example.org' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'a long passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create organiser account' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/groups'));
    expect(server.sent('POST /api/setup')[0]?.body).toEqual({ displayName: 'Robin', email: 'robin@example.org', password: 'a long passphrase' });
  });

  it('explains a too-short password next to the field', async () => {
    const { server } = renderWithServices(<Setup />, { 'GET /api/setup': json(200, { needsSetup: true }) });
    fireEvent.change(await screen.findByLabelText('Password'), { target: { value: 'short' } });
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Robin' } });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'robin@example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create organiser account' }));
    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(password.getAttribute('aria-invalid')).toBe('true'));
    expect(password.getAttribute('aria-describedby')).toBe('setup-password-hint setup-password-error');
    expect(document.getElementById('setup-password-error')?.textContent).toBe('A password has at least 10 characters.');
    expect(document.activeElement).toBe(password);
    expect(server.sent('POST /api/setup')).toHaveLength(0);
  });

  it('points to sign-in once Hearth is set up', async () => {
    renderWithServices(<Setup />, { 'GET /api/setup': json(200, { needsSetup: false }), 'GET /api/me': json(200, me()) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hearth is already set up' })).toBeTruthy();
    const card = screen.getByRole('heading', { level: 1 }).closest('section') as HTMLElement;
    expect(within(card).getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/signin');
    expect(screen.queryByLabelText('Password')).toBeNull();
  });
});
