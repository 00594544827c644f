/**
 * The site's own words in Finnish, Swedish and English (another language falls back to English),
 * and dates: a publication time is shown as the wall clock the API gives it, in its own offset.
 */

const WORDS = {
  fi: {
    siteName: 'Vuosikello – esimerkkisivusto',
    latest: 'Uusimmat',
    none: 'Ei vielä julkaistuja sisältöjä.',
    comingUp: 'Tulossa',
    comingUpNone: 'Ei tulevia julkaisuja seuraavan 30 päivän aikana.',
    comingUpUnavailable: 'Tulevat julkaisut eivät ole juuri nyt saatavilla.',
    channels: 'Kanavat',
    theme: 'Teema',
    published: 'Julkaistu',
    languages: 'Kieli',
    otherVersions: 'Muilla kielillä',
    home: 'Etusivulle',
    notFound: 'Sivua ei löytynyt',
    notFoundText: 'Tällä osoitteella ei ole julkaistua sisältöä.',
    unavailable: 'Sisältö ei ole juuri nyt saatavilla',
    unavailableText: 'Sisältöpalvelu ei vastannut. Yritä hetken kuluttua uudelleen.',
  },
  sv: {
    siteName: 'Vuosikello – exempelwebbplats',
    latest: 'Senaste',
    none: 'Inget publicerat innehåll ännu.',
    comingUp: 'På kommande',
    comingUpNone: 'Inga publiceringar under de kommande 30 dagarna.',
    comingUpUnavailable: 'Kommande publiceringar är inte tillgängliga just nu.',
    channels: 'Kanaler',
    theme: 'Tema',
    published: 'Publicerad',
    languages: 'Språk',
    otherVersions: 'På andra språk',
    home: 'Till startsidan',
    notFound: 'Sidan hittades inte',
    notFoundText: 'Det finns inget publicerat innehåll på den här adressen.',
    unavailable: 'Innehållet är inte tillgängligt just nu',
    unavailableText: 'Innehållstjänsten svarade inte. Försök igen om en stund.',
  },
  en: {
    siteName: 'Vuosikello – example site',
    latest: 'Latest',
    none: 'Nothing published yet.',
    comingUp: 'Coming up',
    comingUpNone: 'Nothing is scheduled for the next 30 days.',
    comingUpUnavailable: 'What is coming up cannot be shown right now.',
    channels: 'Channels',
    theme: 'Theme',
    published: 'Published',
    languages: 'Language',
    otherVersions: 'In other languages',
    home: 'Front page',
    notFound: 'Page not found',
    notFoundText: 'Nothing is published at this address.',
    unavailable: 'Content is not available right now',
    unavailableText: 'The content service did not answer. Try again in a moment.',
  },
};

/** A language's own name, and "in that language" for a link to a version. */
const NAMES = {
  fi: ['Suomi', 'Suomeksi'],
  sv: ['Svenska', 'På svenska'],
  en: ['English', 'In English'],
};

const words = (locale) => WORDS[locale] ?? WORDS.en;
const languageName = (locale) => (NAMES[locale] ?? [locale.toUpperCase()])[0];
const inLanguage = (locale) => (NAMES[locale] ?? [null, locale.toUpperCase()])[1];
/** English dates in the day-month order the other two use. */
const intlLocale = (locale) => (locale === 'en' ? 'en-GB' : locale);

const OFFSET_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO 8601 time with an offset (`2026-03-24T09:00:00+02:00`) as its own wall clock in words:
 * `ti 24.3.2026 klo 09.00 (UTC+02:00)`. The wall clock is read from the text, not converted, so it
 * is the time in the piece's zone whatever the server's zone is. Null for anything else.
 * @param {unknown} iso
 * @param {string} locale
 */
function formatLocalStart(iso, locale) {
  const match = typeof iso === 'string' ? OFFSET_ISO.exec(iso) : null;
  if (!match) return null;
  const [, y, mo, d, h, mi, s, offset] = match;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  if (Number.isNaN(wall)) return null;
  const text = new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(wall);
  return `${text} (UTC${offset === 'Z' ? '' : offset})`;
}

/**
 * The calendar date of an instant in a zone (the piece's own), in the language's style.
 * @param {unknown} iso
 * @param {string} locale
 * @param {unknown} timeZone
 */
function formatDate(iso, locale, timeZone) {
  const ms = typeof iso === 'string' ? Date.parse(iso) : NaN;
  if (Number.isNaN(ms)) return null;
  /** @type {Intl.DateTimeFormatOptions} */
  const options = { day: 'numeric', month: 'long', year: 'numeric' };
  try {
    return new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: typeof timeZone === 'string' ? timeZone : 'UTC' }).format(
      ms
    );
  } catch {
    // A zone Intl does not know: the UTC date rather than no date.
    return new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: 'UTC' }).format(ms);
  }
}

module.exports = { words, languageName, inLanguage, formatLocalStart, formatDate };
