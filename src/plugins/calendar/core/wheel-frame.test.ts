import {
  wheelYearContaining,
  angleInFrame,
  clipToFrame,
  dayInFrame,
  frameMonths,
  frameTicks,
  frameYears,
  parseStartMonth,
  parseZoom,
  wheelFrame,
  zoomParam,
} from './wheel-frame';
import { angleOfDay, clipToYear, dayOfYear } from './wheel-geometry';
import { themeArcs, themeArcsInFrame } from './wheel-layout';
import { ringBands, ringShapes } from './wheel-rings';

describe('wheel frame', () => {
  it('is the calendar year by default, angle for angle as the wheel always drew it', () => {
    for (const year of [2026, 2028]) {
      const frame = wheelFrame(year);
      expect(frame).toEqual({ start: `${year}-01-01`, end: `${year}-12-31`, days: year === 2028 ? 366 : 365, zoom: 'year' });
      for (const date of [`${year}-01-01`, `${year}-03-01`, `${year}-06-20`, `${year}-12-31`]) {
        expect(dayInFrame(frame, date)).toBe(dayOfYear(date));
        expect(angleInFrame(frame, dayInFrame(frame, date) + 0.5)).toBeCloseTo(angleOfDay(dayOfYear(date) + 0.5, year), 10);
      }
      const span = { start: `${year - 1}-12-01`, end: `${year}-02-10` };
      expect(clipToFrame(span, frame)).toEqual(clipToYear(span, year));
    }
    expect(frameMonths(wheelFrame(2026)).map((m) => m.day)).toEqual([0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]);
    expect(frameTicks(wheelFrame(2026))).toHaveLength(53);
  });

  it('runs a school year from August to July: 1 August at the top', () => {
    const frame = wheelFrame(2026, 8);
    expect(frame).toEqual({ start: '2026-08-01', end: '2027-07-31', days: 365, zoom: 'year' });
    expect(angleInFrame(frame, dayInFrame(frame, '2026-08-01'))).toBe(0);
    expect(dayInFrame(frame, '2027-01-01')).toBe(153);
    expect(angleInFrame(frame, dayInFrame(frame, '2027-02-01'))).toBeCloseTo((184 / 365) * 360, 10);
    expect(frameMonths(frame).map((m) => `${m.year}-${m.month}`)).toEqual([
      '2026-8',
      '2026-9',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-1',
      '2027-2',
      '2027-3',
      '2027-4',
      '2027-5',
      '2027-6',
      '2027-7',
    ]);
    expect(frameYears(frame)).toEqual([2026, 2027]);
    expect(clipToFrame({ start: '2026-07-01', end: '2026-08-10' }, frame)).toEqual([0, 9]);
    expect(clipToFrame({ start: '2027-08-01', end: '2027-08-10' }, frame)).toBeNull();
    // A fiscal year over a leap day is 366 days.
    expect(wheelFrame(2027, 7).days).toBe(366);
  });

  it('zooms to a quarter of the wheel or to one month', () => {
    expect(wheelFrame(2026, 1, { kind: 'quarter', index: 2 })).toEqual({
      start: '2026-04-01',
      end: '2026-06-30',
      days: 91,
      zoom: 'quarter',
    });
    // The fiscal wheel's Q2 is November–January.
    expect(wheelFrame(2026, 8, { kind: 'quarter', index: 2 })).toMatchObject({ start: '2026-11-01', end: '2027-01-31', days: 92 });
    const june = wheelFrame(2026, 1, { kind: 'month', month: 6 });
    expect(june).toEqual({ start: '2026-06-01', end: '2026-06-30', days: 30, zoom: 'month' });
    expect(angleInFrame(june, dayInFrame(june, '2026-06-20'))).toBe(228);
    expect(frameTicks(june)).toHaveLength(30);
    // In a wheel from August, June is the next year's.
    expect(wheelFrame(2026, 8, { kind: 'month', month: 6 })).toMatchObject({ start: '2027-06-01', end: '2027-06-30' });
    expect(wheelFrame(2026, 1, { kind: 'month', month: 2 }).days).toBe(28);
  });

  it('reads start and zoom from the URL strictly', () => {
    expect(['8', '12', '1'].map(parseStartMonth)).toEqual([8, 12, 1]);
    expect(['0', '13', '08', '1e1', '', null, undefined].map(parseStartMonth)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(parseZoom('q3')).toEqual({ kind: 'quarter', index: 3 });
    expect(parseZoom('m12')).toEqual({ kind: 'month', month: 12 });
    for (const bad of ['q0', 'q5', 'm0', 'm13', 'Q1', 'year', null]) expect(parseZoom(bad)).toEqual({ kind: 'year' });
    expect(zoomParam({ kind: 'quarter', index: 1 })).toBe('q1');
    expect(zoomParam({ kind: 'month', month: 6 })).toBe('m6');
    expect(zoomParam({ kind: 'year' })).toBeNull();
  });
});

describe('theme arcs in a frame', () => {
  const themes = [
    { slug: 'kevat', startDate: '2026-03-01', endDate: '2026-05-31', repeatsYearly: false },
    { slug: 'aitienpaiva', startDate: '2026-04-25', endDate: '2026-05-10', repeatsYearly: false },
    { slug: 'joulu', startDate: '2020-12-01', endDate: '2020-12-26', repeatsYearly: true },
    { slug: 'uusivuosi', startDate: '2025-12-20', endDate: '2026-01-10', repeatsYearly: false },
  ];

  it('equals themeArcs for a January year', () => {
    expect(themeArcsInFrame(themes, wheelFrame(2026))).toEqual(themeArcs(themes, 2026));
  });

  it('shows a yearly theme in the calendar year it falls in on a shifted wheel', () => {
    const arcs = themeArcsInFrame(themes, wheelFrame(2026, 8));
    expect(arcs.map((a) => [a.theme.slug, a.range])).toEqual([['joulu', [122, 147]]]);
    const spring = themeArcsInFrame(themes, wheelFrame(2025, 8));
    expect(spring.map((a) => a.theme.slug).sort()).toEqual(['aitienpaiva', 'joulu', 'kevat', 'uusivuosi']);
  });
});

describe('extra rings', () => {
  it('places one-day items as marks and spans as arcs, leaving out what is outside the frame', () => {
    const ring = {
      id: 'holidays',
      label: 'Holidays',
      items: [
        { startDate: '2026-06-20', label: 'Juhannuspäivä', color: '#d02b20' },
        { startDate: '2026-07-06', endDate: '2026-08-09', label: 'Suvanto', color: '#888', pattern: 'hatch' as const },
        { startDate: '2027-01-01', label: 'Uudenvuodenpäivä', color: '#d02b20' },
      ],
    };
    const shapes = ringShapes(ring, wheelFrame(2026));
    expect(shapes.map((s) => [s.item.label, s.from, s.to, s.mark])).toEqual([
      ['Juhannuspäivä', 170, 170, true],
      ['Suvanto', 186, 220, false],
    ]);
  });

  it('takes extra rings from the outside of the occurrence band, at most half of it', () => {
    expect(ringBands(0)).toEqual({ extra: [], marksOuter: 385 });
    expect(ringBands(1)).toEqual({ extra: [{ outer: 385, inner: 363 }], marksOuter: 361 });
    expect(ringBands(50).extra).toHaveLength(4);
    expect(ringBands(50).marksOuter).toBeGreaterThanOrEqual(280);
  });
});

describe('the wheel year containing a date', () => {
  it('is the calendar year for a January wheel', () => {
    expect(wheelYearContaining('2027-01-01')).toBe(2027);
    expect(wheelYearContaining('2027-12-31', 1)).toBe(2027);
  });

  it('is the previous year before the start month, so the wheel contains the date', () => {
    expect(wheelYearContaining('2027-03-15', 7)).toBe(2026);
    expect(wheelYearContaining('2027-06-30', 7)).toBe(2026);
    expect(wheelYearContaining('2027-07-01', 7)).toBe(2027);
    expect(wheelYearContaining('2026-12-02', 9)).toBe(2026);
    for (const [date, start] of [
      ['2027-03-15', 7],
      ['2026-08-20', 8],
      ['2026-01-05', 12],
      ['2026-12-31', 12],
    ] as const) {
      const frame = wheelFrame(wheelYearContaining(date, start), start);
      expect(date >= frame.start && date <= frame.end).toBe(true);
    }
  });
});
