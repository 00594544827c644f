import { wheelFrame } from './wheel-frame';
import { ringRadius, themeArcs, themeArcsInFrame, MARKS_OUTER } from './wheel-layout';

describe('themeArcs', () => {
  it('puts overlapping themes on different rings and leaves out those outside the year', () => {
    const arcs = themeArcs(
      [
        { slug: 'kevat', startDate: '2026-03-01', endDate: '2026-05-31', repeatsYearly: false },
        { slug: 'aitienpaiva', startDate: '2026-04-25', endDate: '2026-05-10', repeatsYearly: false },
        { slug: 'kesa', startDate: '2026-06-01', endDate: '2026-08-31', repeatsYearly: false },
        { slug: 'vanha', startDate: '2024-01-01', endDate: '2024-02-01', repeatsYearly: false },
      ],
      2026
    );
    expect(arcs.map((a) => [a.theme.slug, a.ring, a.range])).toEqual([
      ['kevat', 0, [59, 150]],
      ['aitienpaiva', 1, [114, 129]],
      ['kesa', 0, [151, 242]],
    ]);
  });

  it('moves a yearly theme to the year shown', () => {
    const [arc] = themeArcs([{ slug: 'joulu', startDate: '2020-12-01', endDate: '2020-12-26', repeatsYearly: true }], 2026);
    expect(arc.range).toEqual([334, 359]);
  });

  const joulu = { slug: 'joulu', startDate: '2025-12-14', endDate: '2026-01-06', repeatsYearly: true };
  const arcsOf = (arcs: ReturnType<typeof themeArcs>) => arcs.map((a) => a.range);

  it('shows a yearly theme over New Year at both ends of a January year', () => {
    // 1–6 January are last year's occurrence; 14–31 December this year's.
    expect(arcsOf(themeArcs([joulu], 2026))).toEqual([
      [0, 5],
      [347, 364],
    ]);
    expect(arcsOf(themeArcsInFrame([joulu], wheelFrame(2026, 1, { kind: 'month', month: 1 })))).toEqual([[0, 5]]);
    // Not repeating: only the dates it has.
    expect(arcsOf(themeArcs([{ ...joulu, repeatsYearly: false }], 2026))).toEqual([[0, 5]]);
  });

  it('shows a yearly theme over New Year whole in a July year, and in its January zoom', () => {
    // July 2026 – June 2027: 14.12.2026 is day 166, 6.1.2027 day 189.
    expect(arcsOf(themeArcsInFrame([joulu], wheelFrame(2026, 7)))).toEqual([[166, 189]]);
    // Zoomed to January (2027 in this wheel): 1–6 January.
    expect(arcsOf(themeArcsInFrame([joulu], wheelFrame(2026, 7, { kind: 'month', month: 1 })))).toEqual([[0, 5]]);
    expect(arcsOf(themeArcsInFrame([joulu], wheelFrame(2026, 7, { kind: 'month', month: 12 })))).toEqual([[13, 30]]);
  });
});

describe('ringRadius', () => {
  it('measures rings from the outside in', () => {
    expect(ringRadius(0, 50)).toBe(MARKS_OUTER - 25);
    expect(ringRadius(1, 50)).toBe(MARKS_OUTER - 75);
  });
});
