import { instantToIsoWithOffset, instantToLocal, localToInstant } from './time';

describe('wall-clock time in a zone', () => {
  it('maps 09:00 Helsinki to 07:00Z in winter and 06:00Z in summer', () => {
    expect(localToInstant('2026-03-24T09:00', 'Europe/Helsinki').toISOString()).toBe('2026-03-24T07:00:00.000Z');
    expect(localToInstant('2026-03-31T09:00', 'Europe/Helsinki').toISOString()).toBe('2026-03-31T06:00:00.000Z');
  });

  it('maps 09:00 New York across its own DST change', () => {
    expect(localToInstant('2026-03-06T09:00', 'America/New_York').toISOString()).toBe('2026-03-06T14:00:00.000Z');
    expect(localToInstant('2026-03-09T09:00', 'America/New_York').toISOString()).toBe('2026-03-09T13:00:00.000Z');
  });

  it('reads an instant back as local time and as ISO with the local offset', () => {
    const instant = new Date('2026-03-31T06:00:00.000Z');
    expect(instantToLocal(instant, 'Europe/Helsinki')).toBe('2026-03-31T09:00');
    expect(instantToIsoWithOffset(instant, 'Europe/Helsinki')).toBe('2026-03-31T09:00:00+03:00');
    expect(instantToIsoWithOffset(new Date('2026-03-24T07:00:00Z'), 'Europe/Helsinki')).toBe('2026-03-24T09:00:00+02:00');
    expect(instantToIsoWithOffset(new Date('2026-01-01T00:00:00Z'), 'UTC')).toBe('2026-01-01T00:00:00+00:00');
  });

  it('refuses a malformed local date-time', () => {
    expect(() => localToInstant('2026-03-31 09:00', 'Europe/Helsinki')).toThrow(RangeError);
  });
});
