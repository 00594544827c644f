/**
 * Which browser origins may call the API cross-origin (`strapi::cors`).
 *
 * Publishing sites read server-to-server and need no CORS; the admin panel is served by Strapi
 * itself (same origin). So the default is no cross-origin browser access at all, except the
 * origin of PUBLIC_URL when it is absolute. A browser site that calls the
 * API directly is listed in CORS_ORIGINS (comma-separated origins; `*` reflects any origin and
 * is only for development).
 */
const toOrigin = (value: string, name: string): string => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name}: "${value}" is not an origin such as https://www.example.fi`);
  }
  if (
    !/^https?:$/.test(url.protocol) ||
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    (url.pathname !== '/' && url.pathname !== '')
  ) {
    throw new Error(`${name}: "${value}" is not an origin (scheme://host[:port], no path) such as https://www.example.fi`);
  }
  return url.origin;
};

const absoluteOrigin = (value: string | undefined): string | null => {
  if (!value || !/^https?:\/\//i.test(value)) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
};

export function corsOrigins(env: { CORS_ORIGINS?: string; PUBLIC_URL?: string }): string[] {
  const listed = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (listed.includes('*')) return ['*'];
  const own = [absoluteOrigin(env.PUBLIC_URL)].filter((o): o is string => o !== null);
  return [...new Set([...own, ...listed.map((o) => toOrigin(o, 'CORS_ORIGINS'))])];
}
