import { describe, expect, it } from 'vitest';
import { asConflict, StoreConflict } from '../../../server/store/errors';
import { hashToken } from '../../../server/store/hash';
import { normaliseEmail, normalisePseudonym } from '../../../server/store/normalise';

describe('normalisePseudonym', () => {
  it.each([
    ['Quiet Fox', 'quiet fox'],
    ['  Quiet \t\n  Fox  ', 'quiet fox'],
    ['Ｑｕｉｅｔ　Ｆｏｘ', 'quiet fox'], // full-width letters and ideographic space
    ['ﬁnn', 'finn'], // ligature
    ['Zoë', 'zoë'],
    ['Zoe\u0308', 'zoë'], // combining diaeresis composes to the same key
  ])('%j -> %j', (input, key) => {
    expect(normalisePseudonym(input)).toBe(key);
  });

  it('keeps different names apart', () => {
    expect(normalisePseudonym('Quiet Fox')).not.toBe(normalisePseudonym('QuietFox'));
  });
});

describe('normaliseEmail', () => {
  it('trims and lowercases', () => {
    expect(normaliseEmail('  Ada@Example.ORG\n')).toBe('ada@example.org');
  });
});

describe('hashToken', () => {
  it('is sha-256 hex', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('asConflict', () => {
  it('maps Postgres 23505 by constraint name', () => {
    expect(asConflict({ code: '23505', constraint: 'accounts_email_key', message: 'duplicate key value' })).toMatchObject({ constraint: 'accounts_email_key' });
    expect(asConflict({ code: '23505', constraint: 'groups_pkey' })).toMatchObject({ constraint: 'groups_pkey' });
    expect(asConflict({ code: '23505', constraint: 'some_new_key' })).toMatchObject({ constraint: 'unknown' });
  });

  it('maps SQLite unique and primary-key errors by their columns', () => {
    const unique = asConflict({ code: 'SQLITE_CONSTRAINT_UNIQUE', message: 'UNIQUE constraint failed: memberships.group_id, memberships.pseudonym_key' });
    expect(unique).toBeInstanceOf(StoreConflict);
    expect(unique).toMatchObject({ constraint: 'memberships_group_pseudonym_key' });
    expect(asConflict({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY', message: 'UNIQUE constraint failed: invites.id' })).toMatchObject({ constraint: 'invites_pkey' });
  });

  it('leaves other errors alone', () => {
    expect(asConflict({ code: '23503', constraint: 'invites_group_id_fkey' })).toBeUndefined();
    expect(asConflict({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY', message: 'FOREIGN KEY constraint failed' })).toBeUndefined();
    expect(asConflict(new Error('other'))).toBeUndefined();
    expect(asConflict(null)).toBeUndefined();
  });
});
