import { COMPETITOR_PALETTE, competitorAdvice, competitorColors, MAX_RING_MARKS, observationRingMarks, RING_LABEL_MAX } from './ring-marks';

const competitors = [
  { id: 7, name: 'Paahtimo Pohjoinen' },
  { id: 3, name: 'Kahvila Aalto' },
];

describe('competitor ring marks', () => {
  it('colours competitors by creation order, the same whatever order they are listed in', () => {
    const colors = competitorColors(competitors);
    expect(colors.get(3)).toBe(COMPETITOR_PALETTE[0]);
    expect(colors.get(7)).toBe(COMPETITOR_PALETTE[1]);
    expect(competitorColors([...competitors].reverse())).toEqual(colors);
    const many = Array.from({ length: COMPETITOR_PALETTE.length + 1 }, (_, i) => ({ id: i + 1 }));
    expect(competitorColors(many).get(COMPETITOR_PALETTE.length + 1)).toBe(COMPETITOR_PALETTE[0]);
  });

  it('turns observations into marks by date, then competitor name, with the competitor’s colour', () => {
    const marks = observationRingMarks(
      [
        { date: '2026-05-04', competitorId: 7, action: 'Kevätkampanja Instagramissa ' },
        { date: '2026-02-10', competitorId: 7, action: 'Uusi verkkokauppa' },
        { date: '2026-05-04', competitorId: 3, action: 'Uutiskirje' },
      ],
      competitors
    );
    expect(marks).toEqual([
      { date: '2026-02-10', label: 'Paahtimo Pohjoinen: Uusi verkkokauppa', color: COMPETITOR_PALETTE[1] },
      { date: '2026-05-04', label: 'Kahvila Aalto: Uutiskirje', color: COMPETITOR_PALETTE[0] },
      { date: '2026-05-04', label: 'Paahtimo Pohjoinen: Kevätkampanja Instagramissa', color: COMPETITOR_PALETTE[1] },
    ]);
  });

  it('uses the colour the server gave, and leaves out unknown competitors and other years', () => {
    const marks = observationRingMarks(
      [
        { date: '2026-01-01', competitorId: 3, action: 'A' },
        { date: '2025-12-31', competitorId: 3, action: 'B' },
        { date: '2026-03-01', competitorId: 99, action: 'C' },
      ],
      [{ id: 3, name: 'Kahvila Aalto', color: '#123456' }],
      { year: 2026 }
    );
    expect(marks).toEqual([{ date: '2026-01-01', label: 'Kahvila Aalto: A', color: '#123456' }]);
  });

  it('shortens long labels and bounds the number of marks', () => {
    const [mark] = observationRingMarks([{ date: '2026-01-01', competitorId: 3, action: 'x'.repeat(500) }], competitors);
    expect(mark.label).toHaveLength(RING_LABEL_MAX);
    expect(mark.label.endsWith('…')).toBe(true);
    const lots = Array.from({ length: MAX_RING_MARKS + 50 }, () => ({ date: '2026-06-01', competitorId: 3, action: 'a' }));
    expect(observationRingMarks(lots, competitors)).toHaveLength(MAX_RING_MARKS);
    expect(observationRingMarks(lots, competitors, { max: 5 })).toHaveLength(5);
  });

  it('advises the plan’s 2–5 competitors without refusing more', () => {
    expect([0, 1, 2, 5, 6].map(competitorAdvice)).toEqual(['tooFew', 'tooFew', null, null, 'tooMany']);
  });
});
