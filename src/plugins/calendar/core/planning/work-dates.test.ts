import { nextPublication, pieceWorkDates } from './work-dates';

describe('pieceWorkDates', () => {
  it('counts a piece with a due date once, on the due date in the zone', () => {
    // 21:30Z on Sunday is already Monday in Helsinki (UTC+3 in summer).
    const dueAt = new Date('2026-07-05T21:30:00Z');
    expect(
      pieceWorkDates({ dueAt, occurrences: [new Date('2026-07-01T06:00:00Z'), new Date('2026-07-08T06:00:00Z')] }, 'Europe/Helsinki')
    ).toEqual(['2026-07-06']);
    expect(pieceWorkDates({ dueAt, occurrences: [] }, 'UTC')).toEqual(['2026-07-05']);
  });

  it('counts each occurrence when there is no due date', () => {
    const occurrences = [new Date('2026-03-28T22:30:00Z'), new Date('2026-04-04T21:30:00Z')];
    expect(pieceWorkDates({ dueAt: null, occurrences }, 'Europe/Helsinki')).toEqual(['2026-03-29', '2026-04-05']);
  });

  it('counts nothing for a piece in the backlog', () => {
    expect(pieceWorkDates({ dueAt: null, occurrences: [] }, 'Europe/Helsinki')).toEqual([]);
  });
});

describe('the publication an assignment is for', () => {
  const weekly = { publishAt: new Date('2026-01-06T07:00:00Z'), timeZone: 'Europe/Helsinki', recurrence: 'FREQ=WEEKLY;BYDAY=TU' };

  it('is a series’ next publication from now, not its first', () => {
    expect(nextPublication(weekly, new Date('2026-12-02T10:00:00Z')).toISOString()).toBe('2026-12-08T07:00:00.000Z');
  });

  it('is the publish time of a one-off piece, and of a series not started yet', () => {
    expect(nextPublication({ ...weekly, recurrence: null }, new Date('2026-12-02T10:00:00Z')).toISOString()).toBe(
      '2026-01-06T07:00:00.000Z'
    );
    expect(nextPublication(weekly, new Date('2025-12-01T10:00:00Z')).toISOString()).toBe('2026-01-06T07:00:00.000Z');
  });

  it('falls back to the publish time for a rule that cannot be expanded, and for a series that has ended', () => {
    expect(nextPublication({ ...weekly, recurrence: 'FREQ=SOMETIMES' }, new Date('2026-12-02T10:00:00Z')).toISOString()).toBe(
      '2026-01-06T07:00:00.000Z'
    );
    expect(nextPublication({ ...weekly, recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3' }, new Date('2026-12-02T10:00:00Z')).toISOString()).toBe(
      '2026-01-06T07:00:00.000Z'
    );
  });
});
