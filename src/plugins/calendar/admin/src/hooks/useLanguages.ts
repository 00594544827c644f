/**
 * The content languages (Strapi i18n's enabled locales, from the calendar settings) as the views
 * show them: named in the admin's own language ("ruotsi" in the Finnish admin, where the settings
 * say "Swedish (sv)"), the default first.
 */
import { createContext, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useGetCalendarSettingsQuery } from '../api';

export interface ContentLanguage {
  code: string;
  /** The language's name in the admin's language. */
  name: string;
}

const names = new Map<string, string>();

/** A language code's name in `uiLocale`, else Strapi's name for it, else the code. */
const languageName = (uiLocale: string, code: string, fallback?: string) => {
  // Intl.DisplayNames costs tens of microseconds: a month of badges would spend a tenth of a second on it.
  const key = `${uiLocale}\u0000${code}\u0000${fallback ?? ''}`;
  let name = names.get(key);
  if (name === undefined) names.set(key, (name = nameInIntl(uiLocale, code, fallback)));
  return name;
};

const nameInIntl = (uiLocale: string, code: string, fallback?: string) => {
  try {
    const name = new Intl.DisplayNames([uiLocale], { type: 'language' }).of(code);
    if (name && name !== code) return name.charAt(0).toLocaleUpperCase(uiLocale) + name.slice(1);
  } catch {
    // An unusual code Intl does not know: Strapi's own name is shown instead.
  }
  return fallback ?? code;
};

export function useLanguages() {
  const { locale: uiLocale } = useIntl();
  const settings = useGetCalendarSettingsQuery();
  const data = settings.data;
  return useMemo(() => {
    const languages: ContentLanguage[] = (data?.languages ?? []).map((l) => ({
      code: l.code,
      name: languageName(uiLocale, l.code, l.name),
    }));
    const names = new Map(languages.map((l) => [l.code, l.name]));
    return {
      languages,
      defaultLocale: data?.defaultLocale ?? languages[0]?.code ?? null,
      /** Badges and language filters are shown only when there is more than one language. */
      multilingual: languages.length > 1,
      nameOf: (code: string) => names.get(code) ?? languageName(uiLocale, code),
      loaded: Boolean(data),
    };
  }, [data, uiLocale]);
}

export type Languages = ReturnType<typeof useLanguages>;

/**
 * The languages a view has read once, for the many badges inside it: a query subscription per
 * badge costs RTK Query time in the square of their number (2,000 chips in a month).
 */
export const LanguagesContext = createContext<Languages | null>(null);
