// @vitest-environment happy-dom
// The schedule page against a fake REST server: creating a series from the form (the request body
// is checked), the preview's verdict on a contradictory rule, per-session actions hitting the
// right routes with the right slot, ending and deleting, and what members do not get.
import '../../shared/schedule/pinTz';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BreakoutPlanView, SeriesView, UpcomingOccurrence, UpcomingResponse } from '../../../shared/api';
import type { Series } from '../../../shared/schedule';
import { saveViewerZone } from '../../../client/core/schedule/viewerZone';
import { SchedulePage } from '../../../client/pages/SchedulePage';
import { apiError, GROUP_ID, json, me, member, myGroup, NOW, renderWithServices } from '../apiFakes';

const G = `/api/groups/${GROUP_ID}`;

beforeEach(() => {
  // The viewer is in New York; the series are in London. NOW is Tue 25 Nov 2025, 07:00 there.
  saveViewerZone('America/New_York');
});
afterEach(() => {
  cleanup();
  localStorage.clear();
});

const weekly: Series = { zone: 'Europe/London', start: '2025-11-04T19:00', durationMinutes: 90, repeat: { freq: 'weekly' } };

function seriesView(over: Partial<SeriesView> = {}): SeriesView {
  return { id: 's1', groupId: GROUP_ID, title: 'Evening circle', description: 'Bring tea.', schedule: weekly, endedAt: null, createdAt: '2025-11-01T10:00:00Z', updatedAt: '2025-11-01T10:00:00Z', ...over };
}

function occurrence(slot: string, start: string, over: Partial<UpcomingOccurrence> = {}): UpcomingOccurrence {
  const end = new Date(Date.parse(start) + 90 * 60_000).toISOString();
  return { seriesId: 's1', title: 'Evening circle', zone: 'Europe/London', slot, start, end, moved: false, cancelled: false, joinOpensAt: start, ...over };
}

const UPCOMING: UpcomingResponse = {
  occurrences: [
    occurrence('2025-12-02T19:00', '2025-12-02T19:00:00.000Z'),
    occurrence('2025-12-09T19:00', '2025-12-09T19:00:00.000Z', { cancelled: true }),
    occurrence('2025-12-16T19:00', '2025-12-17T18:30:00.000Z', { moved: true }),
  ],
  joinEarlyMinutes: 10,
  now: new Date(NOW).toISOString(),
  liveNow: false,
};

/** Where one session's planned breakouts live. */
const planPath = (slot: string): string => `${G}/series/s1/occurrences/${encodeURIComponent(slot)}/breakout-plan`;

function server(role: Parameters<typeof myGroup>[0], list: SeriesView[], extra: Record<string, Response | (() => Response)> = {}) {
  // Staff rows ask whether breakouts are planned for each session that is not cancelled: none, unless `extra` says.
  const noPlans = Object.fromEntries(UPCOMING.occurrences.filter((o) => !o.cancelled).map((o) => [`GET ${planPath(o.slot)}`, () => json(200, { plan: null })]));
  return {
    'GET /api/me': json(200, me()),
    [`GET ${G}`]: json(200, myGroup(role)),
    [`GET ${G}/series`]: () => json(200, { series: list }),
    [`GET ${G}/upcoming`]: () => json(200, list.length > 0 ? UPCOMING : { ...UPCOMING, occurrences: [] }),
    ...(list.length > 0 && role !== 'member' ? noPlans : {}),
    ...extra,
  };
}

async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
  });
}

function change(label: string | RegExp, value: string, within_: HTMLElement = document.body): void {
  fireEvent.change(within(within_).getByLabelText(label), { target: { value } });
}

