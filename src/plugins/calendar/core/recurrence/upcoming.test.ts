import { localToInstant } from '../time';
import { upcomingOccurrences } from './upcoming';

const HELSINKI = 'Europe/Helsinki';

describe('upcoming occurrences', () => {
  it('the next five Thursdays at 08:00 Helsinki, across the DST change, skipping an exception', () => {
    const schedule = {
      publishAt: localToInstant('2026-01-08T08:00', HELSINKI),
      timeZone: HELSINKI,
      recurrence: 'FREQ=WEEKLY;BYDAY=TH',
      recurrenceExceptions: ['2026-04-02T08:00'],
    };
    const next = upcomingOccurrences(schedule, new Date('2026-03-20T00:00:00Z'), 5);
    expect(next.map((o) => o.local)).toEqual([
      '2026-03-26T08:00',
      '2026-04-09T08:00',
      '2026-04-16T08:00',
      '2026-04-23T08:00',
      '2026-04-30T08:00',
    ]);
    expect(next[0].start.toISOString()).toBe('2026-03-26T06:00:00.000Z');
  });

  it('widens the window for a rare rule, and stops at the end of a series', () => {
    const yearly = { publishAt: localToInstant('2026-03-15T10:00', HELSINKI), timeZone: HELSINKI, recurrence: 'FREQ=YEARLY' };
    expect(upcomingOccurrences(yearly, new Date('2026-04-01T00:00:00Z'), 3).map((o) => o.local)).toEqual([
      '2027-03-15T10:00',
      '2028-03-15T10:00',
      '2029-03-15T10:00',
    ]);
    const everyFive = { publishAt: localToInstant('2026-03-15T10:00', HELSINKI), timeZone: HELSINKI, recurrence: 'FREQ=YEARLY;INTERVAL=5' };
    expect(upcomingOccurrences(everyFive, new Date('2026-04-01T00:00:00Z'), 3).map((o) => o.local)).toEqual([
      '2031-03-15T10:00',
      '2036-03-15T10:00',
      '2041-03-15T10:00',
    ]);
    const three = { publishAt: localToInstant('2026-03-03T09:00', HELSINKI), timeZone: HELSINKI, recurrence: 'FREQ=WEEKLY;COUNT=3' };
    expect(upcomingOccurrences(three, new Date('2026-01-01T00:00:00Z'), 5)).toHaveLength(3);
  });

  it('a dense rule fills the first window without expanding years of it', () => {
    const hourly = { publishAt: localToInstant('2026-01-01T00:00', HELSINKI), timeZone: HELSINKI, recurrence: 'FREQ=HOURLY' };
    const next = upcomingOccurrences(hourly, new Date('2026-06-01T00:00:00Z'), 4);
    expect(next.map((o) => o.local)).toEqual(['2026-06-01T03:00', '2026-06-01T04:00', '2026-06-01T05:00', '2026-06-01T06:00']);
  });
});

describe('upcoming occurrences of a piece far ahead', () => {
  it('finds a one-off and a series that start years from now', () => {
    const once = { publishAt: localToInstant('2099-03-03T09:00', HELSINKI), timeZone: HELSINKI };
    expect(upcomingOccurrences(once, new Date('2026-12-01T00:00:00Z'), 3).map((o) => o.local)).toEqual(['2099-03-03T09:00']);
    const series = { publishAt: localToInstant('2090-01-02T09:00', HELSINKI), timeZone: HELSINKI, recurrence: 'FREQ=MONTHLY' };
    expect(upcomingOccurrences(series, new Date('2026-12-01T00:00:00Z'), 2).map((o) => o.local)).toEqual([
      '2090-01-02T09:00',
      '2090-02-02T09:00',
    ]);
  });
});
