/**
 * Days that matter to a content plan: public holidays (from date-holidays), Finnish flag days and
 * commercial days (shipped as rules in observances.ts). Shared by the route, the server and the views.
 */

/** The languages day names are given in; other admin languages fall back to English. */
export const SEASON_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type SeasonLanguage = (typeof SEASON_LANGUAGES)[number];

/**
 * `public`: a public holiday; `dayOff`: a de facto day off that is not a public holiday by law
 * (juhannusaatto, jouluaatto); `flag`: an official flag day; `commercial`: a retail or marketing day.
 */
export const SEASON_KINDS = ['public', 'dayOff', 'flag', 'commercial'] as const;
export type SeasonKind = (typeof SEASON_KINDS)[number];

export interface SeasonDay {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  name: string;
  kind: SeasonKind;
  /** ISO 3166-1 alpha-2 code of the country the day belongs to. */
  country: string;
  /** Also an official flag day (itsenäisyyspäivä is a public holiday and a flag day). */
  flagDay?: boolean;
}

export type Names = Record<SeasonLanguage, string>;

export const isSeasonLanguage = (value: unknown): value is SeasonLanguage =>
  typeof value === 'string' && (SEASON_LANGUAGES as readonly string[]).includes(value);

/** An admin interface language (fi, sv, en-GB…) as one of the day-name languages. */
export const seasonLanguageOf = (locale: string): SeasonLanguage => {
  const base = locale.slice(0, 2).toLowerCase();
  return isSeasonLanguage(base) ? base : 'en';
};

/** First letter upper case: date-holidays writes Finnish and Swedish names in lower case. */
export const capitalise = (name: string) => (name ? name[0].toLocaleUpperCase() + name.slice(1) : name);
