import { indexEntry, scheduleKey, spanOf } from './entries';
import { covers, indexWindow, yearSlices } from './window';

const window = indexWindow(new Date('2026-12-02T10:00:00Z'), { yearsBack: 1, yearsAhead: 1 });

describe('the index window', () => {
  it('covers whole years around today, padded for zones', () => {
    expect(window.from.toISOString()).toBe('2024-12-30T00:00:00.000Z');
    expect(window.to.toISOString()).toBe('2028-01-03T00:00:00.000Z');
    expect(covers(window, { from: new Date('2025-01-01T00:00:00+02:00'), to: new Date('2028-01-01T00:00:00+02:00') })).toBe(true);
    expect(covers(window, { from: new Date('2024-06-01T00:00:00Z'), to: new Date('2025-01-01T00:00:00Z') })).toBe(false);
  });

  it('is cut into slices of at most a year, end to end', () => {
    const slices = yearSlices(window);
    expect(slices.map((s) => s.from.toISOString().slice(0, 10))).toEqual([
      '2024-12-30',
      '2025-01-01',
      '2026-01-01',
      '2027-01-01',
      '2028-01-01',
    ]);
    for (let i = 1; i < slices.length; i += 1) expect(slices[i].from).toEqual(slices[i - 1].to);
    expect(slices[slices.length - 1].to).toEqual(window.to);
  });
});

describe('an index entry', () => {
  it('holds every occurrence of a weekly series in the window, at 09:00 Helsinki across DST', () => {
    const entry = indexEntry(
      { publishAt: new Date('2026-01-06T07:00:00Z'), timeZone: 'Europe/Helsinki', recurrence: 'FREQ=WEEKLY;BYDAY=TU' },
      window
    );
    expect(entry.status).toBe('ok');
    expect(entry.starts.length).toBe(104); // every Tuesday of 2026 and 2027
    expect(new Date(entry.starts[0]).toISOString()).toBe('2026-01-06T07:00:00.000Z');
    expect(entry.starts.map((s) => new Date(s).toISOString()).filter((s) => s.startsWith('2026-07'))[0]).toBe('2026-07-07T06:00:00.000Z');
    expect([...entry.starts].sort((a, b) => a - b)).toEqual(entry.starts);
  });

  it('holds a one-off piece inside the window and nothing outside it', () => {
    expect(indexEntry({ publishAt: new Date('2026-03-10T08:00:00Z'), timeZone: 'Europe/Helsinki' }, window).starts).toEqual([
      Date.parse('2026-03-10T08:00:00Z'),
    ]);
    expect(indexEntry({ publishAt: new Date('2031-03-10T08:00:00Z'), timeZone: 'Europe/Helsinki' }, window)).toEqual({
      status: 'ok',
      starts: [],
      message: null,
    });
  });

  it('leaves out a rule with more occurrences a year than one range may hold, and says why', () => {
    const entry = indexEntry({ publishAt: new Date('2026-01-01T00:00:00Z'), timeZone: 'UTC', recurrence: 'FREQ=HOURLY' }, window);
    expect(entry.status).toBe('dense');
    expect(entry.starts).toEqual([]);
    expect(entry.message).toMatch(/more than 5000 occurrences/);
  });

  it('stores a broken rule as such', () => {
    const entry = indexEntry({ publishAt: new Date('2026-01-01T00:00:00Z'), timeZone: 'UTC', recurrence: 'FREQ=SOMETIMES' }, window);
    expect(entry.status).toBe('rule');
    expect(entry.message).toMatch(/recurrence/);
  });

  it('has a key that changes with every input of the schedule', () => {
    const base = {
      publishAt: new Date('2026-01-06T07:00:00Z'),
      timeZone: 'Europe/Helsinki',
      recurrence: 'FREQ=WEEKLY',
      recurrenceExceptions: [],
    };
    const key = scheduleKey(base);
    expect(scheduleKey({ ...base, recurrence: ' FREQ=WEEKLY ' })).toBe(key);
    expect(scheduleKey({ ...base, publishAt: new Date('2026-01-06T07:00:01Z') })).not.toBe(key);
    expect(scheduleKey({ ...base, timeZone: 'Europe/Stockholm' })).not.toBe(key);
    expect(scheduleKey({ ...base, recurrence: null })).not.toBe(key);
    expect(scheduleKey({ ...base, recurrenceExceptions: ['2026-01-13T09:00'] })).not.toBe(key);
  });

  it('has a span from its first to its last occurrence', () => {
    expect(spanOf([5, 1, 9])).toEqual({ from: 1, to: 9 });
    expect(spanOf([])).toBeNull();
  });
});
