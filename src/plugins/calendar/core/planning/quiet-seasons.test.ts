import { quietSeasonsIn, shortSpan } from './quiet-seasons';

const theme = (slug: string, startDate: string, endDate: string, quietSeason = true, repeatsYearly = false) => ({
  slug,
  name: slug,
  startDate,
  endDate,
  quietSeason,
  repeatsYearly,
});

describe('quiet seasons', () => {
  it('lists the quiet themes of the year in date order, leaving the others out', () => {
    const seasons = quietSeasonsIn(
      [
        theme('heinakuu', '2026-07-06', '2026-08-09'),
        theme('kevat', '2026-03-01', '2026-05-31', false),
        theme('tammi', '2026-01-02', '2026-01-15'),
      ],
      2026
    );
    expect(seasons.map((s) => [s.slug, s.startDate, s.endDate])).toEqual([
      ['tammi', '2026-01-02', '2026-01-15'],
      ['heinakuu', '2026-07-06', '2026-08-09'],
    ]);
    expect(quietSeasonsIn([theme('heinakuu', '2026-07-06', '2026-08-09')], 2027)).toEqual([]);
  });

  it('moves a yearly quiet season into the year and clips one over New Year', () => {
    const seasons = quietSeasonsIn([theme('joulurauha', '2020-12-20', '2021-01-06', true, true)], 2026);
    expect(seasons.map((s) => [s.startDate, s.endDate])).toEqual([
      ['2026-01-01', '2026-01-06'],
      ['2026-12-20', '2026-12-31'],
    ]);
  });

  it('writes the span the Finnish way', () => {
    expect(shortSpan({ startDate: '2026-07-06', endDate: '2026-08-09' })).toBe('6.7.–9.8.');
  });
});
