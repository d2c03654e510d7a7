// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GuestLinkPanel } from '../../../client/components/GuestLinkPanel';
import { apiError, json, renderWithServices } from '../apiFakes';

afterEach(cleanup);

const ROOM = 'kfr-wqpz-mtd';
const CREATE = `POST /api/rooms/${ROOM}/guest-links`;
const link = (n: number) => ({ url: `https://hearth.example.org/guest/tok-${n}`, token: `tok-${n}`, expiresAt: '2025-11-26T12:00:00Z' });

describe('GuestLinkPanel', () => {
  it('says guests wait until admitted, then creates a link to copy, with its expiry', async () => {
    let made = 0;
    const { server, copy } = renderWithServices(<GuestLinkPanel roomId={ROOM} />, { [CREATE]: () => json(201, link(++made)) });
    expect(screen.getByRole('region', { name: 'Guest links' })).toBeTruthy();
    expect(screen.getByText(/wait in the waiting room until you admit them/)).toBeTruthy();
    expect(screen.queryByLabelText('Guest link')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Create a guest link' }));
    const field = (await screen.findByLabelText('Guest link')) as HTMLInputElement;
    expect(field.value).toBe('https://hearth.example.org/guest/tok-1');
    expect(field.readOnly).toBe(true);
    expect(server.sent(CREATE)[0]?.body).toEqual({ ttlHours: 24 }); // the schema's default, filled in before sending
    expect(screen.getByText(/This link expires/).textContent).toMatch(/^This link expires tomorrow \(26 Nov 2025, \d\d:\d\d\)\.$/);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Copy link/ }));
    });
    expect(copy).toHaveBeenCalledWith('https://hearth.example.org/guest/tok-1');
    expect(screen.getByRole('status').textContent).toBe('Link copied. Guests will wait until you admit them.');

    fireEvent.click(screen.getByRole('button', { name: 'Create another guest link' }));
    await waitFor(() => expect((screen.getByLabelText('Guest link') as HTMLInputElement).value).toBe('https://hearth.example.org/guest/tok-2'));
  });

  it('says why a link could not be made, in an alert that takes focus', async () => {
    renderWithServices(<GuestLinkPanel roomId={ROOM} />, { [CREATE]: apiError(401, 'unauthenticated', 'sign in first') });
    fireEvent.click(screen.getByRole('button', { name: 'Create a guest link' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Sign in first.'));
    expect(document.activeElement).toBe(screen.getByRole('alert'));
    expect(screen.queryByLabelText('Guest link')).toBeNull();
    expect(screen.getByRole('button', { name: 'Create a guest link' })).toBeTruthy();
  });
});
