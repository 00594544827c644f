import { instantToLocal } from '../time';
import {
  dateOfIsoWeek,
  isoWeekOf,
  isoWeeksInYear,
  shiftDate,
  shiftInstant,
  shiftMonth,
  shiftRuleUntil,
  shiftSkippedDates,
  shiftSpan,
  type YearShift,
} from './shift-year';

const week: YearShift = { years: 1, rule: 'iso-week' };
const same: YearShift = { years: 1, rule: 'same-date' };

describe('ISO weeks', () => {
  it.each([
    [2015, 53],
    [2020, 53],
    [2026, 53],
    [2032, 53],
    [2021, 52],
    [2024, 52],
    [2027, 52],
    [2100, 52],
  ])('%i has %i weeks', (year, weeks) => {
    expect(isoWeeksInYear(year)).toBe(weeks);
  });

  it.each([
    ['2026-03-03', { year: 2026, week: 10, weekday: 2 }],
    ['2027-01-01', { year: 2026, week: 53, weekday: 5 }],
    ['2026-12-31', { year: 2026, week: 53, weekday: 4 }],
    ['2024-12-30', { year: 2025, week: 1, weekday: 1 }],
    ['2021-01-03', { year: 2020, week: 53, weekday: 7 }],
    ['2026-01-01', { year: 2026, week: 1, weekday: 4 }],
  ])('%s is %o', (date, expected) => {
    expect(isoWeekOf(date)).toEqual(expected);
  });

  it('names the date of a week and weekday, week 53 of a 52-week year as week 52', () => {
    expect(dateOfIsoWeek(2027, 10, 2)).toBe('2027-03-09');
    expect(dateOfIsoWeek(2027, 53, 4)).toBe('2027-12-30');
    expect(dateOfIsoWeek(2026, 53, 4)).toBe('2026-12-31');
    expect(dateOfIsoWeek(2025, 1, 1)).toBe('2024-12-30');
  });

  it('reads back every day of ten years through its week', () => {
    let date = '2020-01-01';
    for (let i = 0; i < 3653; i++) {
      const w = isoWeekOf(date);
      expect(dateOfIsoWeek(w.year, w.week, w.weekday)).toBe(date);
      date = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    }
  });
});

describe('shiftDate, same weekday of the same ISO week', () => {
  it('moves Tuesday of week 10 in 2026 to Tuesday of week 10 in 2027', () => {
    expect(shiftDate('2026-03-03', week)).toBe('2027-03-09');
  });

  it('moves week 53 (2026 has one, 2027 not) to week 52 on the same weekday', () => {
    expect(shiftDate('2026-12-31', week)).toBe('2027-12-30');
    expect(shiftDate('2026-12-28', week)).toBe('2027-12-27');
  });

  it('keeps a date of another ISO year in its target calendar year, a week off (Jan 1 2027 is 2026-W53)', () => {
    expect(shiftDate('2027-01-01', week)).toBe('2028-01-07'); // 2027-W52-5 would be 2027-12-31
    expect(shiftDate('2025-12-29', week)).toBe('2026-12-28'); // 2026-W01-1 → 2027-W01-1 would be 2027-01-04
  });

  it.each([
    // [date, years, moved]: 1–3 January and 29–31 December in several years
    ['2027-01-01', 1, '2028-01-07'],
    ['2027-01-02', 1, '2028-01-01'],
    ['2027-01-03', 1, '2028-01-02'],
    ['2026-01-01', 1, '2027-01-07'],
    ['2026-01-02', 1, '2027-01-08'],
    ['2026-01-03', 1, '2027-01-09'],
    ['2021-01-01', 1, '2022-01-07'],
    ['2021-01-03', 1, '2022-01-02'],
    ['2025-12-29', 1, '2026-12-28'],
    ['2025-12-30', 1, '2026-12-29'],
    ['2025-12-31', 1, '2026-12-30'],
    ['2024-12-30', 1, '2025-12-29'],
    ['2024-12-31', 2, '2026-12-29'],
    ['2026-12-29', 1, '2027-12-28'],
    ['2026-12-31', 1, '2027-12-30'],
    ['2019-12-30', 1, '2020-12-28'],
    ['2027-01-01', 2, '2029-01-05'],
  ])('%s moved %i year(s) is %s, in the target year on the same weekday', (date, years, moved) => {
    const shifted = shiftDate(date, { years, rule: 'iso-week' });
    expect(shifted).toBe(moved);
    expect(Number(shifted.slice(0, 4))).toBe(Number(date.slice(0, 4)) + years);
    expect(isoWeekOf(shifted).weekday).toBe(isoWeekOf(date).weekday);
  });

  it('never leaves the target calendar year, for every day of 2015–2035 and 1–3 years', () => {
    for (const years of [1, 2, 3, -1]) {
      let date = '2015-01-01';
      while (date < '2036-01-01') {
        const moved = shiftDate(date, { years, rule: 'iso-week' });
        expect(Number(moved.slice(0, 4))).toBe(Number(date.slice(0, 4)) + years);
        date = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      }
    }
  });

  it('lands on week 53 when the target year has one', () => {
    expect(shiftDate('2020-12-31', { years: 6, rule: 'iso-week' })).toBe('2026-12-31'); // W53 → W53
    expect(shiftDate('2025-12-25', week)).toBe('2026-12-24'); // W52 → W52 (the week 53 follows)
  });

  it('keeps the weekday for every day of a year, for one and for several years', () => {
    for (const years of [1, 2, 5]) {
      let date = '2026-01-01';
      while (date < '2027-01-01') {
        const moved = shiftDate(date, { years, rule: 'iso-week' });
        expect(isoWeekOf(moved).weekday).toBe(isoWeekOf(date).weekday);
        const days = (Date.parse(moved) - Date.parse(date)) / 86_400_000;
        expect(days % 7).toBe(0);
        date = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      }
    }
  });

  it('moves backwards too', () => {
    expect(shiftDate('2027-03-09', { years: -1, rule: 'iso-week' })).toBe('2026-03-03');
  });
});

