/**
 * The days the calendar shows for a window: public holidays of the chosen countries, and, when
 * Finland is one of them, the Finnish flag days and commercial days. A flag day that is also a
 * public holiday (vappu, juhannus, itsenäisyyspäivä) is one day, the holiday, marked `flagDay`.
 */
import { holidaysBetween } from './holidays';
import { observancesBetween } from './observances';
import type { SeasonDay, SeasonKind, SeasonLanguage } from './types';

const ORDER: Record<SeasonKind, number> = { public: 0, dayOff: 1, flag: 2, commercial: 3 };

export function seasonDays(from: string, to: string, countries: readonly string[], lang: SeasonLanguage): SeasonDay[] {
  const holidays = holidaysBetween(from, to, countries, lang);
  if (!countries.includes('FI')) return holidays;
  const finnishHolidays = new Map(holidays.filter((d) => d.country === 'FI' && d.kind === 'public').map((d) => [d.date, d]));
  const extra: SeasonDay[] = [];
  for (const { key: _key, alsoPublic, ...day } of observancesBetween(from, to, lang)) {
    const holiday = alsoPublic ? finnishHolidays.get(day.date) : undefined;
    if (holiday) holiday.flagDay = true;
    else extra.push(day);
  }
  return [...holidays, ...extra].sort(
    (a, b) => a.date.localeCompare(b.date) || ORDER[a.kind] - ORDER[b.kind] || a.country.localeCompare(b.country)
  );
}
