/**
 * Quiet seasons (suvannot): themes marked as a quiet period, where development work is scheduled
 * rather than campaigns. The coverage view names them for the year as dates in that year.
 */
import { spanInYear } from '../wheel-geometry';

export interface QuietSeason {
  slug: string;
  name: string;
  /** The part inside the year, YYYY-MM-DD, inclusive. */
  startDate: string;
  endDate: string;
}

interface QuietTheme {
  slug: string;
  name: string;
  startDate: string;
  endDate: string;
  repeatsYearly: boolean;
  quietSeason: boolean;
}

/** The quiet seasons seen in `year`, clipped to it, in date order. */
export function quietSeasonsIn(themes: readonly QuietTheme[], year: number): QuietSeason[] {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return themes
    .filter((t) => t.quietSeason)
    .flatMap((t) => {
      // A yearly theme over New Year shows its start this year and its end from last year's instance.
      const spans = t.repeatsYearly
        ? [year - 1, year].map((y) => spanInYear({ start: t.startDate, end: t.endDate, repeatsYearly: true }, y))
        : [{ start: t.startDate, end: t.endDate }];
      return spans
        .filter((s) => s.end >= first && s.start <= last)
        .map((s) => ({ slug: t.slug, name: t.name, startDate: s.start < first ? first : s.start, endDate: s.end > last ? last : s.end }));
    })
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
}

/** `6.7.–9.8.`: the Finnish short form of a span inside one year. */
export const shortSpan = (s: { startDate: string; endDate: string }) => {
  const d = (date: string) => `${Number(date.slice(8, 10))}.${Number(date.slice(5, 7))}.`;
  return `${d(s.startDate)}–${d(s.endDate)}`;
};
