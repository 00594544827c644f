import { instantToIsoWithOffset, localToInstant } from '../time';
import { expandSchedule, RecurrenceError, type Schedule } from './expand';

const HEL = 'Europe/Helsinki';
const NY = 'America/New_York';
const range = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });
const piece = (local: string, zone: string, recurrence?: string, recurrenceExceptions?: string[]): Schedule => ({
  publishAt: localToInstant(local, zone),
  timeZone: zone,
  recurrence,
  recurrenceExceptions,
});
const isoStarts = (s: Schedule, from: string, to: string) =>
  expandSchedule(s, range(from, to)).map((o) => instantToIsoWithOffset(o.start, s.timeZone));

describe('a one-off piece', () => {
  it('has one occurrence, inside the range only', () => {
    const s = piece('2026-05-10T09:00', HEL);
    expect(isoStarts(s, '2026-05-01T00:00:00Z', '2026-06-01T00:00:00Z')).toEqual(['2026-05-10T09:00:00+03:00']);
    expect(isoStarts(s, '2026-05-10T06:00:00Z', '2026-05-11T00:00:00Z')).toHaveLength(1); // from is inclusive
    expect(isoStarts(s, '2026-05-01T00:00:00Z', '2026-05-10T06:00:00Z')).toHaveLength(0); // to is exclusive
  });
});

describe('weekly Tuesday 09:00 Helsinki across the spring DST change', () => {
  const s = piece('2026-03-03T09:00', HEL, 'FREQ=WEEKLY;BYDAY=TU');

  it('stays at 09:00 local: +02:00 before 29 March, +03:00 after', () => {
    expect(isoStarts(s, '2026-03-01T00:00:00Z', '2026-04-08T00:00:00Z')).toEqual([
      '2026-03-03T09:00:00+02:00',
      '2026-03-10T09:00:00+02:00',
      '2026-03-17T09:00:00+02:00',
      '2026-03-24T09:00:00+02:00',
      '2026-03-31T09:00:00+03:00',
      '2026-04-07T09:00:00+03:00',
    ]);
  });

  it('moves in UTC instead: 07:00Z in winter, 06:00Z in summer', () => {
    const starts = expandSchedule(s, range('2026-03-20T00:00:00Z', '2026-04-01T00:00:00Z')).map((o) => o.start.toISOString());
    expect(starts).toEqual(['2026-03-24T07:00:00.000Z', '2026-03-31T06:00:00.000Z']);
  });

  it('goes back to +02:00 after the autumn change', () => {
    expect(isoStarts(s, '2026-10-19T00:00:00Z', '2026-11-04T00:00:00Z')).toEqual([
      '2026-10-20T09:00:00+03:00',
      '2026-10-27T09:00:00+02:00',
      '2026-11-03T09:00:00+02:00',
    ]);
  });

  it('does not show occurrences before its first one', () => {
    expect(isoStarts(s, '2026-02-01T00:00:00Z', '2026-03-04T00:00:00Z')).toEqual(['2026-03-03T09:00:00+02:00']);
  });
});

describe('daily 09:00 New York across both of its DST changes', () => {
  const s = piece('2026-03-06T09:00', NY, 'FREQ=DAILY');
  it('keeps 09:00 through 8 March (spring) and 1 November (autumn)', () => {
    expect(isoStarts(s, '2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z')).toEqual([
      '2026-03-07T09:00:00-05:00',
      '2026-03-08T09:00:00-04:00',
      '2026-03-09T09:00:00-04:00',
    ]);
    expect(isoStarts(s, '2026-10-31T00:00:00Z', '2026-11-03T00:00:00Z')).toEqual([
      '2026-10-31T09:00:00-04:00',
      '2026-11-01T09:00:00-05:00',
      '2026-11-02T09:00:00-05:00',
    ]);
  });
});

