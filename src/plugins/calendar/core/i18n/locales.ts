/**
 * Language versions of content: which locale codes a request may name and how a `locale`
 * parameter reads. A piece is one document with a version per locale (Strapi i18n); each
 * version has its own schedule and workflow.
 */

/** Locale codes as Strapi i18n stores them: `fi`, `sv`, `en`, `en-GB`, `zh-Hant-TW`. */
export const LOCALE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/;

/** The value of `locale` that asks for every locale; `*` is Strapi REST's own spelling. */
export const ALL_LOCALES = ['all', '*'] as const;

/** The languages a new install starts with; the first is the default. */
export const DEFAULT_LOCALES = ['fi', 'sv', 'en'] as const;

/** Content piece fields shared by every language version (Strapi i18n keeps them in step); the rest are per locale. */
export const SHARED_PIECE_FIELDS = ['format', 'funnelStage', 'contentGoal', 'kpiTargets'] as const;

export const isLocaleCode = (value: unknown): value is string => typeof value === 'string' && LOCALE_CODE.test(value);

/**
 * A requested locale list resolved against the enabled ones: `null` means every locale. Unknown
 * codes are returned in `unknown` for the caller's 400.
 */
export function resolveLocales(
  requested: readonly string[] | undefined,
  enabled: readonly string[],
  defaultLocale: string
): { locales: string[] | null; unknown: string[] } {
  if (!requested || requested.length === 0) return { locales: [defaultLocale], unknown: [] };
  if (requested.some((r) => (ALL_LOCALES as readonly string[]).includes(r))) return { locales: null, unknown: [] };
  const unknown = requested.filter((r) => !enabled.includes(r));
  return { locales: [...requested], unknown };
}

/** The locales a document should have but lacks, in the order of `required`. */
export function missingLocales(have: readonly string[], required: readonly string[]): string[] {
  return required.filter((code) => !have.includes(code));
}
