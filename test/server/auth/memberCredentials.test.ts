import { describe, expect, it } from 'vitest';
import { CREDENTIAL_LENGTH, formatRecoveryCode, isCredential, newCredential, parseRecoveryCode } from '../../../server/auth/memberCredentials';
import { recoverBody } from '../../../shared/api';

describe('member credentials', () => {
  it('are 32 Crockford base32 characters (160 bits), all different', () => {
    const many = Array.from({ length: 200 }, newCredential);
    expect(CREDENTIAL_LENGTH).toBe(32);
    for (const c of many) {
      expect(c).toMatch(/^[0-9a-hjkmnp-tv-z]{32}$/);
      expect(isCredential(c)).toBe(true);
    }
    expect(new Set(many).size).toBe(many.length);
    // Every character of the alphabet turns up: the encoding uses all 5 bits.
    expect(new Set(many.join('')).size).toBe(32);
  });

  it('show as eight groups of four, which the recover body accepts', () => {
    const c = newCredential();
    const code = formatRecoveryCode(c);
    expect(code).toMatch(/^([0-9a-z]{4}-){7}[0-9a-z]{4}$/);
    expect(recoverBody.safeParse({ recoveryCode: code }).success).toBe(true);
  });

  it('are read back with or without dashes, in any case, with look-alike letters forgiven', () => {
    const c = newCredential();
    const code = formatRecoveryCode(c);
    expect(parseRecoveryCode(code)).toBe(c);
    expect(parseRecoveryCode(c)).toBe(c);
    expect(parseRecoveryCode(` ${code.toUpperCase().replace(/-/g, ' ')} `)).toBe(c);
    const withZeroAndOne = '0000111100001111000011110000111a';
    expect(parseRecoveryCode('OOOO-IIII-oooo-llll-0000-1111-0000-111A')).toBe(withZeroAndOne);
  });

  it('refuse what cannot be a credential', () => {
    for (const bad of ['', 'short', `${newCredential()}0`, newCredential().slice(1), 'uuuu-uuuu-uuuu-uuuu-uuuu-uuuu-uuuu-uuuu', '!!!!-!!!!-!!!!-!!!!-!!!!-!!!!-!!!!-!!!!']) {
      expect(parseRecoveryCode(bad), bad).toBeUndefined();
    }
    expect(isCredential('U'.repeat(32))).toBe(false);
  });
});
