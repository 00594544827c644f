/**
 * The web addresses a competitor and an observation carry (site, social channel, link to what
 * they did). The admin renders them as links, so only http and https are taken: a
 * `javascript:` or `data:` address would run in the planner's browser when clicked.
 */

export const WEB_URL_MAX = 2048;

export type WebUrlCheck = { ok: true; url: string } | { ok: false; message: string };

// Written out with its scheme: `https:example.com` or `//example.com` would parse, but say nothing clear.
const SCHEME = /^https?:\/\//i;
// Whitespace or control characters inside an address hide what it really points to.
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\s\u0000-\u001f\u007f]/;

/** `field` must be an http(s) address with a host and no user name or password; answers it normalised (`URL.href`). */
export function checkWebUrl(field: string, raw: string): WebUrlCheck {
  const value = raw.trim();
  const expected = `${field} must be a web address starting with http:// or https://, such as https://example.fi`;
  if (!value) return { ok: false, message: `${field} must not be empty: ${expected.slice(field.length + 9)}` };
  if (value.length > WEB_URL_MAX) return { ok: false, message: `${field} must be at most ${WEB_URL_MAX.toLocaleString('en')} characters` };
  if (!SCHEME.test(value) || HIDDEN.test(value)) return { ok: false, message: expected };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, message: expected };
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return { ok: false, message: expected };
  if (url.username || url.password) return { ok: false, message: `${field} must not contain a user name or password` };
  return { ok: true, url: url.href };
}

/** Whether an address is one the admin may render as a link (for data stored before the rules). */
export const isWebUrl = (value: unknown): value is string => typeof value === 'string' && checkWebUrl('url', value).ok;
