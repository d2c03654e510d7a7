// @vitest-environment happy-dom
// The loading and failure states the group's pages share: sign in (with the members' ways back in
// only where asked), a retry for a passing failure, none for a group that is not there.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GroupLoadGate } from '../../../client/components/GroupLoadGate';
import type { ResourceState } from '../../../client/core/api/resource';
import { renderWithServices } from '../apiFakes';

afterEach(cleanup);

function gate(state: ResourceState<string>, memberHelp = false) {
  const onRetry = vi.fn();
  renderWithServices(
    <GroupLoadGate state={state} onRetry={onRetry} loadingTitle="Schedule" signInTitle="Sign in to see this schedule" path="/groups/g1/schedule" failedTitle="We couldn’t open this schedule" memberHelp={memberHelp}>
      {(data) => <p>Loaded: {data}</p>}
    </GroupLoadGate>,
    {},
  );
  return onRetry;
}

describe('GroupLoadGate', () => {
  it('shows the page once loaded, and a busy card before', () => {
    gate({ status: 'loading' });
    expect(screen.getByRole('heading', { level: 1, name: 'Schedule' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    cleanup();
    gate({ status: 'ready', data: 'the schedule' });
    expect(screen.getByText('Loaded: the schedule')).toBeTruthy();
  });

  it('asks to sign in and comes back to the page; members’ ways back in only where asked', () => {
    gate({ status: 'failed', code: 'unauthenticated', message: 'Please sign in first.' });
    const card = screen.getByRole('heading', { level: 1, name: 'Sign in to see this schedule' }).closest('section') as HTMLElement;
    expect(within(card).getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe(`/signin?next=${encodeURIComponent('/groups/g1/schedule')}`);
    expect(within(card).queryByRole('link', { name: 'Use a recovery code' })).toBeNull();
    cleanup();
    gate({ status: 'failed', code: 'unauthenticated', message: 'Please sign in first.' }, true);
    expect(screen.getByText('Members: open your invite link again, or use your recovery code.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Use a recovery code' }).getAttribute('href')).toBe('/me');
  });

  it('offers Try again for a passing failure, not for a group that is not there', () => {
    const onRetry = gate({ status: 'failed', code: 'unavailable', message: 'We could not reach Hearth.' });
    expect(screen.getByRole('heading', { level: 1, name: 'We couldn’t open this schedule' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('We could not reach Hearth.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    cleanup();
    gate({ status: 'failed', code: 'not_found', message: 'We could not find that.' });
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
