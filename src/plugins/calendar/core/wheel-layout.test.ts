import { ringRadius, themeArcs, MARKS_OUTER } from './wheel-layout';

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
});

describe('ringRadius', () => {
  it('measures rings from the outside in', () => {
    expect(ringRadius(0, 50)).toBe(MARKS_OUTER - 25);
    expect(ringRadius(1, 50)).toBe(MARKS_OUTER - 75);
  });
});
