// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { NotOpenGate } from '../../../client/components/schedule/SessionNotOpen';
import { ApiError } from '../../../client/core/api/apiError';
import { noteJoinTokenOutcome } from '../../../client/core/schedule/notOpen';
import { RoomPage } from '../../../client/pages/RoomPage';
import { installMediaStubs } from '../dom';
import { settle } from '../fakes';
import { makeLiveSession } from '../session/harness';
import { pinViewerZone, renderWithClock } from './harness';

beforeAll(installMediaStubs);
beforeEach(() => pinViewerZone('Europe/London'));
afterEach(() => {
  cleanup();
  vi.useRealTimers(); // undoes setSystemTime

  noteJoinTokenOutcome('g-tuesday', null);
  localStorage.clear();
});

const notOpen = (opensAt?: string) => new ApiError('not_open', 'This session is not open yet.', 409, opensAt ? { opensAt: `${opensAt}.` } : {});

describe('the group session page when the room is not open', () => {
  it('shows when it opens in the member’s time instead of the prejoin screen, and turns the camera off', async () => {
    const { session, local } = makeLiveSession({ roomId: 'g-tuesday' });
    const onRejoin = vi.fn();
    render(<RoomPage session={session} onRejoin={onRejoin} onHome={vi.fn()} />);
    await act(async () => {
      await settle();
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Ready to join?' })).toBeTruthy();

    // 18:50Z is 18:50 in London in March; the page's clock is the browser's (18:38Z).
    vi.setSystemTime(Date.parse('2027-03-09T18:38:00Z'));
    const dispose = vi.spyOn(local, 'dispose');
    act(() => noteJoinTokenOutcome('g-tuesday', notOpen('2027-03-09T18:50:00.000Z')));
    expect(screen.getByRole('heading', { level: 1, name: 'This session has not opened yet' })).toBeTruthy();
    expect(screen.getByText('This session opens at 18:50 your time (in 12 minutes).')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Ready to join?' })).toBeNull();
    expect(dispose).toHaveBeenCalledTimes(1);
    const retry = screen.getByRole('button', { name: 'Try again' });
    expect(retry.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(retry);
    expect(onRejoin).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Back to the group' }).getAttribute('href')).toBe('/groups/tuesday');

    // A token at last: the prejoin screen comes back.
    act(() => noteJoinTokenOutcome('g-tuesday', null));
    expect(screen.getByRole('heading', { level: 1, name: 'Ready to join?' })).toBeTruthy();
  });

  it('“Try again” becomes active at the opening time and asks again', async () => {
    noteJoinTokenOutcome('g-tuesday', notOpen('2027-03-09T18:50:00.000Z'));
    const onRetry = vi.fn();
    const { setNow } = renderWithClock(
      <NotOpenGate roomId="g-tuesday" onRetry={onRetry} onHome={vi.fn()} onWait={vi.fn()}>
        <p>prejoin</p>
      </NotOpenGate>,
      {},
      '2027-03-09T18:49:58Z',
    );
    expect(screen.getByText('This session opens at 18:50 your time (in less than a minute).')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' }).getAttribute('aria-disabled')).toBe('true');
    setNow('2027-03-09T18:50:01Z');
    // The screen's clock ticks each second.
    expect(await screen.findByRole('heading', { level: 1, name: 'The session is open' }, { timeout: 2500 })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('The session is open. You can try again now.');
    const retry = screen.getByRole('button', { name: 'Try again' });
    expect(retry.getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(retry);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Checking…' }).getAttribute('aria-busy')).toBe('true');
    // Refused again (a new answer): the button is usable again.
    act(() => noteJoinTokenOutcome('g-tuesday', notOpen('2027-03-09T18:50:00.000Z')));
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('with no session coming: says the room is closed, without a retry', () => {
    noteJoinTokenOutcome('g-tuesday', notOpen());
    render(
      <NotOpenGate roomId="g-tuesday" onRetry={vi.fn()} onHome={vi.fn()} onWait={vi.fn()}>
        <p>prejoin</p>
      </NotOpenGate>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'The live room is closed' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.queryByText('prejoin')).toBeNull();
  });

  it('counts on the server\'s clock when the refusal carries it, whatever the browser\'s clock says', () => {
    vi.setSystemTime(Date.parse('2026-11-25T08:00:00Z')); // months off
    noteJoinTokenOutcome('g-tuesday', new ApiError('not_open', 'Not yet.', 409, { opensAt: '2027-03-09T18:50:00.000Z.', serverNow: '2027-03-09T18:38:00.000Z.' }));
    render(
      <NotOpenGate roomId="g-tuesday" onRetry={vi.fn()} onHome={vi.fn()} onWait={vi.fn()}>
        <p>prejoin</p>
      </NotOpenGate>,
    );
    expect(screen.getByText('This session opens at 18:50 your time (in 12 minutes).')).toBeTruthy();
  });
});
