/** GET /calendar/settings: what the admin views need to know about this installation. */
import { adminPath } from './routing';

/** A content language as Strapi i18n names it. */
export interface Language {
  code: string;
  /** "Swedish (sv)" */
  name: string;
}

export interface Settings {
  defaultTimeZone: string;
  publicRead: boolean;
  /** The content languages (enabled locales), the default first. */
  languages: Language[];
  defaultLocale: string;
  /** The languages every published or approved piece should have (Translations missing). */
  requiredLocales: string[];
}

export const SETTINGS_ROUTES = { show: '/settings' } as const;
export const settingsPaths = { show: () => adminPath(SETTINGS_ROUTES.show) };