describe('shiftDate, same date', () => {
  it('keeps the day and month', () => {
    expect(shiftDate('2026-03-03', same)).toBe('2027-03-03');
    expect(shiftDate('2026-12-31', same)).toBe('2027-12-31');
    expect(shiftDate('2026-01-01', same)).toBe('2027-01-01');
  });

  it('turns Feb 29 into Feb 28 in a common year, and keeps it in a leap year', () => {
    expect(shiftDate('2028-02-29', same)).toBe('2029-02-28');
    expect(shiftDate('2024-02-29', { years: 4, rule: 'same-date' })).toBe('2028-02-29');
    expect(shiftDate('2096-02-29', { years: 4, rule: 'same-date' })).toBe('2100-02-28'); // 2100 is not leap
    expect(shiftDate('2027-02-28', same)).toBe('2028-02-28');
  });

  it('refuses what is not a date', () => {
    expect(() => shiftDate('2026-02-30', same)).toThrow(RangeError);
    expect(() => shiftDate('26-01-01', week)).toThrow(RangeError);
  });
});

describe('shiftSpan', () => {
  it('keeps a theme crossing New Year crossing it', () => {
    expect(shiftSpan('2026-12-14', '2027-01-06', same)).toEqual({ start: '2027-12-14', end: '2028-01-06' });
    expect(shiftSpan('2026-12-14', '2027-01-06', week)).toEqual({ start: '2027-12-20', end: '2028-01-05' });
  });

  it('never puts the end before the start (week 52 and 53 both land on week 52)', () => {
    const span = shiftSpan('2026-12-24', '2026-12-31', week);
    expect(span.start <= span.end).toBe(true);
    expect(span).toEqual({ start: '2027-12-30', end: '2027-12-30' });
  });

  it('keeps one-day spans one day', () => {
    // Friday of week 25: 2027's week 1 starts on Jan 4, so this is 371 days later.
    expect(shiftSpan('2026-06-19', '2026-06-19', week)).toEqual({ start: '2027-06-25', end: '2027-06-25' });
  });
});

describe('shiftMonth', () => {
  it('moves the year and keeps the month', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-12');
    expect(shiftMonth('2026-01', 3)).toBe('2029-01');
    expect(() => shiftMonth('2026-13', 1)).toThrow(RangeError);
  });
});

describe('shiftInstant keeps the wall-clock time in the zone', () => {
  const zone = 'Europe/Helsinki';
  it('09:00 in winter time stays 09:00 when the target is in summer time', () => {
    // 2026-03-27 is Friday of week 13 (winter, +02); 2027's Friday of week 13 is 2027-04-02 (summer, +03).
    const moved = shiftInstant(new Date('2026-03-27T07:00:00Z'), zone, week);
    expect(moved.toISOString()).toBe('2027-04-02T06:00:00.000Z');
    expect(instantToLocal(moved, zone)).toBe('2027-04-02T09:00');
  });

  it('keeps seconds and a late-evening time that is another UTC date', () => {
    const moved = shiftInstant(new Date('2026-12-31T22:30:15Z'), zone, same); // 2027-01-01 00:30:15 local
    expect(instantToLocal(moved, zone)).toBe('2028-01-01T00:30');
    expect(moved.getUTCSeconds()).toBe(15);
  });

  it('works in a zone west of UTC across its DST change', () => {
    const moved = shiftInstant(new Date('2026-03-06T14:00:00Z'), 'America/New_York', week); // Fri 09:00 EST
    expect(instantToLocal(moved, 'America/New_York')).toBe('2027-03-12T09:00');
    expect(moved.toISOString()).toBe('2027-03-12T14:00:00.000Z'); // still EST on Mar 12 2027 (DST from Mar 14)
  });

  it('resolves a wall time in the spring-forward gap to a real instant', () => {
    // 03:30 on 2027-03-28 does not exist in Helsinki (03:00 → 04:00).
    const moved = shiftInstant(new Date('2026-03-29T01:30:00Z'), zone, { years: 1, rule: 'same-date' }); // 03:30 +02
    expect(Number.isNaN(moved.getTime())).toBe(false);
    expect(instantToLocal(moved, zone).slice(0, 10)).toBe('2027-03-29');
  });
});

describe('series', () => {
  it('shifts skipped dates, sorted, duplicates folded', () => {
    expect(shiftSkippedDates(['2026-12-31', '2026-12-24', '2026-12-24'], week)).toEqual(['2027-12-30']); // W52 and W53 Thursdays both land on W52
    expect(shiftSkippedDates(['2026-07-07', '2026-05-05'], week)).toEqual(['2027-05-11', '2027-07-13']);
    expect(shiftSkippedDates([], same)).toEqual([]);
    expect(shiftSkippedDates(['2026-04-07T09:00', '2026-03-03T09:00'], week)).toEqual(['2027-03-09T09:00', '2027-04-13T09:00']);
  });

  it('moves UNTIL and leaves the rest of the rule as written', () => {
    expect(shiftRuleUntil('FREQ=WEEKLY;BYDAY=TU;UNTIL=20261229T235959Z', week)).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20271228T235959Z');
    expect(shiftRuleUntil('UNTIL=20280229;FREQ=DAILY', same)).toBe('UNTIL=20290228;FREQ=DAILY');
    expect(shiftRuleUntil('FREQ=MONTHLY;BYMONTHDAY=1;COUNT=12', week)).toBe('FREQ=MONTHLY;BYMONTHDAY=1;COUNT=12');
  });
});
