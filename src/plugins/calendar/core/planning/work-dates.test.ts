import { pieceWorkDates } from './work-dates';

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
