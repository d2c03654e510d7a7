// @vitest-environment happy-dom
// "Find a time" against a fake REST server: a member shares and withdraws weekly availability
// (and gets no search); an organiser searches and reads each slot's attendees in their own time.
import '../../shared/schedule/pinTz';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AvailabilityView, FindTimeResponse } from '../../../shared/api';
import { saveViewerZone } from '../../../client/core/schedule/viewerZone';
import { FindTimePage } from '../../../client/pages/FindTimePage';
import { apiError, GROUP_ID, json, me, myGroup, renderWithServices } from '../apiFakes';

const G = `/api/groups/${GROUP_ID}`;

beforeEach(() => {
  // NOW (apiFakes) is Tue 25 Nov 2025, 07:00 in New York.
  saveViewerZone('America/New_York');
});
afterEach(() => {
  cleanup();
  localStorage.clear();
});

const shared: AvailabilityView = { zone: 'America/New_York', weekly: [{ weekday: 2, from: '22:00', to: '01:00' }], updatedAt: '2025-11-20T10:00:00Z' };

function server(role: Parameters<typeof myGroup>[0], mine: AvailabilityView | null, extra: Record<string, Response | (() => Response)> = {}) {
  return {
    'GET /api/me': json(200, me()),
    [`GET ${G}`]: json(200, myGroup(role)),
    [`GET ${G}/availability`]: json(200, { mine }),
    ...extra,
  };
}

async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
  });
}

describe('FindTimePage for a member', () => {
  it('shares weekly availability in their zone, past midnight included; no search', async () => {
    const { server: api } = renderWithServices(<FindTimePage groupId={GROUP_ID} />, server('member', null, { [`POST ${G}/availability`]: json(200, { mine: shared }) }));
    const form = await screen.findByRole('form', { name: 'When you are free' });
    expect(within(form).getByText(/Only this group’s organisers and facilitators see them/)).toBeTruthy();
    expect((within(form).getByRole('combobox', { name: 'Your time zone' }) as HTMLInputElement).value).toBe('America/New_York');
    expect(screen.queryByRole('form', { name: 'Find a time' })).toBeNull();

    const first = within(form).getByRole('group', { name: 'Time 1' });
    fireEvent.change(within(first).getByLabelText('Day'), { target: { value: '2' } });
    fireEvent.change(within(first).getByLabelText('From'), { target: { value: '22:00' } });
    fireEvent.change(within(first).getByLabelText('To'), { target: { value: '01:00' } });
    expect(within(first).getByText('Past midnight: Tuesday 22:00 to Wednesday 01:00.')).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Add a time' }));
    const second = within(form).getByRole('group', { name: 'Time 2' });
    expect((within(second).getByLabelText('Day') as HTMLSelectElement).value).toBe('3');
    expect((within(second).getByLabelText('From') as HTMLInputElement).value).toBe('22:00');
    fireEvent.change(within(second).getByLabelText('To'), { target: { value: '23:30' } });

    await click(within(form).getByRole('button', { name: 'Share my availability' }));
    expect(api.sent(`POST ${G}/availability`).map((r) => r.body)).toEqual([
      {
        zone: 'America/New_York',
        weekly: [
          { weekday: 2, from: '22:00', to: '01:00' },
          { weekday: 3, from: '22:00', to: '23:30' },
        ],
      },
    ]);
    expect(api.sent(`POST ${G}/find-time`)).toHaveLength(0);
  });

  it('a zero-length time is caught before sending; the fixed form is sent', async () => {
    const { server: api } = renderWithServices(<FindTimePage groupId={GROUP_ID} />, server('member', null, { [`POST ${G}/availability`]: json(200, { mine: shared }) }));
    const form = await screen.findByRole('form', { name: 'When you are free' });
    const to = within(form).getByLabelText('To');
    fireEvent.change(to, { target: { value: '18:00' } });
    await click(within(form).getByRole('button', { name: 'Share my availability' }));
    expect(api.sent(`POST ${G}/availability`)).toHaveLength(0);
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(to);
    expect(within(form).getByText('The end is the same as the start.')).toBeTruthy();
    fireEvent.change(to, { target: { value: '20:00' } });
    await click(within(form).getByRole('button', { name: 'Share my availability' }));
    await waitFor(() => expect(screen.getByText('Your availability is shared with the organisers and facilitators.')).toBeTruthy());
    expect(api.sent(`POST ${G}/availability`).map((r) => r.body)).toEqual([{ zone: 'America/New_York', weekly: [{ weekday: 1, from: '18:00', to: '20:00' }] }]);
  });

  it('shows what was shared and withdraws it', async () => {
    const { server: api } = renderWithServices(<FindTimePage groupId={GROUP_ID} />, server('member', shared, { [`DELETE ${G}/availability`]: json(204) }));
    const form = await screen.findByRole('form', { name: 'When you are free' });
    expect((within(form).getByLabelText('From') as HTMLInputElement).value).toBe('22:00');
    await click(within(form).getByRole('button', { name: 'Withdraw' }));
    await waitFor(() => expect(screen.getByText('Your availability is withdrawn. Nobody sees it any more.')).toBeTruthy());
    expect(api.sent(`DELETE ${G}/availability`)).toHaveLength(1);
    expect(within(form).queryByRole('button', { name: 'Withdraw' })).toBeNull();
  });
});

