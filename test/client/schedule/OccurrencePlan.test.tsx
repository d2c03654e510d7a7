// @vitest-environment happy-dom
// The breakouts planner of one scheduled session on its own (OccurrencePlanControl with the page's
// context): drag and drop, "Assign at random, balanced" with keep-apart pairs, fewer rooms, people
// who left, a refused save, a failed load, and closing without saving.
import '../../shared/schedule/pinTz';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BreakoutPlanView } from '../../../shared/api';
import { OccurrencePlanContext, type OccurrencePlanAccess } from '../../../client/components/schedule/OccurrencePlanControl';
import { OccurrencePlanControl } from '../../../client/components/schedule/OccurrencePlanControl';
import { apiError, GROUP_ID, json, member, renderWithServices, type Handler } from '../apiFakes';
import { dragData } from '../breakouts/harness';

afterEach(cleanup);

const G = `/api/groups/${GROUP_ID}`;
const SLOT = '2026-04-07T19:00';
const LABEL = 'Tue 7 Apr 2026, 19:00';
const PLAN = `${G}/series/s1/occurrences/${encodeURIComponent(SLOT)}/breakout-plan`;
const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [ANA, BEN, CY, DEE, ELI] = [1, 2, 3, 4, 5].map(uuid) as [string, string, string, string, string];
const MEMBERS = { members: [member(ANA, 'Ana'), member(BEN, 'Ben'), member(CY, 'Cy'), member(DEE, 'Dee'), member(ELI, 'Eli'), member(uuid(9), 'Robin', 'facilitator')] };

function saved(over: Partial<BreakoutPlanView> = {}): BreakoutPlanView {
  return { seriesId: 's1', slot: SLOT, rooms: [{ name: 'Circle 1', topic: '' }, { name: 'Circle 2', topic: '' }], assignment: {}, keepApart: [], durationMinutes: null, allowReturn: true, updatedAt: '2026-04-01T10:00:00Z', ...over };
}

/** `listed`: what the page's one request for every plan said of this session. */
function setup(plan: BreakoutPlanView | null, extra: Record<string, Handler | Response> = {}, access: Partial<OccurrencePlanAccess> = {}, listed: BreakoutPlanView | null | 'failed' = plan) {
  const announce = vi.fn();
  const context: OccurrencePlanAccess = { read: true, edit: true, announce, seed: () => 7, planOf: () => listed, ...access };
  const utils = renderWithServices(
    <OccurrencePlanContext.Provider value={context}>
      <OccurrencePlanControl groupId={GROUP_ID} seriesId="s1" slot={SLOT} label={LABEL} />
    </OccurrencePlanContext.Provider>,
    { [`GET ${PLAN}`]: () => json(200, { plan }), [`GET ${G}/members`]: () => json(200, MEMBERS), ...extra },
  );
  return { ...utils, announce };
}

async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
  });
}

async function open(name = `Plan breakouts for the session on ${LABEL}`): Promise<HTMLElement> {
  await click(await screen.findByRole('button', { name }));
  return screen.findByRole('form', { name: `Plan breakouts for the session on ${LABEL}` });
}

const select = (form: HTMLElement, name: string) => within(form).getByRole('combobox', { name: `Room for ${name}` }) as HTMLSelectElement;
const change = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });
const namesIn = (form: HTMLElement, room: string): string[] =>
  within(within(form).getByRole('region', { name: room }))
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('.row__title')?.textContent ?? '');

