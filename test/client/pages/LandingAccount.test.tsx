// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LandingAccount } from '../../../client/components/LandingAccount';
import { Landing } from '../../../client/pages/Landing';
import { account, json, me, renderWithServices } from '../apiFakes';

afterEach(cleanup);

function renderLanding(handlers: Parameters<typeof renderWithServices>[1]) {
  return renderWithServices(<Landing origin="https://hearth.example" navigate={vi.fn()} copy={vi.fn()} account={<LandingAccount />} />, handlers);
}

describe('Landing with groups', () => {
  it('on a fresh install, points prominently to setup; instant rooms wait for an account', async () => {
    renderLanding({ 'GET /api/setup': json(200, { needsSetup: true }), 'GET /api/me': json(200, me()) });
    const setup = await screen.findByRole('link', { name: 'Set up Hearth' });
    expect(setup.getAttribute('href')).toBe('/setup');
    expect(setup.className).toContain('button--primary');
    expect(screen.queryByRole('button', { name: 'Start an instant room' })).toBeNull();
    expect(screen.queryByLabelText('Room link or code')).toBeNull();
  });

  it('otherwise offers sign-in to staff and explains invite links', async () => {
    renderLanding({ 'GET /api/setup': json(200, { needsSetup: false }), 'GET /api/me': json(200, me()) });
    const card = (await screen.findByRole('heading', { name: 'Support groups' })).closest('section') as HTMLElement;
    expect(within(card).getByRole('heading', { name: 'I have an invite link' })).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/signin');
    expect(within(card).getByRole('link', { name: 'Joined before? Use a recovery code' }).getAttribute('href')).toBe('/me');
    expect(screen.queryByRole('link', { name: 'Set up Hearth' })).toBeNull();
  });

  it('a signed-in account goes straight to its groups', async () => {
    renderLanding({ 'GET /api/setup': json(200, { needsSetup: false }), 'GET /api/me': json(200, me({ account })) });
    expect((await screen.findByRole('link', { name: 'Your groups' })).getAttribute('href')).toBe('/groups');
    expect(screen.getByText('Signed in as Robin.')).toBeTruthy();
  });
});
