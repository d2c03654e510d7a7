import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createGuestLinks } from '../../../server/auth/guestLinks';
import { createJoinTokens } from '../../../server/auth/joinTokens';

const HOUR = 60 * 60 * 1000;

function clock(start = Date.parse('2026-03-01T10:00:00.000Z')) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('guest links', () => {
  it('lead to their instant room until they expire, 1 to 168 hours after they were made', async () => {
    const c = clock();
    const links = createGuestLinks(randomBytes(32), c.now);
    const { token, expiresAt } = await links.createLink('kfr-wqpz-mtd', 2);
    expect(expiresAt).toBe('2026-03-01T12:00:00.000Z');
    expect(await links.checkLink(token)).toEqual({ ok: true, roomId: 'kfr-wqpz-mtd', expiresAt });
    c.advance(2 * HOUR - 1000);
    expect((await links.checkLink(token)).ok).toBe(true);
    c.advance(1000);
    expect(await links.checkLink(token)).toEqual({ ok: false, code: 'token_expired' });
    expect((await links.createLink('room-a', 500)).expiresAt).toBe(new Date(c.now() + 168 * HOUR).toISOString());
    expect((await links.createLink('room-a', 0)).expiresAt).toBe(new Date(c.now() + HOUR).toISOString());
  });

  it('never lead into a group room', async () => {
    const links = createGuestLinks(randomBytes(32));
    await expect(links.createLink('g-3f0c6a52-8d1e-4b7a-9c2f-5e6d7a8b9c0d', 1)).rejects.toThrow(/instant rooms/);
    await expect(links.issuePass({ roomId: 'g-abc', displayName: 'River' })).rejects.toThrow(/instant rooms/);
  });

  it('do not verify under another key, tampered, as a pass, or as a join token', async () => {
    const key = randomBytes(32);
    const links = createGuestLinks(key);
    const { token } = await links.createLink('kfr-wqpz-mtd', 1);
    expect(await createGuestLinks(randomBytes(32)).checkLink(token)).toEqual({ ok: false, code: 'token_invalid' });
    expect(await links.checkLink(`${token.slice(0, -3)}abc`)).toEqual({ ok: false, code: 'token_invalid' });
    expect(await links.checkLink('')).toEqual({ ok: false, code: 'token_invalid' });
    expect(await links.checkLink('x'.repeat(5000))).toEqual({ ok: false, code: 'token_invalid' });
    const { pass } = await links.issuePass({ roomId: 'kfr-wqpz-mtd', displayName: 'River' });
    expect(await links.checkLink(pass)).toEqual({ ok: false, code: 'token_invalid' });
    expect(await links.readPass(token)).toBeUndefined();
    // Same key, other purpose: a join token is neither.
    const join = await createJoinTokens(key).sign({ subject: { kind: 'account', accountId: 'a1' }, roomId: 'kfr-wqpz-mtd' });
    expect(await links.checkLink(join.token)).toEqual({ ok: false, code: 'token_invalid' });
    expect(await links.readPass(join.token)).toBeUndefined();
  });
});

describe('guest passes', () => {
  it('carry the room, a random guest id and the name for 12 hours', async () => {
    const c = clock();
    const links = createGuestLinks(randomBytes(32), c.now);
    const issued = await links.issuePass({ roomId: 'kfr-wqpz-mtd', displayName: 'River' });
    expect(issued).toEqual({ pass: expect.any(String), roomId: 'kfr-wqpz-mtd', guestId: expect.stringMatching(/^[0-9a-f-]{36}$/), displayName: 'River', expiresAt: '2026-03-01T22:00:00.000Z' });
    const { pass, ...claims } = issued;
    expect(await links.readPass(pass)).toEqual(claims);
    const other = await links.issuePass({ roomId: 'kfr-wqpz-mtd', displayName: 'River' });
    expect(other.guestId).not.toBe(issued.guestId);
    expect((await links.issuePass({ roomId: 'kfr-wqpz-mtd', displayName: 'Brook', guestId: issued.guestId })).guestId).toBe(issued.guestId);
    c.advance(12 * HOUR);
    expect(await links.readPass(pass)).toBeUndefined();
    expect(await links.readPass(undefined)).toBeUndefined();
  });
});

describe('guest join tokens', () => {
  it('round-trip the guest id and name', async () => {
    const tokens = createJoinTokens(randomBytes(32));
    const subject = { kind: 'guest', guestId: 'b3c1', displayName: 'River Ø' } as const;
    const { token } = await tokens.sign({ subject, roomId: 'kfr-wqpz-mtd' });
    expect(await tokens.verify(token)).toEqual({ ok: true, claims: { subject, roomId: 'kfr-wqpz-mtd' } });
  });
});
