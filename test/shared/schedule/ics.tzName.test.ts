import './pinTz';
import { describe, expect, it } from 'vitest';
import { seriesToIcs } from '../../../shared/schedule/ics';
import { numericName, tzName } from '../../../shared/schedule/ics/tzName';
import { icsSeries, now } from './icsCompare';
import { contentLines } from './icsParse';

// TZNAME: the abbreviation people know where English Intl data has one, tzdata's numeric style
// otherwise; never Intl's "GMT+1" placeholder.

const JULY = Date.parse('2026-07-01T12:00:00Z');
const JANUARY = Date.parse('2026-01-15T12:00:00Z');

describe('tzName', () => {
  it.each([
    ['Europe/London', JULY, 60, 'BST'],
    ['Europe/London', JANUARY, 0, 'GMT'],
    ['Europe/Berlin', JULY, 120, 'CEST'],
    ['Europe/Berlin', JANUARY, 60, 'CET'],
    ['America/New_York', JULY, -240, 'EDT'],
    ['America/New_York', JANUARY, -300, 'EST'],
    ['Asia/Kolkata', JULY, 330, 'IST'],
    ['Australia/Sydney', JANUARY, 660, 'AEDT'],
  ])('%s at %s → %s', (zone, at, offset, expected) => {
    expect(tzName(zone, at, offset as number)).toBe(expected);
  });

  it('falls back to tzdata’s numeric style, never "GMT+9"', () => {
    for (const [zone, offset] of [['Asia/Tokyo', 540], ['Asia/Kathmandu', 345], ['America/Sao_Paulo', -180]] as const) {
      const name = tzName(zone, JULY, offset);
      expect(name).not.toMatch(/^(GMT|UTC)[+−-]/);
      if (/^[+-]/.test(name)) expect(name).toBe(numericName(offset));
    }
    expect([numericName(540), numericName(345), numericName(-180), numericName(-210), numericName(765), numericName(0)]).toEqual(['+09', '+0545', '-03', '-0330', '+1245', '+00']);
  });

  it('names London’s observances BST and GMT in a calendar file', () => {
    const text = seriesToIcs(icsSeries({ zone: 'Europe/London', start: '2026-03-03T19:00', durationMinutes: 60, repeat: { freq: 'weekly' }, count: 40 }), { now });
    const names = contentLines(text).filter((l) => l.startsWith('TZNAME:'));
    expect(new Set(names)).toEqual(new Set(['TZNAME:BST', 'TZNAME:GMT']));
  });
});
