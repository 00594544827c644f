/**
 * Route patterns are written once, in each resource's contract: the server's route files mount
 * them and the admin client fills them in, so the two cannot drift apart.
 */

/** The admin routes' prefix (Strapi mounts a plugin's admin routes under its id). */
export const ADMIN_PREFIX = '/calendar';
/** The content API's prefix for publishing sites, calendar apps and integrations. */
export const CONTENT_API_PREFIX = '/api/calendar';

/**
 * The Content Manager's edit page of a piece (in one language version when `locale` is given),
 * inside the admin: its router, or after admin.absoluteUrl in a mail.
 */
export const pieceEditPath = (documentId: string, locale?: string | null) =>
  `/content-manager/collection-types/api::content-piece.content-piece/${documentId}` +
  (locale ? `?${encodeURIComponent('plugins[i18n][locale]')}=${encodeURIComponent(locale)}` : '');

/** An admin URL: the pattern with its `:params` filled in (encoded). */
export function adminPath(pattern: string, params: Record<string, string | number> = {}): string {
  const filled = pattern.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`missing route parameter ${name} for ${pattern}`);
    return encodeURIComponent(String(params[name]));
  });
  return `${ADMIN_PREFIX}${filled}`;
}
