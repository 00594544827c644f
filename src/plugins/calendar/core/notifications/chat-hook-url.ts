/**
 * A chat hook's address is a secret: whoever has a Slack or Teams webhook URL can post to the
 * channel. It is checked here, shown only as a hint (origin and last four characters), and
 * scrubbed from any error text before that is stored or logged.
 */

export const HOOK_URL_MAX = 2000;

export type HookUrlCheck = { ok: true; url: string } | { ok: false; message: string };

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Loopback or a private network (RFC 1918, IPv6 unique-local): where a test receiver or an on-premises relay lives. */
export function isLocalOrPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1') return true;
  if (/^f[cd][0-9a-f]{2}:/.test(host)) return true;
  const v4 = IPV4.exec(host);
  if (!v4) return false;
  const [a, b] = [Number(v4[1]), Number(v4[2])];
  return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

export const HOOK_URL_RULE = 'url must be an https:// address (http:// only for a local or private host, and not in production)';

/**
 * Where Slack's incoming webhooks and Teams' Workflows live. In production a hook must post to
 * one of them (or to a host the operator allows): an admin-typed address must not turn the worker
 * and its test button into a probe of the internal network.
 */
export const CHAT_SERVICE_HOSTS = ['hooks.slack.com', '*.webhook.office.com', '*.logic.azure.com', '*.powerplatform.com'];

/** `host` matches `pattern`: the same name, or under it for `*.domain`. */
const hostMatches = (host: string, pattern: string) =>
  pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1 : host === pattern;

const isIpLiteral = (host: string) => host.startsWith('[') || /^[\d.]+$/.test(host) || /^0x/i.test(host);

export const productionHostRule = (allowed: readonly string[]) =>
  `url must post to ${[...CHAT_SERVICE_HOSTS, ...allowed].join(', ')} in production (CALENDAR_CHAT_ALLOWED_HOSTS adds hosts)`;

/**
 * `production`: NODE_ENV=production, where plain http is refused for every host and the host must
 * be a chat service's or one of `allowedHosts` (names, `*.domain` for a domain's hosts).
 */
export function checkHookUrl(raw: unknown, options: { production: boolean; allowedHosts?: readonly string[] }): HookUrlCheck {
  if (typeof raw !== 'string' || !raw.trim()) return { ok: false, message: 'url is required: the webhook address from Slack or Teams' };
  const text = raw.trim();
  if (text.length > HOOK_URL_MAX) return { ok: false, message: `url must be at most ${HOOK_URL_MAX.toLocaleString('en')} characters` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: HOOK_URL_RULE };
  }
  if (url.username || url.password) return { ok: false, message: 'url must not contain a user name or password' };
  if (options.production) {
    const allowed = options.allowedHosts ?? [];
    const host = url.hostname.toLowerCase();
    const known = [...CHAT_SERVICE_HOSTS, ...allowed].some((pattern) => hostMatches(host, pattern.toLowerCase()));
    if (url.protocol !== 'https:' || !known || isIpLiteral(host) || isLocalOrPrivateHost(host)) {
      return { ok: false, message: productionHostRule(allowed) };
    }
    return { ok: true, url: url.href };
  }
  if (url.protocol === 'https:' && url.hostname) return { ok: true, url: url.href };
  if (url.protocol === 'http:' && !options.production && isLocalOrPrivateHost(url.hostname)) return { ok: true, url: url.href };
  return { ok: false, message: HOOK_URL_RULE };
}

/** `https://hooks.slack.com/…/XyZ1`: enough to tell hooks apart, never enough to post. */
export function hookUrlHint(href: string): string {
  try {
    const url = new URL(href);
    const tail = href.replace(/\/+$/, '').slice(-4);
    return `${url.protocol}//${url.host}/…/${tail}`;
  } catch {
    return '…';
  }
}

/** `text` with the hook's address, its path and its query replaced by "…" (error messages may quote them). */
export function redactHookUrl(text: string, href: string): string {
  let out = text;
  const parts = [href, href.replace(/\/+$/, '')];
  try {
    const url = new URL(href);
    parts.push(url.pathname + url.search, url.search.slice(1), decodeURIComponent(url.pathname));
    if (url.pathname.length > 1) parts.push(url.pathname);
    for (const segment of url.pathname.split('/')) if (segment.length >= 8) parts.push(segment);
    // A Teams Workflows address signs itself in its query (`sig=…`): each value is a secret too.
    for (const [name, value] of url.searchParams) {
      if (value.length >= 8) parts.push(value, `${name}=${value}`, encodeURIComponent(value));
    }
  } catch {
    // Not a URL: only the text as given is scrubbed.
  }
  for (const part of parts.filter((p) => p.length >= 4).sort((a, b) => b.length - a.length)) out = out.split(part).join('…');
  return out;
}
