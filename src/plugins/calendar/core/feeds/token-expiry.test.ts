import { MAX_EXPIRY_DAYS, parseTokenExpiry } from './token-expiry';

const now = new Date('2026-06-10T12:00:00Z');
const zone = 'Europe/Helsinki';

describe('parseTokenExpiry', () => {
  it.each([undefined, null, ''])('means no expiry for %j', (input) => {
    expect(parseTokenExpiry(input, now, zone)).toEqual({ ok: true, value: null });
  });

  it('reads a date as valid through that whole local day', () => {
    const result = parseTokenExpiry('2026-06-30', now, zone);
    expect(result.ok && result.value?.toISOString()).toBe('2026-06-30T21:00:00.000Z');
  });

  it('reads an instant exactly', () => {
    const result = parseTokenExpiry('2026-07-01T08:30:00+03:00', now, zone);
    expect(result.ok && result.value?.toISOString()).toBe('2026-07-01T05:30:00.000Z');
  });

  it.each([
    ['2026-06-09', 'future'],
    ['2026-06-10T11:59:00Z', 'future'],
    ['2026-02-30', 'calendar date'],
    ['2026-07-01T08:30:00', 'ISO 8601'],
    ['tomorrow', 'ISO 8601'],
    [20260701, 'ISO 8601'],
    [`${now.getUTCFullYear() + 6}-01-01`, `${MAX_EXPIRY_DAYS} days`],
  ])('refuses %j naming expiresAt (%s)', (input, words) => {
    const result = parseTokenExpiry(input, now, zone);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.path).toEqual(['expiresAt']);
      expect(result.error.message).toContain(words);
    }
  });
});

describe('parseTokenExpiry with a shorter limit', () => {
  it('refuses an expiry beyond maxDays, naming the limit, and keeps one within it', () => {
    const far = parseTokenExpiry('2028-07-01', now, zone, 732);
    expect(far.ok).toBe(false);
    if (!far.ok) expect(far.error).toMatchObject({ path: ['expiresAt'], message: 'expiresAt must be at most 732 days ahead' });
    const near = parseTokenExpiry('2028-06-01', now, zone, 732);
    expect(near.ok && near.value?.toISOString()).toBe('2028-06-01T21:00:00.000Z');
  });
});
