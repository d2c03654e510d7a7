// @vitest-environment happy-dom
import { act, cleanup, createEvent, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequestError } from '../../../client/core/errors';
import { button, press, type Send } from '../facilitator/harness';
import { dragData, setupPanel } from './harness';
import { facilitatorView, plan, planning } from './views';

afterEach(cleanup);

const change = (label: string | RegExp, value: string) =>
  act(() => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  });

describe('Breakouts planner', () => {
  it('creates a plan of two circles by default: auto, no time limit, members may return', async () => {
    const { send } = setupPanel(facilitatorView(planning()));
    expect(screen.getByRole('heading', { name: 'Breakouts' })).toBeTruthy();
    expect((screen.getByLabelText('Name of room 1') as HTMLInputElement).value).toBe('Circle 1');
    expect((screen.getByLabelText('Name of room 2') as HTMLInputElement).value).toBe('Circle 2');
    expect((screen.getByRole('radio', { name: /Auto/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByLabelText('Closing warning')).toBeNull(); // no timer, no warning
    await press('Create plan');
    expect(send).toHaveBeenLastCalledWith('breakout:plan', {
      rooms: [{ name: 'Circle 1' }, { name: 'Circle 2' }],
      mode: 'auto',
      keepApart: [],
      durationMs: null,
      warningMs: 60_000,
      allowReturn: true,
    });
  });

  it('sends the rooms, names, topics, mode, timer, warning and return choice as set', async () => {
    const { send } = setupPanel(facilitatorView(planning()));
    change('Number of rooms', '3');
    change('Name of room 2', 'Garden');
    change(/Topic of room 3/, '  Work and rest ');
    await act(async () => {
      fireEvent.click(screen.getByRole('radio', { name: 'Manual' }));
    });
    change('Duration', String(15 * 60_000));
    expect((screen.getByLabelText('Closing warning') as HTMLSelectElement).value).toBe('60000');
    change('Closing warning', '120000');
    await act(async () => {
      fireEvent.click(screen.getByLabelText('Members may return to the main room'));
    });
    await press('Create plan');
    expect(send).toHaveBeenLastCalledWith('breakout:plan', {
      rooms: [{ name: 'Circle 1' }, { name: 'Garden' }, { name: 'Circle 3', topic: 'Work and rest' }],
      mode: 'manual',
      keepApart: [],
      durationMs: 900_000,
      warningMs: 120_000,
      allowReturn: false,
    });
  });

  it('keeps the number of rooms between 1 and 50, keeping what was typed', () => {
    setupPanel(facilitatorView(planning()));
    change('Name of room 1', 'Oak');
    change('Number of rooms', '80');
    expect(screen.getByLabelText('Name of room 50')).toBeTruthy();
    expect(screen.queryByLabelText('Name of room 51')).toBeNull();
    change('Number of rooms', '0');
    expect((screen.getByLabelText('Name of room 1') as HTMLInputElement).value).toBe('Oak');
    expect(screen.queryByLabelText('Name of room 2')).toBeNull();
  });

  it('adds and removes keep-apart pairs, and sends them with the plan', async () => {
    const { send } = setupPanel(facilitatorView(planning()));
    const add = button('Add pair');
    expect(add.getAttribute('aria-disabled')).toBe('true');
    change('First person', 'sam');
    change('Second person', 'sam');
    expect(button('Add pair').getAttribute('aria-disabled')).toBe('true'); // one person is not a pair
    change('Second person', 'lee');
    await press('Add pair');
    const pairs = screen.getByRole('group', { name: 'Keep apart' });
    expect(within(pairs).getByText('Sam and Lee')).toBeTruthy();
    await press('Create plan');
    expect(send).toHaveBeenLastCalledWith('breakout:plan', expect.objectContaining({ keepApart: [['sam', 'lee']] }));
    await press('Remove pair Sam and Lee');
    expect(screen.queryByText('Sam and Lee')).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('First person'));
  });

  it('shows the plan per room with a room select per person, and assigns, shuffles and opens', async () => {
    const { send } = setupPanel(facilitatorView(planning(plan())));
    const circle1 = screen.getByRole('region', { name: 'Circle 1' });
    expect(within(circle1).getByText('Sam')).toBeTruthy();
    expect(within(circle1).getByText('Sleep')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Circle 2' })).getByText('Lee')).toBeTruthy();
    const main = screen.getByRole('region', { name: 'Main room' });
    expect(within(main).getByText('Ana')).toBeTruthy();
    expect(screen.getByText(/15 minutes, with a warning 1 minute before the end/)).toBeTruthy();

    const forSam = screen.getByRole('combobox', { name: 'Room for Sam' }) as HTMLSelectElement;
    expect(forSam.value).toBe('b1');
    change('Room for Sam', 'main');
    expect(send).toHaveBeenLastCalledWith('breakout:assign', { peerId: 'sam', roomId: null });
    await act(async () => undefined);
    change('Room for Ana', 'b2');
    expect(send).toHaveBeenLastCalledWith('breakout:assign', { peerId: 'ana', roomId: 'b2' });
    await act(async () => undefined);
    await press('Shuffle');
    expect(send).toHaveBeenLastCalledWith('breakout:shuffle', {});
    await press('Open breakouts');
    expect(send).toHaveBeenLastCalledWith('breakout:open', {});
  });

  describe('dragging a person onto a room (beside the select)', () => {
    const region = (name: string) => screen.getByRole('region', { name });
    // The plan's draggable name (the planner's keep-apart selects show the names too).
    const handle = (name: string): HTMLElement => {
      const found = [...document.querySelectorAll<HTMLElement>('[draggable="true"]')].filter((el) => within(el).queryByText(name));
      expect(found).toHaveLength(1);
      return found[0] as HTMLElement;
    };
    // happy-dom has no DragEvent, so the plain Event it falls back to needs its relatedTarget set.
    const leave = (from: HTMLElement, to: Element) => {
      const event = createEvent.dragLeave(from);
      Object.defineProperty(event, 'relatedTarget', { value: to });
      fireEvent(from, event);
    };
    const drag = async (name: string, room: string) => {
      const data = dragData();
      fireEvent.dragStart(handle(name), data);
      fireEvent.dragOver(region(room), data);
      await act(async () => {
        fireEvent.drop(region(room), data);
      });
    };

    it('marks each person as draggable by their name, with a decorative grip', () => {
      setupPanel(facilitatorView(planning(plan())));
      const sam = handle('Sam');
      expect(sam.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
      expect(within(sam).queryByRole('combobox')).toBeNull(); // the select is beside it, not inside
    });

    it('sends breakout:assign with the room when dropped on another room', async () => {
      const { send } = setupPanel(facilitatorView(planning(plan())));
      await drag('Sam', 'Circle 2');
      expect(send).toHaveBeenCalledTimes(1);
      expect(send).toHaveBeenLastCalledWith('breakout:assign', { peerId: 'sam', roomId: 'b2' });
    });

    it('sends roomId null when dropped on the main room', async () => {
      const { send } = setupPanel(facilitatorView(planning(plan())));
      await drag('Lee', 'Main room');
      expect(send).toHaveBeenLastCalledWith('breakout:assign', { peerId: 'lee', roomId: null });
    });

    it('moves someone from the main room into an empty room', async () => {
      const { send } = setupPanel(facilitatorView(planning(plan({ assignment: {} }))));
      await drag('Ana', 'Circle 1');
      expect(send).toHaveBeenLastCalledWith('breakout:assign', { peerId: 'ana', roomId: 'b1' });
    });

    it('does nothing when dropped on the room the person is already in', async () => {
      const { send } = setupPanel(facilitatorView(planning(plan())));
      await drag('Sam', 'Circle 1');
      await drag('Ana', 'Main room');
      expect(send).not.toHaveBeenCalled();
      expect(region('Circle 1').classList.contains('bo-room--drop')).toBe(false);
    });

    it('ignores a drop that did not start from a person in the plan', async () => {
      const { send } = setupPanel(facilitatorView(planning(plan())));
      const data = dragData();
      data.dataTransfer.setData('text/plain', 'sam');
      await act(async () => {
        fireEvent.drop(region('Circle 2'), data);
      });
      expect(send).not.toHaveBeenCalled();
    });

    it('highlights a room while dragged over, and clears it on leaving or dropping', async () => {
      setupPanel(facilitatorView(planning(plan())));
      const circle2 = region('Circle 2');
      const data = dragData();
      fireEvent.dragStart(handle('Sam'), data);
      fireEvent.dragOver(circle2, data);
      expect(circle2.classList.contains('bo-room--drop')).toBe(true);
      leave(circle2, within(circle2).getByText('Lee'));
      expect(circle2.classList.contains('bo-room--drop')).toBe(true); // still inside the room
      leave(circle2, document.body);
      expect(circle2.classList.contains('bo-room--drop')).toBe(false);
      fireEvent.dragOver(circle2, data);
      expect(circle2.classList.contains('bo-room--drop')).toBe(true);
      await act(async () => {
        fireEvent.drop(circle2, data);
      });
      expect(circle2.classList.contains('bo-room--drop')).toBe(false);
    });

    it('clears the highlight and the dragged look when the drag is cancelled', () => {
      const { send } = setupPanel(facilitatorView(planning(plan())));
      const data = dragData();
      const sam = handle('Sam');
      fireEvent.dragStart(sam, data);
      expect(sam.classList.contains('bo-person--dragging')).toBe(true);
      fireEvent.dragOver(region('Main room'), data);
      expect(region('Main room').classList.contains('bo-room--drop')).toBe(true);
      fireEvent.dragEnd(sam, data);
      expect(region('Main room').classList.contains('bo-room--drop')).toBe(false);
      expect(sam.classList.contains('bo-person--dragging')).toBe(false);
      expect(send).not.toHaveBeenCalled();
    });
  });

  it('says who chose to stay in the main room', () => {
    setupPanel(facilitatorView(planning(plan({ assignment: {}, optedOut: ['lee'] }))));
    expect(within(screen.getByRole('region', { name: 'Main room' })).getByText('Chose to stay in the main room')).toBeTruthy();
  });

  it('shows why the server refused, in the panel\'s alert line', async () => {
    const send = vi.fn<Send>(() => Promise.reject(new RequestError('breakout:open', 'conflict', 'Plan the breakouts first.')));
    setupPanel(facilitatorView(planning(plan())), send);
    await press('Open breakouts');
    expect(screen.getAllByRole('alert').some((a) => a.textContent === 'Plan the breakouts first.')).toBe(true);
  });

  it('renders nothing without the overview (members, breakout hosts)', () => {
    const { container } = setupPanel(facilitatorView(planning(), { breakouts: undefined }));
    expect(container.textContent).toBe('');
  });
});
