// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReactionBadge } from '../../../client/components/chat/ReactionBadge';
import { ReactionBar } from '../../../client/components/chat/ReactionBar';
import { REACTION_COOLDOWN_MS } from '../../../client/components/chat/reactions';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('ReactionBar', () => {
  it('has four named reactions with a visible label', () => {
    render(<ReactionBar send={() => Promise.resolve()} />);
    const bar = screen.getByRole('toolbar', { name: 'Reactions' });
    const names = screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(['I relate', 'Thank you', 'Sending strength', 'Heart']);
    expect(bar.textContent).toContain('Sending strength');
  });

  it('sends the reaction, then rests briefly before the next', async () => {
    vi.useFakeTimers();
    const send = vi.fn(() => Promise.resolve());
    render(<ReactionBar send={send} />);
    fireEvent.click(screen.getByRole('button', { name: 'I relate' }));
    expect(send).toHaveBeenCalledWith('relate');
    expect(screen.getByRole('button', { name: 'Heart' }).getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Heart' }));
    expect(send).toHaveBeenCalledTimes(1);
    await act(async () => {
      vi.advanceTimersByTime(REACTION_COOLDOWN_MS);
    });
    expect(screen.getByRole('button', { name: 'Heart' }).getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Heart' }));
    expect(send).toHaveBeenLastCalledWith('heart');
  });

  it('stays quiet when the server refuses a reaction', async () => {
    const send = vi.fn(() => Promise.reject(new Error('rate limited')));
    render(<ReactionBar send={send} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Thank you' }));
    });
    expect(send).toHaveBeenCalledWith('thanks');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('ReactionBadge', () => {
  it('is a status with the emoji and the label', () => {
    render(<ReactionBadge reaction="strength" />);
    const badge = screen.getByRole('status');
    expect(badge.textContent).toContain('💪');
    expect(badge.textContent).toContain('Sending strength');
    expect(badge.className).toBe('reaction-badge');
  });
});
