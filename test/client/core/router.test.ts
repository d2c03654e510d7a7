import { describe, expect, it } from 'vitest';
import { parseRoute, safeNext, signInPath } from '../../../client/core/router';

const GROUP = '3f0c6a52-8d1e-4b7a-9c2f-5e6d7a8b9c0d';

describe('parseRoute', () => {
  it('knows the landing page and room pages', () => {
    expect(parseRoute('/')).toEqual({ name: 'landing' });
    expect(parseRoute('')).toEqual({ name: 'landing' });
    expect(parseRoute('/r/kfr-wqpz-mtd')).toEqual({ name: 'room', roomId: 'kfr-wqpz-mtd' });
    expect(parseRoute('/r/KFR-wqpz-mtd/')).toEqual({ name: 'room', roomId: 'kfr-wqpz-mtd' });
  });

  it('refuses room ids the server would refuse', () => {
    expect(parseRoute('/r/-bad').name).toBe('not-found');
    expect(parseRoute('/r/a').name).toBe('not-found');
    expect(parseRoute('/r/kfr-wqpz-mtd/extra').name).toBe('not-found');
    expect(parseRoute('/elsewhere').name).toBe('not-found');
  });

  it('knows the fixed account pages, with or without a trailing slash', () => {
    expect(parseRoute('/setup')).toEqual({ name: 'setup' });
    expect(parseRoute('/groups')).toEqual({ name: 'groups' });
    expect(parseRoute('/groups/')).toEqual({ name: 'groups' });
    expect(parseRoute('/me')).toEqual({ name: 'member-home' });
    expect(parseRoute('/signin')).toEqual({ name: 'signin', next: null });
  });

  it('group pages and live sessions need a real group id', () => {
    expect(parseRoute(`/groups/${GROUP}`)).toEqual({ name: 'group', groupId: GROUP });
    expect(parseRoute(`/groups/${GROUP.toUpperCase()}/`)).toEqual({ name: 'group', groupId: GROUP });
    expect(parseRoute(`/g/${GROUP}`)).toEqual({ name: 'group-session', groupId: GROUP });
    expect(parseRoute('/groups/not-an-id')).toEqual({ name: 'not-found', path: '/groups/not-an-id' });
    expect(parseRoute('/g/123').name).toBe('not-found');
    expect(parseRoute(`/groups/${GROUP}/members`).name).toBe('not-found');
  });

  it('a group’s schedule and find-a-time pages need a real group id and nothing after them', () => {
    expect(parseRoute(`/groups/${GROUP}/schedule`)).toEqual({ name: 'group-schedule', groupId: GROUP, prefill: null });
    expect(parseRoute(`/groups/${GROUP.toUpperCase()}/schedule/`)).toEqual({ name: 'group-schedule', groupId: GROUP, prefill: null });
    expect(parseRoute(`/groups/${GROUP}/find-time`)).toEqual({ name: 'group-find-time', groupId: GROUP });
    expect(parseRoute('/groups/not-an-id/schedule')).toEqual({ name: 'not-found', path: '/groups/not-an-id/schedule' });
    expect(parseRoute('/groups/123/find-time').name).toBe('not-found');
    expect(parseRoute('/groups/%E0%A4%A/schedule').name).toBe('not-found');
    expect(parseRoute(`/groups/${GROUP}/schedule/extra`).name).toBe('not-found');
    expect(parseRoute(`/groups/${GROUP}/find-a-time`).name).toBe('not-found');
    expect(parseRoute(`/g/${GROUP}/schedule`).name).toBe('not-found');
    expect(safeNext(`/groups/${GROUP}/find-time`)).toBe(`/groups/${GROUP}/find-time`);
  });

  it('the schedule page keeps a "Schedule this" start from its query string, if well formed', () => {
    expect(parseRoute(`/groups/${GROUP}/schedule`, '?zone=Europe%2FLondon&start=2026-03-31T19%3A00&minutes=90')).toEqual({
      name: 'group-schedule',
      groupId: GROUP,
      prefill: { zone: 'Europe/London', start: '2026-03-31T19:00', durationMinutes: 90 },
    });
    expect(parseRoute(`/groups/${GROUP}/schedule`, '?zone=Europe%2FLondon&start=tomorrow&minutes=90')).toEqual({ name: 'group-schedule', groupId: GROUP, prefill: null });
    expect(parseRoute(`/groups/${GROUP}/schedule`, '?zone=Europe%2FLondon&start=2026-03-31T19%3A00&minutes=2000')).toMatchObject({ prefill: null });
  });

  it('invite links keep their token exactly, decoded once', () => {
    expect(parseRoute('/invite/abc.DEF-123_x')).toEqual({ name: 'invite', token: 'abc.DEF-123_x' });
    expect(parseRoute('/invite/a%2Bb')).toEqual({ name: 'invite', token: 'a+b' });
    expect(parseRoute('/invite/').name).toBe('not-found');
    expect(parseRoute('/invite/a%2Fb').name).toBe('not-found');
    expect(parseRoute(`/invite/${'x'.repeat(3000)}`).name).toBe('not-found');
  });

  it('a malformed %-escape is a missing page, not a crash', () => {
    expect(parseRoute('/invite/%E0%A4%A')).toEqual({ name: 'not-found', path: '/invite/%E0%A4%A' });
    expect(parseRoute('/r/%E0%A4%A').name).toBe('not-found');
  });

  it('sign-in keeps a ?next= only when it is a page of this site', () => {
    expect(parseRoute('/signin', '?next=%2Finvite%2Ftok')).toEqual({ name: 'signin', next: '/invite/tok' });
    expect(parseRoute('/signin', `?next=/groups/${GROUP}`)).toEqual({ name: 'signin', next: `/groups/${GROUP}` });
    expect(parseRoute('/signin', '?next=https://evil.example/')).toEqual({ name: 'signin', next: null });
    expect(safeNext('//evil.example/x')).toBeNull();
    expect(safeNext('/\\evil.example')).toBeNull();
    expect(safeNext('/nowhere')).toBeNull();
    expect(signInPath('/invite/a b')).toBe('/signin?next=%2Finvite%2Fa%20b');
    expect(parseRoute('/signin', new URL(`https://x${signInPath('/invite/abc')}`).search)).toEqual({ name: 'signin', next: '/invite/abc' });
  });
});