describe('wall-clock times DST removes or repeats', () => {
  it('moves a daily 03:30 Helsinki forward by the gap on the spring-forward day only', () => {
    const s = piece('2026-03-27T03:30', HEL, 'FREQ=DAILY;COUNT=4');
    expect(isoStarts(s, '2026-03-26T00:00:00Z', '2026-04-01T00:00:00Z')).toEqual([
      '2026-03-27T03:30:00+02:00',
      '2026-03-28T03:30:00+02:00',
      '2026-03-29T04:30:00+03:00',
      '2026-03-30T03:30:00+03:00',
    ]);
  });

  it('takes the first of the two 03:30s on the fall-back day', () => {
    const s = piece('2026-10-24T03:30', HEL, 'FREQ=DAILY;COUNT=3');
    const occurrences = expandSchedule(s, range('2026-10-23T00:00:00Z', '2026-10-28T00:00:00Z'));
    expect(occurrences.map((o) => o.start.toISOString())).toEqual([
      '2026-10-24T00:30:00.000Z',
      '2026-10-25T00:30:00.000Z',
      '2026-10-26T01:30:00.000Z',
    ]);
    expect(occurrences[1].local).toBe('2026-10-25T03:30');
  });

  it('does the same in New York (02:30 gap, 01:30 overlap)', () => {
    expect(isoStarts(piece('2026-03-07T02:30', NY, 'FREQ=DAILY;COUNT=3'), '2026-03-01T00:00:00Z', '2026-03-12T00:00:00Z')).toEqual([
      '2026-03-07T02:30:00-05:00',
      '2026-03-08T03:30:00-04:00',
      '2026-03-09T02:30:00-04:00',
    ]);
    expect(isoStarts(piece('2026-10-31T01:30', NY, 'FREQ=DAILY;COUNT=2'), '2026-10-30T00:00:00Z', '2026-11-05T00:00:00Z')).toEqual([
      '2026-10-31T01:30:00-04:00',
      '2026-11-01T01:30:00-04:00',
    ]);
  });
});

