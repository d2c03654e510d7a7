// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionView } from '../../../shared/session';
import { button, noButton, press, setup } from './harness';
import { sampleView } from './views';

afterEach(cleanup);

describe('FacilitatorPanel: floor', () => {
  const stickView = (over: Partial<SessionView> = {}) =>
    sampleView({
      settings: { ...sampleView().settings, floor: 'stick' },
      stick: { speaker: 'sam', displayName: 'Sam', endsAt: 1_000_000, awaitingConfirm: false },
      ...over,
    });

  it('switches between open floor and the talking stick, and sets the turn length', async () => {
    const { send } = setup();
    const open = screen.getByRole('radio', { name: 'Open floor' }) as HTMLInputElement;
    expect(open.checked).toBe(true);
    await act(async () => {
      fireEvent.click(screen.getByRole('radio', { name: 'Talking stick' }));
    });
    expect(send).toHaveBeenLastCalledWith('stick:on', {});
    const turn = screen.getByLabelText('Turn length') as HTMLSelectElement;
    expect(turn.value).toBe('180000');
    expect([...turn.options].map((o) => o.text)).toEqual(['1 minute', '2 minutes', '3 minutes', '5 minutes', '10 minutes']);
    await act(async () => {
      fireEvent.change(turn, { target: { value: '300000' } });
    });
    expect(send).toHaveBeenLastCalledWith('stick:setTurnLength', { turnMs: 300_000 });
  });

  it('chooses whether a finished turn passes on by itself', async () => {
    const { send } = setup(stickView());
    const box = screen.getByRole('checkbox', { name: 'Pass the stick on when a turn ends' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    await act(async () => {
      fireEvent.click(box);
    });
    expect(send).toHaveBeenLastCalledWith('stick:setAutoPass', { autoPass: false });
  });

  it('turns the stick off', async () => {
    const { send } = setup(stickView());
    await act(async () => {
      fireEvent.click(screen.getByRole('radio', { name: 'Open floor' }));
    });
    expect(send).toHaveBeenLastCalledWith('stick:off', {});
  });

  it('while the stick is on: speaker, extend, next, give the floor, rounds', async () => {
    const { send } = setup(stickView());
    expect(screen.getByText(/Speaking now:/).textContent).toContain('Sam');
    await press('Extend 1 minute');
    expect(send).toHaveBeenLastCalledWith('stick:extend', { byMs: 60_000 });
    await press('Next speaker');
    expect(send).toHaveBeenLastCalledWith('stick:skip', {});
    await press('Actions for Lee');
    await press('Give the floor to Lee');
    expect(send).toHaveBeenLastCalledWith('stick:giveFloor', { peerId: 'lee' });
    // Everyone except those facilitating, in the order shown.
    await press('Start a round');
    expect(send).toHaveBeenLastCalledWith('round:start', { order: ['sam', 'lee'] });
  });

  it('under the stick only the speaker can be asked to unmute', async () => {
    setup(stickView());
    await press('Actions for Lee');
    noButton('Ask Lee to unmute');
    await press('Actions for Sam');
    expect(button('Ask Sam to unmute')).toBeTruthy();
    noButton('Give the floor to Sam');
  });

  it('with nobody holding the stick, starts with the first in the queue', async () => {
    const { send } = setup(stickView({ stick: null, queue: [{ peerId: 'lee', displayName: 'Lee', position: 1 }] }));
    expect(screen.getByText('Nobody has the floor.')).toBeTruthy();
    noButton('Next speaker');
    await press('Give the floor to Lee, first in the queue');
    expect(send).toHaveBeenLastCalledWith('stick:giveFloor', { peerId: 'lee' });
  });
});

describe('FacilitatorPanel: hand queue', () => {
  const queued = sampleView({
    queue: [
      { peerId: 'sam', displayName: 'Sam', position: 1 },
      { peerId: 'lee', displayName: 'Lee', position: 2 },
      { peerId: 'kim', displayName: 'Kim', position: 3 },
    ],
  });

  it('moves people up and down with the full new order', async () => {
    const { send } = setup(queued);
    await press('Move Lee up');
    expect(send).toHaveBeenLastCalledWith('queue:reorder', { order: ['lee', 'sam', 'kim'] });
    await press('Move Lee down');
    expect(send).toHaveBeenLastCalledWith('queue:reorder', { order: ['sam', 'kim', 'lee'] });
    send.mockClear();
    expect(button('Move Sam up').getAttribute('aria-disabled')).toBe('true');
    await press('Move Sam up');
    await press('Move Kim down');
    expect(send).not.toHaveBeenCalled();
  });

  it('keeps focus on the moved person’s button when the order comes back', async () => {
    const { show } = setup(queued);
    button('Move Lee up').focus();
    await press('Move Lee up');
    const reordered = { ...queued, queue: [queued.queue[1]!, queued.queue[0]!, queued.queue[2]!].map((q, i) => ({ ...q, position: i + 1 })) };
    show(reordered);
    expect(document.activeElement).toBe(button('Move Lee up'));
  });

  it('removes one hand or clears the queue, and shows positions in the room list', async () => {
    const { send } = setup(queued);
    expect(screen.getByRole('region', { name: /In the room/ }).textContent).toContain('Hand raised, 2nd in the queue');
    await press('Remove Sam from the queue');
    expect(send).toHaveBeenLastCalledWith('queue:remove', { peerId: 'sam' });
    await press('Clear the queue');
    expect(send).toHaveBeenLastCalledWith('queue:clear', {});
  });
});