describe('SchedulePage for an organiser', () => {
  it('creates a weekly series from the form: the preview shows both zones, the API gets the rule', async () => {
    const created = seriesView({ id: 's2' });
    const { server: api } = renderWithServices(<SchedulePage groupId={GROUP_ID} />, server('organiser', [], { [`POST ${G}/series`]: json(201, created) }));
    const form = await screen.findByRole('form', { name: 'Schedule a session or series' });
    expect(screen.getByText('Nothing is scheduled yet. Use the form to plan the first session.')).toBeTruthy();
    // The zone starts as the viewer's and is chosen from the IANA list.
    const zone = within(form).getByRole('combobox', { name: 'Time zone' }) as HTMLInputElement;
    expect(zone.value).toBe('America/New_York');
    fireEvent.change(zone, { target: { value: 'europe/london' } });
    fireEvent.blur(zone);
    expect(zone.value).toBe('Europe/London');

    change('Title', 'Evening circle', form);
    change('Date', '2025-12-02', form);
    change('Length in minutes', '90', form);
    expect(document.getElementById('series-time-hint')?.textContent).toBe('19:00 London time (Europe/London)');
    // Tuesday followed the date; add Thursday, every other week, 8 sessions.
    expect((within(form).getByLabelText('Tuesday') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(form).getByLabelText('Thursday'));
    change('Every how many weeks', '2', form);
    change('Ends', 'count', form);
    change('Number of sessions', '8', form);

    const preview = within(form).getByRole('region', { name: 'Preview: the next 6 sessions' });
    const cells = within(preview)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent));
    expect(cells.slice(0, 3)).toEqual([
      ['Tue 2 Dec 2025, 19:00 (UTC+00:00)', 'Tue 2 Dec 2025, 14:00 (UTC-05:00)'],
      ['Thu 4 Dec 2025, 19:00 (UTC+00:00)', 'Thu 4 Dec 2025, 14:00 (UTC-05:00)'],
      ['Tue 16 Dec 2025, 19:00 (UTC+00:00)', 'Tue 16 Dec 2025, 14:00 (UTC-05:00)'],
    ]);
    expect(within(preview).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Europe/London (UTC+00:00)', 'Your time: America/New_York (UTC-05:00)']);

    await click(within(form).getByRole('button', { name: 'Schedule' }));
    expect(api.sent(`POST ${G}/series`).map((r) => r.body)).toEqual([
      {
        title: 'Evening circle',
        description: '',
        schedule: { zone: 'Europe/London', start: '2025-12-02T19:00', durationMinutes: 90, repeat: { freq: 'weekly', interval: 2, weekdays: [2, 4] }, count: 8 },
      },
    ]);
    await waitFor(() => expect(screen.getByText('“Evening circle” is scheduled.')).toBeTruthy());
    expect(api.sent(`GET ${G}/series`)).toHaveLength(2);
    expect(api.unexpected).toEqual([]);
  });

  it('the preview says why a contradictory rule does not work, and it is not sent', async () => {
    const { server: api } = renderWithServices(<SchedulePage groupId={GROUP_ID} />, server('facilitator', []));
    const form = await screen.findByRole('form', { name: 'Schedule a session or series' });
    change('Title', 'Monthly circle', form);
    change('Date', '2025-12-03', form); // a Wednesday
    change('Repeats', 'monthly', form);
    change('Week of the month', '2', form);
    change('Weekday', '2', form);
    const problem = 'Repeat: 2nd Tuesday does not match the first date, Wed 3 Dec 2025: that is the 1st Wednesday.';
    const preview = within(form).getByRole('region', { name: 'Preview: the next 6 sessions' });
    expect(within(preview).getByRole('status').textContent).toBe(problem);
    expect(within(preview).queryByRole('table')).toBeNull();

    await click(within(form).getByRole('button', { name: 'Schedule' }));
    expect(api.sent(`POST ${G}/series`)).toHaveLength(0);
    const nth = within(form).getByLabelText('Week of the month');
    expect(nth.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(nth);
    expect(document.getElementById('series-nth-error')?.textContent).toBe('2nd Tuesday does not match the first date, Wed 3 Dec 2025: that is the 1st Wednesday.');
    expect(within(form).getByRole('alert').textContent).toBe('Please check the highlighted field.');

    // Choosing the 1st Wednesday makes it a rule again.
    change('Week of the month', '1', form);
    change('Weekday', '3', form);
    expect(within(form).getAllByRole('row')[1]?.textContent).toContain('Wed 3 Dec 2025, 19:00');
  });

  it('shows the server’s field errors next to the fields', async () => {
    renderWithServices(
      <SchedulePage groupId={GROUP_ID} />,
      server('organiser', [], { [`POST ${G}/series`]: apiError(400, 'invalid_payload', 'check the rule', { title: 'that title is taken in this group', schedule: 'the rule makes no session' }) }),
    );
    const form = await screen.findByRole('form', { name: 'Schedule a session or series' });
    change('Title', 'Evening circle', form);
    await click(within(form).getByRole('button', { name: 'Schedule' }));
    expect(document.getElementById('series-title-error')?.textContent).toBe('That title is taken in this group.');
    expect(document.getElementById('series-repeat-error')?.textContent).toBe('The rule makes no session.');
    expect(document.activeElement).toBe(within(form).getByLabelText('Title'));
  });

  it('lists each series in words with its sessions in both zones; cancel, restore, move and undo hit the right slot', async () => {
    const moved = seriesView();
    const { server: api } = renderWithServices(
      <SchedulePage groupId={GROUP_ID} />,
      server('organiser', [seriesView()], {
        [`POST ${G}/series/s1/occurrences/2025-12-02T19%3A00/cancel`]: json(200, moved),
        [`DELETE ${G}/series/s1/occurrences/2025-12-09T19%3A00/cancel`]: json(200, moved),
        [`POST ${G}/series/s1/occurrences/2025-12-02T19%3A00/move`]: json(200, moved),
        [`DELETE ${G}/series/s1/occurrences/2025-12-16T19%3A00/move`]: json(200, moved),
      }),
    );
    const card = await screen.findByRole('region', { name: 'Evening circle' });
    expect(within(card).getByText('Every Tuesday at 19:00 Europe/London, 90 minutes, from 4 Nov 2025')).toBeTruthy();
    const rows = within(within(card).getByRole('list', { name: 'Next sessions of Evening circle' })).getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('.occurrence__when')?.textContent)).toEqual([
      'Tue 2 Dec 2025, 19:00 London time (UTC+00:00)',
      'Tue 9 Dec 2025, 19:00 London time (UTC+00:00)',
      'Wed 17 Dec 2025, 18:30 London time (UTC+00:00)',
    ]);
    expect(rows[0]?.textContent).toContain('Your time: Tue 2 Dec 2025, 14:00 New York time (UTC-05:00)');
    expect(rows[1]?.textContent).toContain('Cancelled');
    expect(rows[2]?.textContent).toContain('Moved from Tue 16 Dec 2025, 19:00');

    await click(within(card).getByRole('button', { name: 'Cancel session on Tue 2 Dec 2025, 19:00' }));
    await waitFor(() => expect(screen.getByText('The session on Tue 2 Dec 2025, 19:00 is cancelled.')).toBeTruthy());
    await click(within(card).getByRole('button', { name: 'Restore session on Tue 9 Dec 2025, 19:00' }));
    await click(within(card).getByRole('button', { name: 'Undo move of the session on Wed 17 Dec 2025, 18:30' }));
    expect(within(card).queryByRole('button', { name: 'Restore session on Tue 2 Dec 2025, 19:00' })).toBeNull();

    await click(within(card).getByRole('button', { name: 'Move session on Tue 2 Dec 2025, 19:00' }));
    const move = within(card).getByRole('form', { name: 'Move the session on Tue 2 Dec 2025, 19:00' });
    expect(document.activeElement).toBe(within(move).getByLabelText('New date'));
    expect(document.getElementById(`move-s1-20251202T1900-time-hint`)?.textContent).toBe('19:00 London time (Europe/London)');
    change('New date', '2025-12-03', move);
    change('New start time', '18:30', move);
    await click(within(move).getByRole('button', { name: 'Move session' }));
    await waitFor(() => expect(screen.getByText('The session on Tue 2 Dec 2025, 19:00 moved to Wed 3 Dec 2025, 18:30 Europe/London.')).toBeTruthy());

    expect(api.sent(`POST ${G}/series/s1/occurrences/2025-12-02T19%3A00/cancel`)).toHaveLength(1);
    expect(api.sent(`DELETE ${G}/series/s1/occurrences/2025-12-09T19%3A00/cancel`)).toHaveLength(1);
    expect(api.sent(`DELETE ${G}/series/s1/occurrences/2025-12-16T19%3A00/move`)).toHaveLength(1);
    expect(api.sent(`POST ${G}/series/s1/occurrences/2025-12-02T19%3A00/move`).map((r) => r.body)).toEqual([{ start: '2025-12-03T18:30' }]);
    expect(api.unexpected).toEqual([]);
  });

  it('End series and Delete ask first, then call their routes', async () => {
    const { server: api } = renderWithServices(
      <SchedulePage groupId={GROUP_ID} />,
      server('facilitator', [seriesView()], { [`POST ${G}/series/s1/end`]: json(200, seriesView({ endedAt: new Date(NOW).toISOString() })), [`DELETE ${G}/series/s1`]: json(204) }),
    );
    await click(await screen.findByRole('button', { name: 'End series “Evening circle”' }));
    const end = screen.getByRole('dialog', { name: 'End “Evening circle”?' });
    expect(within(end).getByText(/No session starts after now/)).toBeTruthy();
    fireEvent.click(within(end).getByRole('button', { name: 'Cancel' }));
    expect(api.sent(`POST ${G}/series/s1/end`)).toHaveLength(0);
    await click(screen.getByRole('button', { name: 'End series “Evening circle”' }));
    await click(within(screen.getByRole('dialog')).getByRole('button', { name: 'End series' }));
    await waitFor(() => expect(screen.getByText('“Evening circle” has ended. No session starts after now.')).toBeTruthy());
    expect(api.sent(`POST ${G}/series/s1/end`)).toHaveLength(1);

    await click(screen.getByRole('button', { name: 'Delete “Evening circle”' }));
    await click(within(screen.getByRole('dialog', { name: 'Delete “Evening circle”?' })).getByRole('button', { name: 'Delete series' }));
    await waitFor(() => expect(api.sent(`DELETE ${G}/series/s1`)).toHaveLength(1));
  });

  it('Edit fills the form with the series and saves the whole body', async () => {
    const { server: api } = renderWithServices(<SchedulePage groupId={GROUP_ID} />, server('organiser', [seriesView()], { [`PATCH ${G}/series/s1`]: json(200, seriesView({ title: 'Late circle' })) }));
    await click(await screen.findByRole('button', { name: 'Edit “Evening circle”' }));
    const form = screen.getByRole('form', { name: 'Edit “Evening circle”' });
    expect((within(form).getByLabelText('Date') as HTMLInputElement).value).toBe('2025-11-04');
    expect((within(form).getByRole('combobox', { name: 'Time zone' }) as HTMLInputElement).value).toBe('Europe/London');
    change('Title', 'Late circle', form);
    change('Start time', '20:00', form);
    await click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(api.sent(`PATCH ${G}/series/s1`).map((r) => r.body)).toEqual([
      { title: 'Late circle', description: 'Bring tea.', schedule: { zone: 'Europe/London', start: '2025-11-04T20:00', durationMinutes: 90, repeat: { freq: 'weekly', weekdays: [2] } } },
    ]);
    await waitFor(() => expect(screen.getByRole('form', { name: 'Schedule a session or series' })).toBeTruthy());
  });

  it('"Schedule this" from find-a-time arrives prefilled', async () => {
    renderWithServices(<SchedulePage groupId={GROUP_ID} prefill={{ zone: 'Asia/Kolkata', start: '2025-12-04T20:30', durationMinutes: 60 }} />, server('organiser', []));
    const form = await screen.findByRole('form', { name: 'Schedule a session or series' });
    expect(['series-zone', 'series-date', 'series-time', 'series-duration'].map((id) => (document.getElementById(id) as HTMLInputElement).value)).toEqual(['Asia/Kolkata', '2025-12-04', '20:30', '60']);
    expect((within(form).getByLabelText('Thursday') as HTMLInputElement).checked).toBe(true);
  });
});