describe('OccurrencePlan', () => {
  it('says nothing until the page knows the plans, then offers the planner without asking the server per session', async () => {
    const { server } = setup(null, {}, { planOf: () => undefined });
    expect(screen.queryByRole('button')).toBeNull();
    cleanup();
    const again = setup(null);
    expect(await screen.findByRole('button', { name: `Plan breakouts for the session on ${LABEL}` })).toBeTruthy();
    expect([...server.requests, ...again.server.requests]).toEqual([]);
  });

  it('renders nothing without access (members), and asks nothing of the server', () => {
    const { server } = setup(null, {}, { read: false, edit: false });
    expect(screen.queryByRole('button')).toBeNull();
    expect(server.requests).toEqual([]);
  });

  it('drags a member by their name onto a room, the same as choosing it in their select', async () => {
    const { server } = setup(null, { [`POST ${PLAN}`]: (r) => json(200, saved({ assignment: (r.body as BreakoutPlanView).assignment })) });
    const form = await open();
    const data = dragData();
    const handle = [...form.querySelectorAll<HTMLElement>('[draggable="true"]')].find((el) => el.textContent === 'Cy') as HTMLElement;
    fireEvent.dragStart(handle, data);
    const circle2 = within(form).getByRole('region', { name: 'Circle 2' });
    fireEvent.dragOver(circle2, data);
    expect(circle2.classList.contains('bo-room--drop')).toBe(true);
    await act(async () => {
      fireEvent.drop(circle2, data);
    });
    expect(namesIn(form, 'Circle 2')).toEqual(['Cy']);
    expect(select(form, 'Cy').value).toBe('1');
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Cy goes to Circle 2.')).toBe(true);
    await click(within(form).getByRole('button', { name: 'Save plan' }));
    expect(server.sent(`POST ${PLAN}`).map((r) => (r.body as { assignment: unknown }).assignment)).toEqual([{ [CY]: 1 }]);
  });

  it('keeps focus on a member’s select when it moves to another room', async () => {
    setup(null);
    const form = await open();
    const ana = select(form, 'Ana');
    ana.focus();
    await act(async () => {
      change(ana, '0');
    });
    expect(namesIn(form, 'Circle 1')).toEqual(['Ana']);
    expect(document.activeElement).toBe(select(form, 'Ana'));
  });

  it('assigns everyone at random in balanced rooms with keep-apart pairs apart, and notes a pair put together by hand', async () => {
    setup(null);
    const form = await open();
    const pairs = within(form).getByRole('group', { name: 'Keep apart' });
    change(within(pairs).getByLabelText('First person'), ANA);
    change(within(pairs).getByLabelText('Second person'), BEN);
    await click(within(pairs).getByRole('button', { name: 'Add pair' }));
    expect(within(pairs).getByText('Ana and Ben')).toBeTruthy();

    await click(within(form).getByRole('button', { name: 'Assign at random, balanced' }));
    const one = namesIn(form, 'Circle 1');
    const two = namesIn(form, 'Circle 2');
    expect(namesIn(form, 'Main room')).toEqual([]);
    expect([one.length, two.length].sort()).toEqual([2, 3]);
    expect(one.includes('Ana')).not.toBe(one.includes('Ben'));
    expect(screen.getAllByRole('status').some((s) => s.textContent === `Everyone is placed at random. Circle 1: ${one.length}, Circle 2: ${two.length}.`)).toBe(true);

    // Put Ben with Ana by hand: allowed, but said.
    const anaRoom = select(form, 'Ana').value;
    await act(async () => {
      change(select(form, 'Ben'), anaRoom);
    });
    const roomName = anaRoom === '0' ? 'Circle 1' : 'Circle 2';
    expect(screen.getByText(`Keep apart: Ana and Ben are both in ${roomName}. “Assign at random” would separate them.`)).toBeTruthy();

    await click(within(form).getByRole('button', { name: 'Everyone to the main room' }));
    expect(namesIn(form, 'Main room')).toEqual(['Ana', 'Ben', 'Cy', 'Dee', 'Eli']);
  });

  it('fewer rooms send the people of the rooms that went back to the main room', async () => {
    setup(saved({ rooms: [{ name: 'Oak', topic: '' }, { name: 'Elm', topic: '' }, { name: 'Ash', topic: '' }], assignment: { [ANA]: 0, [BEN]: 2 } }));
    const form = await open(`Breakouts planned (3 rooms) for the session on ${LABEL}`);
    change(within(form).getByLabelText('Number of rooms'), '2');
    expect(within(form).queryByRole('region', { name: 'Ash' })).toBeNull();
    expect(namesIn(form, 'Oak')).toEqual(['Ana']);
    expect(namesIn(form, 'Main room')).toContain('Ben');
  });

  it('says when people in the saved plan have left the group', async () => {
    setup(saved({ assignment: { [ANA]: 0, [uuid(77)]: 1 }, keepApart: [[uuid(77), uuid(78)]] }));
    const form = await open(`Breakouts planned (2 rooms) for the session on ${LABEL}`);
    expect(within(form).getByText('2 people in the saved plan have left the group; the plan no longer includes them.')).toBeTruthy();
    expect(namesIn(form, 'Circle 1')).toEqual(['Ana']);
  });

  it('a session that has ended: the refusal is read out in the form’s alert, and the planner stays open', async () => {
    const { announce } = setup(null, { [`POST ${PLAN}`]: apiError(409, 'conflict', 'this session has already ended') });
    const form = await open();
    await click(within(form).getByRole('button', { name: 'Save plan' }));
    const alert = within(form).getByRole('alert');
    expect(alert.textContent).toBe('This session has already ended.');
    expect(document.activeElement).toBe(alert);
    expect(announce).not.toHaveBeenCalled();
  });

  it('a plan that could not be loaded: the reason, Try again, and the label still offers the panel', async () => {
    let fail = true;
    setup(null, { [`GET ${PLAN}`]: () => (fail ? apiError(500, 'internal', 'the database is busy') : json(200, { plan: null })) }, {}, 'failed');
    await click(await screen.findByRole('button', { name: `Breakouts for the session on ${LABEL}` }));
    const panel = screen.getByRole('region', { name: `Breakouts for ${LABEL}` });
    expect((await within(panel).findByRole('alert')).textContent).toBe('The database is busy.');
    fail = false;
    await click(within(panel).getByRole('button', { name: 'Try again' }));
    expect(await within(panel).findByRole('form', { name: `Plan breakouts for the session on ${LABEL}` })).toBeTruthy();
  });

  it('Discard changes closes without a request and puts focus back on the button', async () => {
    const { server } = setup(null);
    const form = await open();
    expect(within(form).getByRole('button', { name: 'Close' })).toBeTruthy();
    change(within(form).getByLabelText('Name of room 1'), 'Oak');
    await click(within(form).getByRole('button', { name: 'Discard changes' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `Plan breakouts for the session on ${LABEL}` }));
    await waitFor(() => expect(server.sent(`POST ${PLAN}`)).toHaveLength(0));
  });
});
