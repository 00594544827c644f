/**
 * Public holidays of the chosen countries from date-holidays, as calendar dates with names in
 * fi/sv/en. Only days off are kept (date-holidays' `public` and `bank` types): its observances and
 * optional days vary in quality by country, and the Finnish ones are in observances.ts.
 * Bounded: a window of at most MAX_SEASON_DAYS, so at most three years are computed per country.
 */
import Holidays from 'date-holidays';
import { capitalise, type SeasonDay, type SeasonLanguage } from './types';

import { MAX_SEASON_COUNTRIES, MAX_SEASON_DAYS } from './limits';

export { MAX_SEASON_COUNTRIES, MAX_SEASON_DAYS };

// One instance per country: building one parses the country's rules, which is the slow part.
const instances = new Map<string, Holidays>();
const COUNTRY = /^[A-Z]{2}$/;

let known: Set<string> | null = null;
/** The ISO 3166-1 alpha-2 codes date-holidays has rules for. */
export function knownCountries(): Set<string> {
  known ??= new Set(Object.keys(new Holidays().getCountries('en')));
  return known;
}
export const isKnownCountry = (code: string) => COUNTRY.test(code) && knownCountries().has(code);

function instance(country: string): Holidays {
  let h = instances.get(country);
  if (!h) {
    // UTC keeps the dates as the country's calendar dates, whatever the server's zone.
    h = new Holidays(country, { timezone: 'UTC', types: ['public', 'bank'] });
    instances.set(country, h);
  }
  return h;
}

/** The country's name in `lang` (Suomi / Finland), for hints such as "public holiday in Finland". */
export function countryName(country: string, lang: SeasonLanguage): string {
  return new Holidays().getCountries(lang)[country] ?? new Holidays().getCountries('en')[country] ?? country;
}

/**
 * The public holidays (and de facto days off, kind `dayOff`) of `countries` from `from` to `to`
 * inclusive, in date order. Names are in `lang` where date-holidays has it, else in English,
 * else the country's own language (date-holidays' own fallback).
 */
export function holidaysBetween(from: string, to: string, countries: readonly string[], lang: SeasonLanguage): SeasonDay[] {
  const days: SeasonDay[] = [];
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  if (last - first > 2) throw new RangeError(`a window of at most ${MAX_SEASON_DAYS} days`);
  for (const country of countries.slice(0, MAX_SEASON_COUNTRIES)) {
    if (!isKnownCountry(country)) continue;
    const h = instance(country);
    for (let year = first; year <= last; year++) {
      for (const holiday of h.getHolidays(year, lang)) {
        const date = holiday.date.slice(0, 10);
        if (date < from || date > to) continue;
        days.push({ date, name: capitalise(holiday.name), kind: holiday.type === 'public' ? 'public' : 'dayOff', country });
      }
    }
  }
  return days.sort((a, b) => a.date.localeCompare(b.date) || a.country.localeCompare(b.country));
}
