import {
  angleOfDay,
  annularSector,
  assignRings,
  bucketMarks,
  clipToYear,
  dayOfYear,
  daysInYear,
  polar,
  spanInYear,
} from './wheel-geometry';

describe('the year as a circle', () => {
  it('starts at the top on 1 January and goes clockwise', () => {
    expect(angleOfDay(dayOfYear('2026-01-01'), 2026)).toBe(0);
    expect(angleOfDay(dayOfYear('2026-07-02'), 2026)).toBeCloseTo(180, 0);
    expect(polar(100, 100, 50, 0)).toEqual({ x: 100, y: 50 });
    expect(polar(100, 100, 50, 90)).toEqual({ x: 150, y: 100 });
  });

  it('knows leap years', () => {
    expect(daysInYear(2024)).toBe(366);
    expect(daysInYear(2026)).toBe(365);
    expect(daysInYear(2100)).toBe(365);
    expect(dayOfYear('2024-12-31')).toBe(365);
  });

  it('draws annular sectors, using the large arc flag past 180°', () => {
    expect(annularSector(0, 0, 10, 20, 0, 90)).toBe('M0 -20A20 20 0 0 1 20 0L10 0A10 10 0 0 0 0 -10Z');
    expect(annularSector(0, 0, 10, 20, 0, 270)).toContain(' 0 1 1 ');
  });
});

describe('themes on rings', () => {
  it('clips spans to the year and moves yearly themes into it', () => {
    expect(clipToYear({ start: '2025-12-20', end: '2026-01-06' }, 2026)).toEqual([0, 5]);
    expect(clipToYear({ start: '2027-01-01', end: '2027-01-06' }, 2026)).toBeNull();
    expect(spanInYear({ start: '2024-11-20', end: '2024-12-24', repeatsYearly: true }, 2026)).toEqual({
      start: '2026-11-20',
      end: '2026-12-24',
    });
    expect(spanInYear({ start: '2025-12-20', end: '2026-01-06', repeatsYearly: true }, 2026)).toEqual({
      start: '2026-12-20',
      end: '2027-01-06',
    });
    expect(spanInYear({ start: '2024-02-29', end: '2024-02-29', repeatsYearly: true }, 2026)).toEqual({
      start: '2026-02-28',
      end: '2026-02-28',
    });
    expect(spanInYear({ start: '2024-05-01', end: '2024-05-10' }, 2026)).toEqual({ start: '2024-05-01', end: '2024-05-10' });
  });

  it('puts overlapping themes on separate rings and reuses a ring when free', () => {
    const rings = assignRings([
      { id: 'joulu', from: 323, to: 357 },
      { id: 'black-friday', from: 319, to: 333 },
      { id: 'kesa', from: 151, to: 221 },
      { id: 'suvanto', from: 181, to: 211 },
      { id: 'talvi-ale', from: 1, to: 30 },
    ]);
    expect(rings.get('talvi-ale')).toBe(0);
    expect(rings.get('kesa')).toBe(0);
    expect(rings.get('suvanto')).toBe(1);
    expect(rings.get('black-friday')).toBe(0);
    expect(rings.get('joulu')).toBe(1);
  });
});

describe('bucketMarks', () => {
  it('keeps one mark a day while sparse', () => {
    const marks = bucketMarks([
      { day: 3, item: 'a' },
      { day: 3, item: 'b' },
      { day: 10, item: 'c' },
    ]);
    expect(marks).toEqual([
      { day: 3, days: 1, items: ['a', 'b'] },
      { day: 10, days: 1, items: ['c'] },
    ]);
  });

  it('groups by week when a ring is dense, keeping every item', () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({ day: i % 365, item: i }));
    const marks = bucketMarks(items);
    expect(marks.length).toBe(53);
    expect(marks.every((m) => m.days === 7)).toBe(true);
    expect(marks.reduce((n, m) => n + m.items.length, 0)).toBe(5000);
  });
});
