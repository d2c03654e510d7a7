import { describe, expect, it } from 'vitest';
import { allZones, exactZone, isValidZone, searchZones, zoneCity, zoneLabel, zoneOffset } from '../../../../client/core/schedule/zones';

const JAN = Date.parse('2027-01-15T12:00:00Z');
const JUL = Date.parse('2027-07-15T12:00:00Z');

describe('zones', () => {
  it('lists real IANA zones, UTC included, modern names rather than old ones', () => {
    const zones = allZones();
    expect(zones).toContain('UTC');
    expect(zones).toContain('Europe/London');
    expect(zones).toContain('Asia/Kolkata');
    expect(zones).not.toContain('Asia/Calcutta');
    expect(zones.every(isValidZone)).toBe(true);
    expect(new Set(zones).size).toBe(zones.length);
  });

  it('matches any part of a name, with spaces for underscores and words in any order', () => {
    expect(searchZones('new york')).toContain('America/New_York');
    expect(searchZones('york new')).toContain('America/New_York');
    expect(searchZones('america/new_y')).toContain('America/New_York');
    expect(searchZones('kolkata')).toEqual(['Asia/Kolkata']);
    expect(searchZones('LONDON')).toEqual(['Europe/London']);
    // Engines list it as America/Buenos_Aires or America/Argentina/Buenos_Aires: both are IANA names.
    expect(searchZones('buenos aires').some((z) => z.endsWith('/Buenos_Aires'))).toBe(true);
    expect(searchZones('zzzz')).toEqual([]);
  });

  it('puts city matches first, then names that start with the text, then the rest', () => {
    expect(searchZones('par', ['Asia/Spartak', 'Parlour/Other', 'Europe/Paris'])).toEqual(['Europe/Paris', 'Parlour/Other', 'Asia/Spartak']);
    expect(searchZones('pari')[0]).toBe('Europe/Paris');
  });

  it('finds the zone a typed text names exactly, forgiving case and spaces', () => {
    expect(exactZone('europe/london')).toBe('Europe/London');
    expect(exactZone('America/New York')).toBe('America/New_York');
    expect(exactZone('London')).toBeNull();
    expect(exactZone('')).toBeNull();
  });

  it('shows offsets at a given moment, DST included, and odd offsets', () => {
    expect(zoneOffset('Europe/London', JAN)).toBe('+00:00');
    expect(zoneOffset('Europe/London', JUL)).toBe('+01:00');
    expect(zoneLabel('America/New_York', JAN)).toBe('America/New_York (UTC-05:00)');
    expect(zoneLabel('Asia/Kathmandu', JAN)).toBe('Asia/Kathmandu (UTC+05:45)');
    expect(zoneOffset('Not/AZone', JAN)).toBeNull();
    expect(zoneLabel('Not/AZone', JAN)).toBe('Not/AZone');
  });

  it('names the city', () => {
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zoneCity('UTC')).toBe('UTC');
  });
});
