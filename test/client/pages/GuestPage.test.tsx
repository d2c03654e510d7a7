// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GuestPage } from '../../../client/pages/GuestPage';
import { apiError, json, me, renderWithServices } from '../apiFakes';

afterEach(cleanup);

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJ0eXAiOiJoZWFydGgtZ3Vlc3QtbGluayJ9.sig';
const ROOM = 'kfr-wqpz-mtd';
const PREVIEW = `GET /api/guest-links/${TOKEN}`;
const ACCEPT = `POST /api/guest-links/${TOKEN}/accept`;
const preview = { roomId: ROOM, roomTitle: ROOM, expiresAt: '2025-11-26T12:00:00Z' };

describe('GuestPage', () => {
  it('explains the invitation: no account, a name to show, the host lets you in', async () => {
    renderWithServices(<GuestPage token={TOKEN} />, { [PREVIEW]: json(200, preview), 'GET /api/me': json(200, me()) });
    const heading = await screen.findByRole('heading', { level: 1, name: 'You’re invited to a Hearth room' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(/You don’t need an account/).textContent).toContain('the host will let you in');
    expect(screen.getByText(/This link expires/).textContent).toMatch(/^Room kfr-wqpz-mtd · This link expires tomorrow \(26 Nov 2025, \d\d:\d\d\)\.$/);
    const name = screen.getByLabelText('Name to show');
    expect(document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Use any name you like. Nobody here needs your real name.');
    expect(screen.getByRole('form', { name: 'Join as a guest' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeTruthy();
  });

  it('checks the name like the member form does, focusing the field, without sending anything', async () => {
    const { server } = renderWithServices(<GuestPage token={TOKEN} />, { [PREVIEW]: json(200, preview), 'GET /api/me': json(200, me()) });
    fireEvent.change(await screen.findByLabelText('Name to show'), { target: { value: '   ' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    });
    const name = screen.getByLabelText('Name to show');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('guest-name-error')?.textContent).toBe('Choose a name to show in the room.');
    expect(document.activeElement).toBe(name);
    expect(server.sent(ACCEPT)).toHaveLength(0);

    // Typing clears the error.
    fireEvent.change(name, { target: { value: 'River' } });
    expect(document.getElementById('guest-name-error')).toBeNull();
  });

  it('accepts with the trimmed name and opens the room, where the host admits the guest', async () => {
    const { server, navigate } = renderWithServices(<GuestPage token={TOKEN} />, {
      [PREVIEW]: json(200, preview),
      'GET /api/me': json(200, me()),
      [ACCEPT]: json(200, { roomId: ROOM }),
    });
    fireEvent.change(await screen.findByLabelText('Name to show'), { target: { value: '  River  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(`/r/${ROOM}`));
    expect(server.sent(ACCEPT)[0]?.body).toEqual({ displayName: 'River' });
  });

  it('shows the server’s refusal of a name next to the field, and a link that expired meanwhile in the alert', async () => {
    let answer = apiError(400, 'invalid_payload', 'check the form', { displayName: 'the name has invisible characters' });
    renderWithServices(<GuestPage token={TOKEN} />, {
      [PREVIEW]: json(200, preview),
      'GET /api/me': json(200, me()),
      [ACCEPT]: () => answer,
    });
    fireEvent.change(await screen.findByLabelText('Name to show'), { target: { value: 'River' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('The name has invisible characters.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Name to show')));

    answer = apiError(410, 'token_expired', 'this guest link has expired; ask the host for a new one');
    fireEvent.change(screen.getByLabelText('Name to show'), { target: { value: 'Brook' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('This guest link has expired; ask the host for a new one.'));
  });

  it.each([
    ['token_expired', 410, 'this guest link has expired; ask the host for a new one', 'Guest links only last a while'],
    ['token_invalid', 400, 'this guest link is not valid; check that you copied all of it', 'Check that you copied all of the link'],
  ])('explains kindly when the link is %s', async (code, status, message, advice) => {
    renderWithServices(<GuestPage token={TOKEN} />, { [PREVIEW]: apiError(status, code, message), 'GET /api/me': json(200, me()) });
    expect(await screen.findByRole('heading', { level: 1, name: 'This guest link doesn’t work' })).toBeTruthy();
    expect(screen.getByText(`${message.charAt(0).toUpperCase()}${message.slice(1)}.`)).toBeTruthy();
    expect(screen.getByText(new RegExp(`${advice}.*The host can send you a new one\\.`))).toBeTruthy();
    expect(screen.queryByLabelText('Name to show')).toBeNull();
  });

  it('offers to try again when Hearth could not be reached', async () => {
    let reachable = false;
    renderWithServices(<GuestPage token={TOKEN} />, {
      [PREVIEW]: () => (reachable ? json(200, preview) : new Response('bad gateway', { status: 502 })),
      'GET /api/me': json(200, me()),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'We couldn’t open this guest link' })).toBeTruthy();
    reachable = true;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('Name to show')).toBeTruthy();
  });
});
