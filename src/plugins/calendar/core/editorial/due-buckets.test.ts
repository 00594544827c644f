import { dueBucket, endOfLocalWeek } from './due-buckets';

const zone = 'Europe/Helsinki';

describe('due buckets', () => {
  // Wednesday 25 November 2026, 10:00 Helsinki (08:00Z).
  const now = new Date('2026-11-25T08:00:00Z');

  it('ends the week at Monday 00:00 local time', () => {
    expect(endOfLocalWeek(now, zone).toISOString()).toBe('2026-11-29T22:00:00.000Z');
    // Sunday 23:30 local is still this week.
    expect(endOfLocalWeek(new Date('2026-11-29T21:30:00Z'), zone).toISOString()).toBe('2026-11-29T22:00:00.000Z');
  });

  it('sorts deadlines into overdue, this week, later and no date', () => {
    expect(dueBucket(new Date('2026-11-25T07:59:00Z'), now, zone)).toBe('overdue');
    expect(dueBucket(new Date('2026-11-29T21:59:00Z'), now, zone)).toBe('this-week');
    expect(dueBucket(new Date('2026-11-29T22:00:00Z'), now, zone)).toBe('later');
    expect(dueBucket(null, now, zone)).toBe('no-date');
  });

  it('takes the week end once from a caller bucketing many items, with the same answers', () => {
    const weekEnd = endOfLocalWeek(now, zone);
    for (const deadline of [null, '2026-11-25T07:59:00Z', '2026-11-29T21:59:00Z', '2026-11-29T22:00:00Z', '2026-11-30T01:00:00Z']) {
      const d = deadline === null ? null : new Date(deadline);
      expect(dueBucket(d, now, zone, weekEnd)).toBe(dueBucket(d, now, zone));
    }
    // The given week end is what decides.
    expect(dueBucket(new Date('2026-11-29T21:59:00Z'), now, zone, new Date('2026-11-28T00:00:00Z'))).toBe('later');
  });

  it('uses the zone: Sunday evening in New York is already next week in Helsinki', () => {
    const sundayEveningNy = new Date('2026-11-30T01:00:00Z'); // Sun 20:00 New York, Mon 03:00 Helsinki
    expect(dueBucket(sundayEveningNy, now, 'America/New_York')).toBe('this-week');
    expect(dueBucket(sundayEveningNy, now, zone)).toBe('later');
  });
});
