// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlannedNote } from '../../../client/components/breakouts/PlannedNote';

afterEach(cleanup);

describe('PlannedNote', () => {
  it('says where the plan puts the member, and lets them stay in the main room', () => {
    const onStay = vi.fn();
    render(<PlannedNote planned={{ roomId: 'b2', roomName: 'Circle 2', optedOut: false }} onStay={onStay} />);
    expect(screen.getByRole('status').textContent).toBe('Breakout rooms are planned. You will go to Circle 2.');
    const stay = screen.getByRole('button', { name: 'Stay in the main room' });
    expect(stay.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(stay);
    expect(onStay).toHaveBeenCalledWith(true);
  });

  it('after choosing to stay: says so, and the choice can be undone', () => {
    const onStay = vi.fn();
    render(<PlannedNote planned={{ roomId: null, roomName: null, optedOut: true }} onStay={onStay} />);
    expect(screen.getByRole('status').textContent).toBe('Breakout rooms are planned. You will stay in the main room.');
    fireEvent.click(screen.getByRole('button', { name: 'Stay in the main room', pressed: true }));
    expect(onStay).toHaveBeenCalledWith(false);
  });

  it('someone the plan leaves in the main room is told so, with nothing to choose', () => {
    render(<PlannedNote planned={{ roomId: null, roomName: null, optedOut: false }} onStay={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toContain('You will stay in the main room.');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
