import { localToInstant } from '../time';
import { checkReachable } from './reachability';

const HEL = 'Europe/Helsinki';
const verdict = (recurrence: string, local = '2026-01-01T10:00', zone = HEL, startField = 'publishAt') =>
  checkReachable({ start: localToInstant(local, zone), timeZone: zone, recurrence }, startField);
const refused = (recurrence: string, local?: string, zone?: string) => {
  const result = verdict(recurrence, local, zone);
  if (result.ok) throw new Error(`expected ${recurrence} from ${local} to be refused`);
  return result.message;
};

describe('rules that can never produce their next occurrence are refused, saying why', () => {
  it.each([
    // BYHOUR an HOURLY INTERVAL never reaches: arithmetic mod 24
    [
      'FREQ=HOURLY;INTERVAL=2;BYHOUR=9',
      '2026-01-01T10:00',
      /never reaches BYHOUR=9: every 2 hours from publishAt at 10:00 it only visits the hours 0, 2, 4, .*22/,
    ],
    [
      'FREQ=HOURLY;INTERVAL=3;BYHOUR=1,4,22',
      '2026-01-01T09:00',
      /never reaches BYHOUR=1,4,22: every 3 hours .* only visits the hours 0, 3, 6, 9, 12, 15, 18, 21/,
    ],
    [
      'FREQ=HOURLY;INTERVAL=24;BYHOUR=9',
      '2026-01-01T10:00',
      /never reaches BYHOUR=9: every 24 hours from publishAt at 10:00 it only visits the hours 10$/,
    ],
    // BYMONTH a MONTHLY INTERVAL never reaches: arithmetic mod 12
    [
      'FREQ=MONTHLY;INTERVAL=12;BYMONTH=6',
      '2026-01-15T10:00',
      /never reaches BYMONTH=6: every 12 months from publishAt in January it only visits January/,
    ],
    ['FREQ=MONTHLY;INTERVAL=2;BYMONTH=2,4', '2026-01-15T10:00', /only visits January, March, May, July, September, November/],
    // calendar days that never meet
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', undefined, /BYMONTH=2 and BYMONTHDAY=30 never fall on the same day/],
    ['FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31', undefined, /BYMONTH=4 and BYMONTHDAY=31 never fall on the same day/],
    ['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=-30', undefined, /BYMONTH=2 and BYMONTHDAY=-30 never fall/],
    ['FREQ=YEARLY;BYMONTH=1;BYYEARDAY=100', undefined, /BYMONTH=1 and BYYEARDAY=100 never fall on the same day/],
    ['FREQ=YEARLY;BYMONTHDAY=1;BYYEARDAY=2', undefined, /BYMONTHDAY=1 and BYYEARDAY=2 never/],
    ['FREQ=MONTHLY;BYDAY=1MO;BYMONTHDAY=8,9,10', undefined, /BYMONTHDAY=8,9,10 and BYDAY=1MO never fall on the same day/],
    ['FREQ=MONTHLY;BYDAY=5FR;BYMONTH=2;BYMONTHDAY=1', undefined, /never fall on the same day/],
    // UNTIL before the start, or before any occurrence
    [
      'FREQ=WEEKLY;BYDAY=MO;UNTIL=20251231',
      '2026-01-01T10:00',
      /has no occurrence at all: UNTIL \(2025-12-31 23:59\) is before publishAt \(2026-01-01 10:00 Europe\/Helsinki\)/,
    ],
    [
      'FREQ=MONTHLY;BYMONTHDAY=20;UNTIL=20260110',
      '2026-01-12T10:00',
      /has no occurrence between publishAt \(2026-01-12 10:00\) and UNTIL \(2026-01-10 23:59\)|no occurrence at all/,
    ],
    [
      'FREQ=MONTHLY;BYMONTHDAY=20;UNTIL=20260119',
      '2026-01-12T10:00',
      /has no occurrence between publishAt \(2026-01-12 10:00\) and UNTIL \(2026-01-19 23:59\)/,
    ],
    // the general fallback: a bounded search
    [
      'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6',
      undefined,
      /gives no occurrence within the search budget \(10000 steps from publishAt 2026-01-01 10:00\)/,
    ],
    ['FREQ=HOURLY;BYMINUTE=0;BYSETPOS=2', undefined, /gives no occurrence within the search budget/],
    // caps
    ['FREQ=DAILY;INTERVAL=100000', undefined, /INTERVAL=100000 is too large for FREQ=DAILY: at most 3660 \(ten years\)/],
    ['FREQ=WEEKLY;COUNT=100000', undefined, /COUNT=100000 is too large: at most 1000/],
    ['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;COUNT=40', undefined, /COUNT=40 spreads its occurrences too thinly to compute/],
    // the first occurrence beyond the calendar
    [
      'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1',
      '2100-07-01T10:00',
      /has its first occurrence \(2101-06-01 10:00\) after 2100-12-31, the end of the calendar/,
    ],
  ])('%s from %s', (rule, local, expected) => {
    expect(refused(rule, local)).toMatch(expected);
  });

  it('names the start field it was given (a community task starts at startsAt)', () => {
    const result = verdict('FREQ=HOURLY;INTERVAL=2;BYHOUR=9', '2026-01-01T10:00', HEL, 'startsAt');
    expect(result.ok ? '' : result.message).toMatch(/from startsAt at 10:00/);
  });

  it("judges the hour of the start in the piece's own zone", () => {
    // 08:00Z is 10:00 in Helsinki (even) and 03:00 in New York (odd).
    const start = new Date('2026-01-01T08:00:00Z');
    expect(checkReachable({ start, timeZone: HEL, recurrence: 'FREQ=HOURLY;INTERVAL=2;BYHOUR=9' }).ok).toBe(false);
    expect(checkReachable({ start, timeZone: 'America/New_York', recurrence: 'FREQ=HOURLY;INTERVAL=2;BYHOUR=9' }).ok).toBe(true);
  });
});

describe('rules that do reach an occurrence pass, with their first one', () => {
  it.each([
    ['FREQ=HOURLY;INTERVAL=2;BYHOUR=9', '2026-01-01T11:00', '2026-01-02T09:00'],
    ['FREQ=MONTHLY;INTERVAL=12;BYMONTH=6', '2026-06-01T10:00', '2026-06-01T10:00'],
    ['FREQ=MONTHLY;INTERVAL=12;BYMONTH=6;BYMONTHDAY=15', '2026-06-20T10:00', '2027-06-15T10:00'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', '2026-01-01T10:00', '2028-02-29T10:00'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO', '2026-01-01T10:00', '2044-02-29T10:00'],
    ['FREQ=MONTHLY;BYDAY=5FR', '2026-01-01T10:00', '2026-01-30T10:00'],
    ['FREQ=WEEKLY;BYDAY=TU;COUNT=1000', '2026-01-01T10:00', '2026-01-06T10:00'],
    ['FREQ=DAILY;UNTIL=20260101', '2026-01-01T10:00', '2026-01-01T10:00'],
  ])('%s from %s first happens at %s', (rule, local, first) => {
    expect(verdict(rule, local)).toEqual({ ok: true, rule, first });
  });

  it('decides the impossible classes without searching (fast)', () => {
    const started = performance.now();
    for (let i = 0; i < 200; i++) {
      verdict('FREQ=HOURLY;INTERVAL=2;BYHOUR=9');
      verdict('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30');
      verdict('FREQ=MONTHLY;INTERVAL=12;BYMONTH=6');
    }
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