describe('SchedulePage for others', () => {
  it.each(['member', 'co_facilitator'] as const)('a %s sees the schedule read-only', async (role) => {
    const { server: api } = renderWithServices(<SchedulePage groupId={GROUP_ID} />, server(role, [seriesView()]));
    const card = await screen.findByRole('region', { name: 'Evening circle' });
    expect(within(card).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByRole('button', { name: /Edit|End series|Delete|Cancel|Move|Restore|Undo/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Share when you are free' }).getAttribute('href')).toBe(`/groups/${GROUP_ID}/find-time`);
    expect(api.unexpected).toEqual([]);
  });

  it('asks to sign in when the server does not know this browser', async () => {
    renderWithServices(<SchedulePage groupId={GROUP_ID} />, { ...server('member', []), [`GET ${G}`]: apiError(401, 'unauthenticated', 'sign in first') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to see this schedule' })).toBeTruthy();
  });
});

describe('SchedulePage: breakouts planned for a session', () => {
  // Membership ids are uuids: the client checks the body against the contract before sending.
  const ANA = '00000000-0000-4000-8000-00000000000a';
  const BEN = '00000000-0000-4000-8000-00000000000b';
  const CY = '00000000-0000-4000-8000-00000000000c';
  const MEMBERS = { members: [member('mship-me', 'Robin', 'organiser'), member('mship-kit', 'Kit', 'co_facilitator'), member(CY, 'Cy'), member(ANA, 'Ana'), member(BEN, 'Ben')] };
  const SLOT = '2025-12-02T19:00';
  const LABEL = 'Tue 2 Dec 2025, 19:00';

  function saved(over: Partial<BreakoutPlanView> = {}): BreakoutPlanView {
    return {
      seriesId: 's1',
      slot: SLOT,
      rooms: [
        { name: 'Garden', topic: 'Sleep' },
        { name: 'Circle 2', topic: '' },
      ],
      assignment: { [ANA]: 0, [BEN]: 1 },
      keepApart: [],
      durationMinutes: 15,
      allowReturn: false,
      updatedAt: '2025-11-24T10:00:00Z',
      ...over,
    };
  }

  function plans(role: Parameters<typeof myGroup>[0], plan: BreakoutPlanView | null, extra: Record<string, Response | (() => Response)> = {}) {
    return server(role, [seriesView()], { [`GET ${G}/members`]: () => json(200, MEMBERS), [`GET ${planPath(SLOT)}`]: () => json(200, { plan }), ...extra });
  }

  it('plans breakouts for one session: members only, two placed with the selects, and the API gets the exact body', async () => {
    const answer = saved({ rooms: [{ name: 'Circle 1', topic: '' }, { name: 'Garden', topic: '' }], allowReturn: true });
    const { server: api } = renderWithServices(<SchedulePage groupId={GROUP_ID} />, plans('facilitator', null, { [`POST ${planPath(SLOT)}`]: json(200, answer) }));
    const toggle = await screen.findByRole('button', { name: `Plan breakouts for the session on ${LABEL}` });
    // The other sessions have their own control; the cancelled one has none.
    expect(screen.getAllByRole('button', { name: /^Plan breakouts for the session on/ })).toHaveLength(2);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = await screen.findByRole('region', { name: `Breakouts for ${LABEL}` });
    expect(toggle.getAttribute('aria-controls')).toBe(panel.id);
    const form = await within(panel).findByRole('form', { name: `Plan breakouts for the session on ${LABEL}` });
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { name: `Breakouts for ${LABEL}` }));
    expect(within(form).getByText('When the room opens for this session, breakouts are ready: people are placed as they arrive; you still open them.')).toBeTruthy();
    // Staff are not placed; members are, by pseudonym.
    expect(within(form).queryByRole('combobox', { name: 'Room for Robin' })).toBeNull();
    expect(within(form).queryByRole('combobox', { name: 'Room for Kit' })).toBeNull();
    expect((within(form).getByRole('combobox', { name: 'Room for Ana' }) as HTMLSelectElement).value).toBe('main');

    change('Name of room 2', 'Garden', form);
    change('Room for Ana', '0', form);
    change('Room for Ben', '1', form);
    expect(within(within(form).getByRole('region', { name: 'Circle 1' })).getByText('Ana')).toBeTruthy();
    expect(within(within(form).getByRole('region', { name: 'Garden' })).getByText('Ben')).toBeTruthy();
    expect(within(within(form).getByRole('region', { name: 'Main room' })).getByText('Cy')).toBeTruthy();
    change('Duration', String(15 * 60_000), form);
    expect(within(form).getByRole('button', { name: 'Discard changes' })).toBeTruthy();

    await click(within(form).getByRole('button', { name: 'Save plan' }));
    expect(api.sent(`POST ${planPath(SLOT)}`).map((r) => r.body)).toEqual([
      { rooms: [{ name: 'Circle 1' }, { name: 'Garden' }], assignment: { [ANA]: 0, [BEN]: 1 }, keepApart: [], durationMinutes: 15, allowReturn: true },
    ]);
    await waitFor(() => expect(screen.getByText(`Breakouts for the session on ${LABEL} are saved: 2 rooms, 2 people placed, 15 minutes.`)).toBeTruthy());
    expect(screen.queryByRole('region', { name: `Breakouts for ${LABEL}` })).toBeNull();
    const planned = screen.getByRole('button', { name: `Breakouts planned (2 rooms) for the session on ${LABEL}` });
    expect(document.activeElement).toBe(planned);
    expect(api.unexpected).toEqual([]);
  });

  it('loads a saved plan into the planner', async () => {
    renderWithServices(<SchedulePage groupId={GROUP_ID} />, plans('organiser', saved({ keepApart: [[ANA, CY]] })));
    await click(await screen.findByRole('button', { name: `Breakouts planned (2 rooms) for the session on ${LABEL}` }));
    const form = await screen.findByRole('form', { name: `Plan breakouts for the session on ${LABEL}` });
    expect((within(form).getByLabelText('Number of rooms') as HTMLInputElement).value).toBe('2');
    expect((within(form).getByLabelText('Name of room 1') as HTMLInputElement).value).toBe('Garden');
    expect((within(form).getByLabelText(/Topic of room 1/) as HTMLInputElement).value).toBe('Sleep');
    expect((within(form).getByRole('combobox', { name: 'Room for Ana' }) as HTMLSelectElement).value).toBe('0');
    expect((within(form).getByRole('combobox', { name: 'Room for Ben' }) as HTMLSelectElement).value).toBe('1');
    expect((within(form).getByRole('combobox', { name: 'Room for Cy' }) as HTMLSelectElement).value).toBe('main');
    expect((within(form).getByLabelText('Duration') as HTMLSelectElement).value).toBe(String(15 * 60_000));
    expect((within(form).getByLabelText('Members may return to the main room') as HTMLInputElement).checked).toBe(false);
    expect(within(within(form).getByRole('group', { name: 'Keep apart' })).getByText('Ana and Cy')).toBeTruthy();
    expect(within(form).getByRole('button', { name: 'Close' })).toBeTruthy();
  });

  it('Remove plan asks first, then deletes it', async () => {
    const { server: api } = renderWithServices(<SchedulePage groupId={GROUP_ID} />, plans('organiser', saved(), { [`DELETE ${planPath(SLOT)}`]: json(204) }));
    await click(await screen.findByRole('button', { name: `Breakouts planned (2 rooms) for the session on ${LABEL}` }));
    const form = await screen.findByRole('form', { name: `Plan breakouts for the session on ${LABEL}` });
    await click(within(form).getByRole('button', { name: 'Remove plan' }));
    const dialog = screen.getByRole('dialog', { name: `Remove the breakouts planned for ${LABEL}?` });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(api.sent(`DELETE ${planPath(SLOT)}`)).toHaveLength(0);
    await click(within(form).getByRole('button', { name: 'Remove plan' }));
    await click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove plan' }));
    await waitFor(() => expect(screen.getByText(`The breakouts planned for the session on ${LABEL} were removed.`)).toBeTruthy());
    expect(api.sent(`DELETE ${planPath(SLOT)}`)).toHaveLength(1);
    expect(screen.getByRole('button', { name: `Plan breakouts for the session on ${LABEL}` })).toBeTruthy();
  });

  it('shows the server’s problems next to the fields they are about', async () => {
    renderWithServices(
      <SchedulePage groupId={GROUP_ID} />,
      plans('organiser', saved(), {
        [`POST ${planPath(SLOT)}`]: apiError(400, 'invalid_payload', 'check the breakout plan', { 'rooms.1.name': 'that name is used twice', [`assignment.${BEN}`]: 'not a member of this group' }),
      }),
    );
    await click(await screen.findByRole('button', { name: `Breakouts planned (2 rooms) for the session on ${LABEL}` }));
    const form = await screen.findByRole('form', { name: `Plan breakouts for the session on ${LABEL}` });
    await click(within(form).getByRole('button', { name: 'Save plan' }));
    const name2 = within(form).getByLabelText('Name of room 2');
    expect(name2.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name2.getAttribute('aria-describedby') ?? '')?.textContent).toBe('That name is used twice.');
    expect(document.activeElement).toBe(name2);
    expect(within(form).getByRole('alert').textContent).toBe('Ben: Not a member of this group.');
    expect(within(within(form).getByRole('region', { name: 'Who goes where' })).getByText('Ben: Not a member of this group.')).toBeTruthy();
    // Fixing the name clears its error; the other stays until the next save.
    change('Name of room 2', 'Oak', form);
    expect(name2.getAttribute('aria-invalid')).toBeNull();
  });

  it('a co-facilitator sees the plan read-only', async () => {
    const { server: api } = renderWithServices(<SchedulePage groupId={GROUP_ID} />, plans('co_facilitator', saved()));
    const toggle = await screen.findByRole('button', { name: `Breakouts planned (2 rooms) for the session on ${LABEL}` });
    // Sessions without a plan offer nothing to co-facilitators.
    expect(screen.queryByRole('button', { name: /^Plan breakouts/ })).toBeNull();
    await click(toggle);
    const panel = await screen.findByRole('region', { name: `Breakouts for ${LABEL}` });
    await within(panel).findByText('2 rooms, 2 people placed, 15 minutes. Members stay until the end.');
    expect(within(panel).queryByRole('form')).toBeNull();
    expect(within(panel).queryByRole('combobox')).toBeNull();
    expect(within(panel).queryByRole('button', { name: /Save|Remove/ })).toBeNull();
    const rooms = within(within(panel).getByRole('list', { name: 'Planned rooms' })).getAllByRole('listitem');
    expect(rooms.map((r) => r.textContent)).toEqual(['GardenSleepAna', 'Circle 2Ben']);
    await click(within(panel).getByRole('button', { name: 'Close' }));
    expect(document.activeElement).toBe(toggle);
    expect(api.sent(`POST ${planPath(SLOT)}`)).toHaveLength(0);
    expect(api.unexpected).toEqual([]);
  });
});
