// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequestError } from '../../../client/core/errors';
import { yourBreakout } from '../../../shared/session/breakouts/view';
import { button, noButton, press, type Send } from '../facilitator/harness';
import { setupPanel } from './harness';
import { breakoutOf, facilitatorView, NOW, person, running } from './views';

afterEach(cleanup);

const change = (label: string, value: string) =>
  act(() => {
    fireEvent.change(screen.getByRole('combobox', { name: label }), { target: { value } });
  });

describe('Breakouts overview', () => {
  it('shows every room with its people, hosts, visitors, the time left, and who asked for help', async () => {
    const { send, clock } = setupPanel(facilitatorView(running()));
    expect(screen.getByRole('timer', { name: 'Time left in the breakouts' }).textContent).toBe('10:00');
    act(() => clock.set(NOW + 61_000));
    expect(screen.getByRole('timer', { name: 'Time left in the breakouts' }).textContent).toBe('08:59');
    const circle1 = screen.getByRole('region', { name: /Circle 1/ });
    expect(within(circle1).getByText('Host')).toBeTruthy();
    expect(within(circle1).getByRole('status').textContent).toBe('Circle 1 asked for help');
    const circle2 = screen.getByRole('region', { name: /Circle 2/ });
    expect(within(circle2).getByText('Visiting')).toBeTruthy();
    expect(within(circle2).queryByRole('status')).toBeNull();

    await press('Go to Circle 1');
    expect(send).toHaveBeenLastCalledWith('breakout:visit', { to: 'b1' });
    await press('Visit Circle 2');
    expect(send).toHaveBeenLastCalledWith('breakout:visit', { to: 'b2' });
    await press('Clear the call for help from Circle 1');
    expect(send).toHaveBeenLastCalledWith('breakout:clearHelp', { roomId: 'b1' });
  });

  it('moves people between rooms and the main room with a select per person', async () => {
    const { send } = setupPanel(facilitatorView(running()));
    const move = screen.getByRole('combobox', { name: 'Move Sam' }) as HTMLSelectElement;
    expect(move.value).toBe('b1');
    expect([...move.options].map((o) => o.textContent)).toEqual(['Main room', 'Circle 1', 'Circle 2']);
    change('Move Sam', 'b2');
    expect(send).toHaveBeenLastCalledWith('breakout:move', { peerId: 'sam', to: 'b2' });
    await act(async () => undefined);
    change('Move Lee', 'main');
    expect(send).toHaveBeenLastCalledWith('breakout:move', { peerId: 'lee', to: 'main' });
    await act(async () => undefined);
    // The main room's people (we are there), not ourselves; a visitor moves themselves.
    change('Move Ana', 'b1');
    expect(send).toHaveBeenLastCalledWith('breakout:move', { peerId: 'ana', to: 'b1' });
    expect(screen.queryByRole('combobox', { name: 'Move Robin' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Move Kim' })).toBeNull();
  });

  it('makes someone host of their breakout, or not', async () => {
    const { send } = setupPanel(facilitatorView(running()));
    expect(button('Make Sam host').getAttribute('aria-pressed')).toBe('true');
    await press('Make Sam host');
    expect(send).toHaveBeenLastCalledWith('breakout:setHost', { peerId: 'sam', host: false });
    await press('Make Lee host');
    expect(send).toHaveBeenLastCalledWith('breakout:setHost', { peerId: 'lee', host: true });
    noButton('Make Kim host');
    noButton('Make Ana host'); // the main room has no hosts
  });

  it('offers "host" for members only: someone who facilitates already runs rooms', () => {
    const cy = person('cy', 'Cy', { role: 'co_facilitator' });
    setupPanel(facilitatorView(running({ rooms: [{ id: 'b1', name: 'Circle 1', topic: '', helpAskedAt: null, people: [cy, person('lee', 'Lee')] }] })));
    noButton('Make Cy host');
    button('Make Lee host');
  });

  it('sends a message to every room, then clears the box', async () => {
    const { send } = setupPanel(facilitatorView(running()));
    const box = screen.getByLabelText('Message to every room') as HTMLTextAreaElement;
    expect(box.getAttribute('maxlength')).toBe('300');
    await press('Send to every room');
    expect(send).not.toHaveBeenCalled();
    fireEvent.change(box, { target: { value: '  Two minutes left, start wrapping up.  ' } });
    await press('Send to every room');
    expect(send).toHaveBeenLastCalledWith('breakout:broadcast', { message: 'Two minutes left, start wrapping up.' });
    expect(box.value).toBe('');
  });

  it('extends by 5 minutes and adds a room; no Extend without a timer', async () => {
    const { send, show } = setupPanel(facilitatorView(running()));
    await press('Extend 5 minutes');
    expect(send).toHaveBeenLastCalledWith('breakout:extend', { byMs: 300_000 });
    await press('Add a room');
    expect(send).toHaveBeenLastCalledWith('breakout:addRoom', {});
    show(facilitatorView(running({ endsAt: null })));
    noButton('Extend 5 minutes');
    expect(screen.getByText('No time limit.')).toBeTruthy();
  });

  it('closes all rooms only after asking', async () => {
    const { send } = setupPanel(facilitatorView(running()));
    await press('Close all rooms');
    const dialog = screen.getByRole('dialog', { name: 'Close all rooms?' });
    await press('Cancel', dialog);
    expect(send).not.toHaveBeenCalled();
    await press('Close all rooms');
    await press('Close all rooms', screen.getByRole('dialog', { name: 'Close all rooms?' }));
    expect(send).toHaveBeenLastCalledWith('breakout:close', {});
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('while visiting a breakout: "You are here" there, and no main-room list', () => {
    const breakout = yourBreakout(breakoutOf({ visitors: ['robin'] }), 'robin');
    setupPanel(facilitatorView(running(), { breakout }));
    const circle2 = screen.getByRole('region', { name: /Circle 2/ });
    expect(within(circle2).getByText('You are here')).toBeTruthy();
    noButton('Visit Circle 2');
    expect(screen.queryByRole('region', { name: /Main room/ })).toBeNull();
    expect(screen.getByText(/You are visiting a breakout/)).toBeTruthy();
  });

  it('shows a refusal in the alert line', async () => {
    const send = vi.fn<Send>(() => Promise.reject(new RequestError('breakout:extend', 'conflict', 'These breakouts have no timer.')));
    setupPanel(facilitatorView(running()), send);
    await press('Extend 5 minutes');
    expect(screen.getAllByRole('alert').some((a) => a.textContent === 'These breakouts have no timer.')).toBe(true);
  });
});