describe('FindTimePage for an organiser', () => {
  const found: FindTimeResponse = {
    people: [
      { membershipId: 'm1', pseudonym: 'Sam', zone: 'Europe/London' },
      { membershipId: 'm2', pseudonym: 'Alex', zone: 'America/New_York' },
      { membershipId: 'm3', pseudonym: 'Kim', zone: 'Asia/Kolkata' },
    ],
    slots: [
      { start: '2025-12-02T19:00:00.000Z', end: '2025-12-02T20:30:00.000Z', attendees: [0, 1] },
      { start: '2025-12-03T14:00:00.000Z', end: '2025-12-03T15:30:00.000Z', attendees: [1, 2] },
    ],
  };

  it('searches by days in their zone and shows slots with counts, everyone’s local time and "Schedule this"', async () => {
    const { server: api } = renderWithServices(<FindTimePage groupId={GROUP_ID} />, server('organiser', null, { [`POST ${G}/find-time`]: json(200, found) }));
    const search = await screen.findByRole('form', { name: 'Find a time' });
    expect((within(search).getByLabelText('From') as HTMLInputElement).value).toBe('2025-11-26');
    expect((within(search).getByLabelText('To') as HTMLInputElement).value).toBe('2025-12-09');
    fireEvent.change(within(search).getByLabelText('From'), { target: { value: '2025-12-01' } });
    fireEvent.change(within(search).getByLabelText('To'), { target: { value: '2025-12-05' } });
    fireEvent.change(within(search).getByLabelText(/At least this many people/), { target: { value: '2' } });
    await click(within(search).getByRole('button', { name: 'Find times' }));
    expect(api.sent(`POST ${G}/find-time`).map((r) => r.body)).toEqual([{ durationMinutes: 90, from: '2025-12-01T05:00:00.000Z', to: '2025-12-06T05:00:00.000Z', minAttendees: 2 }]);

    const results = await screen.findByRole('region', { name: 'Best times' });
    expect(within(results).getByRole('status').textContent).toBe('2 times found, from what 3 people shared.');
    const [first, second] = within(results).getAllByRole('listitem').filter((li) => li.classList.contains('find-time-slot'));
    expect(within(first as HTMLElement).getByRole('heading', { level: 3 }).textContent).toBe('Tue 2 Dec 2025, 14:00–15:30 New York time (UTC-05:00)');
    expect(first?.textContent).toContain('2 of 3 can attend');
    expect(within(within(first as HTMLElement).getByRole('list', { name: 'Who can attend, in their own time' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Sam: Tue 19:00 London',
      'Alex: Tue 14:00 New York',
    ]);
    expect(first?.textContent).toContain('Not free: Kim');
    expect(second?.textContent).toContain('Kim: Wed 19:30 Kolkata');
    const link = within(first as HTMLElement).getByRole('link', { name: 'Schedule this time: Tue 2 Dec 2025, 14:00–15:30 New York time (UTC-05:00)' });
    expect(link.getAttribute('href')).toBe(`/groups/${GROUP_ID}/schedule?zone=America%2FNew_York&start=2025-12-02T14%3A00&minutes=90`);
  });

  it('shows the best 10 first, and 10 more on request', async () => {
    const many: FindTimeResponse = {
      people: found.people,
      slots: Array.from({ length: 23 }, (_, i) => ({ start: new Date(Date.parse('2025-12-02T19:00:00Z') + i * 1_800_000).toISOString(), end: new Date(Date.parse('2025-12-02T20:30:00Z') + i * 1_800_000).toISOString(), attendees: [0] })),
    };
    renderWithServices(<FindTimePage groupId={GROUP_ID} />, server('organiser', null, { [`POST ${G}/find-time`]: json(200, many) }));
    const search = await screen.findByRole('form', { name: 'Find a time' });
    await click(within(search).getByRole('button', { name: 'Find times' }));
    const results = await screen.findByRole('region', { name: 'Best times' });
    const slotCount = () => within(results).getAllByRole('listitem').filter((li) => li.classList.contains('find-time-slot')).length;
    expect(within(results).getByRole('status').textContent).toBe('23 times found, from what 3 people shared.');
    expect(slotCount()).toBe(10);
    await click(within(results).getByRole('button', { name: 'Show 10 more (13 left)' }));
    expect(slotCount()).toBe(20);
    await click(within(results).getByRole('button', { name: 'Show 3 more (3 left)' }));
    expect(slotCount()).toBe(23);
    expect(within(results).queryByRole('button', { name: /more/ })).toBeNull();
  });

  it('a window that is too long is caught before sending; server problems land on the field', async () => {
    const { server: api } = renderWithServices(
      <FindTimePage groupId={GROUP_ID} />,
      server('facilitator', null, { [`POST ${G}/find-time`]: apiError(400, 'invalid_payload', 'check the search', { durationMinutes: 'no slot is that long' }) }),
    );
    const search = await screen.findByRole('form', { name: 'Find a time' });
    fireEvent.change(within(search).getByLabelText('To'), { target: { value: '2026-01-31' } });
    await click(within(search).getByRole('button', { name: 'Find times' }));
    expect(api.sent(`POST ${G}/find-time`)).toHaveLength(0);
    expect(document.getElementById('find-to-error')?.textContent).toBe('Look at 31 days or fewer at a time.');
    fireEvent.change(within(search).getByLabelText('To'), { target: { value: '2025-12-01' } });
    await click(within(search).getByRole('button', { name: 'Find times' }));
    expect(document.getElementById('find-duration-error')?.textContent).toBe('No slot is that long.');
    expect(screen.queryByRole('region', { name: 'Best times' })).toBeNull();
  });

  it('says so when nobody has shared yet', async () => {
    renderWithServices(<FindTimePage groupId={GROUP_ID} />, server('organiser', null, { [`POST ${G}/find-time`]: json(200, { people: [], slots: [] }) }));
    await click(within(await screen.findByRole('form', { name: 'Find a time' })).getByRole('button', { name: 'Find times' }));
    expect((await screen.findByRole('region', { name: 'Best times' })).textContent).toContain('Nobody has shared when they are free yet.');
  });
});
