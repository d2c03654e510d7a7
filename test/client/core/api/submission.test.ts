import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../client/core/api/apiError';
import { createSubmission } from '../../../../client/core/api/submission';

describe('submission', () => {
  it('is busy while the task runs and ignores a second submit meanwhile', async () => {
    const sub = createSubmission();
    let release!: () => void;
    let runs = 0;
    const task = () => {
      runs += 1;
      return new Promise<string>((r) => (release = () => r('ok')));
    };
    const first = sub.run(task);
    expect(sub.get().busy).toBe(true);
    await expect(sub.run(task)).resolves.toBeUndefined();
    release();
    await expect(first).resolves.toBe('ok');
    expect(runs).toBe(1);
    expect(sub.get()).toEqual({ busy: false, fieldErrors: {}, formError: null, failures: 0 });
  });

  it('puts field errors next to fields and points the alert at them', async () => {
    const sub = createSubmission();
    await sub.run(() => Promise.reject(new ApiError('invalid_payload', 'x', 0, { email: 'Enter a valid email address.', password: 'Too short.' })));
    expect(sub.get()).toEqual({
      busy: false,
      fieldErrors: { email: 'Enter a valid email address.', password: 'Too short.' },
      formError: 'Please check the 2 highlighted fields.',
      failures: 1,
    });
    sub.clearField('email');
    expect(sub.get().fieldErrors).toEqual({ password: 'Too short.' });
    expect(sub.get().formError).toBe('Please check the highlighted field.');
    sub.clearField('password');
    expect(sub.get().formError).toBeNull();
  });

  it('shows other failures in the alert, and counts every failure', async () => {
    const sub = createSubmission();
    await sub.run(() => Promise.reject(new ApiError('unauthenticated', 'Wrong email or password.', 401)));
    expect(sub.get().formError).toBe('Wrong email or password.');
    await sub.run(() => Promise.reject(new Error('bug')));
    expect(sub.get().formError).toBe('Something went wrong on our side. Please try again.');
    expect(sub.get().failures).toBe(2);
    sub.reset();
    expect(sub.get().formError).toBeNull();
  });
});
