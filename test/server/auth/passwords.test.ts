import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../../server/auth/passwords';

describe('passwords', () => {
  it('hashes with scrypt N=2^15 r=8 p=1 and a 16-byte salt, parameters kept in the hash', async () => {
    const hash = await hashPassword('correct horse battery staple');
    const m = /^\$scrypt\$ln=15,r=8,p=1\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/.exec(hash);
    expect(m).not.toBeNull();
    expect(Buffer.from(m![1]!, 'base64url')).toHaveLength(16);
    expect(Buffer.from(m![2]!, 'base64url')).toHaveLength(32);
    expect(await hashPassword('correct horse battery staple')).not.toBe(hash); // a fresh salt each time
  });

  it('verifies the right password only', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('treats the same characters in another Unicode form as the same password', async () => {
    const hash = await hashPassword('caf\u00e9 au lait!');
    expect(await verifyPassword('cafe\u0301 au lait!', hash)).toBe(true);
  });

  it('still verifies hashes made with other parameters, read from the hash', async () => {
    // ln=10 stands for an older, cheaper setting; the stored parameters are what count.
    const { scryptSync } = await import('node:crypto');
    const salt = Buffer.alloc(16, 7);
    const key = scryptSync('old password!', salt, 32, { N: 1024, r: 8, p: 1 });
    const old = `$scrypt$ln=10,r=8,p=1$${salt.toString('base64url')}$${key.toString('base64url')}`;
    expect(await verifyPassword('old password!', old)).toBe(true);
    expect(await verifyPassword('new password!', old)).toBe(false);
  });

  it('answers false, after a full scrypt, for an unknown account or a corrupt hash', async () => {
    const real = await hashPassword('correct horse battery staple');
    await verifyPassword('warm-up', undefined); // the dummy hash is made once
    const time = async (f: () => Promise<unknown>) => {
      const t = performance.now();
      await f();
      return performance.now() - t;
    };
    const known = await time(() => verifyPassword('guess guess guess', real));
    const unknown = await time(async () => expect(await verifyPassword('guess guess guess', undefined)).toBe(false));
    expect(await verifyPassword('x', 'plaintext-password')).toBe(false);
    expect(await verifyPassword('x', '$scrypt$ln=30,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toBe(false);
    // Same work either way: generous bounds, this is about "ran scrypt at all", not microseconds.
    expect(unknown).toBeGreaterThan(known / 4);
  });
});