describe('calendar edge cases', () => {
  it('monthly on the 31st skips months without one', () => {
    const s = piece('2026-01-31T10:00', HEL, 'FREQ=MONTHLY;BYMONTHDAY=31');
    expect(isoStarts(s, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z').map((d) => d.slice(0, 10))).toEqual([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
      '2026-07-31',
      '2026-08-31',
      '2026-10-31',
      '2026-12-31',
    ]);
  });

  it('monthly on the last day uses BYMONTHDAY=-1', () => {
    const s = piece('2026-01-31T10:00', HEL, 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3');
    expect(isoStarts(s, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z').map((d) => d.slice(0, 10))).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
    ]);
  });

  it('yearly on 29 February happens in leap years only', () => {
    const s = piece('2024-02-29T12:00', HEL, 'FREQ=YEARLY');
    expect(isoStarts(s, '2024-01-01T00:00:00Z', '2033-01-01T00:00:00Z').map((d) => d.slice(0, 10))).toEqual([
      '2024-02-29',
      '2028-02-29',
      '2032-02-29',
    ]);
  });

  it('BYSETPOS picks the last weekday of each month', () => {
    const s = piece('2026-01-30T16:00', HEL, 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=4');
    expect(isoStarts(s, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z').map((d) => d.slice(0, 10))).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-31',
      '2026-04-30',
    ]);
  });

  it('the first Wednesday of each month', () => {
    const s = piece('2026-01-07T10:00', HEL, 'FREQ=MONTHLY;BYDAY=1WE');
    expect(isoStarts(s, '2026-01-01T00:00:00Z', '2026-05-01T00:00:00Z').map((d) => d.slice(0, 10))).toEqual([
      '2026-01-07',
      '2026-02-04',
      '2026-03-04',
      '2026-04-01',
    ]);
  });

  it('weekdays at 09:00 and 15:00', () => {
    const s = piece('2026-06-01T09:00', HEL, 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,15;BYMINUTE=0');
    expect(isoStarts(s, '2026-06-05T00:00:00Z', '2026-06-09T00:00:00Z')).toEqual([
      '2026-06-05T09:00:00+03:00',
      '2026-06-05T15:00:00+03:00',
      '2026-06-08T09:00:00+03:00',
      '2026-06-08T15:00:00+03:00',
    ]);
  });
});

describe('COUNT, UNTIL and exceptions', () => {
  it('COUNT counts from the first occurrence, whatever the range', () => {
    const s = piece('2026-03-03T09:00', HEL, 'FREQ=WEEKLY;BYDAY=TU;COUNT=3');
    expect(isoStarts(s, '2026-03-09T00:00:00Z', '2026-12-31T00:00:00Z')).toEqual([
      '2026-03-10T09:00:00+02:00',
      '2026-03-17T09:00:00+02:00',
    ]);
  });

  it('a UTC UNTIL is read on the zone clock and is inclusive', () => {
    const s = piece('2026-03-03T09:00', HEL, 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260317T070000Z');
    expect(isoStarts(s, '2026-03-01T00:00:00Z', '2026-12-31T00:00:00Z')).toHaveLength(3);
    const earlier = piece('2026-03-03T09:00', HEL, 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260317T065959Z');
    expect(isoStarts(earlier, '2026-03-01T00:00:00Z', '2026-12-31T00:00:00Z')).toHaveLength(2);
  });

  it('a date-only UNTIL includes that whole local day', () => {
    const s = piece('2026-03-03T21:00', HEL, 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260317');
    expect(isoStarts(s, '2026-03-01T00:00:00Z', '2026-12-31T00:00:00Z')).toEqual([
      '2026-03-03T21:00:00+02:00',
      '2026-03-10T21:00:00+02:00',
      '2026-03-17T21:00:00+02:00',
    ]);
  });

  it('exceptions remove occurrences by their local time, after COUNT', () => {
    const s = piece('2026-03-03T09:00', HEL, 'FREQ=WEEKLY;BYDAY=TU;COUNT=4', ['2026-03-10T09:00', '2026-03-17T10:00']);
    expect(isoStarts(s, '2026-03-01T00:00:00Z', '2026-12-31T00:00:00Z')).toEqual([
      '2026-03-03T09:00:00+02:00',
      '2026-03-17T09:00:00+02:00',
      '2026-03-24T09:00:00+02:00',
    ]);
  });

  it('an empty or reversed range has no occurrences', () => {
    const s = piece('2026-03-03T09:00', HEL, 'FREQ=DAILY');
    expect(isoStarts(s, '2026-04-01T00:00:00Z', '2026-04-01T00:00:00Z')).toEqual([]);
    expect(isoStarts(s, '2026-04-02T00:00:00Z', '2026-04-01T00:00:00Z')).toEqual([]);
  });
});

describe('runaway and broken rules', () => {
  it('refuses more than 5,000 occurrences in one range', () => {
    const s = piece('2026-01-01T00:00', HEL, 'FREQ=HOURLY');
    expect(() => expandSchedule(s, range('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'))).toThrow(RecurrenceError);
    expect(() => expandSchedule(s, range('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'))).toThrow(/more than 5000 occurrences/);
    expect(expandSchedule(s, range('2026-01-01T00:00:00Z', '2026-01-08T00:00:00Z'))).toHaveLength(168);
  });

  it('accepts a custom limit', () => {
    const s = piece('2026-01-01T09:00', HEL, 'FREQ=DAILY');
    expect(() => expandSchedule(s, range('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'), 10)).toThrow(RecurrenceError);
  });

  it('throws a RecurrenceError naming the problem for an invalid stored rule', () => {
    const s = piece('2026-01-01T09:00', HEL, 'FREQ=WEEKLY;BYDAY=XX');
    expect(() => expandSchedule(s, range('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'))).toThrow(/BYDAY must be MO\.\.SU/);
  });

  it('tells a broken rule (kind "rule") from too many occurrences (kind "limit")', () => {
    const caught = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error as RecurrenceError;
      }
      throw new Error('expected a RecurrenceError');
    };
    const broken = caught(() =>
      expandSchedule(piece('2026-01-01T09:00', HEL, 'FREQ=WEEKLY;BYDAY=XX'), range('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'))
    );
    expect(broken).toBeInstanceOf(RecurrenceError);
    expect(broken).toMatchObject({ kind: 'rule', field: 'recurrence' });
    const tooMany = caught(() =>
      expandSchedule(piece('2026-01-01T09:00', HEL, 'FREQ=DAILY'), range('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'), 10)
    );
    expect(tooMany).toBeInstanceOf(RecurrenceError);
    expect(tooMany).toMatchObject({ kind: 'limit', field: 'recurrence' });
    expect(new RecurrenceError('x', 'range')).toMatchObject({ kind: 'rule', field: 'range', message: 'x', name: 'RecurrenceError' });
  });

  it('finishes quickly for a rule that never matches', () => {
    const s = piece('2026-01-01T09:00', HEL, 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30');
    expect(expandSchedule(s, range('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'))).toEqual([]);
  });
});
