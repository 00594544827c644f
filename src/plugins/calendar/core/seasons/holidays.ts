/**
 * Public holidays of the chosen countries from date-holidays, as calendar dates with names in
 * fi/sv/en. Only days off are kept: every `public` holiday, and of the other types only the de facto
 * days off in DE_FACTO_DAYS_OFF. date-holidays' `bank` days are bank closing days, not days off for
 * everyone (New Year's Eve is a working day in Finland), and its observances vary in quality by
 * country; the Finnish ones are in observances.ts.
 * Bounded: a window of at most MAX_SEASON_DAYS, so at most three years are computed per country.
 */
import Holidays from 'date-holidays';
import { capitalise, type SeasonDay, type SeasonLanguage } from './types';

import { MAX_SEASON_COUNTRIES, MAX_SEASON_DAYS } from './limits';

export { MAX_SEASON_COUNTRIES, MAX_SEASON_DAYS };

// One instance per country: building one parses the country's rules, which is the slow part.
const instances = new Map<string, Holidays>();
const COUNTRY = /^[A-Z]{2}$/;

/**
 * De facto days off that are not public holidays by law, per country, as date-holidays' rules
 * (its `bank` or `observance` days): offices close, so they count out of capacity. Any other
 * non-public day of date-holidays is dropped.
 */
const MIDSUMMER_EVE = 'friday after 06-19';
const DE_FACTO_DAYS_OFF: Readonly<Record<string, readonly string[]>> = {
  FI: [MIDSUMMER_EVE, '12-24'], // juhannusaatto, jouluaatto
  SE: [MIDSUMMER_EVE, '12-24', '12-31'], // midsommarafton, julafton, nyårsafton
  NO: ['12-24'], // julaften
  DK: ['12-24'], // juleaften
};
const isDayOff = (country: string, type: string, rule: string | undefined) =>
  type === 'public' || (rule !== undefined && (DE_FACTO_DAYS_OFF[country] ?? []).includes(rule));

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
    h = new Holidays(country, { timezone: 'UTC', types: ['public', 'bank', 'observance'] });
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
 * else the country's own language.
 */
export function holidaysBetween(from: string, to: string, countries: readonly string[], lang: SeasonLanguage): SeasonDay[] {
  const days: SeasonDay[] = [];
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  if (last - first > 2) throw new RangeError(`a window of at most ${MAX_SEASON_DAYS} days`);
  for (const country of countries.slice(0, MAX_SEASON_COUNTRIES)) {
    if (!isKnownCountry(country)) continue;
    const h = instance(country);
    // Set per call, not passed to getHolidays: that one prepends `lang` to the instance's own list
    // for good, so the fallback would depend on earlier calls (and the list would grow). The list
    // becomes lang, English, then the country's languages.
    h.setLanguages([lang, 'en']);
    for (let year = first; year <= last; year++) {
      for (const holiday of h.getHolidays(year)) {
        const date = holiday.date.slice(0, 10);
        if (date < from || date > to || !isDayOff(country, holiday.type, holiday.rule)) continue;
        days.push({ date, name: capitalise(holiday.name), kind: holiday.type === 'public' ? 'public' : 'dayOff', country });
      }
    }
  }
  return days.sort((a, b) => a.date.localeCompare(b.date) || a.country.localeCompare(b.country));
}
