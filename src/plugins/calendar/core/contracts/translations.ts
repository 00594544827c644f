/**
 * Language versions: "Translations missing" (published or approved pieces that lack a locale
 * every piece should have) and "create the translation" (a new version that starts from the
 * shared fields and the original's schedule, opened in the Content Manager).
 */
import { z } from 'zod';
import { localeCode } from './fields';
import { adminPath } from './routing';

export interface MissingTranslation {
  documentId: string;
  /** The version shown: the default locale's, else the first there is. */
  locale: string;
  title: string;
  editorialStatus: string;
  publishAt: string | null;
  /** The shown version's zone: its time is shown there. */
  timeZone: string;
  /** The language versions it has, and the required ones it lacks. */
  locales: string[];
  missing: string[];
  /** Whether some version of it is published. */
  published: boolean;
}

export interface TranslationsMissing {
  required: string[];
  enabled: string[];
  items: MissingTranslation[];
  /** More pieces lack a translation than the list shows. */
  truncated: boolean;
}

export const translationsMissingQuery = z.object({ locale: localeCode.optional() }).strict();
export type TranslationsMissingArgs = z.infer<typeof translationsMissingQuery>;

export const createTranslationBody = z
  .object({
    /** The language of the new version. */
    locale: localeCode,
    /** The version to start from; none = the default locale's. */
    from: localeCode.optional(),
  })
  .strict();
export type CreateTranslationInput = z.infer<typeof createTranslationBody>;

export interface CreatedTranslation {
  documentId: string;
  locale: string;
  title: string;
  /** The new version's edit page in the Content Manager (an admin router path). */
  editPath: string;
}

/** How many pieces the list shows at most. */
export const MISSING_LIMIT = 500;

export const TRANSLATION_ROUTES = {
  missing: '/translations/missing',
  create: '/pieces/:documentId/translations',
} as const;
export const translationPaths = {
  missing: () => adminPath(TRANSLATION_ROUTES.missing),
  create: (documentId: string) => adminPath(TRANSLATION_ROUTES.create, { documentId }),
};
