import { addDays, daysBetween, lastDayOfMonth, mondayOf, monthGrid, moveToDate, shiftMonth } from './calendar-grid';

describe('monthGrid', () => {
  it('starts on the Monday on or before the 1st and ends on a Sunday', () => {
    const grid = monthGrid('2026-03'); // 1 March 2026 is a Sunday
    expect(grid.first).toBe('2026-02-23');
    expect(grid.weeks[0]).toEqual(['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01']);
    expect(grid.last).toBe('2026-04-05');
    expect(grid.weeks).toHaveLength(6);
  });

  it('uses only the weeks the month needs', () => {
    expect(monthGrid('2021-02').weeks).toHaveLength(4); // Monday 1st to Sunday 28th
    expect(monthGrid('2026-06').weeks).toHaveLength(5);
  });

  it('refuses a malformed month', () => {
    expect(() => monthGrid('2026-3')).toThrow(RangeError);
  });
});

describe('shiftMonth and moveToDate', () => {
  it('steps across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  });

  it('keeps the time of day when moving to another date', () => {
    expect(moveToDate('2026-03-03T09:15', '2026-03-31')).toBe('2026-03-31T09:15');
  });
});

describe('day arithmetic', () => {
  it('adds days and counts them across months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-17', '2026-03-18')).toBe(1);
    expect(daysBetween('2026-03-18', '2026-03-10')).toBe(-8);
  });

  it('finds the Monday of a week and the last day of a month', () => {
    expect(mondayOf('2026-03-08')).toBe('2026-03-02'); // a Sunday
    expect(mondayOf('2026-03-09')).toBe('2026-03-09');
    expect(lastDayOfMonth('2026-02')).toBe('2026-02-28');
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
  });
});
