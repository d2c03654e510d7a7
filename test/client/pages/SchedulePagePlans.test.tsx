// @vitest-environment happy-dom
// The schedule page's breakouts planned for one session, against a fake REST server: planning with
// the selects (the exact body), loading a saved plan, removing it, field errors, read-only staff.
import '../../shared/schedule/pinTz';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BreakoutPlanView } from '../../../shared/api';
import { saveViewerZone } from '../../../client/core/schedule/viewerZone';
import { SchedulePage } from '../../../client/pages/SchedulePage';
import { apiError, GROUP_ID, json, member, myGroup, renderWithServices } from '../apiFakes';
import { change, click, G, planPath, server, seriesView } from './schedulePageFakes';

beforeEach(() => {
  // The viewer is in New York; the series are in London. NOW is Tue 25 Nov 2025, 07:00 there.
  saveViewerZone('America/New_York');
});
afterEach(() => {
  cleanup();
  localStorage.clear();
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
    return server(role, [seriesView()], {
      [`GET ${G}/members`]: () => json(200, MEMBERS),
      [`GET ${G}/breakout-plans`]: () => json(200, { plans: plan ? [plan] : [] }),
      [`GET ${planPath(SLOT)}`]: () => json(200, { plan }),
      ...extra,
    });
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
    const { server: api } = renderWithServices(<SchedulePage groupId={GROUP_ID} />, plans('organiser', saved({ keepApart: [[ANA, CY]] })));
    const toggle = await screen.findByRole('button', { name: `Breakouts planned (2 rooms) for the session on ${LABEL}` });
    // One request for every session's plan; a session's own plan only when its planner opens.
    expect(api.sent(`GET ${G}/breakout-plans`)).toHaveLength(1);
    expect(api.requests.filter((r) => r.path.endsWith('/breakout-plan'))).toEqual([]);
    await click(toggle);
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
