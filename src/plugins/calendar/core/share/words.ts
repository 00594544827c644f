/**
 * The share page's own words in Finnish and English (`?lang=`); the content keeps the language it
 * was written in. Month and weekday names come from Intl, stage names from the domain's labels.
 */
import type { ShareLanguage } from '../contracts/share-links';
import { FUNNEL_STAGE_LABELS, type FunnelStage } from '../enums';

export interface ShareWords {
  wheel: string;
  month: string;
  previousYear: string;
  nextYear: string;
  previousMonth: string;
  nextMonth: string;
  today: string;
  print: string;
  rings: string;
  themes: string;
  stages: string;
  publications: string;
  published: string;
  planned: string;
  plannedMark: string;
  more: (n: number) => string;
  noThemes: string;
  onlyPublished: string;
  withPlanned: string;
  otherLanguage: string;
  notFoundTitle: string;
  notFoundText: string;
  goneTitle: string;
  goneText: string;
  badRequestTitle: string;
}

const WORDS: Record<ShareLanguage, ShareWords> = {
  fi: {
    wheel: 'Vuosikello',
    month: 'Kuukausi',
    previousYear: 'Edellinen vuosi',
    nextYear: 'Seuraava vuosi',
    previousMonth: 'Edellinen kuukausi',
    nextMonth: 'Seuraava kuukausi',
    today: 'Tänään',
    print: 'Tulosta',
    rings: 'Kehät ulkoa sisään',
    themes: 'Teemat',
    stages: 'Ostopolun vaiheet',
    publications: 'julkaisua',
    published: 'Julkaistu',
    planned: 'suunniteltu',
    plannedMark: 'Suunniteltu, ei vielä julkaistu',
    more: (n) => `+${n} muuta`,
    noThemes: 'Ei teemoja',
    onlyPublished: 'Näkymä näyttää julkaistun sisällön.',
    withPlanned: 'Näkymä näyttää julkaistun ja suunnitellun sisällön.',
    otherLanguage: 'In English',
    notFoundTitle: 'Linkkiä ei löydy',
    notFoundText: 'Tarkista osoite tai pyydä uusi linkki sen jakajalta.',
    goneTitle: 'Linkki ei ole enää käytössä',
    goneText: 'Linkki on vanhentunut tai se on peruttu. Pyydä uusi linkki sen jakajalta.',
    badRequestTitle: 'Virheellinen osoite',
  },
  en: {
    wheel: 'Year wheel',
    month: 'Month',
    previousYear: 'Previous year',
    nextYear: 'Next year',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    today: 'Today',
    print: 'Print',
    rings: 'Rings, outside in',
    themes: 'Themes',
    stages: 'Funnel stages',
    publications: 'publications',
    published: 'Published',
    planned: 'planned',
    plannedMark: 'Planned, not yet published',
    more: (n) => `+${n} more`,
    noThemes: 'No themes',
    onlyPublished: 'This view shows published content.',
    withPlanned: 'This view shows published and planned content.',
    otherLanguage: 'Suomeksi',
    notFoundTitle: 'Link not found',
    notFoundText: 'Check the address, or ask whoever shared it for a new link.',
    goneTitle: 'This link is no longer available',
    goneText: 'It has expired or been revoked. Ask whoever shared it for a new link.',
    badRequestTitle: 'Invalid address',
  },
};

export const wordsFor = (lang: ShareLanguage): ShareWords => WORDS[lang];

const INTL_LOCALE: Record<ShareLanguage, string> = { fi: 'fi-FI', en: 'en-GB' };
export const intlLocale = (lang: ShareLanguage) => INTL_LOCALE[lang];

export const stageName = (stage: string, lang: ShareLanguage) => FUNNEL_STAGE_LABELS[stage as FunnelStage]?.[lang] ?? stage;

/** "maaliskuu 2026" / "March 2026". */
export const monthTitle = (month: string, lang: ShareLanguage) =>
  new Intl.DateTimeFormat(intlLocale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T12:00:00Z`));

/** Short month names, January first ("tammi", "Jan"). */
export const shortMonthNames = (lang: ShareLanguage) =>
  Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(intlLocale(lang), { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, m, 15)).replace(/\.$/, '')
  );

/** Short weekday names, Monday first. */
export const weekdayNames = (lang: ShareLanguage) =>
  // 2026-03-02 is a Monday.
  Array.from({ length: 7 }, (_, d) =>
    new Intl.DateTimeFormat(intlLocale(lang), { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 2 + d))
  );

/** A date `YYYY-MM-DD` as "1.3." / "1 Mar". */
export const shortDate = (date: string, lang: ShareLanguage) =>
  new Intl.DateTimeFormat(intlLocale(lang), { day: 'numeric', month: lang === 'fi' ? 'numeric' : 'short', timeZone: 'UTC' }).format(
    new Date(`${date.slice(0, 10)}T12:00:00Z`)
  );
