// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SignIn } from '../../../client/pages/SignIn';
import { account, apiError, json, me, renderWithServices } from '../apiFakes';

afterEach(cleanup);

function fill(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('SignIn', () => {
  it('shows field errors inline without a request, and moves focus to the first invalid field', async () => {
    const { server } = renderWithServices(<SignIn next={null} />, { 'GET /api/me': json(200, me()) });
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    fill('Email', 'robin');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    });
    const email = screen.getByLabelText('Email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = email.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('Enter a valid email address.');
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Please check the 2 highlighted fields.');
    expect(document.activeElement).toBe(email);
    expect(server.sent('POST /api/auth/login')).toHaveLength(0);

    fill('Email', 'robin@example.org');
    expect(email.getAttribute('aria-invalid')).toBeNull();
  });

  it('signs in with the right body, reloads the session and goes to ?next=', async () => {
    let signedIn = false;
    const { server, navigate } = renderWithServices(<SignIn next="/invite/tok" />, {
      'GET /api/me': () => json(200, me(signedIn ? { account } : {})),
      'POST /api/auth/login': () => {
        signedIn = true;
        return json(200, account);
      },
    });
    fill('Email', ' Robin@Example.org');
    fill('Password', 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((screen.getByRole('button', { name: 'Signing in…' }) as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/invite/tok'));
    expect(server.sent('POST /api/auth/login')[0]?.body).toEqual({ email: 'robin@example.org', password: 'correct horse battery' });
    expect(server.sent('GET /api/me').length).toBeGreaterThanOrEqual(2);
  });

  it('announces a wrong password in the alert and focuses it', async () => {
    const { navigate } = renderWithServices(<SignIn next={null} />, {
      'GET /api/me': json(200, me()),
      'POST /api/auth/login': apiError(401, 'unauthenticated', 'wrong email or password'),
    });
    fill('Email', 'robin@example.org');
    fill('Password', 'nope');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByText('Wrong email or password.');
    expect(alert.getAttribute('role')).toBe('alert');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect((screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement).disabled).toBe(false);
    expect(navigate).not.toHaveBeenCalled();
  });
});
