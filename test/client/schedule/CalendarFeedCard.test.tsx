// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CalendarFeedView } from '../../../shared/api';
import { CalendarFeedCard } from '../../../client/components/schedule/CalendarFeedCard';
import { apiError, GROUP_ID, json } from '../apiFakes';
import { renderWithClock } from './harness';

afterEach(cleanup);

const FEED = `/api/groups/${GROUP_ID}/calendar-feed`;
const URL = 'https://hearth.example/api/calendar-feeds/tok-secret';
const view: CalendarFeedView = { url: URL, createdAt: '2027-03-01T11:00:00Z' };

/** A server that keeps the caller's feed. */
function feedServer(initial: CalendarFeedView | null) {
  let feed = initial;
  return {
    [`GET ${FEED}`]: () => json(200, { feed }),
    [`POST ${FEED}`]: () => {
      feed = view;
      return json(201, view);
    },
    [`DELETE ${FEED}`]: () => {
      feed = null;
      return json(204);
    },
  };
}

function show(initial: CalendarFeedView | null) {
  const onAnnounce = vi.fn();
  const rendered = renderWithClock(<CalendarFeedCard groupId={GROUP_ID} onAnnounce={onAnnounce} />, feedServer(initial), '2027-03-01T12:00:00Z');
  return { ...rendered, onAnnounce };
}

describe('CalendarFeedCard', () => {
  it('explains the address is private, creates it, shows it and copies it', async () => {
    const { server, copy, onAnnounce } = show(null);
    const card = screen.getByRole('region', { name: 'Subscribe in your calendar' });
    expect(card.textContent).toContain('anyone who has it can see when this group meets');
    await act(async () => {
      fireEvent.click(await within(card).findByRole('button', { name: 'Create my calendar address' }));
    });
    expect(server.sent(`POST ${FEED}`)).toHaveLength(1);
    const field = (await within(card).findByLabelText('Your private calendar address')) as HTMLInputElement;
    expect(field.value).toBe(URL);
    expect(field.readOnly).toBe(true);
    expect(within(card).getByRole('link', { name: 'Open in your calendar app' }).getAttribute('href')).toBe('webcal://hearth.example/api/calendar-feeds/tok-secret');
    expect(onAnnounce).toHaveBeenCalledWith('Your calendar address is ready. Copy it into your calendar app.');
    await act(async () => {
      fireEvent.click(within(card).getByRole('button', { name: 'Copy address' }));
    });
    expect(copy).toHaveBeenCalledWith(URL);
    expect(within(card).getByRole('status').textContent).toMatch(/^Copied\./);
  });

  it('says why creating failed', async () => {
    const rendered = renderWithClock(
      <CalendarFeedCard groupId={GROUP_ID} onAnnounce={vi.fn()} />,
      { [`GET ${FEED}`]: json(200, { feed: null }), [`POST ${FEED}`]: apiError(429, 'rate_limited', 'too many new addresses; try again later') },
      '2027-03-01T12:00:00Z',
    );
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Create my calendar address' }));
    });
    expect(screen.getByRole('alert').textContent).toBe('Too many new addresses; try again later.');
    expect(rendered.server.sent(`POST ${FEED}`)).toHaveLength(1);
  });

  it('turning it off asks first; Cancel sends nothing; confirming revokes it', async () => {
    const { server, onAnnounce } = show(view);
    // An address made earlier is shown again on the next visit.
    expect(((await screen.findByLabelText('Your private calendar address')) as HTMLInputElement).value).toBe(URL);
    fireEvent.click(screen.getByRole('button', { name: 'Turn off this address' }));
    const dialog = screen.getByRole('dialog', { name: 'Turn off your calendar address?' });
    expect(within(dialog).getByText(/calendars that use it stop updating/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(server.sent(`DELETE ${FEED}`)).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Turn off this address' }));
    await act(async () => {
      fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Turn off' }));
    });
    expect(server.sent(`DELETE ${FEED}`)).toHaveLength(1);
    await waitFor(() => expect(screen.queryByLabelText('Your private calendar address')).toBeNull());
    expect(screen.getByRole('button', { name: 'Create my calendar address' })).toBeTruthy();
    expect(onAnnounce).toHaveBeenCalledWith('Your calendar address was turned off. Calendars using it stop updating.');
  });
});
